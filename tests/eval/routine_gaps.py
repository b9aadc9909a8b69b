"""Which routine findings each condition file does not describe (content round 22, Brief C2 in GATHERING.md).

A routine finding is one clinicians record in almost every presentation (blood tests, systemic signs, common
symptoms). For each condition it is listed when the condition describes neither the term nor a more general or
more specific one (the checker's own matching, without partial credit). Most listed findings are rightly missing;
the list tells a helper where to look for a cohort's figure, not what to add.

    .venv/bin/python tests/eval/routine_gaps.py [CONDITION ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from legpain_gui import paths  # noqa: E402
from legpain_gui.checker.evidence import match  # noqa: E402
from legpain_gui.checker.load import checker_model  # noqa: E402
from legpain_gui.kb.store import KnowledgeBase  # noqa: E402

ROUTINE = ("HP:0003565 HP:0011227 HP:0001974 HP:0001903 HP:0001894 HP:0001880 HP:0001945 HP:0001824 HP:0012378 "
           "HP:0003326 HP:0002829 HP:0001369 HP:0010741 HP:0003236 HP:0001919 HP:0000790 HP:0000093 HP:0000822 "
           "HP:0002027 HP:0002315 HP:0003418 HP:0012514 HP:0007340 HP:0001288 HP:0003401 HP:0033748 HP:0000988 "
           "HP:0000979 HP:0200042 HP:0001482 HP:0010783 HP:0011009 HP:0011010").split()


def gaps(model, condition_id: str) -> list[str]:
    """The routine findings the condition does not describe, as 'label (HP id)'."""
    annotations = model.conditions[condition_id].annotations
    return [f"{model.label(h)} ({h})" for h in ROUTINE if match(model, h, annotations, partial=False)[1] is None]


def main(argv: list[str]) -> int:
    model, _ = checker_model(KnowledgeBase(paths.default_kb_path()))
    wanted = argv or sorted(model.conditions)
    unknown = [c for c in wanted if c not in model.conditions]
    if unknown:
        print(f"routine_gaps: no such condition: {', '.join(unknown)}", file=sys.stderr)
        return 2
    for cid in wanted:
        print(f"{cid}: " + "; ".join(gaps(model, cid)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
