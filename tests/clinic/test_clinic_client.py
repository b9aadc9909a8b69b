"""Workstations sharing a clinic server: separate processes, a server that goes away mid-edit, and two
people editing the same note."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from legpain_gui.clinic.client import ClinicClient
from legpain_gui.clinic.config import check_url, connect_url
from legpain_gui.clinic.outbox import CONFLICT, FILE_NAME, REFUSED

ROOT = Path(__file__).resolve().parents[2]

WORKSTATION = r"""
import json, sys
from legpain_gui.clinic.client import ClinicClient
from legpain_gui.clinic.config import check_url, connect_url
url, data_dir, condition, text = sys.argv[1:5]
client = ClinicClient(connect_url(check_url(url)), data_dir)
view = client.add(condition, text) if text else client.view(condition)
print(json.dumps({"online": view.online, "notes": [[n.author, n.text] for n in view.notes]}))
client.close()
"""


def _client(cluster, db, role, folder: Path) -> ClinicClient:
    return ClinicClient(connect_url(check_url(cluster.url(role, db))), folder)


def _workstation(cluster, db, role, folder, condition, text=""):
    out = subprocess.run([sys.executable, "-c", WORKSTATION, cluster.url(role, db), str(folder), condition, text],
                         capture_output=True, text=True, timeout=60, cwd=ROOT, check=True)
    return json.loads(out.stdout)


def test_two_workstations_in_two_processes_see_each_others_notes(cluster, clinic_db, tmp_path):
    first = _workstation(cluster, clinic_db, "alice", tmp_path / "ws1", "GCA", "alice: phone ophthalmology")
    assert first["online"] and first["notes"] == [["alice", "alice: phone ophthalmology"]]
    _workstation(cluster, clinic_db, "bob", tmp_path / "ws2", "GCA", "bob: temporal artery ultrasound first")
    seen_by_alice = _workstation(cluster, clinic_db, "alice", tmp_path / "ws1", "GCA")
    assert seen_by_alice["notes"] == [["alice", "alice: phone ophthalmology"],
                                      ["bob", "bob: temporal artery ultrasound first"]]


def test_a_server_stopped_mid_edit_and_restarted_loses_nothing(cluster, clinic_db, tmp_path):
    folder = tmp_path / "ws"
    client = _client(cluster, clinic_db, "alice", folder)
    note = client.add("PAN", "first words").notes[0]
    cluster.stop()
    try:
        view = client.edit(note, "first words, and more typed while the server was down")
        assert not view.online and view.problem == "clinic server unreachable, retrying"
        assert [c.text for c in view.waiting] == ["first words, and more typed while the server was down"]
        assert view.notes == [note]  # the last notes read are still shown
        view = client.add("PAN", "a second note, also typed while it was down")
        assert len(view.waiting) == 2
        client.close()  # the app is closed too: the changes are on disk, not only in memory
        saved = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        assert len(next(iter(saved["servers"].values()))) == 2
    finally:
        cluster.start()
    restarted = _client(cluster, clinic_db, "alice", folder)  # the app started again later
    view = restarted.view("PAN")
    assert view.online and view.waiting == [] and len(view.sent) == 2
    assert [n.text for n in view.notes] == ["first words, and more typed while the server was down",
                                            "a second note, also typed while it was down"]
    assert view.notes[0].version == 2
    restarted.close()


def test_a_server_restarted_under_an_open_connection_is_used_again(cluster, clinic_db, tmp_path):
    client = _client(cluster, clinic_db, "bob", tmp_path / "ws")
    assert client.view("GCA").online
    cluster.stop()
    cluster.start()
    view = client.add("GCA", "after the restart")
    assert view.online and [n.text for n in view.notes] == ["after the restart"]
    client.close()


def test_a_concurrent_edit_is_shown_as_a_conflict_and_the_person_decides(cluster, clinic_db, tmp_path):
    alice = _client(cluster, clinic_db, "alice", tmp_path / "alice")
    erin = _client(cluster, clinic_db, "erin", tmp_path / "erin")
    note = alice.add("GCA", "v1").notes[0]
    seen_by_erin = erin.view("GCA").notes[0]
    alice.edit(note, "alice's version")
    view = erin.edit(seen_by_erin, "erin's version")  # based on v1: alice changed it meanwhile
    assert view.online and [n.text for n in view.notes] == ["alice's version"]  # nothing overwritten
    [conflict] = view.waiting
    assert conflict.state == CONFLICT and conflict.text == "erin's version" and conflict.theirs == "alice's version"
    assert "alice changed this" in conflict.problem
    view = erin.keep_mine(conflict.key)  # erin chooses her text, knowing alice's
    assert [n.text for n in view.notes] == ["erin's version"] and view.waiting == []
    assert [n.last_editor for n in alice.view("GCA").notes] == ["erin"]
    alice.close()
    erin.close()


def test_a_refused_change_is_kept_and_said_not_silently_dropped(cluster, clinic_db, tmp_path):
    alice = _client(cluster, clinic_db, "alice", tmp_path / "alice")
    bob = _client(cluster, clinic_db, "bob", tmp_path / "bob")
    note = alice.add("PAN", "alice's").notes[0]
    view = bob.edit(note, "bob's attempt")
    assert [w.state for w in view.waiting] == [REFUSED] and "only its author" in view.waiting[0].problem
    assert view.notes[0].text == "alice's"
    assert bob.discard(view.waiting[0].key).waiting == []
    alice.close()
    bob.close()


def test_changes_for_another_server_are_kept_aside_not_sent(cluster, clinic_db, tmp_path):
    folder = tmp_path / "ws"
    other = ClinicClient("postgresql+psycopg://alice@/nowhere?host=/nonexistent", folder, server_label="other")
    view = other.add("PAN", "for the other server")
    assert not view.online and len(view.waiting) == 1
    other.close()
    client = _client(cluster, clinic_db, "alice", folder)
    assert client.view("PAN").notes == []
    client.close()
    again = ClinicClient("postgresql+psycopg://alice@/nowhere?host=/nonexistent", folder, server_label="other")
    assert [c.text for c in again.outbox.items] == ["for the other server"]


def test_a_wrong_password_is_one_sentence(cluster, clinic_db, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    view = _client(cluster, clinic_db, "alice", tmp_path / "ws").view("PAN")
    assert not view.online and view.problem.startswith("The clinic server refused the sign-in")
