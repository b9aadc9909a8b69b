"""The Check tab: findings present/absent on the left, triage and the explained ranking on the right.

Results update as findings change (no run button). The tab only holds widgets and state; its controller
(gui/check/controller.py) runs the checker on the background thread and hands the report back
(`show_report`).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QAbstractItemView, QGridLayout, QHeaderView, QLabel, QMenu, QPushButton, QScrollArea, QSplitter,
    QTableView, QTabWidget, QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)

from legpain_gui.gui.check.checklist import ChecklistTree  # noqa: F401  (re-exported for tests)
from legpain_gui.gui.check.banner import TriageBanner
from legpain_gui.gui.check.entry import EntryPanel, button as _button
from legpain_gui.gui.check.ranking_model import BarDelegate, RankingModel
from legpain_gui.gui.flow import FlowLayout

DISCLAIMER = "Supports, never replaces, clinical judgement; not a diagnosis."


def _menu_button(text: str, tip: str, items: list[str]):
    """A button that opens a menu: the menu's actions, then the button."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(text.rstrip(" ▾"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    actions = [menu.addAction(item) for item in items]
    button.setMenu(menu)
    return (*actions, button)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class CheckTab(QWidget):
    """Finding picker, chips, triage banner, ranking, explanation, ask-next."""

    checkRequested = Signal(dict, int)
    completionRequested = Signal(str, int)
    compareRequested = Signal(list)
    exportRequested = Signal()
    printRequested = Signal()
    saveRequested = Signal()
    openRequested = Signal()
    patientChanged = Signal()  # findings, age, sex or course changed (the controller autosaves)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: dict | None = None
        self._seq = 0
        self._build()

    # ---- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.entry = EntryPanel()
        self.box, self.tree, self.chips, self.patient = self.entry.box, self.entry.tree, self.entry.chips, self.entry.patient
        self.finder, self.completions, self.completer = self.box.edit, self.box.completions, self.box.completer
        self.new_button, self.undo_button = self.entry.new_button, self.entry.undo_button
        left = self.entry

        self.banner = TriageBanner()
        self.disclaimer = QLabel(DISCLAIMER)
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setAccessibleName("Disclaimer")
        small = self.disclaimer.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.disclaimer.setFont(small)
        self.disclaimer.setToolTip("Probabilities are relative to this reference's conditions: the ranking holds only "
                                   "the conditions of this reference; a condition it does not "
                                   "hold cannot appear. Probabilities are calibrated on published cases, not a "
                                   "diagnosis. Help → How the checker works and how well.")
        self.ranking_model = RankingModel(self)
        self.ranking = QTableView()
        self.ranking.setModel(self.ranking_model)
        self.ranking.setAccessibleName("Ranked conditions")
        self.ranking.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranking.verticalHeader().hide()
        self.ranking.setItemDelegateForColumn(2, BarDelegate(self.ranking))
        self.ranking.setItemDelegateForColumn(3, BarDelegate(self.ranking))
        h = self.ranking.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.explanation = QTextBrowser()
        self.explanation.setAccessibleName("Explanation of the selected condition")
        self.explanation.setOpenLinks(False)
        self.ask_box = QWidget()
        self.ask_box.setAccessibleName("Ask next")
        self.ask_grid = QGridLayout(self.ask_box)
        self.tests_box = QWidget()
        self.tests_box.setAccessibleName("Tests that would separate the leaders")
        self.tests_grid = QGridLayout(self.tests_box)
        self.details = QTabWidget()
        self.details.setAccessibleName("Details of the ranking")
        self.details.setDocumentMode(True)
        self.details.addTab(self.explanation, "&Why this rank")
        self.details.addTab(_scrolled(self.ask_box), "&Ask next")
        self.details.addTab(_scrolled(self.tests_box), "&Tests that separate the leaders")
        self.entry_toggle = _button("◀ Entry", "Fold the finding entry away to give the ranking the width, or bring "
                                    "it back (Ctrl+Shift+H)")
        self.compare_button = _button("Compare top 3", "Open the top three in the Compare tab")
        self.export_button, self.print_button, self.save_button, self.open_button, self.more_button = _menu_button(
            "Summary and sessions ▾", "Export or print a summary; save or open this patient's findings as a session",
            ["Export summary as &PDF…", "&Print summary…", "&Save as a session…", "&Open a saved session…"])

        self.vsplit = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.ranking)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.banner)
        rv.addWidget(self.disclaimer)
        rv.addWidget(split, 1)
        actions = FlowLayout()  # wraps at large text in a narrow window (gui/flow.py)
        for b in (self.entry_toggle, self.compare_button, self.more_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.shown_note = QLabel()  # on a large knowledge base the table holds the leading conditions only
        self.shown_note.setAccessibleName("How many conditions the ranking shows")
        self.shown_note.hide()
        actions.addWidget(self.shown_note)
        rv.addLayout(actions)

        self.outer = outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left)
        outer.addWidget(right)
        outer.setCollapsible(0, True)
        outer.setCollapsible(1, False)
        outer.setStretchFactor(0, 2)
        outer.setStretchFactor(1, 3)
        outer.splitterMoved.connect(lambda *_: self._toggle_text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(outer)

        self._timer = QTimer(self)  # setters, not keyword properties: those fail under some locales
        self._timer.setSingleShot(True)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._emit_check)
        self.box.completionRequested.connect(self.completionRequested)
        self.entry.changed.connect(self._schedule)
        self.entry.changed.connect(self.patientChanged)
        self.ranking.selectionModel().currentRowChanged.connect(lambda cur, _: self._explain(cur.row()))
        self.compare_button.clicked.connect(self._compare_top)
        self.entry_toggle.clicked.connect(self.toggle_entry)
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.toggle_entry,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_button.triggered.connect(self.exportRequested)
        self.print_button.triggered.connect(self.printRequested)
        self.save_button.triggered.connect(self.saveRequested)
        self.open_button.triggered.connect(self.openRequested)
        self._show_empty()

    def toggle_entry(self) -> None:
        """Fold the entry side away (the ranking takes the width) or bring it back."""
        sizes = self.outer.sizes()
        total = sum(sizes) or self.width()
        if sizes[0] > 0:
            self._entry_width = sizes[0]
            self.outer.setSizes([0, total])
        else:
            width = getattr(self, "_entry_width", 0) or int(total * 0.4)
            self.outer.setSizes([width, total - width])
        self._toggle_text()

    def _toggle_text(self) -> None:
        folded = self.outer.sizes()[0] == 0
        self.entry_toggle.setText("▶ Entry" if folded else "◀ Entry")

    def showEvent(self, event) -> None:
        """The first time: the entry takes 38% of the width; the ranking room for 8 rows (or 60% of the height)."""
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            width = sum(self.outer.sizes()) or self.width()
            self.outer.setSizes([int(width * 0.38), width - int(width * 0.38)])
            self._size_ranking()

    def _size_ranking(self) -> None:
        rows = self.ranking.verticalHeader().defaultSectionSize() * 8.5 + self.ranking.horizontalHeader().height()
        total = sum(self.vsplit.sizes()) or self.height()
        ranking = max(min(int(rows), total - 80), int(total * 0.6))
        self.vsplit.setSizes([ranking, max(total - ranking, 60)])

    def resizeEvent(self, event) -> None:
        """A short window or large text: the banner keeps to the level and the rules' names (Details has the rest)."""
        super().resizeEvent(event)
        self.banner.set_compact(self.height() < 28 * self.fontMetrics().height())

    def _size_columns(self) -> None:
        """The probability and prior columns as wide as their longest text at the current text size."""
        fm, h = self.ranking.fontMetrics(), self.ranking.horizontalHeader()
        h.resizeSection(2, fm.horizontalAdvance("<5% · unlikely") + 30)
        h.resizeSection(3, max(fm.horizontalAdvance("10.0%"), fm.horizontalAdvance("Prior")) + 24)
        # A name wraps only where a row holds two lines; at large text a one-line row shows "Lumbar radiculopathy
        # (sci…" (elided at the end, full name on hover) rather than "Lumbar …" (the first wrapped line)
        rows = self.ranking.verticalHeader()
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), fm.lineSpacing() + 8))
        self.ranking.setWordWrap(rows.defaultSectionSize() >= 2 * fm.lineSpacing() - 2)

    def rerender(self) -> None:
        """Theme or text size switched: the explanation and the state colours are drawn again at once."""
        self._size_columns()
        self.entry.refresh()
        if self.report:
            self._explain(max(self.ranking.currentIndex().row(), 0))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(self, "entry"):
            self.rerender()
        super().changeEvent(event)

    # ---- the patient (gui/check/entry.py holds it) ---------------------------------------------------
    @property
    def states(self) -> dict[str, str]:
        return self.entry.states

    @property
    def labels(self) -> dict[str, str]:
        return self.entry.labels

    def set_checklist(self, groups) -> None:
        self.entry.set_checklist(groups)

    def set_state(self, hpo: str, label: str | None, state) -> None:
        self.entry.set_state(hpo, label, state)

    def input(self) -> dict:
        """What the checker reads: findings, age (years, or a group from an older session), sex, course."""
        data = self.entry.value()
        return {k: data[k] for k in ("present", "absent", "age", "sex", "course")}

    def entered(self) -> list[tuple[str, str, str]]:
        return [(h, self.labels.get(h, h), s) for h, s in self.states.items()]

    def session(self) -> dict:
        return {"format": "legpain-gui checker session", "version": 2, **self.entry.value()}

    def load_session(self, data: dict) -> None:
        self.entry.load(data)

    # ---- completion (gui/check/finder.py) ---------------------------------------------------------
    def _emit_completion(self) -> None:
        self.box.request()

    def show_completions(self, seq: int, found) -> None:
        hits, close = found if isinstance(found, tuple) else (found, [])
        self.box.show_completions(seq, hits, close)

    # ---- results -----------------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def _emit_check(self) -> None:
        self._seq += 1
        if not self.states:
            self._show_empty()
            return
        self.checkRequested.emit(self.input(), self._seq)

    def _show_empty(self) -> None:
        self.report = None
        self._banner("none", "Enter findings: tick Yes or No in the checklist (keys Y and N), or type above.")
        self.ranking_model.set_results([])
        self.explanation.setHtml("<p>The ranking, with every finding's weight and its source, appears "
                                 "here as soon as a finding is entered.</p>")
        self._fill_ask([])
        self._fill_ask([], self.tests_grid)

    def _banner(self, level: str, text: str) -> None:
        self.banner.show_message(level, text)

    def show_error(self, seq: int, message: str) -> None:
        if seq == self._seq:
            self._banner("error", html.escape(message))

    def show_report(self, seq: int, report: dict) -> None:
        if seq != self._seq:
            return
        self.report = report
        self.banner.show_triage(report["triage"])
        self.entry.learn_labels(report)
        self.ranking_model.set_results(report["results"])
        total, shown = report.get("results_total", len(report["results"])), len(report["results"])
        self.shown_note.setText(f"Showing the leading {shown:,} of {total:,} conditions ranked")
        self.shown_note.setVisible(total > shown)
        self.ranking.selectRow(0)  # the findings changed: show the new leader and its reasons
        self.ranking.scrollToTop()
        self._explain(0)
        self._fill_ask(report["ask_next"])
        self._fill_ask(report.get("tests_next", []), self.tests_grid, ("Positive", "Negative"))

    def selected_condition(self) -> str | None:
        index = self.ranking.currentIndex()
        return self.ranking_model.condition_id(index.row()) if index.isValid() else None

    def _explain(self, row: int) -> None:
        from legpain_gui.render.check_html import explanation_html

        cid = self.ranking_model.condition_id(row)
        if self.report is not None and cid:
            theme = "dark" if QApplication.palette().window().color().lightness() < 128 else "light"  # the app's: set at once
            self.explanation.setHtml(explanation_html(self.report, cid, theme))

    def _fill_ask(self, suggestions: list[dict], grid: QGridLayout | None = None,
                  answers: tuple[str, str] = ("Yes", "No")) -> None:
        grid = grid or self.ask_grid
        while grid.count():
            w = grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        if not suggestions:
            empty = QLabel("Nothing to suggest yet.")
            empty.setAccessibleName("No suggestions")
            grid.addWidget(empty, 0, 0)
            return
        for i, s in enumerate(suggestions):
            label = QLabel(f"<b>{html.escape(s['label'])}</b> <span style='font-size:small'>— {html.escape(s['why'])}</span>")
            label.setWordWrap(True)
            label.setAccessibleName(s["label"])
            yes, no = QPushButton(answers[0]), QPushButton(answers[1])
            yes.setAccessibleName(f"{s['label']}: present")
            no.setAccessibleName(f"{s['label']}: absent")
            yes.clicked.connect(lambda _=False, s=s: self.set_state(s["hpo"], s["label"], "present"))
            no.clicked.connect(lambda _=False, s=s: self.set_state(s["hpo"], s["label"], "absent"))
            grid.addWidget(label, i, 0)
            grid.addWidget(yes, i, 1)
            grid.addWidget(no, i, 2)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(suggestions), 1)

    def _compare_top(self) -> None:
        if self.report:
            self.compareRequested.emit([r["id"] for r in self.report["results"][:3]])
