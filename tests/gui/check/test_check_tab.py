"""The Check tab: entering findings updates triage, ranking, explanation and suggestions without a run button."""
from __future__ import annotations

import pytest

from pypdf import PdfReader
from PySide6.QtCore import Qt

from legpain_gui.gui import dialogs
from legpain_gui.checker.load import checker_model  # noqa: E402


def _wait_report(qtbot, tab, predicate=lambda r: True):
    qtbot.waitUntil(lambda: tab.report is not None and predicate(tab.report), timeout=8000)
    return tab.report


def _find_item(tree, hpo):
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).data(0, Qt.ItemDataRole.UserRole) == hpo:
                return top.child(j)
    raise AssertionError(f"{hpo} not in the checklist")


def test_checklist_has_red_flags_first_and_plain_labels(make_window):
    tab = make_window().check_tab
    first = tab.tree.topLevelItem(0)
    assert first.text(0).startswith("Red flags")
    count = sum(tab.tree.topLevelItem(i).childCount() for i in range(tab.tree.topLevelItemCount()))
    assert 50 <= count <= 100  # one red flag per triage concept (93 in session 37) and the 60 most telling findings
    foot = _find_item(tab.tree, "HP:0009027")
    assert foot.text(0) == "Foot drop" and foot.text(1).startswith("Foot drop")  # clinical term first


def test_keyboard_entry_updates_results_and_triage(qtbot, make_window):
    window = make_window()
    tab = window.check_tab
    window.tabs.setCurrentWidget(tab)
    # mononeuritis multiplex alone is urgent (a painless foot drop alone no longer is)
    item = _find_item(tab.tree, "HP:0032018")
    tab.tree.setCurrentItem(item)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Y)
    report = _wait_report(qtbot, tab, lambda r: "HP:0032018" in r["input"]["present"])
    assert report["triage"]["level"] == "urgent"
    assert "URGENT" in tab.banner.text()
    assert tab.ranking_model.rowCount() == len(window.backend.kb.conditions())
    assert tab.chips.count() == 1 and tab.chips.item(0).text().startswith("✓")
    qtbot.keyClick(tab.tree, Qt.Key.Key_N)  # now absent: an absent finding never raises an alarm
    report = _wait_report(qtbot, tab, lambda r: "HP:0032018" in r["input"]["absent"])
    assert report["triage"]["level"] == "routine" and report["triage"]["fired"] is False
    assert "No red-flag rule fired" in tab.banner.text() and "#2e7d32" not in tab.banner.styleSheet()
    qtbot.keyClick(tab.tree, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: tab.report is None, timeout=5000)


def test_clicking_yes_and_explanation(qtbot, make_window):
    tab = make_window().check_tab
    for hpo in ("HP:0003678", "HP:0007340", "HP:0001265"):
        tab.set_state(hpo, None, "present")
    report = _wait_report(qtbot, tab, lambda r: len(r["input"]["present"]) == 3)
    assert report["triage"]["level"] == "emergency"
    assert report["results"][0]["id"] == "guillain-barre-syndrome"
    assert tab.selected_condition() == "guillain-barre-syndrome"
    text = tab.explanation.toPlainText()
    assert "Weight" in text and "Prior" in text and "relative to the conditions" in text
    assert "likelihood ratio against that mix" in text


def test_ask_next_answers_with_one_click(qtbot, make_window):
    from PySide6.QtWidgets import QPushButton

    tab = make_window().check_tab
    tab.set_state("HP:0012514", None, "present")
    report = _wait_report(qtbot, tab)
    suggestion = report["ask_next"][0]
    buttons = [b for b in tab.ask_box.findChildren(QPushButton) if b.accessibleName() == f"{suggestion['label']}: absent"]
    buttons[0].click()
    report = _wait_report(qtbot, tab, lambda r: suggestion["hpo"] in r["input"]["absent"])
    assert suggestion["hpo"] not in {a["hpo"] for a in report["ask_next"]}


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform cannot raise the popup
def test_completion_adds_any_hpo_term(qtbot, make_window):
    tab = make_window().check_tab
    tab.finder.setFocus()
    qtbot.keyClicks(tab.finder, "pins and needles")
    qtbot.waitUntil(lambda: any("HP:0003401" in s for s in tab.completions.stringList()), timeout=30000)
    rows = tab.completer.completionModel()
    row = next(i for i in range(rows.rowCount()) if "HP:0003401" in rows.index(i, 0).data())
    popup = tab.completer.popup()
    popup.setCurrentIndex(rows.index(row, 0))  # the highlighted suggestion, and only it, is entered
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    _wait_report(qtbot, tab, lambda r: "HP:0003401" in r["input"]["present"])
    assert len(tab.states) == 1


