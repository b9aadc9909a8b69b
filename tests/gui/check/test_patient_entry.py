"""The open patient survives a quit or crash, and a pasted case enters only what the clinician reviewed."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from legpain_gui.userdata.draft import DRAFT_NAME


def _draft(folder):
    path = folder / DRAFT_NAME
    return json.loads(path.read_text(encoding="utf-8"))["patient"] if path.exists() else None


def test_open_patient_is_autosaved_and_offered_back(qtbot, make_window, user_data_dir):
    window = make_window()
    tab = window.check_tab
    tab.set_state("HP:0009027", "Foot drop", "present")
    tab.set_state("HP:0001945", "Fever", "absent")
    tab.patient.age.setValue(54)
    qtbot.waitUntil(lambda: (_draft(user_data_dir) or {}).get("age_years") == 54, timeout=5000)
    assert _draft(user_data_dir)["present"] == ["HP:0009027"] and _draft(user_data_dir)["absent"] == ["HP:0001945"]
    # as after a crash: a second start over the same folder offers the patient back, and enters nothing unasked
    again = make_window(data_dir=user_data_dir)
    entry = again.check_tab.entry
    assert entry.restore_bar.isVisibleTo(again.check_tab) and "2 findings" in entry.restore_text.text()
    assert not entry.states
    entry.restore_yes.click()
    assert entry.states == {"HP:0009027": "present", "HP:0001945": "absent"}
    assert entry.patient.years() == 54 and entry.labels["HP:0009027"] == "Foot drop"
    assert not entry.restore_bar.isVisibleTo(again.check_tab)


def test_discarding_the_kept_patient_deletes_it(qtbot, make_window, user_data_dir):
    from legpain_gui.userdata.draft import KEPT_NAME, Draft

    Draft(user_data_dir).save({"present": ["HP:0009027"], "absent": []})
    window = make_window(data_dir=user_data_dir)
    entry = window.check_tab.entry
    assert entry.restore_bar.isVisibleTo(window.check_tab)
    entry.restore_no.click()
    assert not (user_data_dir / DRAFT_NAME).exists() and not (user_data_dir / KEPT_NAME).exists()
    assert not entry.states


def test_typing_before_answering_never_overwrites_the_kept_patient(qtbot, make_window, user_data_dir):
    from legpain_gui.userdata.draft import KEPT_NAME, Draft

    Draft(user_data_dir).save({"present": ["HP:0009027"], "absent": []})
    window = make_window(data_dir=user_data_dir)
    entry = window.check_tab.entry
    entry.set_state("HP:0002829", "Joint pain", "present")  # a new patient, before answering the offer
    qtbot.waitUntil(lambda: (_draft(user_data_dir) or {}).get("present") == ["HP:0002829"], timeout=5000)
    assert (user_data_dir / KEPT_NAME).exists()  # the old patient is still on disk
    entry.restore_yes.click()
    assert entry.states == {"HP:0009027": "present"}
    entry.undo()  # the new one comes back
    assert entry.states == {"HP:0002829": "present"}


def test_a_damaged_kept_patient_is_a_plain_message_and_set_aside(qtbot, make_window, user_data_dir):
    user_data_dir.mkdir(parents=True, exist_ok=True)
    (user_data_dir / DRAFT_NAME).write_bytes(b"\x00garbage")
    window = make_window(data_dir=user_data_dir)
    assert "not restored" in window.status.text()
    assert (user_data_dir / (DRAFT_NAME + ".damaged")).read_bytes() == b"\x00garbage"
    assert not window.check_tab.entry.restore_bar.isVisibleTo(window.check_tab)


def test_quit_writes_the_pending_patient(qtbot, make_window, user_data_dir):
    window = make_window()
    window.check_tab.set_state("HP:0002829", "Joint pain", "present")
    window.close()  # before the autosave pause has passed
    assert _draft(user_data_dir)["present"] == ["HP:0002829"]


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform, dialogs

CASE = ("A 54-year-old woman had two weeks of burning feet and right foot drop. She denies fever. "
        "Possible livedo on the thighs. Her mother had rheumatoid arthritis.")


@pytest.fixture()
def pasted(qtbot, make_window):
    window = make_window()
    window.check_ctl.paste_case()
    dialog = window.check_ctl._paste
    dialog.text.setPlainText(CASE)
    dialog.find_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=8000)
    return window, dialog


def test_pasted_case_enters_nothing_before_review(qtbot, pasted):
    window, dialog = pasted
    rows = {r.hpo: r for r in dialog.rows}
    assert rows["HP:0009027"].accept and rows["HP:0009027"].state == "present"  # foot drop
    assert rows["HP:0001945"].state == "absent" and rows["HP:0001945"].accept  # denies fever
    assert not any(r.accept for r in dialog.rows if r.context != "patient")  # the mother's arthritis
    assert not window.check_tab.states  # nothing entered while reviewing
    html = dialog.view.toHtml()
    assert "foot drop" in html and "fever" in html
    dialog.reject()
    assert not window.check_tab.states  # Cancel enters nothing


def test_review_flip_and_untick_then_enter(qtbot, pasted):
    window, dialog = pasted
    index = {r.hpo: i for i, r in enumerate(dialog.rows)}
    dialog.table.cellWidget(index["HP:0001945"], 1).setCurrentIndex(1)  # fever: flip to present
    dialog.table.item(index["HP:0009027"], 0).setCheckState(Qt.CheckState.Unchecked)  # foot drop: dropped
    assert dialog.use_age.isChecked() and "54" in dialog.use_age.text()
    dialog.enter_button.click()
    states = window.check_tab.states
    assert states.get("HP:0001945") == "present" and "HP:0009027" not in states
    assert window.check_tab.patient.years() == 54 and window.check_tab.patient.value()["sex"] == "female"
    assert window.check_tab.patient.value()["course"] == "acute"  # 'two weeks of burning feet'


def test_the_course_read_from_the_text_is_offered_with_its_words_and_can_be_declined(qtbot, pasted):
    window, dialog = pasted
    assert dialog.use_course.isChecked() and "acute" in dialog.use_course.text()
    assert "two weeks of" in dialog.use_course.text()
    dialog.use_course.setChecked(False)
    dialog.enter_button.click()
    assert window.check_tab.patient.value()["course"] is None


def test_an_undecided_ticked_row_blocks_enter(qtbot, pasted):
    _, dialog = pasted
    undecided = [i for i, r in enumerate(dialog.rows) if r.state is None and r.context == "patient"]
    assert undecided, "the 'possible livedo' row"
    dialog.table.item(undecided[0], 0).setCheckState(Qt.CheckState.Checked)
    assert not dialog.enter_button.isEnabled() and "without a state" in dialog.summary.text()
    dialog.table.cellWidget(undecided[0], 1).setCurrentIndex(2)  # absent
    assert dialog.enter_button.isEnabled()


def test_empty_and_huge_text_are_refused_plainly(qtbot, make_window):
    window = make_window()
    window.check_ctl.paste_case()
    dialog = window.check_ctl._paste
    dialog.find_button.click()
    assert "Paste or type the case first" in dialog.message.text() and dialog.stack.currentIndex() == 0
    dialog.text.setPlainText("x " * 60_000)
    dialog.find_button.click()
    assert "too long" in dialog.message.text() and dialog.stack.currentIndex() == 0
