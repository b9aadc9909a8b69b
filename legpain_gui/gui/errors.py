"""Unhandled errors: logged to a file in the user-data folder (rotated at start-up) and shown as a short
dialog; the app goes on where it can."""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

LOG_NAME = "legpain-gui.log"


def setup_logging(data_dir: Path) -> Path | None:
    """Log to data_dir/logs/legpain-gui.log; returns the log path, or None when it cannot be written (the
    log then goes to standard error: a log is never a reason not to start).

    A file over 1 MB is moved aside at start-up (3 old files kept). Done by hand with a plain
    FileHandler: `logging.handlers` would import socket, pickle and queue before the first screen.
    """
    folder = data_dir / "logs"
    path = folder / LOG_NAME
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _rotate(path, max_bytes=1_000_000, keep=3)
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError as exc:
            root.setLevel(logging.INFO)
            root.warning("no log file in %s (%s): logging to standard error", folder, exc.strerror or exc)
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def _rotate(path: Path, max_bytes: int, keep: int) -> None:
    """legpain-gui.log -> .1 -> .2 ... when it has grown past max_bytes; a failure here never stops the app."""
    try:
        if not path.exists() or path.stat().st_size <= max_bytes:
            return
        for i in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{i + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        pass


def install_excepthook(log_path: Path | None, show) -> None:
    """Route uncaught exceptions (UI thread and others) to the log and to `show(title, message)`."""
    def report(exc_type, exc, tb) -> None:
        logging.getLogger("legpain_gui").error("unhandled error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if issubclass(exc_type, KeyboardInterrupt):
            return
        short = f"{exc_type.__name__}: {exc}"[:300]
        where = f"The details are in the log:\n{log_path}" if log_path else "The details went to standard error."
        show("Something went wrong", f"{short}\n\nYou can go on working; nothing you saved is lost. {where}")

    sys.excepthook = report
    threading.excepthook = lambda args: report(args.exc_type, args.exc_value, args.exc_traceback)
