"""Fuzz the import of user-data files (issue 18): hypothesis generates files of every shape and each one goes
through what File → Import does (read, check, conflicts, import in one transaction) into a user-data folder
that already holds the person's data.

Counted: files tried per shape, imports accepted, refusals, tracebacks (any exception other than a
one-sentence refusal), changes to the user's existing data (a refused file must change nothing; an
accepted one may add, and may add below an existing note, but never remove or alter what was there), and
refusals that are not one plain sentence. Exit 1 when any of the last three is not 0.

    PYTHONPATH=. python tests/reliability/fuzz_import.py [--per-shape N]   (default 1000; 7 shapes)
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from legpain_gui.userdata.errors import UserDataError  # noqa: E402
from legpain_gui.userdata.opening import inspect  # noqa: E402
from legpain_gui.userdata.store import EXPORT_FORMAT, FILE_NAME, UserData  # noqa: E402
from legpain_gui.userdata.transfer import ImportRefused, check_import, read_export_file, summary  # noqa: E402

RAW = ("SELECT", "INSERT", "sqlalche.me", "[SQL", "Traceback", "Error:", "sqlite3.", "\\x", "codec")
KB = ROOT / "db" / "legpain.sqlite"
con = sqlite3.connect(f"file:{KB}?mode=ro", uri=True)
KNOWN = sorted(row[0] for row in con.execute("SELECT id FROM condition"))
con.close()
PAN, MS = "polyarteritis-nodosa", "multiple-sclerosis"
SESSION = {"format": "legpain-gui checker session", "version": 1, "present": ["HP:0001945"], "absent": [],
           "age": "adult", "sex": None, "labels": {"HP:0001945": "Fever"}}


def one_sentence(message: str) -> bool:
    return (bool(message) and "\n" not in message and message.rstrip().endswith((".", "?"))
            and re.search(r"[.!?] [A-Z]", message) is None and not any(r in message for r in RAW))


# ---- the shapes --------------------------------------------------------------------------------------
ODD_TEXT = st.one_of(st.text(max_size=30), st.sampled_from(
    ["", " ", "\t\n", "\x00", "\ud800", "a\x00b", "ab", "x" * 501, "y" * 201, "z" * 60_000, "<b>x</b>", "HP:0001945",
     PAN, MS, "\u202e", "🦵" * 40, "../../etc/passwd", "' OR 1=1 --"]))
JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | ODD_TEXT,
                          lambda inner: st.lists(inner, max_size=5) | st.dictionaries(ODD_TEXT, inner, max_size=5),
                          max_leaves=30)
IDS = st.one_of(st.sampled_from(KNOWN), ODD_TEXT)
SESSIONS = st.one_of(
    st.just(SESSION),
    st.fixed_dictionaries({}, optional={
        "format": st.sampled_from(["legpain-gui checker session", "other", 1]),
        "present": st.one_of(st.lists(st.sampled_from(["HP:0001945", "HP:0009027", "HP:1", "x"]), max_size=4), JSON_VALUE),
        "absent": st.one_of(st.lists(st.sampled_from(["HP:0001945", "HP:0012531"]), max_size=3), JSON_VALUE),
        "age": st.sampled_from([None, "child", "adult", "older", 40, "old", []]),
        "sex": st.sampled_from([None, "female", "male", "f", 1]),
        "labels": st.one_of(st.dictionaries(st.sampled_from(["HP:0001945", "x"]), ODD_TEXT, max_size=3), JSON_VALUE)}),
    JSON_VALUE)
EXPORTS = st.fixed_dictionaries(
    {"format": st.sampled_from([EXPORT_FORMAT] * 6 + ["legpain-gui personal", None, 1])},
    optional={
        "version": JSON_VALUE,
        "favourites": st.one_of(st.lists(IDS, max_size=12), JSON_VALUE),
        "notes": st.one_of(st.dictionaries(IDS, st.one_of(ODD_TEXT, JSON_VALUE), max_size=6), JSON_VALUE),
        "comparison_sets": st.one_of(st.dictionaries(ODD_TEXT, st.one_of(st.lists(IDS, max_size=8), JSON_VALUE),
                                                     max_size=4), JSON_VALUE),
        "checker_sessions": st.one_of(st.dictionaries(ODD_TEXT, SESSIONS, max_size=3), JSON_VALUE),
    })
VALID = st.fixed_dictionaries({
    "format": st.just(EXPORT_FORMAT), "version": st.just(1),
    "favourites": st.lists(st.sampled_from(KNOWN), max_size=10),
    "notes": st.dictionaries(st.sampled_from(KNOWN), st.text(min_size=1, max_size=200), max_size=5),
    "comparison_sets": st.dictionaries(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()),
                                       st.lists(st.sampled_from(KNOWN), min_size=2, max_size=6, unique=True), max_size=3),
    "checker_sessions": st.dictionaries(st.sampled_from(["s1", "new", "other"]), st.just(SESSION), max_size=2),
})
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "utf-32"])


def _encode(value, encoding: str) -> bytes:
    text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf-16") or encoding == "utf-32" else "replace")


SHAPES = {
    "random bytes": st.binary(max_size=2000),
    "any JSON": JSON_VALUE.map(lambda v: json.dumps(v).encode()),
    "export-shaped, damaged": EXPORTS.map(lambda v: json.dumps(v).encode("utf-8", "surrogatepass")),
    "valid export": VALID.map(lambda v: json.dumps(v).encode()),
    "encodings": st.tuples(st.one_of(VALID, EXPORTS), ENCODINGS).map(lambda t: _encode(*t)),
    "truncated or padded": st.tuples(VALID, st.integers(0, 400), st.sampled_from([b"", b"\x00", b"}", b"garbage"])).map(
        lambda t: json.dumps(t[0]).encode()[: t[1]] + t[2]),
    "deep or huge": st.one_of(
        st.integers(1, 200_000).map(lambda n: b"[" * n + b"]" * n),
        st.integers(1, 60_000).map(lambda n: (b'{"format": "%s", "checker_sessions": {"s": ' % EXPORT_FORMAT.encode())
                                   + b'{"labels": ' * n + b"1" + b"}" * (n + 2)),
        st.integers(1, 300_000).map(lambda n: json.dumps({"format": EXPORT_FORMAT,
                                                          "favourites": [f"f{i}" for i in range(n)]}).encode()),
        st.just(b"9" * 50_000), st.just(json.dumps({"format": EXPORT_FORMAT, "notes": {PAN: "x" * 2_000_000}}).encode())),
}


# ---- one run -----------------------------------------------------------------------------------------
def _state(user: UserData) -> dict:
    data = user.export_data()
    data.pop("exported")
    return data


class Fuzz:
    def __init__(self, work: Path):
        self.work = work
        self.template = work / "template"
        user = UserData(self.template)
        user.set_favourite(PAN, True)
        user.set_favourite(MS, True)
        user.save_note(PAN, "my note on PAN")
        user.save_note(MS, "  ms note\nsecond line")
        user.save_comparison_set("mine", [PAN, MS])
        user.save_checker_session("s1", SESSION)
        self.before = _state(user)
        user.close()
        self.counts: Counter = Counter()
        self.problems: list[str] = []

    def run(self, shape: str, raw: bytes) -> None:
        self.counts[f"tried: {shape}"] += 1
        self.counts["tried"] += 1
        folder = self.work / "data"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(self.template, folder)
        path = self.work / "import.json"
        path.write_bytes(raw)
        user = UserData(folder)
        try:
            try:
                checked = check_import(read_export_file(path), set(KNOWN))
                user.import_conflicts(checked)
                counts = user.import_data(checked, replace_notes=False)
            except (ImportRefused, UserDataError) as exc:
                self.counts["refused"] += 1
                if not one_sentence(str(exc)):
                    self.counts["refusal not one sentence"] += 1
                    self.problems.append(f"{shape}: not one sentence: {str(exc)[:200]!r}")
                if _state(user) != self.before:
                    self.counts["changed the user's data"] += 1
                    self.problems.append(f"{shape}: a refused file changed the data: {raw[:120]!r}")
                return
            except Exception:  # noqa: BLE001 (this is what is counted)
                self.counts["tracebacks"] += 1
                self.problems.append(f"{shape}: {traceback.format_exc(limit=3)[-600:]} input {raw[:120]!r}")
                return
            self.counts["accepted"] += 1
            if not one_sentence(summary(counts)):
                self.counts["refusal not one sentence"] += 1
                self.problems.append(f"{shape}: summary not one sentence: {summary(counts)!r}")
            after = _state(user)
            kept = (set(self.before["favourites"]) <= set(after["favourites"])
                    and all(after["notes"].get(k, "").startswith(v) for k, v in self.before["notes"].items())
                    and all(after["comparison_sets"].get(k) == v for k, v in self.before["comparison_sets"].items())
                    and all(after["checker_sessions"].get(k) == v for k, v in self.before["checker_sessions"].items()))
            if not kept:
                self.counts["changed the user's data"] += 1
                self.problems.append(f"{shape}: existing data altered: {raw[:160]!r}")
        finally:
            user.close()
        if inspect(folder / FILE_NAME).kind != "ours":
            self.counts["changed the user's data"] += 1
            self.problems.append(f"{shape}: the data file is no longer recognised")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-shape", type=int, default=1000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fuzz = Fuzz(Path(tmp))
        for shape, strategy in SHAPES.items():
            def make(shape: str):
                @settings(max_examples=args.per_shape, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
                @given(raw=strategy)
                def one(raw: bytes) -> None:
                    fuzz.run(shape, raw)
                return one

            make(shape)()
            print(f"{shape}: {fuzz.counts[f'tried: {shape}']} files", flush=True)
    c = fuzz.counts
    print(f"\nfiles tried: {c['tried']} ({len(SHAPES)} shapes); accepted: {c['accepted']}; refused: {c['refused']}")
    changed = c["changed the user's data"]
    print(f"tracebacks: {c['tracebacks']}; changes to the user's existing data: {changed}; "
          f"refusals not one sentence: {c['refusal not one sentence']}")
    for problem in fuzz.problems[:20]:
        print(" -", problem)
    return 1 if (c["tracebacks"] or c["changed the user's data"] or c["refusal not one sentence"]) else 0


if __name__ == "__main__":
    sys.exit(main())
