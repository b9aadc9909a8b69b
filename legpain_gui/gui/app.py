"""Start the desktop app: parse GUI options, create the application and the window, show it at once."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace

from legpain_gui import __version__, paths


GUI_OPTIONS = {"--db": "db", "--data-dir": "data_dir", "--clinic-db": "clinic_db"}  # as legpain_gui.__main__


def parse_gui_args(argv: list[str]) -> SimpleNamespace:
    """--db PATH, --data-dir PATH and --clinic-db URL (also as --db=PATH); anything else is Qt's
    (legpain_gui.__main__ has checked that). Without argparse: 5 ms less before the window."""
    values = dict.fromkeys(GUI_OPTIONS.values())
    i = 0
    while i < len(argv):
        name, eq, value = argv[i].partition("=")
        key = GUI_OPTIONS.get(name)
        if key and not eq and i + 1 < len(argv):
            value, i = argv[i + 1], i + 1
        if key and (eq or value):
            values[key] = value
        i += 1
    return SimpleNamespace(db=Path(values["db"]) if values["db"] else None,
                           data_dir=Path(values["data_dir"]) if values["data_dir"] else None,
                           clinic_db=values["clinic_db"])


def create_window(kb_path: Path, data_dir: Path, settings=None, verify_manifest: bool | None = None,
                  clinic_db: str | None = None):
    """The main window, not yet shown (tests call this); `clinic_db` is --clinic-db."""
    from PySide6.QtCore import QSettings

    from legpain_gui.gui.main_window import MainWindow

    if settings is None:
        settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    if verify_manifest is None:  # the bundled file always has a manifest; a file given with --db may not
        from legpain_gui.kb.file import has_manifest

        verify_manifest = Path(kb_path) == paths.default_kb_path() or has_manifest(Path(kb_path))
    window = MainWindow(kb_path, data_dir, settings, verify_manifest=verify_manifest)
    window.clinic_db = clinic_db
    return window


def no_display() -> bool:
    """True on Linux when Qt would look for a display and there is none (Qt would abort with exit 134)."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if platform and platform not in ("xcb", "wayland", "wayland-egl"):
        return False  # offscreen, vnc, eglfs...: no X or Wayland display needed
    return not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")


GC_BACKSTOP_MS = 3000


def run_gui(argv: list[str]) -> int:
    args = parse_gui_args(argv)
    import gc

    # No cyclic garbage collection until the first screen is up (gui/startup.py turns it back on, and a
    # timer below in any case): its pauses, 1-2 ms each, stood between the window and its data.
    gc.disable()
    if no_display():
        print("legpain-gui: there is no display to show the window on (DISPLAY is not set); the commands work "
              "without one (legpain-gui --help).", file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from legpain_gui.gui import feature_scan

    feature_scan.install()  # before the app's own modules are imported: 3 MiB and 30 ms less to the first screen
    app = QApplication.instance() or QApplication([sys.argv[0]] + argv)
    app.setApplicationName("legpain-gui")
    app.setOrganizationName("legpain-gui")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("legpain-gui")
    data_dir = args.data_dir or paths.user_data_dir()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from legpain_gui.gui import dialogs

        dialogs.show_error(None, "legpain-gui", f"Cannot create the data folder {data_dir}: {exc.strerror}.")
        return 2
    window = create_window(args.db or paths.default_kb_path(), data_dir, clinic_db=args.clinic_db)
    if window.theme != "system":  # the system scheme needs no work at start-up
        from legpain_gui.gui.theme import apply_theme

        apply_theme(app, window.theme)
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(GC_BACKSTOP_MS, gc.enable)  # should start-up stop before its first screen
    window.activateWindow()
    from legpain_gui.gui.first_paint import after_first_paint

    def first_painted() -> None:  # the window comes first
        _after_first_paint(window, data_dir)
        if not os.environ.get("LEGPAIN_GUI_STARTUP_PROBE"):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, window.maybe_show_disclaimer)

    after_first_paint(window, first_painted)
    if os.environ.get("LEGPAIN_GUI_STARTUP_PROBE"):  # installed last, so its filter sees the paint first
        _probe(app, window)
    return app.exec()


def _probe(app, window) -> None:
    """For the start-up benchmark: print when the window has been painted, when the list is painted, when the
    list and first page are painted (with the peak memory so far), and when start-up has finished (full
    data layer and checklist loaded, with the peak memory then); then quit."""
    import time

    from PySide6.QtCore import QTimer

    from legpain_gui.gui.first_paint import after_first_paint

    after_first_paint(window, lambda: print(f"visible {time.time():.6f}", flush=True), fallback_ms=-1)

    first_data = []

    def listed() -> None:
        print(f"list {time.time():.6f}", flush=True)

    def data() -> None:  # the next turn of the event loop: after the data was painted
        if first_data:  # dataShown comes again with every page opened later
            return
        first_data.append(True)
        print(f"data {time.time():.6f}", flush=True)
        print(f"rss {_peak_rss_kib()}", flush=True)

    def finished() -> None:
        print(f"finished {time.time():.6f}", flush=True)
        print(f"rss_finished {_peak_rss_kib()}", flush=True)
        QTimer.singleShot(0, app.quit)

    window.listShown.connect(lambda: QTimer.singleShot(0, listed))
    window.dataShown.connect(lambda: QTimer.singleShot(0, data))
    window.startupFinished.connect(finished)


def _after_first_paint(window, data_dir: Path) -> None:
    """Logging, the error hook, then the knowledge base: nothing of this stands before the window."""
    from legpain_gui.gui.errors import install_excepthook, setup_logging

    def show(title: str, message: str) -> None:
        from legpain_gui.gui import dialogs  # imported when first needed: not on the path to the first screen

        dialogs.show_error(window, title, message)

    log_path = setup_logging(data_dir)
    install_excepthook(log_path, show)
    window.start()


def _peak_rss_kib() -> int:
    """Peak resident memory of this process (Linux: VmHWM; elsewhere the resource module)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
