"""The Check tab: findings present/absent on the left, triage and the explained ranking on the right.

Results update as findings change (no run button). The tab only holds widgets and state; its controller
(gui/check/controller.py) runs the checker on the background thread and hands the report back
(`show_report`).
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget,
)

from legpain_gui.gui.check.checklist import ChecklistTree  # noqa: F401  (re-exported for tests)
from legpain_gui.gui.check.finder import FindingBox
from legpain_gui.gui.check.ranking_model import BarDelegate, RankingModel

# No green anywhere: "no rule fired" is not an all-clear. A red-flag finding without a rule is a prompt.
BANNER = {"emergency": ("#b71c1c", "#ffffff"), "urgent": ("#e65100", "#ffffff"), "prompt": ("#8a5a00", "#ffffff"),
          "neutral": ("#455a64", "#ffffff"), "none": ("#546e7a", "#ffffff"), "error": ("#6a1b9a", "#ffffff")}
NO_RULE = "<b>No red-flag rule fired</b>: your own assessment decides."
DISCLAIMER = ("Supports, never replaces, clinical judgement: probabilities are relative to the conditions in "
              "this reference, and nothing here is a diagnosis.")
STATE_MARK = {"present": "✓", "absent": "✗"}


def _button(text: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setToolTip(tip)
    b.setAccessibleName(text.replace("…", "").replace("&", ""))
    return b


class CheckTab(QWidget):
    """Finding picker, chips, triage banner, ranking, explanation, ask-next."""

    checkRequested = Signal(dict, int)
    completionRequested = Signal(str, int)
    compareRequested = Signal(list)
    exportRequested = Signal()
    printRequested = Signal()
    saveRequested = Signal()
    openRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.states: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.report: dict | None = None
        self._seq = 0
        self._undo: dict | None = None
        self._build()

    # ---- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.box = FindingBox()
        self.finder, self.completions, self.completer = self.box.edit, self.box.completions, self.box.completer
        self.age = QComboBox()
        self.age.setAccessibleName("Age group")
        for text, value in (("Age: not given", None), ("Child (under 18)", "child"), ("Adult (18-49)", "adult"),
                            ("Older (50 and over)", "older")):
            self.age.addItem(text, value)
        self.sex = QComboBox()
        self.sex.setAccessibleName("Sex")
        for text, value in (("Sex: not given", None), ("Female", "female"), ("Male", "male")):
            self.sex.addItem(text, value)
        self.tree = ChecklistTree()
        self.chips = QListWidget()
        self.chips.setAccessibleName("Findings entered")
        self.chips.setFlow(QListWidget.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.chips.setSpacing(3)
        self.chips.setMaximumHeight(92)
        self.chips.setToolTip("Double-click to switch present/absent; Delete removes")
        self.clear_button = _button("Clear all", "Remove every finding (can be undone)")
        self.undo_button = _button("Undo clear", "Bring back the findings just cleared")
        self.undo_button.hide()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.box)
        row = QHBoxLayout()
        row.addWidget(self.age)
        row.addWidget(self.sex)
        lv.addLayout(row)
        lv.addWidget(self.tree, 1)
        entered = QLabel("Entered (✓ present, ✗ absent):")
        entered.setAccessibleName("Entered findings heading")
        lv.addWidget(entered)
        lv.addWidget(self.chips)
        row2 = QHBoxLayout()
        row2.addWidget(self.clear_button)
        row2.addWidget(self.undo_button)
        row2.addStretch(1)
        lv.addLayout(row2)

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

        self._timer = QTimer(self)  # setters: keyword properties (interval=) fail under a Turkish locale
        self._timer.setSingleShot(True)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._emit_check)
        self.box.completionRequested.connect(self.completionRequested)
        self.box.findingChosen.connect(lambda hpo, name, state: self.set_state(hpo, self.labels.get(hpo) or name, state))
        self.tree.stateRequested.connect(self.set_state)
        self.chips.itemDoubleClicked.connect(self._toggle_chip)
        self.chips.installEventFilter(self)
        self.age.currentIndexChanged.connect(lambda _: self._schedule())
        self.sex.currentIndexChanged.connect(lambda _: self._schedule())
        self.clear_button.clicked.connect(self.clear_all)
        self.undo_button.clicked.connect(self.undo_clear)
        self.ranking.selectionModel().currentRowChanged.connect(lambda cur, _: self._explain(cur.row()))
        self.compare_button.clicked.connect(self._compare_top)
        self.export_button.clicked.connect(self.exportRequested)
        self.print_button.clicked.connect(self.printRequested)
        self.save_button.clicked.connect(self.saveRequested)
        self.open_button.clicked.connect(self.openRequested)
        self._show_empty()

    # ---- state -------------------------------------------------------------------------------------
    def set_checklist(self, groups) -> None:
        for _, items in groups:
            for hpo, plain, clinical in items:
                self.labels.setdefault(hpo, clinical)
        self.tree.fill(groups)
        self.tree.sync(self.states)

    def set_state(self, hpo: str, label: str | None, state) -> None:
        """Mark a finding present, absent, or (None) not asked."""
        if label:
            self.labels[hpo] = label
        if state is None:
            self.states.pop(hpo, None)
        else:
            self.states[hpo] = state
        self._undo = None
        self.undo_button.hide()
        self._refresh_inputs()
        self._schedule()

    def input(self) -> dict:
        return {"present": [h for h, s in self.states.items() if s == "present"],
                "absent": [h for h, s in self.states.items() if s == "absent"],
                "age": self.age.currentData(), "sex": self.sex.currentData()}

    def entered(self) -> list[tuple[str, str, str]]:
        return [(h, self.labels.get(h, h), s) for h, s in self.states.items()]

    def session(self) -> dict:
        return {"format": "legpain-gui checker session", "version": 1, **self.input(),
                "labels": {h: self.labels.get(h, h) for h in self.states}}

    def load_session(self, data: dict) -> None:
        self.states = {h: "present" for h in data.get("present", [])}
        self.states.update({h: "absent" for h in data.get("absent", [])})
        self.labels.update(data.get("labels", {}))
        self.age.setCurrentIndex(max(0, self.age.findData(data.get("age"))))
        self.sex.setCurrentIndex(max(0, self.sex.findData(data.get("sex"))))
        self._refresh_inputs()
        self._schedule()

    def clear_all(self) -> None:
        if not self.states:
            return
        self._undo = {"states": dict(self.states)}
        self.states.clear()
        self._refresh_inputs()
        self.undo_button.show()
        self._schedule()

    def undo_clear(self) -> None:
        if self._undo:
            self.states = dict(self._undo["states"])
            self._undo = None
            self.undo_button.hide()
            self._refresh_inputs()
            self._schedule()

    def _refresh_inputs(self) -> None:
        self.tree.sync(self.states)
        self.chips.clear()
        for hpo, state in self.states.items():
            item = QListWidgetItem(f"{STATE_MARK[state]} {self.labels.get(hpo, hpo)}")
            item.setData(Qt.ItemDataRole.UserRole, hpo)
            item.setToolTip(f"{hpo} · {state}")
            item.setForeground(Qt.GlobalColor.darkGreen if state == "present" else Qt.GlobalColor.darkRed)
            self.chips.addItem(item)

    def _toggle_chip(self, item: QListWidgetItem) -> None:
        hpo = item.data(Qt.ItemDataRole.UserRole)
        self.set_state(hpo, None, "absent" if self.states.get(hpo) == "present" else "present")

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent

        if obj is self.chips and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            item = self.chips.currentItem()
            if item is not None:
                self.set_state(item.data(Qt.ItemDataRole.UserRole), None, None)
                return True
        return super().eventFilter(obj, event)

    # ---- completion (gui/check/finder.py) ---------------------------------------------------------
    def _emit_completion(self) -> None:
        self.box.request()

    def show_completions(self, seq: int, hits: list) -> None:
        self.box.show_completions(seq, hits)

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
