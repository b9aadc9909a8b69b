"""The Check tab's checklist: findings grouped by body system, red flags first, each with Yes and No."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from legpain_gui.gui.common import plain_tip

YES, NO = 2, 3  # checklist columns
STATE_COLOURS = {"light": {"present": "#2e7d32", "absent": "#c62828"},
                 "dark": {"present": "#81c784", "absent": "#ef9a9a"}}


def state_colour(widget: QWidget, state: str | None) -> QColor:
    """Present green, absent red, readable on the current theme; otherwise the text colour."""
    if state not in ("present", "absent"):
        return widget.palette().text().color()
    from PySide6.QtWidgets import QApplication

    theme = "dark" if QApplication.palette().window().color().lightness() < 128 else "light"
    return QColor(STATE_COLOURS[theme][state])


class ChecklistTree(QTreeWidget):
    """Clinical term | In plain words | Yes | No. Y marks present, N absent, 0 or Backspace clears;
    clicking Yes or No toggles."""

    stateRequested = Signal(str, str, object)  # hpo, label, "present" | "absent" | None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels(["Clinical term", "In plain words", "Yes", "No"])
        self.setAccessibleName("Findings checklist")
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (YES, NO):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.itemClicked.connect(self._clicked)

    def _fit_columns(self) -> None:
        """Too narrow for both words columns (large text, a narrow entry side): the clinical term takes the
        width and the plain words go to its tooltip, rather than two columns cut to "Respiratory …" and "R…"."""
        header = self.header()
        room = self.viewport().width() - header.sectionSize(YES) - header.sectionSize(NO)
        narrow = room < 30 * self.fontMetrics().averageCharWidth()
        if narrow != self.isColumnHidden(1):
            self.setColumnHidden(1, narrow)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch if narrow else QHeaderView.ResizeMode.Interactive)
            if not narrow:
                header.resizeSection(0, 220)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_columns()

    def fill(self, groups: list[tuple[str, list[tuple[str, str, str]]]]) -> None:
        self.blockSignals(True)
        self.clear()
        for title, items in groups:
            top = QTreeWidgetItem([f"{title} ({len(items)})", "", "", ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.addTopLevelItem(top)
            for hpo, plain, clinical in items:
                child = QTreeWidgetItem([clinical, plain, "", ""])
                child.setData(0, Qt.ItemDataRole.UserRole, hpo)
                child.setData(0, Qt.ItemDataRole.UserRole + 1, clinical)
                tip = plain_tip(f"{clinical} ({hpo})\n{plain}\nY: present · N: absent · 0: not asked")
                child.setToolTip(0, tip)
                child.setToolTip(1, tip)
                top.addChild(child)
            top.setExpanded(title == "Red flags" or len(items) <= 8)
        self.blockSignals(False)

    def sync(self, states: dict[str, str]) -> None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                state = states.get(child.data(0, Qt.ItemDataRole.UserRole))
                child.setText(YES, "✓" if state == "present" else "·")
                child.setText(NO, "✗" if state == "absent" else "·")
                for col in (0, 1):
                    child.setForeground(col, state_colour(self, state))
                child.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                              f"{child.text(0)}: {state or 'not asked'}")

    def _emit(self, item: QTreeWidgetItem, state) -> None:
        hpo = item.data(0, Qt.ItemDataRole.UserRole)
        if hpo:
            self.stateRequested.emit(hpo, item.data(0, Qt.ItemDataRole.UserRole + 1), state)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if not item.data(0, Qt.ItemDataRole.UserRole) or column not in (YES, NO):
            return
        wanted = "present" if column == YES else "absent"
        current = {"✓": "present"}.get(item.text(YES)) or {"✗": "absent"}.get(item.text(NO))
        self._emit(item, None if current == wanted else wanted)

    def keyPressEvent(self, event) -> None:
        item = self.currentItem()
        key = event.key()
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole):
            if key == Qt.Key.Key_Y:
                return self._emit(item, "present")
            if key == Qt.Key.Key_N:
                return self._emit(item, "absent")
            if key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                return self._emit(item, None)
        super().keyPressEvent(event)
