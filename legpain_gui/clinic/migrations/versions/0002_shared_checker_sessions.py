"""Checker sessions shared with the clinic, explicitly, and holding nothing that could name a patient.

A shared session is a JSON object with only these keys: `present` and `absent` (lists of HPO IDs), `age_group`
(child, adult or older; never an age in years), `sex` (female or male) and `course` (acute, subacute or
chronic), each may be missing or null. The server refuses anything else (a CHECK constraint), so no program
can put free text, a name or a date of birth into one; its title is made from the time it was shared and
the number of findings, never typed. Anyone reads them; the author (or an editor) deletes; nobody edits.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLE = "clinic_checker_session"


def upgrade() -> None:
    op.execute(r"""
CREATE FUNCTION legpain_session_ok(doc jsonb) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  item jsonb;
BEGIN
  IF jsonb_typeof(doc) IS DISTINCT FROM 'object'
     OR (doc - ARRAY['present', 'absent', 'age_group', 'sex', 'course']) <> '{}'::jsonb THEN
    RETURN false;
  END IF;
  FOREACH item IN ARRAY ARRAY[coalesce(doc->'present', '[]'), coalesce(doc->'absent', '[]')] LOOP
    IF jsonb_typeof(item) <> 'array' OR jsonb_array_length(item) > 500 THEN
      RETURN false;
    END IF;
    IF EXISTS (SELECT FROM jsonb_array_elements(item) e
               WHERE jsonb_typeof(e) <> 'string' OR (e #>> '{}') !~ '^HP:[0-9]{7}$') THEN
      RETURN false;
    END IF;
  END LOOP;
  RETURN coalesce(doc->'age_group', 'null') IN ('null', '"child"', '"adult"', '"older"')
     AND coalesce(doc->'sex', 'null') IN ('null', '"female"', '"male"')
     AND coalesce(doc->'course', 'null') IN ('null', '"acute"', '"subacute"', '"chronic"');
END $$""")
    op.create_table(TABLE,
                    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
                    sa.Column("text", sa.Text, nullable=False),
                    sa.Column("author", sa.String(63), nullable=False),
                    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("last_editor", sa.String(63), nullable=False),
                    sa.Column("version", sa.Integer, nullable=False),
                    sa.CheckConstraint("char_length(text) <= 20000", name=f"{TABLE}_text_length"),
                    sa.CheckConstraint("legpain_session_ok(text::jsonb)", name=f"{TABLE}_no_free_text"))
    op.execute(f"CREATE TRIGGER {TABLE}_stamp BEFORE INSERT OR UPDATE ON {TABLE} "
               "FOR EACH ROW EXECUTE FUNCTION legpain_stamp()")
    op.execute(f"REVOKE ALL ON {TABLE} FROM PUBLIC")
    op.execute(f"GRANT SELECT, INSERT, DELETE ON {TABLE} TO legpain_clinician")  # no UPDATE: shared as it was
    op.execute(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY {TABLE}_read ON {TABLE} FOR SELECT TO legpain_clinician USING (true)")
    op.execute(f"CREATE POLICY {TABLE}_add ON {TABLE} FOR INSERT TO legpain_clinician "
               "WITH CHECK (author = session_user)")
    op.execute(f"CREATE POLICY {TABLE}_delete ON {TABLE} FOR DELETE TO legpain_clinician USING "
               "(author = session_user OR pg_has_role(session_user, 'legpain_editor', 'MEMBER'))")


def downgrade() -> None:
    op.drop_table(TABLE)
    op.execute("DROP FUNCTION legpain_session_ok(jsonb)")