def test_new_patient_clears_everything_asks_first_and_can_be_undone(qtbot, make_window, monkeypatch):
    window = make_window()
    tab = window.check_tab
    tab.set_state("HP:0001945", None, "present")
    tab.set_state("HP:0000099", None, "absent")
    tab.patient.age.setValue(67)
    tab.patient.sex.setCurrentIndex(tab.patient.sex.findData("female"))
    tab.patient.course.setCurrentIndex(tab.patient.course.findData("acute"))
    _wait_report(qtbot, tab, lambda r: len(r["input"]["present"]) >= 1)
    asked = []
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, text, choices: asked.append(text) or "Cancel")
    tab.new_button.click()
    assert asked and "not saved" in asked[0]
    assert tab.states and tab.patient.years() == 67  # Cancel: nothing changed
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, text, choices: "Start a new patient")
    tab.new_button.click()
    assert not tab.states and tab.patient.value() == {"age": None, "age_years": None, "sex": None, "course": None}
    assert tab.undo_button.isVisibleTo(tab)
    qtbot.waitUntil(lambda: tab.report is None, timeout=5000)
    tab.undo_button.click()
    assert tab.states == {"HP:0001945": "present", "HP:0000099": "absent"}
    assert tab.patient.value()["age_years"] == 67 and tab.patient.value()["sex"] == "female"
    assert tab.patient.value()["course"] == "acute"


def test_saved_session_is_not_asked_about(qtbot, make_window, monkeypatch):
    window = make_window()
    tab = window.check_tab
    tab.set_state("HP:0001945", None, "present")
    tab.entry.dirty = False  # as after "Save session…"
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a: pytest.fail("asked about a saved patient"))
    window.check_ctl.new_patient()
    assert not tab.states


def test_age_in_years_shows_its_group_and_reaches_the_checker(qtbot, make_window):
    tab = make_window().check_tab
    tab.set_state("HP:0002829", None, "present")
    tab.patient.age.setValue(67)
    assert "older" in tab.patient.group.text() and tab.patient.group.isVisibleTo(tab)
    report = _wait_report(qtbot, tab, lambda r: r["input"]["age"] == "older")
    by_years = [r["id"] for r in report["results"]]
    tab.patient.age.setValue(12)
    assert "child" in tab.patient.group.text()
    report = _wait_report(qtbot, tab, lambda r: r["input"]["age"] == "child")
    assert [r["id"] for r in report["results"]] != by_years
    tab.patient.set_value({"age": "older"})  # a session saved before years existed: its group only
    assert "older" in tab.patient.group.text() and tab.patient.years() is None
    report = _wait_report(qtbot, tab, lambda r: r["input"]["age"] == "older")
    assert [r["id"] for r in report["results"]] == by_years


def test_course_reaches_the_checker(qtbot, make_window):
    tab = make_window().check_tab
    tab.set_state("HP:0003474", None, "present")
    tab.patient.course.setCurrentIndex(tab.patient.course.findData("acute"))
    report = _wait_report(qtbot, tab, lambda r: "HP:0011009" in r["input"]["present"])
    assert report["input"]["present"].count("HP:0011009") == 1


def test_session_save_and_open_and_summary_pdf(qtbot, make_window, tmp_path, monkeypatch, no_real_dialogs):
    window = make_window()
    tab = window.check_tab
    tab.set_state("HP:0009027", "Foot drop", "present")
    tab.set_state("HP:0001824", "Weight loss", "present")
    tab.patient.age.setValue(71)
    _wait_report(qtbot, tab, lambda r: r["input"]["age"] == "older" and len(r["input"]["present"]) == 2)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Bed 4")
    window.check_ctl.save_session()
    qtbot.waitUntil(lambda: "Bed 4" in window.backend.user.checker_sessions(), timeout=5000)
    saved = window.backend.user.checker_sessions()["Bed 4"]
    assert saved["present"] == ["HP:0009027", "HP:0001824"] and saved["age_years"] == 71
    tab.entry.new_patient()
    monkeypatch.setattr(dialogs, "ask_item", lambda parent, title, label, items: items[0])
    window.check_ctl.open_session()
    qtbot.waitUntil(lambda: tab.states == {"HP:0009027": "present", "HP:0001824": "present"}, timeout=5000)
    assert tab.patient.years() == 71
    window.check_ctl.export(tmp_path / "summary.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(tmp_path / "summary.pdf")).pages).split())
    assert "Symptom checker summary" in text and "Foot drop" in text and "Triage" in text
    assert "does not replace" in text


def test_damaged_session_is_a_clear_message(qtbot, make_window, monkeypatch, no_real_dialogs):
    window = make_window()
    window.backend.user.save_checker_session("bad", {"present": [1, 2]})
    monkeypatch.setattr(dialogs, "ask_item", lambda parent, title, label, items: "bad")
    window.check_ctl.open_session()
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=5000)
    assert "damaged" in no_real_dialogs[-1][1]
    assert not window.check_tab.states


