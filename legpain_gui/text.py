"""Text from users (GUI fields, CLI arguments, imported files) made safe to store and to search."""
from __future__ import annotations


def clean(text: object, limit: int | None = None) -> str:
    """Any value as valid UTF-8 text: NUL removed, lone surrogates (possible in CLI arguments) replaced."""
    value = text if isinstance(text, str) else str(text)
    value = value.replace("\x00", "")
    if limit is not None:
        value = value[:limit]
    return value.encode("utf-8", "replace").decode("utf-8")


def decode_text_file(data: bytes) -> str:
    """The text of a file saved as UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32 (with a mark, or
    UTF-16 without one, as some Windows editors write it). ValueError with one plain sentence otherwise."""
    import codecs

    for mark, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(mark):
            break
    else:
        even, odd = data[0:200:2], data[1:200:2]
        if len(data) >= 2 and len(data) % 2 == 0 and odd and odd.count(0) > len(odd) // 2 and not even.count(0):
            codec = "utf-16-le"  # ASCII-range text with a NUL after each character, no mark
        elif len(data) >= 2 and len(data) % 2 == 0 and even and even.count(0) > len(even) // 2 and not odd.count(0):
            codec = "utf-16-be"
        else:
            codec = "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise ValueError("it is not text saved as UTF-8 or UTF-16") from None


def escape(text: str) -> str:
    """`html.escape(text, quote=True)`, without importing the `html` module (and its 2,000-entity table) on
    the path to the first screen."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))
