"""The Browse tab: search and the list on the left, the condition page on the right.

Layout and wiring only: data arrives through the window's `TaskRunner` and `Backend`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSplitter,
    QTreeView, QVBoxLayout, QWidget,
)

from legpain_gui.gui.browse.condition_model import ConditionIdRole, ConditionModel
from legpain_gui.gui.browse.history import History
from legpain_gui.gui.browse.widgets import own_viewport, single_shot_timer, tool_button
from legpain_gui.gui.browse.note import NotePanel
from legpain_gui.gui.flow import FlowLayout, keep_together
from legpain_gui.gui.page_view import PageView
from legpain_gui.text import escape

SEARCH_DELAY_MS = 120


class BrowseTab(QWidget):
    """Search, list by category, condition page, history, favourite, note."""

    searchRequested = Signal(str, int)  # query, sequence number
    pageRequested = Signal(str)  # condition id
    favouriteToggled = Signal(str, bool)
    noteEdited = Signal(str, str, list)  # condition id, text, the texts the stored note may hold now
    compareRequested = Signal(str)
    printRequested = Signal()
    pdfRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ConditionModel(self)
        self.current_id: str | None = None
        self.history = History()
        self._restore_scroll: int | None = None  # Back/Forward: where the page was read
        self._search_seq = 0
        self._favourites: set[str] = set()
        self._user_on = True  # the person's data can be used (off when its file could not be opened)
        self._open_first_when_ready = False
        self._build()
        self.search.installEventFilter(self)

    # ---- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search conditions, symptoms, codes (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search conditions and findings")
        self.category = QComboBox()
        self.category.setAccessibleName("Filter by category")
        self.category.addItem("All categories", "")
        self.favourites_first = QCheckBox("Favourites on top")
        self.favourites_first.setAccessibleName("Show favourites on top")
        self.tree = QTreeView()
        own_viewport(self.tree)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName("Conditions")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAccessibleName("Search message")
        self.message.hide()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        row = FlowLayout()  # the category box and the check box: one above the other when the list is narrow
        row.addWidget(self.category)
        row.addWidget(self.favourites_first)
        lv.addLayout(row)
        lv.addWidget(self.message)
        lv.addWidget(self.tree, 1)

        self.back = tool_button("◀", "Back (Alt+Left)", "Back")
        self.forward = tool_button("▶", "Forward (Alt+Right)", "Forward")
        self.title = QLabel("")
        self.title.setAccessibleName("Condition title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.favourite = tool_button("☆ Favourite", "Mark as favourite (Ctrl+D)", "Favourite", checkable=True)
        self.compare = tool_button("+ Compare", "Add to the comparison (Ctrl+Shift+C)", "Add to comparison")
        self.note_toggle = tool_button("✎ Note", "Your private note on this condition (Ctrl+Shift+N)", "Note", checkable=True)
        self.print_button = tool_button("Print…", "Print this page (Ctrl+P)", "Print")
        self.pdf_button = tool_button("PDF…", "Export this page to PDF (Ctrl+Shift+E)", "Export PDF")
        bar = FlowLayout()  # wraps at large text in a narrow window (gui/flow.py)
        for w in (self.back, self.forward):
            bar.addWidget(w)
        bar.addWidget(self.title)
        bar.addStretch(1)
        self.title.hide()  # the page's heading and the window title name the condition: no clipped copy here
        for w in (self.favourite, self.compare, self.note_toggle):
            bar.addWidget(w)
        bar.addWidget(keep_together(self.print_button, self.pdf_button))  # wrap as a pair

        self.page = PageView()
        self.toc = QListWidget()
        self.toc.setAccessibleName("On this page")
        self.toc.setMaximumWidth(230)
        self.toc.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes = NotePanel(self)
        self.note, self.note_status = self.notes.edit, self.notes.status
        self.note.hide()
        self.note_status.hide()

        page_split = QSplitter(Qt.Orientation.Horizontal)
        page_split.addWidget(self.page)
        page_split.addWidget(self.toc)
        page_split.setStretchFactor(0, 1)
        page_split.setSizes([800, 200])
        right = QWidget()
        rv = self.page_column = QVBoxLayout(right)  # the clinic pane (gui/clinic) goes at its foot
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(bar)
        rv.addWidget(page_split, 1)
        rv.addWidget(self.note)
        rv.addWidget(self.note_status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 980])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._search_timer = single_shot_timer(self, SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first_hit)
        self.category.currentIndexChanged.connect(lambda _: self.model.set_category(self.category.currentData()))
        self.favourites_first.toggled.connect(self.model.set_favourites_first)
        self.model.modelReset.connect(self._after_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.activated.connect(self._on_current)
        self.page.conditionLinkActivated.connect(self.open_condition)
        self.toc.itemActivated.connect(self._jump)
        self.toc.itemClicked.connect(self._jump)
        self.message.linkActivated.connect(lambda text: self.search.setText(text))
        self.back.clicked.connect(self.go_back)
        self.forward.clicked.connect(self.go_forward)
        self.favourite.toggled.connect(self._on_favourite)
        self.compare.clicked.connect(lambda: self.current_id and self.compareRequested.emit(self.current_id))
        self.note_toggle.toggled.connect(self._show_note)
        self.notes.saveRequested.connect(self.noteEdited)
        self.print_button.clicked.connect(self.printRequested)
        self.pdf_button.clicked.connect(self.pdfRequested)
        self._set_page_actions(False)
        QWidget.setTabOrder(self.tree, self.page)  # from the list straight to the page, then its contents
        QWidget.setTabOrder(self.page, self.toc)

    # ---- data in -----------------------------------------------------------------------------------
    def set_conditions(self, summaries: list, favourites: set[str]) -> None:
        self._favourites = set(favourites)
        self.model.set_conditions(summaries, favourites)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(f"All categories ({len(summaries)})", "")
        for name, count in self.model.categories():
            self.category.addItem(f"{name} ({count})", name)
        self.category.blockSignals(False)

    def show_search_problem(self, seq: int, sentence: str) -> None:
        if seq == self._search_seq:
            self.message.setText(escape(sentence))
            self.message.show()

    def show_hits(self, seq: int, result) -> None:
        """Search results arrive; older ones than the last request are dropped."""
        if seq != self._search_seq:
            return
        if not self.search.text().strip():
            return
        self.model.set_hits(result.conditions)
        self.tree.setUniformRowHeights(False)
        if self._open_first_when_ready:
            self._select_first()
        if result.conditions:
            findings = ", ".join(escape(f.name) for f in result.findings[:3])  # HPO names hold '<' ("<2.5 Hz")
            self.message.setText(f"{len(result.conditions)} condition(s)" + (f" · findings: {findings}" if findings else ""))
        else:
            links = " · ".join(f'<a href="{escape(s)}">{escape(s)}</a>' for s in result.suggestions)
            self.message.setText(f"No condition matches “{escape(self.search.text()[:80])}”."
                                 + (f" Try: {links}" if links else " Try fewer or other words."))
        self.message.show()

    def show_page(self, detail, note: str | None, html: str, sections: list[tuple[str, str]],
                  note_problem: str | None = None) -> None:
        """Show a page; `note` is None (with `note_problem`) when the person's note could not be read."""
        self.flush_note()
        self.current_id = detail.id
        self._show_compared()
        self.title.setText(f"<b>{escape(detail.name)}</b>")
        self.page.setHtml(html)
        if self._restore_scroll is not None:  # Back or Forward: where the reader was on this page
            value, self._restore_scroll = self._restore_scroll, None
            QTimer.singleShot(0, lambda: self.page.verticalScrollBar().setValue(value))
        self.toc.clear()
        for anchor, title in sections:
            item = QListWidgetItem(title)
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
            self.toc.addItem(item)
        self.show_star()
        self.notes.load(detail.id, note, note_problem)
        if (note or detail.id in self.notes.unsaved) and self._user_on and not self.note_toggle.isChecked():
            self.note_toggle.setChecked(True)
        self._set_page_actions(True)
        self._sync_selection()

    def show_first_page(self, detail, note: str, html: str, sections: list[tuple[str, str]]) -> None:
        """The page shown at start-up: it begins the history."""
        self.history.start(detail.id)
        self.show_page(detail, note, html, sections)

    def set_user_actions_enabled(self, on: bool, why: str = "") -> None:
        """Favourite and note need the person's data; off until it is read, or for good (with `why`) when it
        cannot be opened."""
        self._user_on = on or not why
        for button, tip in ((self.favourite, "Mark as favourite (Ctrl+D)"),
                            (self.note_toggle, "Your private note on this condition (Ctrl+Shift+N)")):
            button.setEnabled(on and self.current_id is not None)
            button.setToolTip(tip if on or not why else why)
        if why:
            self.note_toggle.setChecked(False)

    def _current_detail_shown(self) -> bool:
        return self.current_id is not None

    def set_favourites(self, favourites: set[str]) -> None:
        """The stored favourites (after a write, or after one failed): the list and the star follow them."""
        self._favourites = set(favourites)
        self.model.set_favourites(favourites)
        self.show_star()

    def show_star(self) -> None:
        on = self.current_id in self._favourites
        self.favourite.blockSignals(True)
        self.favourite.setChecked(on)
        self.favourite.setText("★ Favourite" if on else "☆ Favourite")
        self.favourite.blockSignals(False)

    def show_start(self, html: str) -> None:
        """The start page: no condition open, its links open conditions."""
        self.flush_note()
        self.current_id = None
        self.title.setText("<b>Start</b>")
        self.page.setHtml(html)
        self.toc.clear()
        self.note_toggle.setChecked(False)
        self._set_page_actions(False)

    # ---- navigation (gui/browse/history.py) ------------------------------------------------------------
    def open_condition(self, condition_id: str, record: bool = True) -> None:
        if record:
            self._remember_scroll()
            self._restore_scroll = None
            self.history.visit(condition_id)
        self._update_history_buttons()
        self.pageRequested.emit(condition_id)

    def _remember_scroll(self) -> None:
        if self.current_id is not None:
            self.history.remember(self.page.verticalScrollBar().value())

    def _go(self, step: int) -> None:
        """Back or forward: the page comes back where it was read, selected in the list."""
        self._remember_scroll()
        moved = self.history.step(step)
        if moved is not None:
            condition_id, self._restore_scroll = moved
            self.open_condition(condition_id, record=False)

    def go_back(self) -> None:
        self._go(-1)

    def go_forward(self) -> None:
        self._go(+1)

    def _update_history_buttons(self) -> None:
        self.back.setEnabled(self.history.can_back())
        self.forward.setEnabled(self.history.can_forward())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---- internals -----------------------------------------------------------------------------------
    def _emit_search(self) -> None:
        text = self.search.text()
        self._search_seq += 1
        if not text.strip():
            self.tree.setUniformRowHeights(True)
            self.model.set_hits(None)
            self.message.hide()
            return
        self.searchRequested.emit(text, self._search_seq)

    def _open_first_hit(self) -> None:
        """Return in the search box: open the best hit (once the results are in)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._emit_search()
            self._open_first_when_ready = True
            return
        self._select_first()

    def _select_first(self) -> None:
        self._open_first_when_ready = False
        first = self._first_condition_index()
        if first.isValid():
            self.tree.setCurrentIndex(first)
            self.tree.setFocus()

    def _first_condition_index(self) -> QModelIndex:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ConditionIdRole):
                return index
            if self.model.rowCount(index):
                return self.model.index(0, 0, index)
        return QModelIndex()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._select_first()
            return True
        return super().eventFilter(obj, event)

    def _after_reset(self) -> None:
        if not self.model.is_search():
            self.tree.expandAll()
        self._sync_selection()

    def _sync_selection(self) -> None:
        if self.current_id is None:
            return
        index = self.model.index_of(self.current_id)
        if index.isValid():
            self.tree.selectionModel().blockSignals(True)
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.selectionModel().blockSignals(False)
            self.tree.viewport().update()
            self.tree.scrollTo(index)

    def _on_current(self, index: QModelIndex, _previous=None) -> None:
        cid = index.data(ConditionIdRole) if index.isValid() else None
        if cid and cid != self.current_id:
            self.open_condition(cid)

    def _jump(self, item: QListWidgetItem) -> None:
        self.page.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))

    def _on_favourite(self, on: bool) -> None:
        if self.current_id:
            self.favourite.setText("★ Favourite" if on else "☆ Favourite")
            self.favouriteToggled.emit(self.current_id, on)

    def _show_note(self, on: bool) -> None:
        self.note.setVisible(on)
        self.note_status.setVisible(on)
        if on:
            self.note.setFocus()

    def flush_note(self) -> None:
        """Ask for the note to be saved now if it changed (also called on page change and on quit)."""
        self.notes.flush()

    def set_compared(self, ids) -> None:
        """The conditions in the comparison: "+ Compare" says when the open one is already there."""
        self._compared = set(ids)
        self._show_compared()

    def _show_compared(self) -> None:
        inside = self.current_id in getattr(self, "_compared", set())
        self.compare.setText("✓ In comparison" if inside else "+ Compare")
        self.compare.setToolTip("Already in the comparison: click to open it (Ctrl+2)" if inside
                                else "Add to the comparison (Ctrl+Shift+C)")

    def _set_page_actions(self, on: bool) -> None:
        for w in (self.compare, self.print_button, self.pdf_button):
            w.setEnabled(on)
        for w in (self.favourite, self.note_toggle):
            w.setEnabled(on and self._user_on)
        self._update_history_buttons()
