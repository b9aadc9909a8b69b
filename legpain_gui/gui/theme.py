"""Light/dark theme (following the system by default) and text size."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

from legpain_gui.gui.constants import THEMES  # noqa: F401  (re-exported)
from legpain_gui.gui.scheme import effective_theme  # noqa: F401  (re-exported)
MIN_SCALE, MAX_SCALE = 0.8, 2.0


def apply_theme(app: QApplication, theme: str) -> None:
    """Set the colour scheme: 'system' follows the desktop; 'light'/'dark' force it."""
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    if theme == "dark" and effective_theme(app) != "dark":  # platforms that ignore the hint
        app.setPalette(dark_palette())
    elif theme != "dark":
        app.setPalette(app.style().standardPalette() if theme == "light" else QPalette())
    # Check boxes and radio buttons drawn dark-on-dark are nearly invisible: outline them (a proxy style, not a
    # style sheet: with an application style sheet, a later text-size change no longer reaches the widgets)
    if effective_theme(app) == "dark" and not isinstance(app.style(), _VisibleIndicators):
        app.setStyle(_VisibleIndicators(app.style().name()))


class _VisibleIndicators(QProxyStyle):
    """The platform style, with check-box and radio-button indicators outlined in the text colour."""

    def drawPrimitive(self, element, option, painter, widget=None):
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton):
            painter.save()
            colour = option.palette.color(QPalette.ColorRole.Text)
            colour.setAlpha(170)
            painter.setPen(colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = option.rect.adjusted(0, 0, -1, -1)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.setRenderHint(painter.RenderHint.Antialiasing)
                painter.drawEllipse(rect)
            else:
                painter.drawRect(rect)
            painter.restore()


def dark_palette() -> QPalette:
    from PySide6.QtGui import QColor

    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124", QPalette.ColorRole.ToolTipBase: "#2d2f33",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        # the bevels and frames check boxes, radio buttons and splitters are drawn with: light enough to see
        QPalette.ColorRole.Light: "#9aa0a6", QPalette.ColorRole.Midlight: "#5f6368",
        QPalette.ColorRole.Mid: "#80868b", QPalette.ColorRole.Dark: "#3c4043", QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


def apply_text_scale(app: QApplication, base: QFont, scale: float) -> float:
    """Scale the application font; returns the clamped scale."""
    scale = max(MIN_SCALE, min(MAX_SCALE, round(scale, 2)))
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    app.setFont(font)
    return scale
