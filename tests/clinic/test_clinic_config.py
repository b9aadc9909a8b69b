"""Naming the clinic server: command line, environment, settings, system-wide file; never a password."""
from __future__ import annotations

import pytest

from legpain_gui.clinic.config import ENV, ClinicConfigError, check_url, resolve
from legpain_gui.clinic.outbox import FILE_NAME, Change, Outbox


def test_nothing_named_means_no_clinic_store(tmp_path):
    assert resolve(environ={}, system_file=tmp_path / "none.ini") is None


def test_the_command_line_wins_then_the_environment_then_settings_then_the_system_file(tmp_path):
    system = tmp_path / "legpain-gui.ini"
    system.write_text("[clinic]\nurl = postgresql://it@db/system\n", encoding="utf-8")
    env = {ENV: "postgresql://env@db/envdb"}
    assert resolve("postgresql://me@db/cli", "postgresql://s@db/s", env, system).source == "command line"
    assert resolve(None, "postgresql://s@db/s", env, system).url.endswith("/envdb")
    assert resolve(None, "postgresql://s@db/s", {}, system).source == "settings"
    target = resolve(None, None, {}, system)
    assert target.source == "system-wide settings file" and target.label == "it@db/system"


@pytest.mark.parametrize("url, words", [
    ("postgresql://alice:secret@db/legpain", "contains a password"),
    ("mysql://alice@db/legpain", "must start with postgresql://"),
    ("postgresql://alice@db", "names no database"),
    ("postgresql://alice@db:notaport/x", "not a valid URL"),
])
def test_an_unusable_address_is_one_sentence(url, words):
    with pytest.raises(ClinicConfigError) as raised:
        check_url(url, "settings")
    assert words in str(raised.value) and str(raised.value).endswith(".")


def test_a_service_file_entry_is_enough():
    assert check_url("postgresql:///?service=clinic").label == "service clinic"


def test_the_outbox_survives_a_restart_and_an_unreadable_file_is_set_aside(tmp_path):
    box = Outbox(tmp_path, "server")
    box.add(Change("add", "PAN", "typed"))
    assert [c.text for c in Outbox(tmp_path, "server").items] == ["typed"]
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    assert Outbox(tmp_path, "server").items == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(FILE_NAME + ".unreadable")]
