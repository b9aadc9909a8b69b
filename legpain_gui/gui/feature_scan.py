"""A cheaper form of PySide6's scan of every imported module (PYSIDE-2029).

PySide6 (6.4 and later) asks, for each module imported after it, whether its source mentions "PySide6"
(`shibokensupport.feature._mod_uses_pyside`, for its optional `__feature__` switches: snake_case and
true_property). It finds out with `inspect.getsource`, which reads and decodes the whole file: for the modules
imported before the first screen (the app's own, and the standard library's and SQLAlchemy's on the worker
thread), 20-50 ms and over a megabyte of source held in `linecache`. The answer only sets the module's
switching default: 0, "no feature", for a module that uses PySide6, and -1, "ignore this module", for the rest.
This app never selects a feature, so the two behave alike; `install()` answers from the module's name (the
app's own modules and PySide's: yes; any other: no) and reads nothing. Nothing changes if PySide6 no longer has
that function.
"""
from __future__ import annotations

import sys

OWN = ("legpain_gui", "PySide6", "shiboken6")  # the modules that use PySide6 (none selects a feature)


def install() -> bool:
    """Replace the scan once PySide6 is imported; True when it was replaced (or already was)."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None:
        return False
    if getattr(upstream, "by_name", False):
        return True

    def _mod_uses_pyside(module) -> bool:
        return str(getattr(module, "__name__", "") or "").startswith(OWN)

    _mod_uses_pyside.by_name = True
    _mod_uses_pyside.upstream = upstream
    feature._mod_uses_pyside = _mod_uses_pyside
    return True
