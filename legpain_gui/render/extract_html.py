"""A pasted text with each extracted finding highlighted, for the review step (HTML for a QTextBrowser).

Every character of the text is escaped; only the highlight markup is ours. Colours carry the state and a
mark repeats it for those who cannot tell the colours apart: ✓ present, ✗ absent, ? undecided, and a grey
underline for what is not the patient's own (family, past history, a stated diagnosis). The words the course was
read from, when they are no finding's, are underlined (dotted where the viewer can) and say so.
"""
from __future__ import annotations

import html

STYLE = {
    "light": {"present": "background:#c8e6c9;color:#1b5e20", "absent": "background:#ffcdd2;color:#b71c1c",
              "undecided": "background:#fff3c4;color:#5d4200", "other": "background:#e0e0e0;color:#424242",
              "selected": "outline:2px solid #0d47a1"},
    "dark": {"present": "background:#1b5e20;color:#e8f5e9", "absent": "background:#7f1d1d;color:#ffebee",
             "undecided": "background:#6d5200;color:#fff8e1", "other": "background:#424242;color:#eeeeee",
             "selected": "outline:2px solid #90caf9"},
}
MARK = {"present": "✓", "absent": "✗", "undecided": "?", "other": "·"}


def _kind(row) -> str:
    if row.context != "patient":
        return "other"
    return row.state if row.state in ("present", "absent") else "undecided"


def highlighted_html(text: str, rows, selected: str | None = None, theme: str = "light",
                     course: tuple[int, int, str] | None = None) -> str:
    """The text with one anchor (`#f<index>`) and highlight per mention; overlapping mentions keep the first.
    `course`: (start, end, course) of the words the course was read from."""
    colours = STYLE.get(theme, STYLE["light"])
    spans = sorted((start, end, i, row) for i, row in enumerate(rows) for start, end in row.spans)
    if course and not any(s < course[1] and course[0] < e for s, e, _, _ in spans):
        spans = sorted(spans + [(course[0], course[1], -1, course[2])], key=lambda x: x[:2])
    out, pos = [], 0
    for start, end, i, row in spans:
        if start < pos:  # overlaps an earlier highlight
            continue
        out.append(html.escape(text[pos:start]))
        if i < 0:  # the course's words
            said = html.escape(f"Course: {row}", quote=True)
            out.append(f"<span style='text-decoration:underline dotted' title='{said}'>{html.escape(text[start:end])}</span>")
            pos = end
            continue
        kind = _kind(row)
        style = colours[kind] + (";" + colours["selected"] if row.hpo == selected else "")
        title = html.escape(f"{row.label} ({row.hpo}): {kind if kind != 'other' else row.why}", quote=True)
        weight = "font-weight:bold;" if row.hpo == selected else ""
        out.append(f"<a name='f{i}'></a><span style='{weight}{style}' title='{title}'>{MARK[kind]}&#8239;"
                   f"{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    return f"<div style='line-height:150%'>{body}</div>"
