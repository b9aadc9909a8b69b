"""Moving the person's data between workstations: the export file's format, reading it and checking every
part of it before anything is written. Each refusal is one sentence; nothing is half-imported."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from legpain_gui.kb.vocab import AGE_GROUPS, MAX_COMPARED, MIN_COMPARED
from legpain_gui.userdata import MAX_NOTE_CHARS
from legpain_gui.text import clean

EXPORT_FORMAT = "legpain-gui personal data"
SESSION_FORMAT = "legpain-gui checker session"
MAX_FILE_BYTES = 20 * 1024 * 1024  # a real export of every note at its longest is a few MB
MAX_ID_CHARS, MAX_NAME_CHARS, MAX_FINDINGS = 500, 200, 500
HPO_ID = re.compile(r"HP:\d{7}")
SEXES = ("female", "male")


class ImportRefused(ValueError):
    """The file cannot be imported; str() is one sentence and nothing was changed."""


@dataclass
class CheckedImport:
    """The parts of an export file that passed every check, cleaned, plus what was left out and why."""

    favourites: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    comparison_sets: dict[str, list[str]] = field(default_factory=dict)
    checker_sessions: dict[str, dict] = field(default_factory=dict)
    unknown: int = 0  # favourites, notes and sets naming conditions not in this knowledge base
    blank: int = 0  # empty or whitespace-only notes (never imported: they would delete a note)

    def size(self) -> int:
        return len(self.favourites) + len(self.notes) + len(self.comparison_sets) + len(self.checker_sessions)


def read_export_file(path: Path) -> object:
    """The JSON value in `path` (UTF-8 with or without a BOM, or UTF-16), or ImportRefused."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportRefused(f"{clean(path.name, 80)} is not a file.")
        if size > MAX_FILE_BYTES:
            raise ImportRefused(f"This file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, far more than any "
                                "legpain-gui export, so it was not imported.")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"The file could not be read ({(exc.strerror or type(exc).__name__).lower()}).") from None
    return parse_export(raw)


def parse_export(raw: bytes) -> object:
    """Decode and parse the bytes of an export file, or ImportRefused."""
    from legpain_gui.text import decode_text_file

    try:  # UTF-8 with or without a byte-order mark, UTF-16 (with a mark or without, as Windows editors write it), UTF-32
        text = decode_text_file(raw)
    except ValueError as exc:
        why = str(exc).strip().rstrip(".")
        raise ImportRefused(f"This is not a legpain-gui export file: {why[:1].lower()}{why[1:]}.") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise ImportRefused("This is not a legpain-gui export file (it is nested far too deeply).") from None
    except ValueError:
        raise ImportRefused("This is not a legpain-gui export file (it is not valid JSON).") from None


def _text_key(value, limit: int, what: str) -> str:
    if not isinstance(value, str) or not clean(value).strip():
        raise ImportRefused(f"{what} in this file is empty or not text, so nothing was imported.")
    if len(value) > limit:
        raise ImportRefused(f"{what} in this file is longer than {limit} characters, so nothing was imported.")
    return clean(value).strip()


def _unique(keys: list[str], what: str) -> None:
    if len(set(keys)) != len(keys):
        raise ImportRefused(f"Two {what} in this file have the same name once cleaned, so nothing was imported.")


def check_session(data) -> dict:
    """A checker session with every part checked and only the known parts kept, or ImportRefused."""
    bad = ImportRefused("A checker session in this file is damaged, so nothing was imported.")
    if not isinstance(data, dict) or data.get("format", SESSION_FORMAT) != SESSION_FORMAT:
        raise bad
    lists = {}
    for key in ("present", "absent"):
        items = data.get(key, [])
        if not (isinstance(items, list) and len(items) <= MAX_FINDINGS
                and all(isinstance(h, str) and HPO_ID.fullmatch(h) for h in items)):
            raise bad
        lists[key] = list(dict.fromkeys(items))
    if set(lists["present"]) & set(lists["absent"]):
        raise bad
    labels = data.get("labels", {})
    if not (isinstance(labels, dict) and len(labels) <= 2 * MAX_FINDINGS
            and all(isinstance(k, str) and HPO_ID.fullmatch(k) and isinstance(v, str) and len(v) <= MAX_NAME_CHARS
                    for k, v in labels.items())):
        raise bad
    from legpain_gui.userdata.draft import DraftError, clean_patient

    try:  # age in years or as a group, sex, course: the same checks as the autosaved patient
        patient = clean_patient({**data, **lists, "labels": {k: clean(v) for k, v in labels.items()}})
    except DraftError:
        raise bad from None
    return {"format": SESSION_FORMAT, "version": 2, **patient}


