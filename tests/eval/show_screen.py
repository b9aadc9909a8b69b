#!/usr/bin/env python3
"""Open the real app on one screen, at a given size, text scale and theme, for screenshots:

    ../shared/tools/shot -o /tmp/c.png -w 6 -- .venv/bin/python tests/eval/show_screen.py compare \
        --ids polyarteritis-nodosa,systemic-lupus-erythematosus,guillain-barre-syndrome --size 1024x700 --scale 1.5 --theme dark
    ... show_screen.py browse --ids guillain-barre-syndrome
    ... show_screen.py check --findings HP:0003474,HP:0001284,HP:0007340 --age 45
    ... show_screen.py start
    ... show_screen.py compare --ids ... --clinic-db 'postgresql://alice@/clinic1?host=/tmp/legpain-clinic/pg/s'
        (a throw-away clinic server: tests/clinic/clinic_server.py start /tmp/legpain-clinic --demo, which prints
        the PGPASSFILE to export and the addresses)

Uses a throw-away data folder, so the person's own data and settings are never touched.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tab", choices=("start", "browse", "compare", "check"))
    parser.add_argument("--ids", default="", help="conditions (comma-separated): the page, or the columns")
    parser.add_argument("--findings", default="", help="HPO IDs present (check)")
    parser.add_argument("--age", type=int)
    parser.add_argument("--type", default="", help="words typed into the Check tab's finding box (check)")
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--scale", type=float, default=1.0, help="text scale (View -> Larger text), 1.0-2.0")
    parser.add_argument("--theme", choices=("light", "dark", "system"), default="light")
    parser.add_argument("--clinic-db", default=None, help="a clinic server, as --clinic-db of the app")
    parser.add_argument("--sets-open", action="store_true", help="the Compare tab's list of sets open (compare)")
    parser.add_argument("--share-dialog", action="store_true",
                        help="the 'Share with the clinic' dialog of the findings (check, with --clinic-db)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    ids = [i for i in args.ids.split(",") if i]

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from legpain_gui import paths
    from legpain_gui.gui.app import _after_first_paint, create_window

    app = QApplication([sys.argv[0]])
    data_dir = Path(tempfile.mkdtemp(prefix="legpain-screen-"))
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("disclaimer/shown", True)
    settings.setValue("view/theme", args.theme)
    settings.setValue("view/text_scale", args.scale)
    settings.setValue("window/tab", {"start": 0, "browse": 0, "compare": 1, "check": 2}[args.tab])
    if args.tab == "compare":
        settings.setValue("compare/ids", ",".join(ids))
    if args.tab == "browse" and ids:
        settings.setValue("browse/last_condition", ids[0])
    settings.sync()
    window = create_window(paths.default_kb_path(), data_dir, settings, clinic_db=args.clinic_db)
    if args.theme != "system":
        window.set_theme(args.theme)
    window.resize(width, height)
    window.show()
    QTimer.singleShot(0, lambda: _after_first_paint(window, data_dir))

    def enter() -> None:
        if window.check_tab is None or not window.ready:
            QTimer.singleShot(100, enter)
            return
        if args.tab == "browse" and ids:
            window.browse.open_condition(ids[0])
        if args.tab == "check":
            window.check_tab.load_session({"present": [f for f in args.findings.split(",") if f], "absent": [],
                                           "age_years": args.age})
            if args.type:
                window.activateWindow()
                window.check_tab.finder.setFocus()
                window.check_tab.finder.setText(args.type)
                window.check_tab.box.request()
        if args.share_dialog:
            QTimer.singleShot(2500, lambda: window.clinic.check and window.clinic.check.share_dialog())
        if args.sets_open:
            QTimer.singleShot(2500, window.compare_tab.sets.showPopup)  # after the clinic's sets are read
        window.setWindowTitle(f"legpain-gui: {args.tab} {args.size} text x{args.scale} {args.theme}")

    QTimer.singleShot(300, enter)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
