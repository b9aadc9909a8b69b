"""Issue 21: start-up up to "finished" imports no SQLAlchemy. The knowledge base's engine is made on the first
query; what start-up reads before that (the meta table, the checker's stored tables) is read with the
standard library, and must equal what the SQLAlchemy path reads."""
from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import select

from legpain_gui.checker import tables
from legpain_gui.checker.load import checker_model
from legpain_gui.checker.triage import load_rules
from legpain_gui.kb import schema as s
from legpain_gui.kb.store import KnowledgeBase


def test_start_up_to_finished_needs_no_sqlalchemy_and_warming_then_opens_it(shipped_kb_path, tmp_path):
    code = (
        "import sys; from pathlib import Path; from legpain_gui.gui.backend import Backend; "
        f"b = Backend(Path({str(shipped_kb_path)!r}), Path({str(tmp_path)!r}), verify_manifest=True); "
        "view = b.first_view('polyarteritis-nodosa'); b.first_page('light'); up = b.startup(); "
        "items = b.check_setup(); assert items and up.user_off is None; "
        "before = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'asyncio', 'ssl'))); "
        "b.warm(); after = 'sqlalchemy.orm' in sys.modules and b._user is not None; "
        "print(before, after)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] True"


def test_the_standard_library_reads_what_sqlalchemy_reads(shipped_kb_path):
    lazy = KnowledgeBase(shipped_kb_path)
    assert lazy._engine is None  # opening the file made no engine
    with lazy.session() as session:  # the first query makes it
        orm_meta = dict(session.execute(select(s.Meta.key, s.Meta.value)).all())
    assert lazy.meta == orm_meta and lazy.kb_version == orm_meta["kb_version"]
    fresh = KnowledgeBase(shipped_kb_path)
    with fresh.raw() as con:  # no engine yet: a stdlib connection
        assert fresh._engine is None
        stdlib_model, stdlib_rules = tables.load(con), load_rules(con)
    with lazy.raw() as con:  # the engine's own driver connection
        engine_model, engine_rules = tables.load(con), load_rules(con)
    assert stdlib_model is not None
    assert json.dumps(tables.dump(stdlib_model), sort_keys=True) == json.dumps(tables.dump(engine_model), sort_keys=True)
    assert repr(stdlib_rules) == repr(engine_rules)
    model, _ = checker_model(fresh)  # as start-up loads it
    assert fresh._engine is None and len(model.conditions) == len(lazy.conditions())
    lazy.close(), fresh.close()


def test_the_lazy_engine_is_read_only(shipped_kb_path):
    kb = KnowledgeBase(shipped_kb_path)
    for opened in (kb.raw, kb.engine.connect):
        with opened() as con:
            raw = getattr(getattr(con, "connection", None), "driver_connection", con)
            try:
                raw.execute("CREATE TABLE x (y)")
            except Exception as exc:  # noqa: BLE001 - the driver's error, whichever way it was opened
                assert "readonly" in str(exc) or "read-only" in str(exc) or "query_only" in str(exc) or \
                    "attempt to write" in str(exc)
            else:
                raise AssertionError("a write went through")
    kb.close()


def test_asking_for_the_manifest_before_the_window_shows_imports_neither_sqlite3_nor_json(shipped_kb_path):
    code = ("import sys; from pathlib import Path; from legpain_gui.kb.file import has_manifest; "
            f"assert has_manifest(Path({str(shipped_kb_path)!r})); "
            "print(sorted(m for m in ('sqlite3', 'json', 'datetime') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
