"""The Compare tab with qtbot: columns from the browser, toggles, reorder, remove, saved sets, export."""
from __future__ import annotations

from pypdf import PdfReader

from legpain_gui.gui import dialogs
from legpain_gui.gui.compare.model import CompareModel
from legpain_gui.checker.load import checker_model  # noqa: E402

PAN, SLE, GBS = "polyarteritis-nodosa", "systemic-lupus-erythematosus", "guillain-barre-syndrome"


def _comparison_ready(qtbot, window, ids):
    qtbot.waitUntil(lambda: window.compare_tab.comparison is not None
                    and [c["id"] for c in window.compare_tab.comparison.conditions] == ids, timeout=8000)


def _headers(tab):
    return [tab.model.headerData(i, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
            for i in range(tab.model.columnCount())]


def test_add_from_browser_and_tab(qtbot, make_window):
    window = make_window()
    window.browse.open_condition(PAN)
    qtbot.waitUntil(lambda: window.browse.current_id == PAN, timeout=5000)
    window.browse.compare.click()
    tab = window.compare_tab
    assert tab.ids == [PAN] and "Choose 2 to 6" in tab.message.text()
    tab.chooser.setCurrentIndex(tab.chooser.findData(SLE))
    tab.add_button.click()
    tab.chooser.setCurrentIndex(tab.chooser.findData(GBS))
    tab.add_button.click()
    _comparison_ready(qtbot, window, [PAN, SLE, GBS])
    assert _headers(tab) == ["Feature", "Polyarteritis nodosa", "Systemic lupus erythematosus", "Guillain-Barré syndrome"]
    # a lupus serology separates lupus from the others (which one leads follows the content's figures)
    pairs = tab.pairs.toPlainText()
    assert any(t in pairs for t in ("Positive ANA", "Low complement", "Anti-dsDNA")), pairs


def test_toggle_only_differences_and_sorting(qtbot, make_window):
    window = make_window()
    window.compare_ctl.show([PAN, SLE, GBS])
    _comparison_ready(qtbot, window, [PAN, SLE, GBS])
    tab = window.compare_tab
    full = tab.model.rowCount()
    tab.only_differences.setChecked(True)
    assert tab.model.rowCount() < full
    assert "hidden" in tab.message.text()
    tab.only_differences.setChecked(False)
    assert tab.model.rowCount() == full
    tab.distinguishing.setChecked(True)
    assert tab.model.rowCount() == full


def test_reorder_and_remove_columns(qtbot, make_window):
    window = make_window()
    window.compare_ctl.show([PAN, SLE, GBS])
    _comparison_ready(qtbot, window, [PAN, SLE, GBS])
    tab = window.compare_tab
    tab.table.setCurrentIndex(tab.model.index(1, 1))  # a cell of PAN's column
    tab.right_button.click()
    _comparison_ready(qtbot, window, [SLE, PAN, GBS])
    assert _headers(tab)[1:] == ["Systemic lupus erythematosus", "Polyarteritis nodosa", "Guillain-Barré syndrome"]
    assert tab.selected_column() == 1  # the moved column stays selected
    tab.remove_button.click()
    _comparison_ready(qtbot, window, [SLE, GBS])
    assert window.settings.value("compare/ids") == f"{SLE},{GBS}"


def test_saved_sets_persist_and_delete_can_be_undone(qtbot, make_window, monkeypatch):
    window = make_window()
    window.compare_ctl.show([PAN, GBS])
    _comparison_ready(qtbot, window, [PAN, GBS])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Vasculitis vs GBS")
    window.compare_ctl.save_set()
    qtbot.waitUntil(lambda: window.compare_tab.sets.findData("Vasculitis vs GBS") > 0, timeout=5000)
    window.close()
    again = make_window()
    tab = again.compare_tab
    assert tab.sets.findData("Vasculitis vs GBS") > 0
    again.compare_ctl.show([SLE, GBS])
    again.compare_ctl.open_set("Vasculitis vs GBS")
    qtbot.waitUntil(lambda: tab.ids == [PAN, GBS], timeout=5000)
    again.compare_ctl.delete_set("Vasculitis vs GBS")
    qtbot.waitUntil(lambda: tab.sets.findData("Vasculitis vs GBS") < 0, timeout=5000)
    assert again.undo_button.isVisibleTo(again)
    again.undo_button.click()
    qtbot.waitUntil(lambda: tab.sets.findData("Vasculitis vs GBS") > 0, timeout=5000)


def test_export_pdf_and_html(qtbot, make_window, tmp_path):
    window = make_window()
    window.compare_ctl.show([PAN, SLE, GBS])
    _comparison_ready(qtbot, window, [PAN, SLE, GBS])
    window.compare_ctl.export(tmp_path / "c.pdf", "pdf")
    window.compare_ctl.export(tmp_path / "c.html", "html")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(tmp_path / "c.pdf")).pages).split())
    assert all(n in text for n in ("Polyarteritis nodosa", "Systemic lupus erythematosus", "Guillain-Barré syndrome"))
    assert "Comparison" in (tmp_path / "c.html").read_text()


