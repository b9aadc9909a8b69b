"""The checker's model of one knowledge base, built once per open file and kept in its cache."""
from __future__ import annotations

import gc

from legpain_gui.checker import tables
from legpain_gui.checker.model import KbModel
from legpain_gui.checker.triage import load_rules


def checker_model(kb) -> tuple[KbModel, list]:
    """The checker's in-memory model and triage rules of `kb` (a kb.store.KnowledgeBase), loaded on first use."""
    cached = kb.cache.get("checker")
    if cached is None:
        # Hundreds of thousands of long-lived objects on a large knowledge base: the collector would walk them
        # again and again while they are made (about a fifth of the build), and after, on every check.
        enabled = gc.isenabled()
        gc.disable()
        try:
            with kb.raw() as raw:  # the driver's connection: no SQLAlchemy needed at start-up
                model = tables.load(raw) or KbModel(raw)  # precomputed by the build, else from the rows
                cached = kb.cache["checker"] = (model, load_rules(raw))
        finally:
            if enabled:
                gc.enable()
        gc.freeze()  # the model lives as long as the app: keep the collector from walking it on every check
    return cached


def lexicon(kb, phrases_path=None):
    """The text-to-findings lexicon of `kb` (checker.extract), built on first use with the reviewed clinical
    phrases of db/phrases.yaml."""
    from legpain_gui.checker.extract import build_lexicon, load_phrases

    cached = kb.cache.get("lexicon")
    if cached is None:
        model, _ = checker_model(kb)
        with kb.raw() as raw:
            cached = kb.cache["lexicon"] = build_lexicon(model, raw, load_phrases(raw))
    return cached
