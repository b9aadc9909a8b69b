"""What the GUI asks of core, bundled per request. Runs on the background thread only.

The views never touch the database: they ask the `TaskRunner` to call these functions and get plain
records back.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Startup:
    """What the window needs to show data: the list, favourites and versions."""

    conditions: list
    favourites: set[str]
    kb_version: str
    hpo_version: str
    comparison_sets: dict


class Backend:
    """The open knowledge base and user data of one window."""

    def __init__(self, kb_path: Path, data_dir: Path, verify_manifest: bool = False):
        from legpain_gui.core.kb import KnowledgeBase
        from legpain_gui.core.userdata import UserData

        self.kb = KnowledgeBase(kb_path, verify_manifest=verify_manifest)
        self.user = UserData(data_dir)

    def startup(self) -> Startup:
        return Startup(conditions=self.kb.conditions(), favourites=self.user.favourites(),
                       kb_version=self.kb.kb_version, hpo_version=self.kb.hpo_version,
                       comparison_sets=self.user.comparison_sets())

    def compare(self, ids: list[str]):
        from legpain_gui.core.compare import build

        details = [self.kb.condition(i) for i in ids]
        missing = [i for i, d in zip(ids, details) if d is None]
        if missing:
            raise ValueError(f"Not in this knowledge base: {', '.join(missing)}")
        model, _ = self.kb.checker_model()
        return build(details, model)

    def search(self, query: str):
        from legpain_gui.core.search import search

        return search(self.kb, query)

    def page(self, condition_id: str):
        """(detail, note) of one condition."""
        return self.kb.condition(condition_id), self.user.note(condition_id)

    def check_setup(self):
        """The checker's checklist (red flags first); loads the checker model."""
        from legpain_gui.core.picker import checklist

        model, rules = self.kb.checker_model()
        return checklist(model, rules, limit=40)

    def complete(self, text: str):
        from legpain_gui.core.search import search_terms

        return search_terms(self.kb, text, limit=15)

    def check(self, data: dict) -> dict:
        """The checker's report; raises CheckInputError with one sentence on bad input."""
        from legpain_gui.core.checker import CheckInput, report

        model, rules = self.kb.checker_model()
        return report(model, rules, CheckInput(present=tuple(data["present"]), absent=tuple(data["absent"]),
                                               age=data.get("age"), sex=data.get("sex")))

    def close(self) -> None:
        self.kb.close()
        self.user.close()