def test_compare_top_three_opens_the_compare_tab(qtbot, make_window):
    window = make_window()
    tab = window.check_tab
    tab.set_state("HP:0002829", None, "present")
    report = _wait_report(qtbot, tab)
    tab.compare_button.click()
    assert window.tabs.currentWidget() is window.compare_tab
    assert window.compare_ctl.ids == [r["id"] for r in report["results"][:3]]


def test_ranking_model_passes_the_model_tester(qtmodeltester, shipped_kb):
    from legpain_gui.checker.engine import CheckInput, report
    from legpain_gui.gui.check.ranking_model import RankingModel

    model, rules = checker_model(shipped_kb)
    ranking = RankingModel()
    ranking.set_results(report(model, rules, CheckInput(present=("HP:0002829",)))["results"])
    qtmodeltester.check(ranking)


def test_red_flag_finding_without_a_rule_prompts_and_no_rule_is_neutral(qtbot, make_window):
    from legpain_gui.gui.check.banner import BANNER

    tab = make_window().check_tab
    tab.set_state("HP:0030319", None, "present")  # facial weakness: a red-flag finding, no rule on its own
    report = _wait_report(qtbot, tab, lambda r: "HP:0030319" in r["input"]["present"])
    assert not report["triage"]["fired"] and report["triage"]["prompts"]
    assert "consider urgent assessment" in tab.banner.text() and BANNER["prompt"][0] in tab.banner.styleSheet()
    tab.set_state("HP:0030319", None, None)
    tab.set_state("HP:0002829", None, "present")  # arthralgia: no rule, no red flag
    report = _wait_report(qtbot, tab, lambda r: r["input"]["present"] == ["HP:0002829"])
    assert "No red-flag rule fired" in tab.banner.text() and BANNER["neutral"][0] in tab.banner.styleSheet()
    assert "consider urgent" not in tab.banner.text()
    shown = tab.ranking_model.data(tab.ranking_model.index(0, 2))
    assert shown.endswith(("likely", "possible", "unlikely")) and "%" in shown and "." not in shown


def test_help_menu_opens_how_the_checker_works(qtbot, make_window, monkeypatch):
    window = make_window()
    shown = {}

    class Recorder:
        def exec(self):
            return 0

    def fake(parent, body):
        shown["body"] = body
        return Recorder()

    monkeypatch.setattr(dialogs, "validation_dialog", fake)
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.text().replace("&", "") == "How the checker works and how well")
    action.trigger()
    assert "Test part" in shown["body"] and "95% CI" in shown["body"]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform cannot raise the popup
def test_no_hair_loss_enters_alopecia_absent_and_only_the_highlighted_suggestion(qtbot, make_window):
    tab = make_window().check_tab
    tab.finder.setFocus()
    qtbot.keyClicks(tab.finder, "no hair loss")
    qtbot.waitUntil(lambda: any("HP:0001596" in s for s in tab.completions.stringList()), timeout=30000)
    row = next(s for s in tab.completions.stringList() if "HP:0001596" in s)
    tab.box.choose(row)
    assert tab.states.get("HP:0001596") == "absent"
    qtbot.waitUntil(lambda: tab.finder.text() == "", timeout=2000)  # nothing left to glue onto the next entry
    # Return with no suggestion highlighted enters nothing
    qtbot.keyClicks(tab.finder, "relapsing")
    qtbot.waitUntil(lambda: len(tab.completions.stringList()) > 0, timeout=30000)
    before = dict(tab.states)
    tab.completer.popup().setCurrentIndex(tab.completer.completionModel().index(-1, 0))
    qtbot.keyClick(tab.finder, Qt.Key.Key_Return)
    assert tab.states == before and "Choose one" in tab.box.message.text()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_uncertain_words_ask_and_unknown_words_say_so(qtbot, make_window):
    tab = make_window().check_tab
    tab.finder.setFocus()
    qtbot.keyClicks(tab.finder, "possible livedo")
    qtbot.waitUntil(lambda: any("HP:0033832" in s for s in tab.completions.stringList()), timeout=30000)
    tab.box.choose(next(s for s in tab.completions.stringList() if "HP:0033832" in s))
    assert "HP:0033832" not in tab.states and "uncertain" in tab.box.message.text()
    tab.finder.clear()
    qtbot.keyClicks(tab.finder, "zzxqv")
    qtbot.waitUntil(lambda: "No finding matches" in tab.box.message.text(), timeout=5000)
    assert tab.finder.text() == "zzxqv"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_no_match_suggests_close_words_and_keeps_the_cue(qtbot, make_window):
    tab = make_window().check_tab
    tab.finder.setFocus()
    qtbot.keyClicks(tab.finder, "no paresthezia")  # a misspelling the phrases lack ("parasthesia" is one of them)
    qtbot.waitUntil(lambda: "Did you mean" in tab.box.message.text(), timeout=5000)
    assert "paresthesia" in tab.box.message.text() and not tab.states
    tab.box.use_close("0")  # the first link
    assert tab.finder.text() == "no paresthesia"
    qtbot.waitUntil(lambda: any("HP:0003401" in s for s in tab.completions.stringList()), timeout=30000)
    tab.box.choose(next(s for s in tab.completions.stringList() if "HP:0003401" in s))
    assert tab.states == {"HP:0003401": "absent"}


