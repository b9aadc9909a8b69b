"""Sharing a checker session with the clinic from the Check tab, against a real PostgreSQL server: the dialog
says what is shared, nothing that could name a patient reaches the server, and another workstation opens it."""
from __future__ import annotations

import json

from legpain_gui.clinic.config import check_url, connect_url
from legpain_gui.clinic.store import ClinicStore
from legpain_gui.gui import dialogs

PATIENT = {"present": ["HP:0003474", "HP:0001284"], "absent": ["HP:0007340"], "age_years": 67, "sex": "male",
           "course": "acute", "labels": {"HP:0003474": "Mr Smith's numb foot"}}


def _menu(window):
    return [a.text() for a in window.check_tab.more_button.menu().actions() if a.isVisible()]


def test_without_a_clinic_server_the_menu_is_unchanged(make_window):
    window = make_window()
    assert not any("clinic" in t for t in _menu(window)) and window.clinic.check is None


def test_a_session_is_shared_explicitly_without_anything_that_names_a_patient_and_opened_elsewhere(
        make_window, qtbot, cluster, clinic_db, monkeypatch, user_data_dir, tmp_path):
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", cluster.url("alice", clinic_db))
    window = make_window()
    qtbot.waitUntil(lambda: window.clinic.check is not None, timeout=5000)
    assert "S&hare with the clinic…" in _menu(window)
    window.check_tab.load_session(PATIENT)
    asked = []

    def answer(parent, title, text, choices):
        asked.append(text)
        return "Share"

    monkeypatch.setattr(dialogs, "ask_choice", answer)
    window.clinic.check.share_action.trigger()
    bob = ClinicStore(connect_url(check_url(cluster.url("bob", clinic_db))))
    qtbot.waitUntil(lambda: len(bob.shared_sessions()) == 1, timeout=10000)
    [question] = asked
    assert "nothing that could name a patient" in question and "no name or text field" in question
    assert ", 3 findings”" in question and "age group: older (50 and over)" in question
    [shared] = bob.shared_sessions()
    stored = json.loads(shared.text)
    assert stored == {"present": ["HP:0001284", "HP:0003474"], "absent": ["HP:0007340"], "age_group": "older",
                      "sex": "male", "course": "acute"}
    assert "Smith" not in shared.text and "67" not in shared.text
    qtbot.waitUntil(lambda: "Shared “Session " in window.status.text(), timeout=5000)
    bob.close()

    monkeypatch.setenv("LEGPAIN_CLINIC_DB", cluster.url("bob", clinic_db))
    other = make_window(data_dir=tmp_path / "bob")  # another workstation
    qtbot.waitUntil(lambda: other.clinic.check is not None, timeout=5000)
    monkeypatch.setattr(dialogs, "ask_item", lambda parent, title, label, items: items[0])
    other.clinic.check.open_action.trigger()
    qtbot.waitUntil(lambda: sorted(other.check_tab.states) == ["HP:0001284", "HP:0003474", "HP:0007340"],
                    timeout=10000)
    assert other.check_tab.states["HP:0007340"] == "absent"
    assert other.check_tab.entry.patient.value()["age"] == "older"
    assert "shared by alice" in other.status.text()


def test_nothing_to_share_and_a_silent_server_are_one_sentence(make_window, qtbot, tmp_path, monkeypatch,
                                                               no_real_dialogs):
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", f"postgresql://alice@/legpain?host={tmp_path}/no-server-here")
    window = make_window()
    qtbot.waitUntil(lambda: window.clinic.check is not None, timeout=5000)
    window.clinic.check.share_action.trigger()
    assert window.status.text() == "There is nothing to share: enter findings first."
    window.check_tab.load_session(PATIENT)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a: "Share")
    window.clinic.check.share_action.trigger()
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=10000)
    assert no_real_dialogs[-1][1] == ("The session was not shared: the clinic server did not answer; try again "
                                      "when it does.")
