"""A rich-text page (QTextBrowser) with in-app links, tooltips from `title` attributes, print and PDF."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QToolTip


class PageView(QTextBrowser):
    """Shows HTML pages; `condition:ID` links emit `conditionLinkActivated`, `#anchor` links scroll."""

    conditionLinkActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._after_paint: list = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setAccessibleName("Condition page")

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("condition:"):
            self.conditionLinkActivated.emit(text.split(":", 1)[1])
        elif text.startswith("#"):
            self.scrollToAnchor(text[1:])

    def after_paint(self, callback, fallback_ms: int = 200) -> None:
        """Call `callback()` once, on the turn after the page's next paint (or after `fallback_ms`)."""
        done = []

        def run() -> None:
            if not done:
                done.append(True)
                callback()

        self._after_paint.append(run)
        QTimer.singleShot(fallback_ms, self, run)

    def paintEvent(self, event) -> None:  # the viewport's paint, which QAbstractScrollArea hands to the page
        super().paintEvent(event)
        if self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            for run in waiting:
                QTimer.singleShot(0, self, run)  # after the paint has been flushed to the screen

    def event(self, event) -> bool:  # tooltips from the HTML title attributes
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            tip = cursor.charFormat().toolTip()
            if not tip:
                block_cursor = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
                cell = block_cursor.currentTable()
                if cell is not None:
                    tip = cell.cellAt(block_cursor).format().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def pdf_bytes(html: str, title: str, landscape: bool = False) -> bytes:
    """Render `html` to a PDF in memory (A4, margins, optional landscape); raises OSError if Qt made
    no whole PDF (QPdfWriter itself never reports a failure)."""
    import errno

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("legpain-gui")
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # ends the PDF (QPdfWriter writes its trailer when it is destroyed)
    buffer.close()
    out = bytes(data.data())
    if not out.startswith(b"%PDF-") or b"%%EOF" not in out[-64:]:
        raise OSError(errno.EIO, "the PDF could not be made")
    return out


def write_pdf(html: str, path: Path, title: str, landscape: bool = False) -> None:
    """Render `html` to a PDF file: made in memory, checked, then written all at once (legpain_gui.atomic),
    so a failure leaves any earlier file as it was; raises OSError with a plain `strerror`."""
    from legpain_gui.atomic import check_target, write_atomic

    check_target(Path(path))  # before the rendering: a folder, a FIFO or a read-only file is refused at once
    write_atomic(path, pdf_bytes(html, title, landscape=landscape))


def write_pdf_headless(html: str, path: Path, title: str, landscape: bool = False) -> None:
    """For the command line: a PDF without a screen (a widgets application, so later windows can share it)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["legpain-gui"])  # noqa: F841  (must outlive the writing)
    write_pdf(html, path, title, landscape=landscape)
