"""Table model of the checker's ranking, and a delegate that draws the probability as a bar."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from legpain_gui.gui.common import plain_tip

ConditionIdRole = Qt.ItemDataRole.UserRole + 1
ProbabilityRole = Qt.ItemDataRole.UserRole + 2
HEADERS = ("#", "Condition", "Probability", "Prior")
HEADER_TIPS = ("Rank", "Condition of this reference", "Calibrated on published cases, rounded to 5%, with its tier "
               "(likely 50% or more, possible 10-49%, unlikely below 10%)", "From the cited prevalence, before any finding")


class RankingModel(QAbstractTableModel):
    """Rows are the ranked conditions of one checker report."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_results(self, results: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(results)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return HEADER_TIPS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            shown = f"{r['shown']} · {r['tier']}" if "shown" in r else f"{r['probability']:.0%}"
            return (str(r["rank"]), r["name"], shown, f"{r['prior']:.1%}")[col]
        if role == ConditionIdRole:
            return r["id"]
        if role == ProbabilityRole:
            return r["probability"] if col == 2 else (r["prior"] if col == 3 else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            top = [c for c in r["contributions"] if c["counted"] and abs(c["lr"] - 1) > 0.05][:4]
            return plain_tip(f"{r['name']}\n" + ("\n".join(f"{c['label']} {c['state']}: weight ×{c['lr']:.3g}"
                                                            for c in top) or "No finding moved it."))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def condition_id(self, row: int) -> str | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None


class BarDelegate(QStyledItemDelegate):
    """Draws a proportion as a horizontal bar behind its text."""

    def paint(self, painter, option, index):
        value = index.data(ProbabilityRole)
        if value is None:
            return super().paint(painter, option, index)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect.adjusted(3, 4, -3, -4))
        colour = option.palette.link().color()
        colour.setAlpha(90)
        painter.fillRect(QRectF(rect.x(), rect.y(), rect.width() * max(0.0, min(1.0, value)), rect.height()), colour)
        painter.setPen(option.palette.highlightedText().color() if option.state & QStyle.StateFlag.State_Selected
                       else option.palette.text().color())
        painter.drawText(rect.adjusted(4, 0, -4, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         index.data(Qt.ItemDataRole.DisplayRole))
        painter.restore()
