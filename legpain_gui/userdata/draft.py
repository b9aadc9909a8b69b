"""The patient open in the Check tab, kept on disk as it changes, so that a crash, a power cut or a quit
loses nothing: the next start offers it back.

It is one small JSON file in the user's data folder, written whole to a temporary file and renamed over the
old one (a reader sees the old patient or the new one, never half of either). It holds HPO IDs, their
labels, age, sex and course: no free text, so nothing that could name a patient. A file that cannot be read
is moved aside (never deleted) and reported in one sentence.
"""
from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

from legpain_gui.atomic import write_atomic

DRAFT_NAME = "open-patient.json"
KEPT_NAME = "open-patient.kept.json"  # taken at start, until the person restores or discards it
FORMAT = "legpain-gui open patient"
MAX_BYTES = 1_000_000
MAX_FINDINGS = 500
HPO_ID = re.compile(r"^HP:\d{7}$")
AGE_GROUPS = ("child", "adult", "older")
SEXES = ("female", "male")
COURSES = ("acute", "subacute", "chronic")


class DraftError(ValueError):
    """The autosaved patient could not be read; str() is one sentence."""


def clean_patient(data) -> dict:
    """A checked copy of a patient (findings, labels, age, sex, course), or DraftError naming what is wrong."""
    if not isinstance(data, dict):
        raise DraftError("The saved patient is not a patient record.")
    out: dict = {}
    for state in ("present", "absent"):
        ids = data.get(state, [])
        if not isinstance(ids, list) or len(ids) > MAX_FINDINGS or not all(isinstance(h, str) and HPO_ID.match(h) for h in ids):
            raise DraftError(f"The saved patient's {state} findings are damaged.")
        out[state] = list(dict.fromkeys(ids))
    if set(out["present"]) & set(out["absent"]):
        raise DraftError("The saved patient has a finding both present and absent.")
    labels = data.get("labels", {})
    if not isinstance(labels, dict):
        raise DraftError("The saved patient's finding labels are damaged.")
    out["labels"] = {h: str(v)[:200] for h, v in labels.items()
                     if isinstance(h, str) and HPO_ID.match(h) and isinstance(v, str)}
    years = data.get("age_years")
    if years is not None and (isinstance(years, bool) or not isinstance(years, int) or not 0 <= years <= 120):
        raise DraftError("The saved patient's age is not a number of years from 0 to 120.")
    age = data.get("age")
    if age is not None and age not in AGE_GROUPS and not (isinstance(age, int) and not isinstance(age, bool)
                                                           and 0 <= age <= 120):
        raise DraftError("The saved patient's age is damaged.")
    out["age"], out["age_years"] = age, years
    for key, allowed in (("sex", SEXES), ("course", COURSES)):
        value = data.get(key)
        if value is not None and value not in allowed:
            raise DraftError(f"The saved patient's {key} is damaged.")
        out[key] = value
    return out


def has_content(patient: dict) -> bool:
    return bool(patient.get("present") or patient.get("absent") or patient.get("age") is not None
                or patient.get("sex") or patient.get("course"))


class Draft:
    """Save, read and clear the open patient in one folder."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / DRAFT_NAME
        self.kept = Path(folder) / KEPT_NAME

    def take(self) -> tuple[dict, float] | None:
        """At start: the patient open when the app last stopped, moved to open-patient.kept.json so that
        the new session's autosave cannot overwrite it before the person decides. A patient kept earlier
        and never answered is offered when there is no newer one."""
        if self.path.exists():
            found = self.load()
            if found is not None:
                os.replace(self.path, self.kept)
            return found
        if self.kept.exists():
            return Draft._read(self.kept, lambda: _set_aside(self.kept))
        return None

    def drop_kept(self) -> None:
        """The person restored or discarded the kept patient."""
        self.kept.unlink(missing_ok=True)

    def save(self, patient: dict) -> None:
        """Write the patient (or remove the file when the patient is empty). Raises OSError on failure,
        leaving the previous file as it was."""
        patient = clean_patient(patient)
        if not has_content(patient):
            self.clear()
            return
        body = json.dumps({"format": FORMAT, "version": 1, "saved": time.time(), "patient": patient},
                          ensure_ascii=False, sort_keys=True).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, body)

    def load(self) -> tuple[dict, float] | None:
        """(patient, time saved) or None when there is none; DraftError when the file is damaged, after
        moving it aside as open-patient.json.damaged."""
        return Draft._read(self.path, lambda: _set_aside(self.path))

    @staticmethod
    def _read(path: Path, set_aside) -> tuple[dict, float] | None:
        try:
            if path.stat().st_size > MAX_BYTES:
                raise DraftError("The autosaved patient file is too large to be a patient.")
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise DraftError("The autosaved patient file is not one this app wrote.")
            patient = clean_patient(data.get("patient"))
            saved = data.get("saved")
            return patient, float(saved) if isinstance(saved, (int, float)) and not isinstance(saved, bool) else 0.0
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, DraftError) as exc:
            set_aside()
            why = str(exc).rstrip(".") if isinstance(exc, DraftError) else "the file is damaged or unreadable"
            raise DraftError(f"The autosaved patient was not restored ({why[0].lower() + why[1:]}); the file was set "
                             f"aside as {path.name}.damaged.") from None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def _set_aside(path: Path) -> None:
    """A file that cannot be read is kept as NAME.damaged, never deleted."""
    try:
        os.replace(path, path.with_name(path.name + ".damaged"))
    except OSError:
        pass
