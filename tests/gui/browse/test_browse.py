"""The main window and the condition browser, driven like a user would."""
from __future__ import annotations


from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl

from legpain_gui.gui.browse.condition_model import ConditionIdRole, ConditionModel
from legpain_gui.gui.dialogs import about_html


def _visible_ids(model) -> list[str]:
    ids = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ConditionIdRole):
            ids.append(index.data(ConditionIdRole))
        for child in range(model.rowCount(index)):
            ids.append(model.index(child, 0, index).data(ConditionIdRole))
    return ids


def _open(qtbot, window, cid: str) -> None:
    window.browse.open_condition(cid)
    qtbot.waitUntil(lambda: window.browse.current_id == cid, timeout=5000)


def test_window_starts_with_list_and_page(make_window):
    window = make_window()
    ids = _visible_ids(window.browse.model)
    assert len(set(ids)) == len(window.backend.kb.conditions()) >= 30
    assert window.tabs.count() == 3 and window.tabs.tabText(1) == "&Compare"
    assert "HPO 2025-01-16" in window.status.text()


def test_typing_filters_the_list(qtbot, make_window):
    window = make_window()
    qtbot.keyClicks(window.browse.search, "lupus")
    qtbot.waitUntil(lambda: window.browse.model.is_search(), timeout=5000)
    ids = _visible_ids(window.browse.model)
    assert ids[0] == "systemic-lupus-erythematosus"
    window.browse.search.clear()
    qtbot.waitUntil(lambda: not window.browse.model.is_search(), timeout=5000)
    assert len(set(_visible_ids(window.browse.model))) == len(window.backend.kb.conditions())


def test_no_hits_says_so_and_suggests(qtbot, make_window):
    window = make_window()
    qtbot.keyClicks(window.browse.search, "vasculitiss nodosaa")
    qtbot.waitUntil(lambda: window.browse.message.isVisible() and "No condition" in window.browse.message.text(), timeout=5000)
    assert "Try" in window.browse.message.text()


def test_return_opens_the_best_hit(qtbot, make_window):
    window = make_window()
    qtbot.keyClicks(window.browse.search, "M30.0")
    qtbot.keyClick(window.browse.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.browse.current_id == "polyarteritis-nodosa", timeout=5000)


def test_selecting_shows_the_page(qtbot, make_window):
    window = make_window()
    index = window.browse.model.index_of("guillain-barre-syndrome")
    window.browse.tree.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.browse.current_id == "guillain-barre-syndrome", timeout=5000)
    text = window.browse.page.toPlainText()
    assert "Guillain" in text and "Red flags" in text and "References" in text
    assert window.browse.toc.count() >= 12


def test_link_navigates_and_back_returns(qtbot, make_window):
    window = make_window()
    _open(qtbot, window, "polyarteritis-nodosa")
    window.browse.page.anchorClicked.emit(QUrl("condition:systemic-lupus-erythematosus"))
    qtbot.waitUntil(lambda: window.browse.current_id == "systemic-lupus-erythematosus", timeout=5000)
    assert window.browse.back.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.browse.current_id == "polyarteritis-nodosa", timeout=5000)
    window.browse.go_forward()
    qtbot.waitUntil(lambda: window.browse.current_id == "systemic-lupus-erythematosus", timeout=5000)


def test_favourite_and_note_survive_a_restart(qtbot, make_window, user_data_dir):
    window = make_window()
    _open(qtbot, window, "multiple-sclerosis")
    window.browse.favourite.click()
    window.browse.note_toggle.setChecked(True)
    qtbot.keyClicks(window.browse.note, "Ask about Uhthoff; MRI booked.")
    window.close()  # flushes the note and waits for the writes
    again = make_window()
    assert "multiple-sclerosis" in again.backend.user.favourites()
    _open(qtbot, again, "multiple-sclerosis")
    assert again.browse.favourite.isChecked()
    assert again.browse.note.toPlainText() == "Ask about Uhthoff; MRI booked."
    assert (user_data_dir / "userdata.sqlite").exists()


def test_favourites_on_top(qtbot, make_window):
    window = make_window()
    _open(qtbot, window, "rheumatoid-arthritis")
    window.browse.favourite.click()
    qtbot.waitUntil(lambda: "rheumatoid-arthritis" in window.browse._favourites, timeout=5000)
    window.browse.favourites_first.setChecked(True)
    top = window.browse.model.index(0, 0)
    assert top.data().startswith("★ Favourites")
    assert window.browse.model.index(0, 0, top).data(ConditionIdRole) == "rheumatoid-arthritis"


def test_category_filter(qtbot, make_window):
    window = make_window()
    combo = window.browse.category
    cat = "Demyelinating disease and myelitis"
    combo.setCurrentIndex(combo.findData(cat))
    shown = set(_visible_ids(window.browse.model))
    assert "multiple-sclerosis" in shown and "polyarteritis-nodosa" not in shown
    assert shown == {c.id for c in window.backend.kb.conditions() if c.category == cat}
    combo.setCurrentIndex(combo.findData("Systemic vasculitis"))
    ids = set(_visible_ids(window.browse.model))
    assert "polyarteritis-nodosa" in ids and "multiple-sclerosis" not in ids


