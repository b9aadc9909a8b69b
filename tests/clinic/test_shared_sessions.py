"""Checker sessions shared with the clinic hold nothing that could name a patient, whatever program sends them:
the app drops everything but findings, age group, sex and course, and the server refuses anything more."""
from __future__ import annotations

import json

import psycopg
import pytest
from alembic import command

from legpain_gui.clinic.errors import ClinicError, ClinicForbidden, ClinicSchemaMismatch
from legpain_gui.clinic.migrate import _config
from legpain_gui.clinic.sessions import as_checker_session, shareable, title
from legpain_gui.clinic.store import ClinicStore

SESSION = {"format": "legpain-gui checker session", "version": 2, "present": ["HP:0003474", "HP:0001284"],
           "absent": ["HP:0007340"], "labels": {"HP:0003474": "John Smith's numb foot"}, "age": 67,
           "age_years": 67, "sex": "male", "course": "acute", "name": "John Smith"}


def _store(cluster, db, role):
    return ClinicStore(cluster.url(role, db).replace("postgresql://", "postgresql+psycopg://"))


def test_only_findings_age_group_sex_and_course_are_shared():
    doc = shareable(SESSION)
    assert doc == {"present": ["HP:0001284", "HP:0003474"], "absent": ["HP:0007340"], "age_group": "older",
                   "sex": "male", "course": "acute"}
    assert "John" not in json.dumps(doc) and "67" not in json.dumps(doc)
    assert shareable({"present": ["HP:0003474", "John Smith"], "age": "adult"}) == {
        "present": ["HP:0003474"], "absent": [], "age_group": "adult"}
    with pytest.raises(ValueError, match="enter findings first"):
        shareable({"present": [], "absent": [], "age_years": 40})


def test_a_shared_session_is_read_by_all_with_a_made_title_and_deleted_only_by_its_author(cluster, clinic_db):
    alice, bob = _store(cluster, clinic_db, "alice"), _store(cluster, clinic_db, "bob")
    shared = alice.share_session(shareable(SESSION))
    [seen] = bob.shared_sessions()
    assert seen.author == "alice" and title(seen).startswith("Session ") and title(seen).endswith(", 3 findings")
    assert as_checker_session(seen) == {"present": ["HP:0001284", "HP:0003474"], "absent": ["HP:0007340"],
                                        "age": "older", "sex": "male", "course": "acute"}
    with pytest.raises(ClinicForbidden):
        bob.delete_shared_session(shared.key, shared.version)
    alice.delete_shared_session(shared.key, shared.version)
    assert bob.shared_sessions() == []
    alice.close()
    bob.close()


@pytest.mark.parametrize("doc", [
    {"present": ["HP:0003474"], "note": "John Smith, bed 4"},  # a key for text
    {"present": ["John Smith"]},  # text where a finding goes
    {"present": ["HP:0003474"], "age_group": 67},  # an age in years
    {"present": ["HP:0003474"], "sex": "John"},
    ["HP:0003474"],
])
def test_the_server_refuses_a_shared_session_with_anything_more_even_by_direct_sql(cluster, clinic_db, doc):
    alice = _store(cluster, clinic_db, "alice")
    with pytest.raises(ClinicError, match="refused what was sent"):
        alice.share_session(doc)
    with psycopg.connect(cluster.dsn("alice", clinic_db)) as conn:
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("INSERT INTO clinic_checker_session (text, author, created, updated, last_editor, version) "
                         "VALUES (%s, '', now(), now(), '', 1)", (json.dumps(doc),))
    alice.close()


def test_nobody_edits_a_shared_session_not_even_its_author(cluster, clinic_db):
    alice = _store(cluster, clinic_db, "alice")
    shared = alice.share_session(shareable(SESSION))
    with psycopg.connect(cluster.dsn("alice", clinic_db)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE clinic_checker_session SET text = %s WHERE id = %s",
                         (json.dumps({"present": ["HP:0003474"]}), shared.key))
    alice.close()


def test_an_older_clinic_database_is_upgraded_keeping_its_notes_and_works_before_that(cluster):
    with psycopg.connect(cluster.dsn("admin", "postgres"), autocommit=True) as conn:
        conn.execute("CREATE DATABASE at_0001")
    command.upgrade(_config(cluster.url("admin", "at_0001")), "0001")
    alice = _store(cluster, "at_0001", "alice")
    alice.add_note("PAN", "written at schema 0001")
    with pytest.raises(ClinicSchemaMismatch, match="need its upgrade"):
        alice.share_session(shareable(SESSION))
    alice.close()
    command.upgrade(_config(cluster.url("admin", "at_0001")), "head")
    alice = _store(cluster, "at_0001", "alice")
    assert [n.text for n in alice.notes("PAN")] == ["written at schema 0001"]
    assert alice.share_session(shareable(SESSION)).author == "alice"
    alice.close()
