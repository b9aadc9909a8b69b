"""The clinic pane in a real window, against a real PostgreSQL server (and against none)."""
from __future__ import annotations

import time

import pytest

from legpain_gui.clinic.config import check_url, connect_url
from legpain_gui.clinic.store import ClinicStore
from legpain_gui.gui.clinic import settings as clinic_settings

PAN = "polyarteritis-nodosa"


def _open(window, qtbot, cid=PAN):
    window.browse.open_condition(cid)
    qtbot.waitUntil(lambda: window.browse.current_id == cid, timeout=5000)
    if window.clinic.panel is not None and window.clinic.runner is not None:
        qtbot.waitUntil(lambda: window.clinic.panel.condition_id == cid, timeout=5000)


def test_without_a_clinic_server_nothing_changes(make_window):
    window = make_window()
    assert window.clinic.panel is None and window.clinic.runner is None
    assert "&Settings…" in [a.text() for a in window.file_menu.actions()]


def test_clinic_notes_from_another_workstation_show_under_the_page_and_mine_reach_them(
        make_window, qtbot, cluster, clinic_db, monkeypatch):
    bob = ClinicStore(connect_url(check_url(cluster.url("bob", clinic_db))))
    bob.add_note(PAN, "Bob: our PAN work-up starts with hepatitis B serology.")
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", cluster.url("alice", clinic_db))
    window = make_window()
    _open(window, qtbot)
    panel = window.clinic.panel
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.online, timeout=10000)
    assert panel.isVisible() and "hepatitis B serology" in " ".join(panel.rows())
    assert "bob" in panel.rows()[0] and "you: alice" in panel.status.text()
    qtbot.keyClicks(panel.box, "Alice: mesenteric angiography if abdominal pain.")
    panel.send.click()
    qtbot.waitUntil(lambda: any("angiography" in n.text for n in bob.notes(PAN)), timeout=10000)
    assert [n.author for n in bob.notes(PAN)] == ["bob", "alice"]
    qtbot.waitUntil(lambda: "angiography" in " ".join(panel.rows()), timeout=5000)
    assert panel.box.toPlainText() == ""
    bob.close()


def test_an_unreachable_server_never_blocks_the_window_and_keeps_what_was_typed(
        make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", f"postgresql://alice@/legpain?host={tmp_path}/no-server-here")
    started = time.monotonic()
    window = make_window()
    _open(window, qtbot)
    assert time.monotonic() - started < 10
    panel = window.clinic.panel
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10000)
    assert "clinic server unreachable, retrying" in panel.status.text() and panel.retry.isVisible()
    qtbot.keyClicks(panel.box, "typed while the server is down")
    panel.send.click()
    qtbot.waitUntil(lambda: any("not sent yet" in r for r in panel.rows()), timeout=10000)
    assert "typed while the server is down" in " ".join(panel.rows())
    assert (window.data_dir / "clinic-outbox.json").read_text(encoding="utf-8").count("typed while") == 1


def test_a_note_half_written_survives_a_page_change(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", f"postgresql://alice@/legpain?host={tmp_path}/no-server-here")
    window = make_window()
    _open(window, qtbot)
    panel = window.clinic.panel
    qtbot.keyClicks(panel.box, "half a thought")
    _open(window, qtbot, "giant-cell-arteritis")
    assert panel.box.toPlainText() == ""
    _open(window, qtbot)
    assert panel.box.toPlainText() == "half a thought"


@pytest.mark.parametrize("url, saved, problem", [
    ("postgresql://alice@clinic-db/legpain", "postgresql://alice@clinic-db/legpain", None),
    ("postgresql://alice:secret@clinic-db/legpain", "", "contains a password"),
    ("", "", None),
])
def test_the_settings_entry_saves_an_address_never_a_password(make_window, url, saved, problem):
    window = make_window()
    why = clinic_settings.apply_clinic_settings(window.settings, url, "")
    assert (problem in why) if problem else why is None
    assert str(window.settings.value("clinic/url", "") or "") == saved
    assert "secret" not in (window.data_dir / "settings.ini").read_text(encoding="utf-8") if \
        (window.data_dir / "settings.ini").exists() else True


def test_saving_the_setting_starts_the_clinic_pane(make_window, qtbot, cluster, clinic_db, monkeypatch):
    window = make_window()
    _open(window, qtbot)
    monkeypatch.setattr(clinic_settings, "ask_clinic_settings", lambda w: clinic_settings.apply_clinic_settings(
        w.settings, cluster.url("erin", clinic_db), "") is None)
    window.clinic.settings_dialog()
    panel = window.clinic.panel
    qtbot.waitUntil(lambda: panel is not None and panel.view is not None and panel.view.online, timeout=10000)
    assert panel.pathway_button.isVisible()  # erin is a clinic editor


def test_a_note_that_could_not_be_queued_goes_back_in_the_box(make_window, qtbot, tmp_path, monkeypatch):
    from legpain_gui.clinic import outbox

    def busy(self, change):
        raise outbox.OutboxBusy("Another legpain-gui window on this computer is holding the clinic's outbox; "
                                "try again in a moment.")

    monkeypatch.setattr(outbox.Outbox, "add", busy)
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", f"postgresql://alice@/legpain?host={tmp_path}/no-server-here")
    window = make_window()
    _open(window, qtbot)
    panel = window.clinic.panel
    qtbot.keyClicks(panel.box, "not to be lost")
    panel.send.click()
    qtbot.waitUntil(lambda: panel.box.toPlainText() == "not to be lost", timeout=10000)
    assert "Another legpain-gui window" in panel.status.text()
    assert window.clinic._drafts()[PAN] == "not to be lost"
