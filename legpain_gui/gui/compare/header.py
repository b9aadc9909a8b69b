"""The comparison's column headers: a condition's name wraps onto a second line instead of being cut
("Systemic lupus er…") when the columns are narrow (large text, a small window, six conditions)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

WRAP = Qt.TextFlag.TextWordWrap.value | Qt.AlignmentFlag.AlignLeft.value | Qt.AlignmentFlag.AlignVCenter.value


class WrappingHeader(QHeaderView):
    """A horizontal header whose sections are as tall as their wrapped text needs."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._refit = QTimer(self)  # a column's width changed: the header's height follows, once per burst
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.updateGeometries)
        self.sectionResized.connect(lambda *_: self._refit.start())

    def _text_width(self, logical: int) -> int:
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        return self.sectionSize(logical) - 2 * margin - 2

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        text = str(self.model().headerData(logical, self.orientation()) or "") if self.model() else ""
        width = self._text_width(logical)
        if not text or width <= 20:
            return size
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        needed = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), WRAP, text).height() + 2 * margin + 2
        return QSize(size.width(), max(size.height(), needed))

    def paintSection(self, painter, rect, logical: int) -> None:
        """The style's section (background, sort mark, selection), then the text wrapped in it."""
        if not rect.isValid() or self.model() is None:
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        text, option.text = option.text, ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        painter.setPen(option.palette.buttonText().color())
        painter.drawText(rect.adjusted(margin, 0, -margin, 0), WRAP, text)
        painter.restore()
