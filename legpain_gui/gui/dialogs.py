"""About, keyboard shortcuts, and the small question/file functions tests replace."""
from __future__ import annotations

import html
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the dialog classes are imported when a dialog opens, not at start-up
    from PySide6.QtWidgets import QDialog, QWidget

from legpain_gui import __version__

def hpo_attribution(hpo_version: str) -> str:
    """The acknowledgement the HPO license asks of products, with the release shown."""
    return (f"This product is using the Human Phenotype Ontology (release {hpo_version}). Find out more at "
            "http://www.human-phenotype-ontology.org. Köhler S, et al. The Human Phenotype Ontology in 2021. "
            "Nucleic Acids Res. 2021;49(D1):D1207-D1217. PMID 33264411, doi:10.1093/nar/gkaa1043. "
            "HPO term names and IDs are shown unchanged; plain-language labels are this app's own.")


SHORTCUTS = [
    ("Ctrl+F", "Search"), ("Ctrl+1 / Ctrl+2 / Ctrl+3", "Browse / Compare / Check tab"),
    ("Alt+Left / Alt+Right", "Back / forward between pages"), ("Ctrl+D", "Favourite the open condition"),
    ("Ctrl+Shift+N", "Show or hide your note"), ("Ctrl+Shift+C", "Add the open condition to the comparison"),
    ("Ctrl+P", "Print"), ("Ctrl+Shift+E", "Export PDF"), ("Ctrl++ / Ctrl+- / Ctrl+0", "Larger / smaller / normal text"),
    ("Ctrl+N", "Check tab: new patient (Ctrl+Z undoes it)"), ("Ctrl+Shift+V", "Check tab: paste a case"),
    ("Ctrl+L", "Check tab: go to the finding box"),
    ("Alt+P / Alt+B", "Check tab: enter the chosen finding present / absent"),
    ("F1", "This list"), ("Ctrl+Q", "Quit"),
]


def _dialog(parent: QWidget | None, title: str, body_html: str, name: str) -> QDialog:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(name)
    layout = QVBoxLayout(dialog)
    label = QLabel(body_html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(title)
    label.setMinimumWidth(520)
    layout.addWidget(label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)
    return dialog


def about_html(kb_version: str, hpo_version: str) -> str:
    from legpain_gui.render.page import DISCLAIMER

    e = html.escape
    return (f"<h2>legpain-gui {e(__version__)}</h2>"
            "<p>An offline reference on the autoimmune diseases that cause severe leg pain, with a side-by-side "
            "comparison and an explainable symptom checker.</p>"
            f"<p><b>Knowledge base</b> {e(kb_version)}<br><b>HPO release</b> {e(hpo_version)}</p>"
            f"<p><b>Clinical disclaimer.</b> {e(DISCLAIMER)}</p>"
            f"<p style='font-size:small'>{e(hpo_attribution(hpo_version))}</p>")


def about_dialog(parent: QWidget | None, kb_version: str, hpo_version: str) -> QDialog:
    return _dialog(parent, "About legpain-gui", about_html(kb_version, hpo_version), "About legpain-gui")


def validation_dialog(parent: QWidget | None, body_html: str) -> QDialog:
    """Help → How the checker works and how well: a scrollable page (it is long)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle("How the checker works and how well")
    dialog.setAccessibleName("How the checker works and how well")
    dialog.resize(760, 640)
    layout = QVBoxLayout(dialog)
    view = QTextBrowser()
    view.setOpenLinks(False)
    view.setHtml(body_html)
    view.setAccessibleName("Method and validation")
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog


def shortcuts_dialog(parent: QWidget | None) -> QDialog:
    rows = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>" for k, v in SHORTCUTS)
    return _dialog(parent, "Keyboard shortcuts", f"<table cellpadding='3'>{rows}</table>", "Keyboard shortcuts")


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to save; None when cancelled. Tests replace this function."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None


def ask_open_path(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    """Ask which file to open; None when cancelled. Tests replace this function."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(path) if path else None


def ask_text(parent: QWidget | None, title: str, label: str, suggested: str = "") -> str | None:
    """Ask for a line of text; None when cancelled. Tests replace this function."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label, text=suggested)
    return text if ok else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """Ask the user to pick one of `items`; None when cancelled. Tests replace this function."""
    from PySide6.QtWidgets import QInputDialog

    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return item if ok else None


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[str]) -> str | None:
    """A question with named answers; returns the chosen text (None if closed). Tests replace this function."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    _plain(box)
    buttons = {box.addButton(c, QMessageBox.ButtonRole.AcceptRole if i == 0 else QMessageBox.ButtonRole.ActionRole): c
               for i, c in enumerate(choices)}
    box.exec()
    return buttons.get(box.clickedButton())


def show_disclaimer(parent: QWidget | None, text: str) -> None:
    """The first-run statement that this is a reference, not a diagnosis. Tests replace this function."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "Before you start", text, QMessageBox.StandardButton.Ok, parent)
    _plain(box)
    box.setAccessibleName("Clinical disclaimer")
    box.exec()


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A visible error message. Tests replace this function."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    _plain(box)
    box.exec()


def _plain(box) -> None:
    """Message boxes show their text as plain text: names and ids from imported files and from the knowledge base
    are never read as HTML (no links, no images)."""
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)


def progress_dialog(parent: QWidget | None, title: str, label: str, maximum: int, on_cancel):
    """A progress dialog (not blocking) whose Cancel button calls `on_cancel`. Tests replace this function."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, "Cancel", 0, max(maximum, 1), parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(on_cancel)
    return dialog
