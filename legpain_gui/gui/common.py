"""What the window and the tab controllers share: modules loaded on first use, saving a page as PDF or HTML
with a clear message, and printing."""
from __future__ import annotations

from pathlib import Path


class _Lazy:
    """Modules used only after the window is up: imported on first use, off the path to the first paint."""

    @property
    def dialogs(self):
        from legpain_gui.gui import dialogs

        return dialogs

    @property
    def theme(self):
        from legpain_gui.gui import theme

        return theme


lazy = _Lazy()


def plain_tip(text):
    """A tooltip shown as the text it is. Qt shows a tooltip that looks like HTML as rich text (an <img> from a
    crafted knowledge base would load), so such text is escaped inside a paragraph; other text is unchanged."""
    if not isinstance(text, str) or ("<" not in text and "&" not in text):
        return text
    import html

    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def save_page(window, html: str, path: Path, title: str, kind: str = "pdf", landscape: bool = False) -> bool:
    """Write `html` as a PDF (or as HTML), all at once or not at all (legpain_gui.atomic), and say so in the
    status bar only once the file is written; otherwise show why not (any earlier file is left as it was)."""
    from legpain_gui.atomic import describe, write_atomic

    try:
        if kind == "pdf":
            from legpain_gui.gui.page_view import write_pdf

            write_pdf(html, path, title, landscape=landscape)
        else:
            write_atomic(path, html.encode("utf-8"))
    except (OSError, ValueError) as exc:
        window.status.setText(f"Not saved: {path.name or path}.")
        lazy.dialogs.show_error(window, "Not saved", f"Could not write {path}: {describe(exc)}.")
        return False
    window.status.setText(f"Saved {path}")
    return True


def ask_save(window, title: str, suggested: Path, kind: str) -> Path | None:
    """Ask where to save a PDF or HTML file; the suffix is added when missing."""
    path = lazy.dialogs.ask_save_path(window, title, str(suggested),
                                      "PDF files (*.pdf)" if kind == "pdf" else "HTML files (*.html)")
    if path is None:
        return None
    return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")


def print_html(parent, html: str) -> None:
    """The system print dialog, then the page."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        doc = QTextDocument()
        doc.setHtml(html)
        doc.print_(printer)
