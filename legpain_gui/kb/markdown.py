"""The small Markdown of the knowledge base's sections: paragraphs, "- " lists and [@key] citations."""
from __future__ import annotations

import re

CITATION = re.compile(r"\[@([A-Za-z0-9_.:-]+)\]")


def blocks(text: str) -> list[tuple[str, str]]:
    """Split simple Markdown into ('p', text) paragraphs and ('li', text) list items, lines joined."""
    out: list[tuple[str, str]] = []
    kind = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            kind = None
        elif stripped.startswith(("- ", "* ")):
            out.append(("li", stripped[2:]))
            kind = "li"
        elif kind is not None:
            out[-1] = (kind, out[-1][1] + " " + stripped)
        else:
            out.append(("p", stripped))
            kind = "p"
    return out
