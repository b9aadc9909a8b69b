#!/usr/bin/env python3
"""Fuzz every text entry point with generated hostile input; prints how many inputs raised.

Targets: search, HPO-term completion, checker input, comparison, notes and the CLI (search, show, check,
compare). Inputs mix quotes, FTS5 operators, NUL, right-to-left marks, emoji, control characters, valid and
malformed HPO IDs, condition names and 100 kB strings. An expected refusal (a clear one-sentence error,
exit code 1 or 2) is not an exception; anything else is counted and printed.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import random
import sys
import tempfile
import traceback
from pathlib import Path
from legpain_gui.checker.load import checker_model  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PIECES = ['"', "'", "AND", "OR", "NOT", "NEAR(", ")", "*", "^", ":", "{", "}", "-", "+", "\x00", "\u202e", "\u200f",
          "🦵", "🔥", "\n", "\t", "\\", "%", "_", "HP:", "HP:0009027", "HP:9999999", "HP:12", "ORPHA:767", "M30.0",
          "lupus", "foot drop", "пин", "足", "ـ", "DROP TABLE condition;", "' OR 1=1 --", "\x1b[31m", "\ud7ff"]


def generate(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.02:
        return rng.choice(PIECES) * rng.randint(1000, 100_000)  # up to 100 kB and beyond
    if kind < 0.3:
        return "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(0, 40))
                       if not 0xD800 <= rng.randint(0, 0x2FFFF) <= 0xDFFF)
    return " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    from legpain_gui import paths
    from legpain_gui.cli import run
    from legpain_gui.checker.engine import CheckInput, CheckInputError, check
    from legpain_gui.compare.table import CompareError, build
    from legpain_gui.kb.store import KnowledgeBase
    from legpain_gui.kb.search import search, search_terms
    from legpain_gui.userdata.errors import UserDataError
    from legpain_gui.userdata.store import UserData

    rng = random.Random(args.seed)
    kb = KnowledgeBase(paths.default_kb_path())
    model, _ = checker_model(kb)
    ids = [c.id for c in kb.conditions()]
    exceptions, counts = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        user = UserData(Path(tmp))

        def cli(argv):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = run(argv)
                except SystemExit as exc:
                    code = exc.code
            if code not in (0, 1, 2) or "Traceback" in err.getvalue():
                raise RuntimeError(f"exit {code}: {err.getvalue()[-300:]}")

        targets = {
            "search": lambda s: search(kb, s),
            "complete": lambda s: search_terms(kb, s),
            "check": lambda s: check(model, CheckInput(present=(s,), absent=("HP:0001945",))),
            "compare": lambda s: build([kb.condition(i) for i in [rng.choice(ids), s] if kb.condition(i)], model),
            "note": lambda s: (user.save_note(rng.choice(ids), s), user.note(rng.choice(ids))),
            "cli-search": lambda s: cli(["search", s[:5000], "--json"]),
            "cli-show": lambda s: cli(["show", s[:5000]]),
            "cli-check": lambda s: cli(["check", "--present", s[:5000], "--json"]),
        }
        expected = (CheckInputError, CompareError, UserDataError)  # UserDataError: a note refused in one sentence
        names = list(targets)
        for n in range(args.inputs):
            text, name = generate(rng), names[n % len(names)]
            if name.startswith("cli") and n % 50:  # the CLI is slower: every 50th round goes through it
                name = names[n % 5]
            counts[name] = counts.get(name, 0) + 1
            try:
                targets[name](text)
            except expected:
                pass
            except Exception:  # anything else is a defect: counted and shown
                exceptions.append((name, repr(text[:80]), traceback.format_exc(limit=3)))
        user.close()
    print(f"{args.inputs} generated inputs over {len(targets)} entry points: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"exceptions: {len(exceptions)}")
    for name, text, tb in exceptions[:10]:
        print(f"--- {name} {text}\n{tb}")
    return 1 if exceptions else 0


if __name__ == "__main__":
    sys.exit(main())