def test_compare_model_passes_the_model_tester(qtmodeltester, shipped_kb):
    from legpain_gui.compare.table import build

    model, _ = checker_model(shipped_kb)
    comp = build([shipped_kb.condition(i) for i in (PAN, SLE)], model)
    table = CompareModel()
    table.set_rows(comp.conditions, comp.view(only_differences=True))
    qtmodeltester.check(table)


def test_legend_key_discriminators_and_the_three_marks(qtbot, make_window):
    from PySide6.QtCore import Qt

    window = make_window()
    window.compare_ctl.show([PAN, SLE, GBS])
    tab = window.compare_tab
    _comparison_ready(qtbot, window, [PAN, SLE, GBS])
    assert tab.legend.isVisibleTo(tab) and "not described" in tab.legend.text() and "✗" in tab.legend.text()
    assert tab.model.index(0, 0).data() == "Key discriminators"  # the band leads the table
    shown = {tab.model.index(r, c).data() for r in range(tab.model.rowCount()) for c in range(1, 4)}
    assert "not described" in shown and any(str(t).startswith("✗ excluded") for t in shown)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == "Medium vessel vasculitis")
    tip = tab.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "HPO:" in tip and "HP:6000658" in tip


def test_browser_button_says_in_comparison(qtbot, make_window):
    window = make_window()
    window.browse.open_condition(PAN)
    qtbot.waitUntil(lambda: window.browse.current_id == PAN, timeout=5000)
    assert window.browse.compare.text() == "+ Compare"
    window.browse.compare.click()
    assert window.browse.compare.text() == "✓ In comparison"
    window.tabs.setCurrentIndex(0)
    window.browse.compare.click()  # already there: opens the comparison, adds nothing
    assert window.tabs.currentWidget() is window.compare_tab and window.compare_tab.ids == [PAN]


def test_compare_top_three_asks_before_replacing(qtbot, make_window, monkeypatch):
    window = make_window()
    window.compare_ctl.show([PAN, SLE])
    asked = []
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, text, choices: asked.append(text) or "Cancel")
    window.compare_ctl.show_top([GBS, "multiple-sclerosis", "chronic-inflammatory-demyelinating-polyneuropathy"])
    assert asked and "Polyarteritis nodosa" in asked[0] and window.compare_tab.ids == [PAN, SLE]
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, text, choices: "Add to it")
    window.compare_ctl.show_top([GBS, "multiple-sclerosis", PAN])
    assert window.compare_tab.ids == [PAN, SLE, GBS, "multiple-sclerosis"]
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a: "Replace")
    window.compare_ctl.show_top([GBS, SLE])
    assert window.compare_tab.ids == [GBS, SLE]


def test_feature_labels_sit_beside_the_first_line_of_a_tall_row(shipped_kb):
    """A merged row can hold several lines per cell: its feature label is aligned to the top, so it stays
    in view beside the first line rather than centred below the fold."""
    from PySide6.QtCore import Qt

    from legpain_gui.compare.table import build

    model, _ = checker_model(shipped_kb)
    comp = build([shipped_kb.condition(i) for i in (PAN, SLE, GBS)], model)
    table = CompareModel()
    table.set_rows(comp.conditions, comp.view(only_differences=False))
    finding_rows = [r for r in range(table.rowCount()) if table.data(table.index(r, 1)) is not None
                    and table.data(table.index(r, 0))]
    assert finding_rows
    for r in finding_rows[:20]:
        align = table.data(table.index(r, 0), Qt.ItemDataRole.TextAlignmentRole)
        if align is not None:
            assert align & int(Qt.AlignmentFlag.AlignTop)
    assert any(table.data(table.index(r, 0), Qt.ItemDataRole.TextAlignmentRole) is not None for r in finding_rows)


def test_delete_is_offered_only_for_a_chosen_set(qtbot, make_window):
    """Delete acts on the set chosen in the box: with "Open a saved set…" showing there is nothing to delete."""
    window = make_window()
    tab = window.compare_tab
    tab.set_saved_sets({"Vasculitis vs GBS": [PAN, GBS]})
    assert tab.sets.currentIndex() == 0 and not tab.delete_set.isEnabled()
    tab.sets.setCurrentIndex(tab.sets.findData("Vasculitis vs GBS"))
    assert tab.delete_set.isEnabled()
    tab.sets.setCurrentIndex(0)
    assert not tab.delete_set.isEnabled()


def test_a_comparison_written_unquoted_in_settings_ini_is_restored(qtbot, make_window, user_data_dir):
    """settings.ini edited by hand ('ids=a,b,c' without quotes, which QSettings reads as a list): the columns
    come back as written, not lost."""
    user_data_dir.mkdir(parents=True, exist_ok=True)
    (user_data_dir / "settings.ini").write_text(f"[compare]\nids={PAN},{SLE}, {GBS}\n", encoding="utf-8")
    window = make_window()
    _comparison_ready(qtbot, window, [PAN, SLE, GBS])