def test_export_pdf_contains_the_name(qtbot, make_window, tmp_path):
    window = make_window()
    _open(qtbot, window, "polyarteritis-nodosa")
    out = tmp_path / "pan.pdf"
    window.browse_ctl.export_pdf(out)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    assert "Polyarteritis nodosa" in text
    assert "References" in text and len(PdfReader(str(out)).pages) >= 3


def test_pdf_dialog_path_from_replaceable_function(qtbot, make_window, tmp_path, monkeypatch):
    from legpain_gui.gui import dialogs

    window = make_window()
    _open(qtbot, window, "guillain-barre-syndrome")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "gbs")
    window.browse_ctl.export_pdf_dialog()
    assert (tmp_path / "gbs.pdf").stat().st_size > 1000


def test_shortcuts_switch_tabs_and_focus_search(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: window.browse.search.hasFocus(), timeout=2000)


def test_text_size_and_theme_are_remembered(qtbot, make_window, user_data_dir):
    window = make_window()
    before = window.browse.page.font().pointSizeF()
    window.set_text_scale(1.3)
    window.set_theme("dark")
    qtbot.waitUntil(lambda: window.browse.page.font().pointSizeF() > before * 1.2, timeout=2000)
    window.close()
    again = make_window()
    assert abs(again.text_scale - 1.3) < 0.01 and again.theme == "dark"
    again.set_theme("system")
    again.set_text_scale(1.0)


def _controls(root):
    """The controls a user reaches, leaving out Qt's own parts (header, popup list, clear button)."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QLineEdit,
                                   QPlainTextEdit, QTextEdit, QWidget)

    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w, QHeaderView) or not w.isVisibleTo(root):
            continue
        parent, inside_qt_part = w.parentWidget(), False
        while parent is not None:
            if isinstance(parent, (QComboBox, QLineEdit)):
                inside_qt_part = True
            parent = parent.parentWidget()
        if not inside_qt_part:
            out.append(w)
    return out


def test_every_control_has_an_accessible_name(make_window):
    window = make_window()
    controls = _controls(window)
    assert len(controls) > 10
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert not unnamed, unnamed


def test_about_box_names_versions_attribution_and_disclaimer():
    text = about_html("2026.11.1", "2025-01-16")
    assert "2026.11.1" in text and "2025-01-16" in text
    assert "Human Phenotype Ontology" in text and "does not replace" in text


def test_models_pass_qt_model_tester(qtmodeltester, shipped_kb):
    from legpain_gui.kb.search import search

    model = ConditionModel()
    model.set_conditions(shipped_kb.conditions(), {"multiple-sclerosis"})
    qtmodeltester.check(model)
    model.set_favourites_first(True)
    qtmodeltester.check(model)
    model.set_hits(search(shipped_kb, "pain").conditions)
    qtmodeltester.check(model)


def test_list_tooltips_give_name_category_and_codes(qtbot, shipped_kb):
    model = ConditionModel()
    model.set_conditions(shipped_kb.conditions(), set())
    tips = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            tips[index.data(ConditionIdRole)] = index.data(Qt.ItemDataRole.ToolTipRole)
    pan = shipped_kb.condition("polyarteritis-nodosa")
    assert pan.name in tips[pan.id] and pan.category in tips[pan.id] and "M30.0" in tips[pan.id]
    from legpain_gui.kb.search import search

    model.set_hits(search(shipped_kb, "foot drop").conditions)
    assert "Found via" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_broken_kb_shows_a_message(qtbot, make_window, tmp_path, no_real_dialogs):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"nope" * 100)
    window = make_window(kb_path=bad, wait=False)
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=5000)
    assert "damaged or not a knowledge base" in no_real_dialogs[0][1]
    assert "damaged" in window.status.text()


def test_first_run_opens_the_start_page_and_back_restores_scroll(qtbot, make_window):
    window = make_window(first_run=True)
    b = window.browse
    qtbot.waitUntil(lambda: "Three tabs" in b.page.toPlainText(), timeout=5000)
    assert b.current_id is None and not b.favourite.isEnabled()
    b.open_condition("polyarteritis-nodosa")
    qtbot.waitUntil(lambda: b.current_id == "polyarteritis-nodosa", timeout=5000)
    bar = b.page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 500, timeout=5000)
    bar.setValue(500)
    b.open_condition("systemic-lupus-erythematosus")
    qtbot.waitUntil(lambda: b.current_id == "systemic-lupus-erythematosus", timeout=5000)
    b.go_back()
    qtbot.waitUntil(lambda: b.current_id == "polyarteritis-nodosa" and bar.value() == 500, timeout=5000)
    assert b.tree.currentIndex().data() and "Polyarteritis" in str(b.tree.currentIndex().data())
    window.browse_ctl.show_start()  # Go -> Start page: recent conditions listed
    assert "Recently opened" in b.page.toPlainText() and "Systemic lupus erythematosus" in b.page.toPlainText()


def test_a_search_the_knowledge_base_cannot_answer_is_one_sentence(qtbot, make_window, no_real_dialogs, monkeypatch):
    import sqlite3

    window = make_window()

    def broken(query):
        raise sqlite3.DatabaseError("database disk image is malformed: SELECT condition_id FROM condition_fts ...")

    monkeypatch.setattr(window.backend, "search", broken)
    window.browse.search.setText("lupus")
    qtbot.waitUntil(lambda: "could not be answered" in window.browse.message.text(), timeout=5000)
    assert "SELECT" not in window.browse.message.text() and no_real_dialogs == []
