"""A cheaper form of PySide6's scan of every imported module (PYSIDE-2029).

PySide6 (6.4 and later) asks, for each module imported after it, whether its source mentions "PySide6"
(`shibokensupport.feature._mod_uses_pyside`, for its optional `__feature__` switches). It finds out with
`inspect.getsource`, which reads the whole file through `linecache` and keeps every line of it: for the
sixty-odd modules imported before the first screen, 1.5 MB of source text held for the life of the process
(3.3 MiB of the peak memory measured there) and 30-40 ms of reading and decoding. `install()` puts in the
same question answered from the file's bytes, read once and dropped; a module without a `.py` file goes to
PySide6's own function as before. Nothing changes if PySide6 no longer has that function.
"""
from __future__ import annotations

import sys


def install() -> bool:
    """Replace the scan once PySide6 is imported; True when it was replaced (or already was)."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None:
        return False
    if getattr(upstream, "from_bytes", False):
        return True

    def _mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as handle:
                return b"PySide6" in handle.read()
        except OSError:
            return upstream(module)

    _mod_uses_pyside.from_bytes = True
    _mod_uses_pyside.upstream = upstream
    feature._mod_uses_pyside = _mod_uses_pyside
    return True
