"""Sharing a checker session with the clinic, explicitly: "Share with the clinic…" and "Open a session shared
with the clinic…" in the Check tab's "Summary and sessions" menu, when a clinic store is named.

Sessions stay personal unless the person shares one here. The dialog says plainly what is shared: only the
findings, the age group, sex and course, nothing that could name a patient; there is no field for text, and
the title is made from the time and the number of findings (legpain_gui/clinic/sessions.py; the server
refuses anything more). Server calls run on the clinic controller's thread.
"""
from __future__ import annotations

import datetime as dt

from legpain_gui.clinic.errors import failure_sentence
from legpain_gui.clinic.sessions import WHAT_IS_SHARED, as_checker_session, shareable, title
from legpain_gui.gui.common import lazy

GROUPS = {"child": "child (under 18)", "adult": "adult (18-49)", "older": "older (50 and over)"}


def share_question(doc: dict, when: dt.datetime) -> str:
    """What the dialog asks: the made title, who sees it, and exactly what it holds."""
    n = len(doc["present"]) + len(doc["absent"])
    made = f"Session {when:%Y-%m-%d %H:%M}, {n} finding{'s' if n != 1 else ''}"
    held = [f"{len(doc['present'])} present and {len(doc['absent'])} absent findings (as HPO terms)",
            f"age group: {GROUPS.get(doc.get('age_group'), 'not given')}", f"sex: {doc.get('sex') or 'not given'}",
            f"course: {doc.get('course') or 'not given'}"]
    return (f"Share these findings with the clinic as “{made}”, under your name?\n\n"
            f"Every workstation of the clinic will see it. A shared session holds only {WHAT_IS_SHARED}. "
            "It has no name or text field: its title is made from the time and the number of findings, and the "
            "labels, the age in years and anything else on this screen stay on this computer.\n\n"
            "It will hold: " + "; ".join(held) + ".")


class ClinicCheck:
    """The two menu entries; hidden without a clinic server."""

    def __init__(self, clinic, window):
        self.clinic, self.window = clinic, window
        menu = window.check_tab.more_button.menu()
        self.separator = menu.addSeparator()
        self.share_action = menu.addAction("S&hare with the clinic…")
        self.share_action.setToolTip("Share the findings (no name, no text) with every workstation of the clinic")
        self.open_action = menu.addAction("Open a session shared &with the clinic…")
        self.share_action.triggered.connect(self.share_dialog)
        self.open_action.triggered.connect(self.open_dialog)

    def activate(self, on: bool) -> None:
        for action in (self.separator, self.share_action, self.open_action):
            action.setVisible(on)

    def share_dialog(self) -> None:
        w = self.window
        session = w.check_tab.session()
        try:
            doc = shareable(session)
        except ValueError as exc:
            w.status.setText(str(exc))
            return
        if lazy.dialogs.ask_choice(w, "Share with the clinic", share_question(doc, dt.datetime.now()),
                                   ["Share", "Cancel"]) != "Share":
            return
        self.clinic.submit(lambda c: c.share_session(session),
                           lambda shared: w.status.setText(f"Shared “{title(shared)}” with the clinic."),
                           lambda exc: self._failed("The session was not shared", exc))

    def open_dialog(self) -> None:
        w = self.window

        def chosen(sessions) -> None:
            if not sessions:
                w.status.setText("No sessions are shared with the clinic yet.")
                return
            labels = {f"{title(s)} · shared by {s.author}": s for s in sessions}
            label = lazy.dialogs.ask_item(w, "Open a session shared with the clinic", "Session:", list(labels))
            if label is None or label not in labels:
                return
            shared = labels[label]
            w.check_tab.load_session(as_checker_session(shared))
            w.tabs.setCurrentWidget(w.check_tab)
            w.status.setText(f"Opened “{title(shared)}”, shared by {shared.author}.")

        self.clinic.submit(lambda c: c.shared_sessions(), chosen,
                           lambda exc: self._failed("The shared sessions could not be read", exc))

    def _failed(self, what: str, exc: BaseException) -> None:
        message = failure_sentence(what, exc)
        self.window.status.setText(message)
        lazy.dialogs.show_error(self.window, what, message)
