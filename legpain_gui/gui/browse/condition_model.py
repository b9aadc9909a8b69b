"""The condition list: categories with counts and their conditions, or ranked search hits.

Two levels in browse mode (category -> conditions; an optional "Favourites" group on top), one level in
search mode. Category rows fetch their children in batches (`canFetchMore`/`fetchMore`) so a knowledge
base of thousands of conditions does not build every row at once.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from legpain_gui.gui.common import plain_tip
from legpain_gui.kb.vocab import category_rank

ConditionIdRole = Qt.ItemDataRole.UserRole + 1
BATCH = 200
FAVOURITES = "★ Favourites"


class _Group:
    """A category (or the flat hit list): items are (id, text, tooltip); `loaded` rows are shown."""

    __slots__ = ("title", "items", "loaded")

    def __init__(self, title: str):
        self.title, self.items, self.loaded = title, [], 0


class ConditionModel(QAbstractItemModel):
    """Categories and conditions (browse) or hits (search)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._summaries: list = []
        self._favourites: set[str] = set()
        self._favourites_first = False
        self._category: str | None = None
        self._hits: list | None = None  # search mode when not None
        self._groups: list[_Group] = []

    # ---- feeding -----------------------------------------------------------------------------------
    def set_conditions(self, summaries: list, favourites: set[str]) -> None:
        self._summaries, self._favourites = list(summaries), set(favourites)
        self._rebuild()

    def set_favourites(self, favourites: set[str]) -> None:
        self._favourites = set(favourites)
        self._rebuild()

    def set_favourites_first(self, on: bool) -> None:
        self._favourites_first = on
        self._rebuild()

    def set_category(self, category: str | None) -> None:
        self._category = category or None
        self._rebuild()

    def set_hits(self, hits: list | None) -> None:
        """Search hits (ConditionHit) to show, or None to go back to browsing."""
        self._hits = None if hits is None else list(hits)
        self._rebuild()

    def names(self) -> list[tuple[str, str]]:
        return [(s.id, s.name) for s in self._summaries]

    def categories(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for s in self._summaries:
            counts[s.category] = counts.get(s.category, 0) + 1
        return sorted(counts.items(), key=lambda item: (category_rank(item[0]), item[0]))

    def is_search(self) -> bool:
        return self._hits is not None

    def _star(self, cid: str, name: str) -> str:
        return f"★ {name}" if cid in self._favourites else name

    def _rebuild(self) -> None:
        self.beginResetModel()
        groups: list[_Group] = []
        if self._hits is not None:
            flat = _Group("")
            for h in self._hits:
                if self._category and h.category != self._category:
                    continue
                tip = f"{h.category}" + (f"\nFound via: {'; '.join(h.matched[:4])}" if h.matched else "")
                why = f"\n    via {h.matched[0]}" if h.matched else ""
                flat.items.append((h.id, self._star(h.id, h.name) + why, tip))
            flat.loaded = len(flat.items)
            groups = [flat]
        else:
            by_cat: dict[str, _Group] = {}
            favs = _Group(FAVOURITES)
            for s in sorted(self._summaries, key=lambda s: (category_rank(s.category), s.category, s.name.casefold())):
                if self._category and s.category != self._category:
                    continue
                item = (s.id, self._star(s.id, s.name), s)  # the tooltip is written when it is asked for
                by_cat.setdefault(s.category, _Group(s.category)).items.append(item)
                if s.id in self._favourites:
                    favs.items.append(item)
            groups = ([favs] if self._favourites_first and favs.items else []) + list(by_cat.values())
            for group in groups:  # the first batch at once; the rest on demand (fetchMore)
                group.loaded = min(BATCH, len(group.items))
        self._groups = groups
        self.endResetModel()

    # ---- Qt model ----------------------------------------------------------------------------------
    def _flat(self) -> bool:
        return self._hits is not None

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0)
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or self._flat():
            return QModelIndex()
        group = index.internalId()
        return QModelIndex() if group == 0 else self.createIndex(group - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        if self._flat():
            return 0 if parent.isValid() else (self._groups[0].loaded if self._groups else 0)
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() != 0:
            return 0
        return self._groups[parent.row()].loaded

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent=QModelIndex()) -> bool:
        if not parent.isValid():
            return self.rowCount(parent) > 0
        if self._flat() or parent.internalId() != 0:
            return False
        return bool(self._groups[parent.row()].items)

    def canFetchMore(self, parent) -> bool:
        if self._flat() or not parent.isValid() or parent.internalId() != 0:
            return False
        group = self._groups[parent.row()]
        return group.loaded < len(group.items)

    def fetchMore(self, parent) -> None:
        if not self.canFetchMore(parent):
            return
        group = self._groups[parent.row()]
        count = min(BATCH, len(group.items) - group.loaded)
        self.beginInsertRows(parent, group.loaded, group.loaded + count - 1)
        group.loaded += count
        self.endInsertRows()

    def _item(self, index: QModelIndex):
        if self._flat():
            return self._groups[0].items[index.row()]
        group = index.internalId()
        if group == 0:
            return None
        return self._groups[group - 1].items[index.row()]

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._item(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._item(index)
        if item is None:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{group.title} ({len(group.items)})"
            if role == Qt.ItemDataRole.FontRole:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        cid, name, tip = item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(tip if isinstance(tip, str) else _summary_tip(tip))
        if role == ConditionIdRole:
            return cid
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return "Results" if self._flat() else "Conditions"
        return None

    def index_of(self, condition_id: str) -> QModelIndex:
        """The first row showing `condition_id` (loading its batch if needed)."""
        for g, group in enumerate(self._groups):
            for row, item in enumerate(group.items):
                if item[0] == condition_id:
                    if self._flat():
                        return self.index(row, 0)
                    parent = self.index(g, 0)
                    while group.loaded <= row:
                        self.fetchMore(parent)
                    return self.index(row, 0, parent)
        return QModelIndex()


def _summary_tip(summary) -> str:
    """A condition's tooltip in the list: its name, category and codes."""
    codes = "; ".join(f"{k} {', '.join(v)}" for k, v in summary.codes.items())
    return f"{summary.name}\n{summary.category}\n{codes}"
