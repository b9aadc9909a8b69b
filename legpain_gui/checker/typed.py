"""What the clinician typed in the Check tab's finding box: the words, and the state its cue asks for."""
from __future__ import annotations

TYPED_ABSENT_BEFORE = ("no signs of", "no sign of", "no evidence of", "negative for", "absence of", "without",
                       "denies", "denied", "not", "no")
TYPED_ABSENT_AFTER = ("was absent", "is absent", "absent", "not present", "negative", "was negative")
TYPED_UNSURE = ("possible", "possibly", "query", "suspected", "?")


def typed_polarity(text: str) -> tuple[str, str | None]:
    """What the clinician typed in the finding box, without its cue, and the state the cue asks for:
    'no hair loss' -> ('hair loss', 'absent'); 'livedo?' -> ('livedo', 'uncertain'); else (text, None)."""
    words = text.strip()
    lower = words.lower()
    for cue in TYPED_ABSENT_BEFORE:
        if lower.startswith(cue + " ") and len(lower) > len(cue) + 1:
            return words[len(cue) + 1:].strip(), "absent"
    for cue in TYPED_ABSENT_AFTER:
        if lower.endswith(" " + cue) and len(lower) > len(cue) + 1:
            return words[:-len(cue) - 1].strip(), "absent"
    for cue in TYPED_UNSURE:
        if lower.startswith(cue + " "):
            return words[len(cue) + 1:].strip(), "uncertain"
        if cue == "?" and lower.endswith("?"):
            return words[:-1].strip(), "uncertain"
    return words, None