def check_import(data, known_ids: set[str] | None = None) -> CheckedImport:
    """Every part of an export file checked (ImportRefused on the first problem); ids not in `known_ids`
    (the knowledge base's conditions, when given) are counted in `unknown` and left out."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ImportRefused("This is not a legpain-gui export file.")
    parts = {key: data.get(key, default) for key, default in
             (("favourites", []), ("notes", {}), ("comparison_sets", {}), ("checker_sessions", {}))}
    if not isinstance(parts["favourites"], list):
        raise ImportRefused("The favourites in this file are not a list of condition ids, so nothing was imported.")
    for key in ("notes", "comparison_sets", "checker_sessions"):
        if not isinstance(parts[key], dict):
            raise ImportRefused(f"The {key.replace('_', ' ')} in this file are damaged, so nothing was imported.")
    out = CheckedImport()
    known = (lambda cid: True) if known_ids is None else (lambda cid: cid in known_ids)
    favourites = [_text_key(cid, MAX_ID_CHARS, "A favourite's condition id") for cid in parts["favourites"]]
    for cid in dict.fromkeys(favourites):
        if known(cid):
            out.favourites.append(cid)
        else:
            out.unknown += 1
    note_ids = [_text_key(cid, MAX_ID_CHARS, "A note's condition id") for cid in parts["notes"]]
    _unique(note_ids, "notes")
    for cid, text in zip(note_ids, parts["notes"].values()):
        if not isinstance(text, str):
            raise ImportRefused("A note in this file is not text, so nothing was imported.")
        if len(text) > MAX_NOTE_CHARS:
            raise ImportRefused(f"A note in this file is longer than {MAX_NOTE_CHARS:,} characters, "
                                "so nothing was imported.")
        text = clean(text)
        if not text.strip():
            out.blank += 1
        elif known(cid):
            out.notes[cid] = text
        else:
            out.unknown += 1
    names = [_text_key(name, MAX_NAME_CHARS, "A comparison set's name") for name in parts["comparison_sets"]]
    _unique(names, "comparison sets")
    for name, ids in zip(names, parts["comparison_sets"].values()):
        if not (isinstance(ids, list) and MIN_COMPARED <= len(ids) <= MAX_COMPARED):
            raise ImportRefused(f"A comparison set in this file is damaged (a set holds {MIN_COMPARED} to {MAX_COMPARED} "
                                "condition ids), so nothing was imported.")
        ids = [_text_key(cid, MAX_ID_CHARS, "A condition id in a comparison set") for cid in ids]
        if all(known(cid) for cid in ids):
            out.comparison_sets[name] = list(dict.fromkeys(ids))
        else:
            out.unknown += 1
    names = [_text_key(name, MAX_NAME_CHARS, "A checker session's name") for name in parts["checker_sessions"]]
    _unique(names, "checker sessions")
    for name, session in zip(names, parts["checker_sessions"].values()):
        out.checker_sessions[name] = check_session(session)
    return out


def summary(counts: dict[str, int]) -> str:
    """One sentence saying what an import changed and what it left out."""
    def n(key: str, one: str, many: str) -> str:
        value = counts.get(key, 0)
        return f"{value} {one if value == 1 else many}"

    text = (f"Imported {n('favourites', 'favourite', 'favourites')}, {n('notes', 'new note', 'new notes')}, "
            f"{n('notes_merged', 'note merged with yours', 'notes merged with yours')}, "
            f"{n('comparison_sets', 'comparison set', 'comparison sets')} and "
            f"{n('checker_sessions', 'checker session', 'checker sessions')}")
    left = [part for key, one, many in (
        ("unknown", "entry for a condition not in this knowledge base", "entries for conditions not in this knowledge base"),
        ("blank", "empty note", "empty notes"),
        ("too_long", "note that would grow past the length limit if merged", "notes that would grow past the length limit if merged"),
        ("existing", "set or session whose name is already taken here", "sets or sessions whose names are already taken here"),
    ) if counts.get(key) for part in [n(key, one, many)]]
    return text + (f"; left out: {', '.join(left)}." if left else ".")


def write_export(path: Path, data: dict) -> None:
    """Write an export file all at once or not at all (legpain_gui.atomic: a temporary file in the same folder,
    checked, then renamed over `path`); a failure leaves any earlier file at `path` as it was (OSError)."""
    from legpain_gui.atomic import write_atomic

    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
