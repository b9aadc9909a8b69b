"""The clinic store against a real PostgreSQL server: who may do what is enforced by the server itself."""
from __future__ import annotations

import psycopg
import pytest

from legpain_gui.clinic.errors import ClinicConflict, ClinicForbidden
from legpain_gui.clinic.store import ClinicStore


@pytest.fixture()
def stores(cluster, clinic_db):
    made = {name: ClinicStore(cluster.url(name, clinic_db).replace("postgresql://", "postgresql+psycopg://"))
            for name in ("alice", "bob", "erin")}
    yield made
    for store in made.values():
        store.close()


def test_the_server_stamps_author_time_and_last_editor(stores):
    note = stores["alice"].add_note("GCA", "Our fast-track: phone the on-call ophthalmologist.")
    assert (note.author, note.last_editor, note.version) == ("alice", "alice", 1)
    edited = stores["erin"].edit_note(note.key, "Fast-track: ophthalmology on call, then temporal artery US.", 1)
    assert (edited.author, edited.last_editor, edited.version) == ("alice", "erin", 2)
    assert edited.updated > note.updated
    assert [n.text for n in stores["bob"].notes("GCA")] == [edited.text]


def test_a_non_author_cannot_edit_or_delete_through_the_app(stores):
    note = stores["alice"].add_note("PAN", "alice's remark")
    with pytest.raises(ClinicForbidden):
        stores["bob"].edit_note(note.key, "bob was here", note.version)
    with pytest.raises(ClinicForbidden):
        stores["bob"].delete_note(note.key, note.version)
    assert stores["alice"].note(note.key).text == "alice's remark"


def test_a_non_author_cannot_edit_or_delete_even_with_direct_sql(cluster, clinic_db, stores):
    note = stores["alice"].add_note("PAN", "alice's remark")
    own = stores["bob"].add_note("PAN", "bob's remark")
    with psycopg.connect(cluster.dsn("bob", clinic_db), autocommit=True) as conn:
        assert conn.execute("UPDATE clinic_note SET text = 'overwritten' WHERE id = %s", (note.key,)).rowcount == 0
        assert conn.execute("DELETE FROM clinic_note WHERE id = %s", (note.key,)).rowcount == 0
        assert conn.execute("UPDATE clinic_note SET text = 'x'").rowcount == 1  # only bob's own row
        # forging authorship on his own note, or adding one in alice's name, does not work either
        conn.execute("UPDATE clinic_note SET author = 'alice', last_editor = 'alice' WHERE id = %s", (own.key,))
        conn.execute("INSERT INTO clinic_note (condition_id, client_key, text, author, created, updated, "
                     "last_editor, version) VALUES ('PAN', gen_random_uuid(), 'forged', 'alice', now(), now(), "
                     "'alice', 1)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("ALTER TABLE clinic_note DISABLE ROW LEVEL SECURITY")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # pathways: editors only
            conn.execute("INSERT INTO clinic_pathway (condition_id, text, author, created, updated, last_editor, "
                         "version) VALUES ('PAN', 'x', '', now(), now(), '', 1)")
    notes = {n.key: n for n in stores["alice"].notes("PAN")}
    assert notes[note.key].text == "alice's remark" and notes[note.key].last_editor == "alice"
    assert notes[own.key].author == "bob"
    assert {n.author for n in notes.values() if n.text == "forged"} == {"bob"}


def test_an_editor_edits_and_deletes_anyones_note_and_writes_pathways(stores):
    note = stores["alice"].add_note("PAN", "alice's remark")
    stores["erin"].delete_note(note.key, note.version)
    assert stores["alice"].notes("PAN") == []
    pathway = stores["erin"].set_pathway("GCA", "Same-day ophthalmology; start prednisolone.", None)
    assert stores["bob"].pathway("GCA").text.startswith("Same-day")
    with pytest.raises(ClinicForbidden):
        stores["bob"].set_pathway("GCA", "bob's pathway", pathway.version)


def test_a_change_based_on_an_old_version_is_a_conflict_never_an_overwrite(stores):
    note = stores["alice"].add_note("GCA", "v1")
    stores["erin"].edit_note(note.key, "erin's v2", note.version)
    with pytest.raises(ClinicConflict) as raised:
        stores["alice"].edit_note(note.key, "alice's v2", note.version)
    assert raised.value.current.text == "erin's v2" and "erin" in str(raised.value)
    assert stores["bob"].note(note.key).text == "erin's v2"


def test_the_same_add_sent_twice_adds_one_note(stores):
    key = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
    first = stores["alice"].add_note("GCA", "once", client_key=key)
    again = stores["alice"].add_note("GCA", "once", client_key=key)
    assert first.key == again.key and len(stores["alice"].notes("GCA")) == 1


def test_shared_comparison_sets(stores):
    shared = stores["alice"].add_comparison_set("Vasculitis teaching", ["PAN", "GCA"])
    assert stores["bob"].comparison_sets()[0].ids == ["PAN", "GCA"]
    with pytest.raises(ClinicForbidden):
        stores["bob"].edit_comparison_set(shared.key, ["PAN"], shared.version)
    changed = stores["alice"].edit_comparison_set(shared.key, ["PAN", "GCA", "EGPA"], shared.version)
    assert changed.ids[-1] == "EGPA"
    stores["alice"].delete_comparison_set(changed.key, changed.version)
    assert stores["bob"].comparison_sets() == []


def test_the_one_sql_script_sets_up_the_same_store(cluster, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = subprocess.run([sys.executable, "-m", "legpain_gui.clinic.migrate", "sql"], capture_output=True,
                            text=True, check=True, cwd=Path(__file__).resolve().parents[2]).stdout
    with psycopg.connect(cluster.dsn("admin", "postgres"), autocommit=True) as conn:
        conn.execute("CREATE DATABASE from_script")
    with psycopg.connect(cluster.dsn("admin", "from_script"), autocommit=True) as conn:
        conn.execute(script)
    alice = ClinicStore(cluster.url("alice", "from_script").replace("postgresql://", "postgresql+psycopg://"))
    bob = ClinicStore(cluster.url("bob", "from_script").replace("postgresql://", "postgresql+psycopg://"))
    note = alice.add_note("PAN", "from the script")
    with pytest.raises(ClinicForbidden):
        bob.delete_note(note.key, note.version)
    assert [n.author for n in bob.notes("PAN")] == ["alice"]
    alice.close()
    bob.close()
