"""A row of controls that wraps onto a second (third …) row when the window is too narrow for it.

At large text on a small screen a tab's toolbar would otherwise set the window's minimum width, and the
window would scroll sideways with pages cut at the right edge. Nothing is hidden: every control stays where
its mnemonic, shortcut and accessible name can reach it. `addStretch` works as in a QHBoxLayout within each
row (the space left on that row goes to the row's stretches), so a right-aligned group stays right-aligned
when it fits beside the rest.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle


class FlowLayout(QLayout):
    """Left to right, wrapping; height for width; the widest single control is its minimum width."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout's item list ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self, stretch: int = 1) -> None:
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # ---- sizes ----------------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = [i for i in self._items if not i.spacerItem() and not i.isEmpty()]
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest control (one per row at worst)."""
        size = QSize()
        for item in self._items:
            if not item.spacerItem() and not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _spacing(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 6

    # ---- placing ----------------------------------------------------------------------------------------
    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used, gap = 0, self._spacing()
        for item in self._items:
            if item.spacerItem():
                rows[-1].append(item)
                continue
            if item.isEmpty():
                continue
            w = min(item.sizeHint().width(), width)
            if any(not i.spacerItem() for i in rows[-1]) and used + gap + w > width:
                rows.append([])
                used = 0
            used += (gap if used else 0) + w
            rows[-1].append(item)
        return rows

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap, y = self._spacing(), area.y()
        for row in self._rows(area.width()):
            controls = [i for i in row if not i.spacerItem()]
            if not controls:
                continue
            widths = [max(min(i.sizeHint().width(), area.width()), min(i.minimumSize().width(), area.width()))
                      for i in controls]
            height = max(i.sizeHint().height() for i in controls)
            if move:
                stretches = [i for i in row if i.spacerItem()]
                spare = area.width() - sum(widths) - gap * (len(controls) - 1)
                extra = spare // len(stretches) if stretches and spare > 0 else 0
                x, k = area.x(), 0
                for item in row:
                    if item.spacerItem():
                        x += extra
                        continue
                    h = min(item.sizeHint().height(), height)
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(widths[k], h)))
                    x += widths[k] + gap
                    k += 1
            y += height + gap
        return y - gap - area.y() + m.top() + m.bottom() if y > area.y() else m.top() + m.bottom()


def keep_together(*widgets, spacing: int = 4):
    """A label and its control (or a few controls) that wrap as one: never a label at a row's end alone."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for w in widgets:
        row.addWidget(w)
    return box