def test_banner_summary_names_every_rule_and_details_hold_the_advice(qtbot, make_window):
    tab = make_window().check_tab
    for hpo in ("HP:0003678", "HP:0007340", "HP:0001265"):
        tab.set_state(hpo, None, "present")
    report = _wait_report(qtbot, tab, lambda r: r["triage"]["level"] == "emergency")
    summary = tab.banner.summary.text()
    assert "EMERGENCY" in summary and all(r["name"] in summary for r in report["triage"]["reasons"])
    assert not tab.banner.details.isVisibleTo(tab)  # one click away, not in the way of the ranking
    tab.banner.more.click()
    assert tab.banner.details.isVisibleTo(tab) and report["triage"]["reasons"][0]["advice"][:40] in tab.banner.details.text()


def test_theme_switch_redraws_the_explanation(qtbot, make_window):
    window = make_window()
    tab = window.check_tab
    tab.set_state("HP:0009027", None, "present")
    _wait_report(qtbot, tab)
    window.set_theme("dark")
    dark = tab.explanation.toHtml()
    window.set_theme("light")
    light = tab.explanation.toHtml()
    assert dark != light  # drawn again for the new palette, with no row picked


def test_entry_folds_away_and_comes_back(qtbot, make_window):
    window = make_window()
    tab = window.check_tab
    window.tabs.setCurrentWidget(tab)
    tab.toggle_entry()
    assert tab.outer.sizes()[0] == 0 and tab.entry_toggle.text() == "▶ Entry"
    tab.toggle_entry()
    assert tab.outer.sizes()[0] > 0 and tab.entry_toggle.text() == "◀ Entry"


def test_a_ranking_cut_to_the_leaders_says_how_many_were_ranked(qtbot, make_window, monkeypatch):
    """On a large knowledge base the table holds the leading conditions only, and says so."""
    from legpain_gui.gui import backend

    monkeypatch.setattr(backend, "SHOWN_RESULTS", 12)
    window = make_window()
    tab = window.check_tab
    tab.set_state("HP:0009027", None, "present")
    report = _wait_report(qtbot, tab, lambda r: "HP:0009027" in r["input"]["present"])
    total = len(window.backend.kb.conditions())
    assert tab.ranking_model.rowCount() == 12 and report["results_total"] == total
    assert not tab.shown_note.isHidden() and f"12 of {total:,}" in tab.shown_note.text()
    monkeypatch.setattr(backend, "SHOWN_RESULTS", 500)
    tab.set_state("HP:0001945", None, "present")
    _wait_report(qtbot, tab, lambda r: "HP:0001945" in r["input"]["present"])
    assert tab.ranking_model.rowCount() == total and tab.shown_note.isHidden()


def test_a_finding_loaded_by_id_alone_is_shown_by_its_label_even_when_implied(qtbot, make_window):
    """A session with bare IDs: 'Pain' is implied by arthralgia, so no condition lists it among its weights;
    the entered list still names it (it showed 'HP:0012531' before the report carried every entered label)."""
    tab = make_window().check_tab
    tab.load_session({"present": ["HP:0002829", "HP:0012531"], "absent": []})
    _wait_report(qtbot, tab, lambda r: "HP:0012531" in r["input"]["present"])
    qtbot.waitUntil(lambda: any("Pain" == tab.chips.item(i).text().lstrip("✓ ").strip()
                                for i in range(tab.chips.count())), timeout=5000)
    assert not any("HP:0012531" in tab.chips.item(i).text() for i in range(tab.chips.count()))


def test_ctrl_l_goes_to_the_finding_box_from_another_tab(qtbot, make_window):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(0)
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.text().replace("&", "") == "Add a finding")
    assert action.shortcut().toString() == "Ctrl+L"
    window.check_tab.finder.setText("old words")
    action.trigger()
    assert window.tabs.currentWidget() is window.check_tab
    qtbot.waitUntil(lambda: window.check_tab.finder.hasFocus(), timeout=2000)
    assert window.check_tab.finder.selectedText() == "old words"  # typing replaces them
