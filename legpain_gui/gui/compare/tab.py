"""The Compare tab: 2 to 6 conditions in aligned columns, differences first.

Holds widgets and the chosen ids; its controller builds the comparison (compare.table) on the
background thread and hands it back with `set_comparison`.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHeaderView, QLabel, QMenu, QPushButton, QSplitter,
    QTableView, QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)

from legpain_gui.kb.vocab import MAX_COMPARED as MAX_CONDITIONS
from legpain_gui.kb.vocab import MIN_COMPARED as MIN_CONDITIONS
from legpain_gui.gui.compare.header import WrappingHeader
from legpain_gui.gui.compare.model import CellDelegate, CompareModel, NameList
from legpain_gui.gui.flow import FlowLayout, keep_together

LEGEND = ("<b>+</b> very frequent or obligate · <b>~</b> frequent or occasional · <b>-</b> very rare · "
          "<b style='color:#c62828'>✗</b> excluded · <i>not described</i> ≠ absent · <b>(+)</b> broader finding only")
LEGEND_TIP = ("✗ excluded: the content says it does not occur. Not described: the content says nothing about it, which "
              "is not the same as absent. (+): only a broader finding is described, so at most that often. Hover a "
              "cell for its figure and source, a feature for its HPO term; the key discriminators are the rows "
              "that best separate the chosen conditions.")


CLINIC_SET = Qt.ItemDataRole.UserRole + 1  # the sets list: a clinic set's id (the person's own sets: UserRole, the name)


def _button(text: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setToolTip(tip)
    b.setAccessibleName(text.replace("…", "").replace("◀ ", "").replace(" ▶", ""))
    return b


class CompareTab(QWidget):
    """Choose, reorder and remove columns; toggle differences; export; named sets."""

    idsChanged = Signal(list)
    exportPdfRequested = Signal()
    exportHtmlRequested = Signal()
    printRequested = Signal()
    saveSetRequested = Signal()
    deleteSetRequested = Signal(str)
    openSetRequested = Signal(str)
    openClinicSetRequested = Signal(int)  # a clinic's shared set, by its id (gui/clinic/compare.py)
    deleteClinicSetRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ids: list[str] = []
        self.names: dict[str, str] = {}
        self.comparison = None
        self.clinic_notes = None  # the clinic's notes on the compared conditions (a CompareView), for export
        self._saved: dict[str, list[str]] = {}
        self._clinic_sets: list[tuple[int, str, str]] = []  # (id, label, tooltip)
        self._build()

    def _build(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setModel(NameList(self.chooser))
        self.chooser.setAccessibleName("Condition to add")
        self.chooser.setPlaceholderText("Condition to add…")  # not a condition's name that looks chosen
        self.chooser.setMinimumContentsLength(18)  # room for most names at any text size (was 200 px)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = _button("Add", "Add the chosen condition as a column")
        self.remove_button = _button("Remove", "Remove the selected column")
        self.left_button = _button("◀", "Move the selected column left")  # arrows: room for the rest at large text
        self.right_button = _button("▶", "Move the selected column right")
        self.left_button.setAccessibleName("Move left")
        self.right_button.setAccessibleName("Move right")
        self.only_differences = QCheckBox("&Only differences")
        self.only_differences.setAccessibleName("Only differences")
        self.distinguishing = QCheckBox("Most &distinguishing first")
        self.distinguishing.setAccessibleName("Most distinguishing first")
        self.sets = QComboBox()
        self.sets.setAccessibleName("Saved comparison sets")
        self.sets.setMinimumWidth(180)
        self.save_set = _button("Save…", "Save these columns as a named set")
        self.delete_set = _button("Delete", "Delete the chosen saved set")
        self.export_button = QToolButton()
        self.export_button.setText("Export ▾")
        self.export_button.setAccessibleName("Export or print the comparison")
        self.export_button.setToolTip("PDF (landscape, with date, KB version and disclaimer), HTML, or print")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.pdf_button = menu.addAction("Export &PDF…")
        self.html_button = menu.addAction("Export &HTML…")
        self.print_button = menu.addAction("P&rint…")
        self.export_button.setMenu(menu)
        self.message = QLabel()
        self.message.setAccessibleName("Comparison message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # condition names from the knowledge base
        self.message.setWordWrap(True)
        self.legend = QLabel(LEGEND)
        self.legend.setAccessibleName("Legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setToolTip(LEGEND_TIP)

        # One row of controls that wraps where the window is too narrow for it (large text on a small screen:
        # gui/flow.py); the clinic adds its "Share" button at its end (sets_row)
        self.sets_row = top = FlowLayout()
        for w in (self.chooser, self.add_button, self.remove_button, self.left_button, self.right_button,
                  self.export_button, self.only_differences, self.distinguishing):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(keep_together(self.sets, self.save_set, self.delete_set))  # the box says "Open a saved set…"

        self.model = CompareModel(self)
        self.table = QTableView()
        self.table.setHorizontalHeader(WrappingHeader(self.table))  # names wrap rather than being cut
        self.table.setModel(self.model)
        self.table.setAccessibleName("Comparison table")
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.pairs = QTextBrowser()
        self.pairs.setAccessibleName("Which test separates each pair")
        self.pairs.setMaximumHeight(130)
        self.pairs.setMinimumHeight(60)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)  # the clinic's notes go beside the pairs, when in use
        self.bottom.addWidget(self.pairs)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([10_000, 110])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addWidget(self.legend)

        self.add_button.clicked.connect(self._add_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        self.left_button.clicked.connect(lambda: self.move_selected(-1))
        self.right_button.clicked.connect(lambda: self.move_selected(+1))
        self.only_differences.toggled.connect(lambda _: self._render())
        self.distinguishing.toggled.connect(lambda _: self._render())
        self.pdf_button.triggered.connect(self.exportPdfRequested)
        self.html_button.triggered.connect(self.exportHtmlRequested)
        self.print_button.triggered.connect(self.printRequested)
        self.save_set.clicked.connect(self.saveSetRequested)
        self.delete_set.clicked.connect(self._delete_chosen)
        self.sets.currentIndexChanged.connect(self._sync_delete)
        self.sets.activated.connect(self._open_set)
        self.table.horizontalHeader().sectionClicked.connect(lambda s: s > 0 and self.table.selectColumn(s))
        self._refit_rows = QTimer(self)  # the columns' width changed (window, splitter, text size): rows re-wrap
        self._refit_rows.setSingleShot(True)
        self._refit_rows.setInterval(50)
        self._refit_rows.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._refit_rows.start())
        self._update()

    # ---- data in -------------------------------------------------------------------------------------
    def set_conditions(self, summaries: list) -> None:
        self.names = {s.id: s.name for s in summaries}
        self.chooser.model().set_rows([(s.name, s.id) for s in sorted(summaries, key=lambda s: s.name.casefold())])
        self.chooser.setCurrentIndex(-1)

    def set_saved_sets(self, sets: dict[str, list[str]]) -> None:
        self._saved = dict(sets)
        self._fill_sets()

    def set_clinic_sets(self, sets: list[tuple[int, str, str]]) -> None:
        """The clinic's shared sets, listed after the person's own: (id, label, tooltip)."""
        if sets != self._clinic_sets:
            self._clinic_sets = list(sets)
            self._fill_sets()

    def _fill_sets(self) -> None:
        current, current_clinic = self.sets.currentData(), self.sets.currentData(CLINIC_SET)
        self.sets.clear()
        self.sets.addItem("Open a saved set…", None)
        for name, ids in self._saved.items():
            self.sets.addItem(f"{name} ({len(ids)})", name)
        if self._clinic_sets:
            self.sets.insertSeparator(self.sets.count())
            self.sets.addItem("Clinic sets, shared by every workstation:", None)
            self.sets.model().item(self.sets.count() - 1).setEnabled(False)
        for set_id, label, tip in self._clinic_sets:
            self.sets.addItem(label, None)
            self.sets.setItemData(self.sets.count() - 1, set_id, CLINIC_SET)
            self.sets.setItemData(self.sets.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        index = self.sets.findData(current_clinic, CLINIC_SET) if current_clinic is not None else \
            self.sets.findData(current)
        self.sets.setCurrentIndex(max(0, index))
        self._sync_delete()

    def _open_set(self, index: int) -> None:
        if self.sets.itemData(index, CLINIC_SET) is not None:
            self.openClinicSetRequested.emit(int(self.sets.itemData(index, CLINIC_SET)))
        elif self.sets.itemData(index):
            self.openSetRequested.emit(self.sets.itemData(index))

    def _sync_delete(self, _index: int = -1) -> None:
        """Delete acts on the chosen set: off while the box shows "Open a saved set…" (nothing chosen)."""
        self.delete_set.setEnabled(bool(self.sets.currentData()) or self.sets.currentData(CLINIC_SET) is not None)

    def _delete_chosen(self) -> None:
        if self.sets.currentData(CLINIC_SET) is not None:
            self.deleteClinicSetRequested.emit(int(self.sets.currentData(CLINIC_SET)))
        elif self.sets.currentData():
            self.deleteSetRequested.emit(self.sets.currentData())

    def set_ids(self, ids: list[str]) -> None:
        self.ids = list(dict.fromkeys(ids))[:MAX_CONDITIONS]
        self._update()
        self.idsChanged.emit(list(self.ids))

    def set_comparison(self, comparison) -> None:
        if comparison is not None and [c["id"] for c in comparison.conditions] != self.ids:
            return  # a newer selection is on its way
        self.comparison = comparison
        self._render()

    # ---- column actions ------------------------------------------------------------------------------
    def add(self, condition_id: str) -> bool:
        if condition_id in self.ids:
            self._say(f"{self.names.get(condition_id, condition_id)} is already a column.")
            return False
        if len(self.ids) >= MAX_CONDITIONS:
            self._say(f"At most {MAX_CONDITIONS} conditions: remove one first.")
            return False
        self.set_ids(self.ids + [condition_id])
        return True

    def _add_chosen(self) -> None:
        cid = self.chooser.currentData()
        if cid:
            self.add(cid)
        else:
            self._say("Choose a condition in the box first, then Add.")

    def selected_column(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and index.column() > 0:
            return index.column() - 1
        return None

    def remove_selected(self) -> None:
        col = self.selected_column()
        if col is None:
            self._say("Select a cell in the column to remove.")
            return
        self.set_ids(self.ids[:col] + self.ids[col + 1:])

    def move_selected(self, step: int) -> None:
        col = self.selected_column()
        if col is None:
            self._say("Select a cell in the column to move.")
            return
        target = col + step
        if not 0 <= target < len(self.ids):
            return
        ids = list(self.ids)
        ids[col], ids[target] = ids[target], ids[col]
        row = self.table.currentIndex().row()
        self.set_ids(ids)
        self._pending_select = (row, target + 1)

    # ---- view --------------------------------------------------------------------------------------
    def _update(self) -> None:
        n = len(self.ids)
        for b in (self.remove_button, self.left_button, self.right_button, self.export_button, self.save_set):
            b.setEnabled(n >= MIN_CONDITIONS or b is self.remove_button and n > 0)
        self.add_button.setEnabled(n < MAX_CONDITIONS)
        if n < MIN_CONDITIONS:
            self.comparison = None
            self.model.set_rows([], [])
            chosen = ", ".join(self.names.get(i, i) for i in self.ids)
            self._say(
                f"Choose {MIN_CONDITIONS} to {MAX_CONDITIONS} conditions: add them above, with “+ Compare” in the "
                "browser, or “Compare top 3” in the checker." + (f" Chosen so far: {chosen}." if chosen else ""))
            self.pairs.clear()

    def _render(self) -> None:
        comp = self.comparison
        if comp is None:
            return
        rows = comp.view(self.only_differences.isChecked(), self.distinguishing.isChecked(), key_band=True)
        self.model.set_rows(comp.conditions, rows)
        self.table.setColumnWidth(0, max(220, 17 * self.table.fontMetrics().averageCharWidth()))
        self.table.resizeRowsToContents()
        hidden = len(comp.rows) - len(comp.view(self.only_differences.isChecked()))
        self._say(f"{hidden} row{'s' if hidden != 1 else ''} where all columns agree "
                  f"{'are' if hidden != 1 else 'is'} hidden." if hidden else "")
        self.pairs.setHtml("<b>Which test separates each pair</b><ul>" + "".join(
            f"<li>{html.escape(p.why)}" + (f" <i>(tests: {html.escape(', '.join(p.investigations))})</i>" if p.investigations else "")
            + "</li>" for p in comp.pairs) + "</ul>")
        pending = getattr(self, "_pending_select", None)
        if pending:
            self.table.setCurrentIndex(self.model.index(pending[0], pending[1]))
            self._pending_select = None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def options(self) -> tuple[bool, bool]:
        return self.only_differences.isChecked(), self.distinguishing.isChecked()
