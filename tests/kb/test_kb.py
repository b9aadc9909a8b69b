"""The read-only data layer: checks on open, clear messages, records out, nothing written."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from legpain_gui.kb.store import KnowledgeBase, KnowledgeBaseError


def test_opens_and_reads_records(fixture_kb_path):
    kb = KnowledgeBase(fixture_kb_path)
    assert kb.hpo_version == "2025-01-16"
    summaries = {s.id: s for s in kb.conditions()}
    assert set(summaries) == {"example-vasculitis", "example-neuropathy"}
    assert summaries["example-vasculitis"].codes["ICD-10"] == ["M30.0"]
    detail = kb.condition("example-vasculitis")
    assert [s.key for s in detail.sections][:2] == ["overview", "mechanism"]
    assert detail.findings[0].hpo == "HP:0009027" and detail.findings[0].label == "Foot dorsiflexor weakness"
    assert detail.findings[0].frequency == "frequent" and detail.findings[0].percent == 40
    assert detail.reference("ref2").doi == "10.1002/art.27240"
    assert detail.differentials[0].name is None  # not in this knowledge base
    assert kb.condition("no-such") is None


@pytest.mark.parametrize("text", ["EXV", "example vasculitis", "M30.0", "example-vasculitis", "test artery disease"])
def test_resolve_by_id_name_synonym_code(fixture_kb_path, text):
    assert KnowledgeBase(fixture_kb_path).resolve(text) == "example-vasculitis"


def test_missing_file(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="does not exist"):
        KnowledgeBase(tmp_path / "nope.sqlite")


def test_not_sqlite(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(KnowledgeBaseError, match="damaged or not a knowledge base"):
        KnowledgeBase(bad)


def test_truncated_file(fixture_kb_path, tmp_path):
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(fixture_kb_path.read_bytes()[: 64 * 1024])
    with pytest.raises(KnowledgeBaseError, match="damaged"):
        KnowledgeBase(cut)


def test_corrupt_pages(fixture_kb_path, tmp_path):
    bad = tmp_path / "corrupt.sqlite"
    data = bytearray(fixture_kb_path.read_bytes())
    for offset in range(8192, len(data), 4096 * 7):
        data[offset:offset + 64] = b"\xff" * 64
    bad.write_bytes(bytes(data))
    with pytest.raises(KnowledgeBaseError, match="damaged"):
        KnowledgeBase(bad)


def test_wrong_schema_version(fixture_kb_path, tmp_path):
    other = tmp_path / "other.sqlite"
    shutil.copy(fixture_kb_path, other)
    con = sqlite3.connect(other)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    with pytest.raises(KnowledgeBaseError, match="schema version 99"):
        KnowledgeBase(other)


def test_other_sqlite_file(tmp_path):
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(KnowledgeBaseError, match="not a legpain-gui knowledge base"):
        KnowledgeBase(other)


def test_connection_cannot_write(fixture_kb_path):
    kb = KnowledgeBase(fixture_kb_path)
    before = fixture_kb_path.read_bytes()
    with kb.engine.connect() as conn, pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
        conn.exec_driver_sql("DELETE FROM condition")
    assert fixture_kb_path.read_bytes() == before


def _copy_with_manifest(fixture_kb_path, tmp_path):
    copy = tmp_path / "kb.sqlite"
    shutil.copy(fixture_kb_path, copy)
    shutil.copy(fixture_kb_path.with_suffix(".manifest.json"), copy.with_suffix(".manifest.json"))
    return copy


def test_manifest_matches(fixture_kb_path, tmp_path):
    KnowledgeBase(_copy_with_manifest(fixture_kb_path, tmp_path), verify_manifest=True)


def test_changed_file_does_not_match_its_manifest(fixture_kb_path, tmp_path):
    copy = _copy_with_manifest(fixture_kb_path, tmp_path)
    con = sqlite3.connect(copy)
    con.execute("UPDATE condition SET name = 'Tampered' WHERE id = 'example-vasculitis'")
    con.commit()
    con.close()
    KnowledgeBase(copy)  # a valid SQLite file of the right schema...
    with pytest.raises(KnowledgeBaseError, match="does not match its manifest"):
        KnowledgeBase(copy, verify_manifest=True)  # ...but not the one that was built


def test_missing_or_wrong_manifest(fixture_kb_path, tmp_path):
    copy = _copy_with_manifest(fixture_kb_path, tmp_path)
    manifest = copy.with_suffix(".manifest.json")
    manifest.write_text('{"schema_version": 1, "sha256": "x"}')
    with pytest.raises(KnowledgeBaseError, match="schema version 1"):
        KnowledgeBase(copy, verify_manifest=True)
    manifest.write_text("not json")
    with pytest.raises(KnowledgeBaseError, match="manifest .* is damaged"):
        KnowledgeBase(copy, verify_manifest=True)
    manifest.unlink()
    with pytest.raises(KnowledgeBaseError, match="has no manifest"):
        KnowledgeBase(copy, verify_manifest=True)


def test_shipped_conditions_list_autoimmune_causes_before_mimics():
    """The browser's order: every autoimmune category first, then the mimics, each in `vocab.CATEGORIES` order."""
    from legpain_gui.kb.vocab import CATEGORIES, category_rank, is_mimic
    from tests.conftest import SHIPPED_KB

    summaries = KnowledgeBase(SHIPPED_KB).conditions()
    cats = [s.category for s in summaries]
    assert all(c in CATEGORIES for c in cats)
    assert [category_rank(c) for c in cats] == sorted(category_rank(c) for c in cats)
    flags = [is_mimic(c) for c in cats]
    assert flags.index(True) > 0 and all(flags[flags.index(True):])
    for cat in set(cats):  # names in order within a category
        names = [s.name for s in summaries if s.category == cat]
        assert names == sorted(names)
