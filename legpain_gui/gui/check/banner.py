"""The triage banner: the level and the rules that fired on one or two lines, what to do one click away.

The summary always shows the level, the name of every rule that fired and the first sentence of the first
rule's advice, so that an emergency is never hidden; "Details" (Alt+D) shows every rule's full advice and the
notes. No green anywhere: "no rule fired" is not an all-clear. Colours are fixed per level (white on a dark
background, readable in both themes); the text follows the application's text size.
"""
from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

BANNER = {"emergency": ("#b71c1c", "#ffffff"), "urgent": ("#e65100", "#ffffff"), "prompt": ("#8a5a00", "#ffffff"),
          "neutral": ("#455a64", "#ffffff"), "none": ("#546e7a", "#ffffff"), "error": ("#6a1b9a", "#ffffff")}
NO_RULE = "<b>No red-flag rule fired</b>: your own assessment decides."
TITLE = {"emergency": "EMERGENCY", "urgent": "URGENT"}


def _first_sentence(text: str, limit: int = 100) -> str:
    match = re.match(r"(.+?[.;])(\s|$)", text)
    out = match.group(1) if match else text
    return out if len(out) <= limit else out[: limit - 1].rsplit(" ", 1)[0] + "…"


class TriageBanner(QWidget):
    """Summary line(s) and optional details, on the level's colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("triageBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName("Triage")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName("Triage summary")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName("Triage details")
        self.details.hide()
        self.compact = False  # a short window: the first advice sentence goes to Details too
        self._lead = ""
        self.more = QToolButton()
        self.more.setText("&Details ▾")
        self.more.setCheckable(True)
        self.more.setAccessibleName("Show the triage details")
        self.more.setToolTip("Every rule's advice and its notes (Alt+D)")
        self.more.toggled.connect(self._toggle)
        self.more.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.details)

    def text(self) -> str:
        """Everything the banner says (summary and details), as shown."""
        return self.summary.text() + ("\n" + self.details.text() if self.details.text() else "")

    def show_message(self, level: str, text_html: str) -> None:
        self._summary, self._lead = text_html, ""
        self._paint(level)
        self.summary.setText(text_html)
        self.details.setText("")
        self.more.hide()
        self.details.hide()

    def show_triage(self, tri: dict) -> None:
        notes = "".join(f"<br><i>{html.escape(n)}</i>" for n in tri.get("notes", []))
        if tri.get("fired", bool(tri["reasons"])):
            level = tri["level"]
            names = "; ".join(html.escape(r["name"]) for r in tri["reasons"])
            first = html.escape(_first_sentence(tri["reasons"][0]["advice"])) if tri["reasons"] else ""
            title = TITLE.get(level, level.upper())
            self._lead = first
            summary = f"<b style='font-size:large'>{title}</b> — <b>{names}</b>"
            details = "<ul style='margin:2px'>" + "".join(
                f"<li><b>{html.escape(r['name'])}</b>: {html.escape(r['advice'])}</li>" for r in tri["reasons"]) + "</ul>"
            self._paint(level)
        elif tri.get("prompts"):
            summary = NO_RULE + f" {len(tri['prompts'])} red-flag finding{'s' if len(tri['prompts']) != 1 else ''} to weigh."
            details = "<ul style='margin:2px'>" + "".join(f"<li>{html.escape(p)}</li>" for p in tri["prompts"]) + "</ul>"
            self._paint("prompt")
        else:
            summary, details = NO_RULE, ""
            self._paint("neutral")
        if not tri.get("fired", bool(tri["reasons"])):
            self._lead = ""
        self._summary = summary
        self.summary.setText(self._with_lead())
        self.details.setText(details + notes)
        has_more = bool(details or notes)
        self.more.setVisible(has_more)
        self.details.setVisible(has_more and self.more.isChecked())

    def set_compact(self, on: bool) -> None:
        if on != self.compact:
            self.compact = on
            if getattr(self, "_summary", None):
                self.summary.setText(self._with_lead())

    def _with_lead(self) -> str:
        return self._summary + (f"<br>{self._lead}" if self._lead and not self.compact else "")

    def _toggle(self, on: bool) -> None:
        self.details.setVisible(on and bool(self.details.text()))
        self.more.setText("&Details ▴" if on else "&Details ▾")

    def _paint(self, level: str) -> None:
        bg, fg = BANNER[level]
        self.setStyleSheet(f"#triageBanner {{ background: {bg}; border-radius: 4px; }} "
                           f"#triageBanner QLabel {{ color: {fg}; background: transparent; }} "
                           f"#triageBanner QToolButton {{ color: {fg}; background: transparent; border: 1px solid {fg}; "
                           "border-radius: 3px; padding: 1px 6px; }")
