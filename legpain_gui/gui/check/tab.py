"""The Check tab: findings present/absent on the left, triage and the explained ranking on the right.

Results update as findings change (no run button). The tab only holds widgets and state; its controller
(gui/check/controller.py) runs the checker on the background thread and hands the report back
(`show_report`).
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from legpain_gui.gui.check.checklist import ChecklistTree  # noqa: F401  (re-exported for tests)
from legpain_gui.gui.check.entry import EntryPanel, button as _button
from legpain_gui.gui.check.ranking_model import BarDelegate, RankingModel

# No green anywhere: "no rule fired" is not an all-clear. A red-flag finding without a rule is a prompt.
BANNER = {"emergency": ("#b71c1c", "#ffffff"), "urgent": ("#e65100", "#ffffff"), "prompt": ("#8a5a00", "#ffffff"),
          "neutral": ("#455a64", "#ffffff"), "none": ("#546e7a", "#ffffff"), "error": ("#6a1b9a", "#ffffff")}
NO_RULE = "<b>No red-flag rule fired</b>: your own assessment decides."
DISCLAIMER = ("Supports, never replaces, clinical judgement: probabilities are relative to the conditions in "
              "this reference, and nothing here is a diagnosis.")


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

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setAccessibleName("Triage")
        self.banner.setMargin(8)
        self.disclaimer = QLabel(DISCLAIMER)
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setAccessibleName("Disclaimer")
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
        h.resizeSection(2, 170)
        h.resizeSection(3, 110)
        self.explanation = QTextBrowser()
        self.explanation.setAccessibleName("Explanation of the selected condition")
        self.explanation.setOpenLinks(False)
        self.ask_box = QGroupBox("Ask next: answers that would change the ranking most")
        self.ask_box.setAccessibleName("Ask next")
        self.ask_grid = QGridLayout(self.ask_box)
        self.compare_button = _button("Compare top 3", "Open the top three in the Compare tab")
        self.export_button = _button("Export PDF…", "Save a summary as PDF")
        self.print_button = _button("Print…", "Print a summary")
        self.save_button = _button("Save session…", "Save these findings under a name (kept on this computer)")
        self.open_button = _button("Open session…", "Open saved findings")

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.ranking)
        split.addWidget(self.explanation)
        split.setSizes([230, 330])
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.banner)
        rv.addWidget(self.disclaimer)
        rv.addWidget(split, 1)
        rv.addWidget(self.ask_box)
        actions = QHBoxLayout()
        for b in (self.compare_button, self.export_button, self.print_button, self.save_button, self.open_button):
            actions.addWidget(b)
        actions.addStretch(1)
        rv.addLayout(actions)

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left)
        outer.addWidget(right)
        outer.setStretchFactor(1, 1)
        outer.setSizes([560, 740])
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
        self.export_button.clicked.connect(self.exportRequested)
        self.print_button.clicked.connect(self.printRequested)
        self.save_button.clicked.connect(self.saveRequested)
        self.open_button.clicked.connect(self.openRequested)
        self._show_empty()

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

    def _banner(self, level: str, text: str) -> None:
        bg, fg = BANNER[level]
        self.banner.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; }}")
        self.banner.setText(text)

    def show_error(self, seq: int, message: str) -> None:
        if seq == self._seq:
            self._banner("error", html.escape(message))

    def show_report(self, seq: int, report: dict) -> None:
        if seq != self._seq:
            return
        self.report = report
        tri = report["triage"]
        notes = "".join(f"<br><i>{html.escape(n)}</i>" for n in tri.get("notes", []))
        if tri.get("fired", bool(tri["reasons"])):
            lines = "".join(f"<li><b>{html.escape(r['name'])}</b>: {html.escape(r['advice'])}</li>" for r in tri["reasons"])
            title = {"emergency": "EMERGENCY", "urgent": "URGENT"}.get(tri["level"], tri["level"].upper())
            self._banner(tri["level"], f"<b style='font-size:large'>{title}</b><ul style='margin:2px'>{lines}</ul>{notes}")
        elif tri.get("prompts"):
            lines = "".join(f"<li>{html.escape(p)}</li>" for p in tri["prompts"])
            self._banner("prompt", f"{NO_RULE}<ul style='margin:2px'>{lines}</ul>")
        else:
            self._banner("neutral", NO_RULE)
        self.ranking_model.set_results(report["results"])
        self.ranking.selectRow(0)  # the findings changed: show the new leader and its reasons
        self.ranking.scrollToTop()
        self._explain(0)
        self._fill_ask(report["ask_next"])

    def selected_condition(self) -> str | None:
        index = self.ranking.currentIndex()
        return self.ranking_model.condition_id(index.row()) if index.isValid() else None

    def _explain(self, row: int) -> None:
        from legpain_gui.render.check_html import explanation_html

        cid = self.ranking_model.condition_id(row)
        if self.report is not None and cid:
            theme = "dark" if self.palette().window().color().lightness() < 128 else "light"
            self.explanation.setHtml(explanation_html(self.report, cid, theme))

    def _fill_ask(self, suggestions: list[dict]) -> None:
        while self.ask_grid.count():
            w = self.ask_grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        if not suggestions:
            empty = QLabel("Nothing to suggest yet.")
            empty.setAccessibleName("No suggestions")
            self.ask_grid.addWidget(empty, 0, 0)
            return
        for i, s in enumerate(suggestions):
            label = QLabel(f"<b>{html.escape(s['label'])}</b> <span style='font-size:small'>— {html.escape(s['why'])}</span>")
            label.setWordWrap(True)
            label.setAccessibleName(s["label"])
            yes, no = QPushButton("Yes"), QPushButton("No")
            yes.setAccessibleName(f"{s['label']}: present")
            no.setAccessibleName(f"{s['label']}: absent")
            yes.clicked.connect(lambda _=False, s=s: self.set_state(s["hpo"], s["label"], "present"))
            no.clicked.connect(lambda _=False, s=s: self.set_state(s["hpo"], s["label"], "absent"))
            self.ask_grid.addWidget(label, i, 0)
            self.ask_grid.addWidget(yes, i, 1)
            self.ask_grid.addWidget(no, i, 2)
        self.ask_grid.setColumnStretch(0, 1)

    def _compare_top(self) -> None:
        if self.report:
            self.compareRequested.emit([r["id"] for r in self.report["results"][:3]])
