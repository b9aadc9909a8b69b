#!/usr/bin/env python3
"""Open the real app with one published case of the development set entered in the Check tab, to look at
it as a clinician would (used for the screenshots in the evaluation notes):

    ../shared/tools/shot -o /tmp/case.png -w 4 -- .venv/bin/python tests/eval/show_case.py gbs-01
    ... show_case.py gbs-01 --paste           the case's text in the Paste a case dialog, before review
    ... show_case.py gbs-01 --paste --review  the same after "Find findings": the review step

Uses a throw-away data folder, so the person's own data is never touched.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> int:
    from cases import load

    flags = {a for a in argv if a.startswith("--")}
    argv = [a for a in argv if not a.startswith("--")]
    if len(argv) != 1 or not flags <= {"--paste", "--review"}:
        print("usage: show_case.py CASE_ID [--paste [--review]]", file=sys.stderr)
        return 2
    case = next((c for c in load() if c["id"] == argv[0]), None)
    if case is None:
        print(f"no case '{argv[0]}'", file=sys.stderr)
        return 2
    if case.get("part") != "tune":
        print(f"'{argv[0]}' is in the held-out test part: it is scored, never looked at one by one", file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from legpain_gui import paths
    from legpain_gui.gui.app import _after_first_paint, create_window

    app = QApplication([sys.argv[0]])
    data_dir = Path(tempfile.mkdtemp(prefix="legpain-case-"))
    window = create_window(paths.default_kb_path(), data_dir)
    window.resize(1400, 900)
    window.show()
    QTimer.singleShot(0, lambda: _after_first_paint(window, data_dir))
    session = {"present": [str(i["hpo"]) for i in case.get("present") or []],
               "absent": [str(i["hpo"]) for i in case.get("absent") or []],
               "age_years": case.get("age") if isinstance(case.get("age"), int) else None, "sex": case.get("sex"),
               "course": case.get("course") if case.get("course") in ("acute", "subacute", "chronic") else None,
               "labels": {str(i["hpo"]): i["words"] for i in (case.get("present") or []) + (case.get("absent") or [])}}

    def enter() -> None:
        if window.check_tab is None:
            QTimer.singleShot(100, enter)
            return
        window.tabs.setCurrentWidget(window.check_tab)
        if "--paste" in flags:
            window.check_ctl.paste_case()
            dialog = window.check_ctl._paste
            dialog.text.setPlainText(case.get("text") or "")
            if "--review" in flags:
                QTimer.singleShot(800, dialog.find_button.click)
        else:
            window.check_tab.load_session(session)
        window.setWindowTitle(f"legpain-gui: {case['id']} ({case['diagnosis']}), {case['source'].get('citation', '')[:60]}")

    QTimer.singleShot(300, enter)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
