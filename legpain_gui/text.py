"""Text from users (GUI fields, CLI arguments, imported files) made safe to store and to search."""
from __future__ import annotations


def clean(text: object, limit: int | None = None) -> str:
    """Any value as valid UTF-8 text: NUL removed, lone surrogates (possible in CLI arguments) replaced."""
    value = text if isinstance(text, str) else str(text)
    value = value.replace("\x00", "")
    if limit is not None:
        value = value[:limit]
    return value.encode("utf-8", "replace").decode("utf-8")
