"""Table model of a comparison (feature rows x condition columns) and a delegate that draws finding cells
as a symbol and a bar."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from legpain_gui.gui.common import plain_tip

BIN_RANGE = {"obligate": "100%", "very frequent": "80-99%", "frequent": "30-79%", "occasional": "5-29%",
             "very rare": "1-4%", "excluded": "0%"}

CellRole = Qt.ItemDataRole.UserRole + 1
RowKindRole = Qt.ItemDataRole.UserRole + 2


class CompareModel(QAbstractTableModel):
    """Group header rows and feature rows; column 0 is the feature, then one column per condition."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._conditions: list[dict] = []
        self._rows: list = []  # ("group", title) or ("row", Row)

    def set_rows(self, conditions: list[dict], rows: list) -> None:
        self.beginResetModel()
        self._conditions = list(conditions)
        self._rows = []
        group = None
        for r in rows:
            if r.group != group:
                group = r.group
                self._rows.append(("group", group))
            self._rows.append(("row", r))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._conditions else len(self._conditions) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        value = self._header(section, orientation, role)
        return plain_tip(value) if role == Qt.ItemDataRole.ToolTipRole else value

    def _header(self, section, orientation, role):
        if orientation != Qt.Orientation.Horizontal or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return "Feature"
        if 1 <= section <= len(self._conditions):
            c = self._conditions[section - 1]
            return c["name"] if role == Qt.ItemDataRole.DisplayRole else f"{c['name']} ({c['category']})"
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        value = self._data(index, role)
        return plain_tip(value) if role == Qt.ItemDataRole.ToolTipRole else value  # names from the knowledge base

    def _data(self, index, role):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, item = self._rows[index.row()]
        col = index.column()
        if kind == "group":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return item if col == 0 else ""
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == RowKindRole:
                return "group"
            if role == Qt.ItemDataRole.BackgroundRole:
                return QPalette().alternateBase()
            return None
        row = item
        if role == RowKindRole:
            return row.kind
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.label
            if role == Qt.ItemDataRole.TextAlignmentRole:  # beside the first line of a tall row, never below it
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if role == Qt.ItemDataRole.ToolTipRole:
                if not row.hpo:
                    return row.label
                merged = len(getattr(row, "members", ())) > 1
                return ((f"Key discriminator: {row.note}\n\n" if getattr(row, "note", "") else "")
                        + f"{row.label}\nHPO: {getattr(row, 'hpo_name', '') or row.label} ({row.hpo})\n{row.plain}"
                        + (f"\nThis row also holds {len(row.members) - 1} more specific term(s); each cell names "
                           "the condition's own wording." if merged else ""))
            return None
        cell = row.cells[col - 1]
        if role == CellRole:
            return cell
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.kind == "finding":
                if not cell.frequency:
                    return "not described"
                via = f"\n{cell.via}" if cell.via and not cell.broader else ""
                return (f"{cell.symbol} {cell.frequency}" + (f" {cell.percent:g}%" if cell.percent is not None else "")
                        + (" (unreviewed import)" if cell.unreviewed else "")
                        + (" (broader finding)" if cell.broader else "") + via)
            return cell.text
        if row.kind == "finding" and not cell.frequency:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.kind == "finding":
                if not cell.frequency:
                    return ("Not described: this condition's content says nothing about it. That is not the same as "
                            "absent (✗ excluded means the content says it does not occur).")
                return (f"{cell.frequency} ({BIN_RANGE[cell.frequency]})"
                        + (f", {cell.percent:g}%" if cell.percent is not None else "")
                        + (f"\nas {cell.via}" if cell.via else "") + f"\nSource: {cell.source}"
                        + ("\nUnreviewed: imported in bulk from HPO's disease annotations, not yet checked against "
                           "a clinical source; the checker does not score it." if cell.unreviewed else ""))
            return cell.text
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


WRAP = Qt.TextFlag.TextWordWrap.value
SYMBOL_COLOUR = {"+": "#2e7d32", "~": "#b26a00", "-": "#9e9e9e", "✗": "#c62828"}


class CellDelegate(QStyledItemDelegate):
    """Finding cells: the symbol in colour, the bin, and a bar under it; text cells wrap."""

    def sizeHint(self, option, index):
        """Finding cells: as tall as their text wrapped in the column (the bar below); the feature column and
        text rows: the style's own wrapped height. Never one line for all: a long label was cut ("Medium vessel …")."""
        size = super().sizeHint(option, index)
        cell = index.data(CellRole)
        if index.column() == 0 or cell is None or index.data(RowKindRole) != "finding" or cell.frequency is None:
            return size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")[len(cell.symbol) + 1:]
        width = max(int(option.rect.width() - 8 - self._offset(option, cell.symbol)), 40)
        height = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text).height()
        return QSize(size.width(), max(height + 14, option.fontMetrics.height() + 14))

    @staticmethod
    def _offset(option, symbol: str) -> float:
        bold = QFont(option.font)
        bold.setBold(True)
        return QFontMetricsF(bold).horizontalAdvance(symbol + " ") + 2

    def paint(self, painter, option, index):
        cell = index.data(CellRole)
        if cell is None or index.data(RowKindRole) != "finding" or cell.frequency is None:
            return super().paint(painter, option, index)
        painter.save()
        rect = QRectF(option.rect.adjusted(4, 3, -4, -3))
        bar = QRectF(rect.x(), rect.bottom() - 5, min(rect.width(), 90), 4)
        painter.fillRect(bar, option.palette.mid())
        colour = option.palette.link().color()
        painter.fillRect(QRectF(bar.x(), bar.y(), bar.width() * (cell.probability or 0), bar.height()), colour)
        text_rect = rect.adjusted(0, 0, 0, -6)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(SYMBOL_COLOUR.get(cell.symbol.strip("()"), option.palette.text().color().name())))
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.drawText(text_rect, align, cell.symbol)
        offset = self._offset(option, cell.symbol)
        painter.setFont(option.font)
        painter.setPen(option.palette.text().color())
        text = str(index.data(Qt.ItemDataRole.DisplayRole))[len(cell.symbol) + 1:]
        painter.drawText(text_rect.adjusted(offset, 0, 0, 0), align | WRAP, text)
        painter.restore()


class NameList(QAbstractListModel):
    """The chooser's conditions, (name, id) sorted by name: the id is the item data (Qt.UserRole). One reset
    for the whole list, rather than one combo-box insertion per condition (12,680 on a large knowledge base)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, cid = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return name
        if role == Qt.ItemDataRole.UserRole:
            return cid
        return None
