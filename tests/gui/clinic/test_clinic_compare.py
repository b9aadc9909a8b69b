"""The clinic's part of the Compare tab against a real PostgreSQL server: each compared condition's clinic
notes (and in the export), shared comparison sets saved, listed, opened and deleted, and nothing of it without
a clinic server."""
from __future__ import annotations

import time

from legpain_gui.clinic.config import check_url, connect_url
from legpain_gui.clinic.store import ClinicStore
from legpain_gui.gui import dialogs
from legpain_gui.gui.compare.tab import CLINIC_SET

PAN, GCA, GBS = "polyarteritis-nodosa", "giant-cell-arteritis", "guillain-barre-syndrome"


def _store(cluster, db, role):
    return ClinicStore(connect_url(check_url(cluster.url(role, db))))


def _compare(window, qtbot, ids):
    window.compare_ctl.show(ids)
    qtbot.waitUntil(lambda: window.compare_tab.comparison is not None
                    and [c["id"] for c in window.compare_tab.comparison.conditions] == ids, timeout=8000)


def _clinic_shown(window, qtbot, ids, online=True):
    qtbot.waitUntil(lambda: window.clinic.compare is not None and window.clinic.compare.view is not None
                    and list(window.clinic.compare.view.ids) == ids
                    and window.clinic.compare.view.online == online, timeout=10000)
    return window.clinic.compare


def _clinic_sets(tab):
    return {tab.sets.itemText(i): tab.sets.itemData(i, CLINIC_SET) for i in range(tab.sets.count())
            if tab.sets.itemData(i, CLINIC_SET) is not None}


def test_without_a_clinic_server_the_compare_tab_is_unchanged(make_window, qtbot, tmp_path):
    window = make_window()
    _compare(window, qtbot, [PAN, GCA])
    tab = window.compare_tab
    assert window.clinic.compare is None and tab.clinic_notes is None
    assert tab.bottom.count() == 1  # the pairs box alone
    window.compare_ctl.export(tmp_path / "c.html", "html")
    assert "Clinic notes" not in (tmp_path / "c.html").read_text(encoding="utf-8")


def test_compare_shows_each_conditions_clinic_notes_with_author_and_time_and_exports_them(
        make_window, qtbot, cluster, clinic_db, monkeypatch, tmp_path):
    bob = _store(cluster, clinic_db, "bob")
    bob.add_note(PAN, "Bob: hepatitis B serology before steroids.")
    erin = _store(cluster, clinic_db, "erin")
    erin.add_note(GCA, "Erin: same-day temporal artery ultrasound.")
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", cluster.url("alice", clinic_db))
    window = make_window()
    _compare(window, qtbot, [PAN, GCA, GBS])
    window.tabs.setCurrentWidget(window.compare_tab)
    part = _clinic_shown(window, qtbot, [PAN, GCA, GBS])
    shown = part.panel.notes_text()
    assert part.panel.isVisible() and "Share with the clinic" in part.share.text()
    assert shown.index("Polyarteritis nodosa") < shown.index("Bob: hepatitis B") < shown.index("Giant cell arteritis") \
        < shown.index("Erin: same-day") < shown.index("Guillain") < shown.index("no clinic notes")
    assert "bob · " in shown and "erin · " in shown and time.strftime("%Y") in shown
    window.compare_ctl.export(tmp_path / "c.html", "html")
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<h3>Clinic notes</h3>" in page and "Bob: hepatitis B serology" in page and "bob, " in page
    window.compare_ctl.export(tmp_path / "c.pdf", "pdf")
    from pypdf import PdfReader

    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(str(tmp_path / "c.pdf")).pages).split())
    assert "Clinic notes" in pdf and "Erin: same-day temporal artery ultrasound." in pdf
    # a column added: its notes are read for it
    bob.add_note(GBS, "Bob: lumbar puncture in the day unit.")
    _compare(window, qtbot, [PAN, GBS])
    part = _clinic_shown(window, qtbot, [PAN, GBS])
    assert "lumbar puncture" in part.panel.notes_text() and "Erin" not in part.panel.notes_text()
    bob.close()
    erin.close()


def test_shared_sets_are_saved_listed_opened_and_only_the_author_deletes_them(
        make_window, qtbot, cluster, clinic_db, monkeypatch, no_real_dialogs):
    bob = _store(cluster, clinic_db, "bob")
    bobs = bob.add_comparison_set("Bob's vasculitis teaching", [PAN, GCA, "not-in-this-kb"])
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", cluster.url("alice", clinic_db))
    window = make_window()
    tab = window.compare_tab
    window.tabs.setCurrentWidget(tab)
    _compare(window, qtbot, [GCA, GBS])
    _clinic_shown(window, qtbot, [GCA, GBS])
    assert list(_clinic_sets(tab)) == ["Bob's vasculitis teaching (3) · bob"]

    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Alice: GCA or GBS")
    window.clinic.compare.share.click()
    qtbot.waitUntil(lambda: "Alice: GCA or GBS (2) · alice" in _clinic_sets(tab), timeout=10000)
    assert "Shared the set" in window.status.text()
    assert [(s.name, s.author, s.ids) for s in bob.comparison_sets()][0] == ("Alice: GCA or GBS", "alice", [GCA, GBS])
    window.clinic.compare.share.click()  # the same name again: one sentence, nothing changed
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=10000)
    assert "already" in no_real_dialogs[-1][1] and len(bob.comparison_sets()) == 2

    tab.sets.setCurrentIndex(tab.sets.findData(bobs.key, CLINIC_SET))
    tab.sets.activated.emit(tab.sets.currentIndex())
    qtbot.waitUntil(lambda: tab.ids == [PAN, GCA], timeout=5000)
    assert "1 of its conditions are not in this knowledge base" in window.status.text()

    tab.delete_set.click()  # bob's: alice may not
    assert "Only its author (bob)" in window.status.text() and len(bob.comparison_sets()) == 2
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, text, choices: "Delete")
    mine = _clinic_sets(tab)["Alice: GCA or GBS (2) · alice"]
    window.clinic.compare.delete_set(mine)
    qtbot.waitUntil(lambda: "Alice: GCA or GBS (2) · alice" not in _clinic_sets(tab), timeout=10000)
    assert [s.name for s in bob.comparison_sets()] == ["Bob's vasculitis teaching"]
    bob.close()


def test_compare_with_the_clinic_server_down_says_so_and_keeps_working(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LEGPAIN_CLINIC_DB", f"postgresql://alice@/legpain?host={tmp_path}/no-server-here")
    window = make_window()
    window.tabs.setCurrentWidget(window.compare_tab)
    _compare(window, qtbot, [PAN, GCA])
    part = _clinic_shown(window, qtbot, [PAN, GCA], online=False)
    assert "clinic server unreachable, retrying" in part.panel.status.text()
    assert "not read yet" in part.panel.notes_text() and "no clinic notes" not in part.panel.notes_text()
    assert window.compare_tab.model.rowCount() > 0  # the comparison itself is all there
