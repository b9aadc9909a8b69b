"""The clinic store: notes, pathways, shared comparison sets; roles, grants and row-level security.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STAMPED = ("clinic_note", "clinic_pathway", "clinic_comparison_set")


def _stamp_columns() -> list:
    return [
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("author", sa.String(63), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_editor", sa.String(63), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    ]


def upgrade() -> None:
    # Group roles, cluster-wide: every person's login role is made a member of one of them.
    op.execute("""
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'legpain_clinician') THEN
    CREATE ROLE legpain_clinician NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'legpain_editor') THEN
    CREATE ROLE legpain_editor NOLOGIN IN ROLE legpain_clinician;
  END IF;
END $$""")
    op.create_table("clinic_note",
                    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
                    sa.Column("condition_id", sa.String(64), nullable=False),
                    sa.Column("client_key", sa.Uuid, nullable=False, unique=True),
                    *_stamp_columns(),
                    sa.CheckConstraint("char_length(text) <= 20000", name="clinic_note_text_length"))
    op.create_index("ix_clinic_note_condition_id", "clinic_note", ["condition_id"])
    op.create_table("clinic_pathway",
                    sa.Column("condition_id", sa.String(64), primary_key=True),
                    *_stamp_columns(),
                    sa.CheckConstraint("char_length(text) <= 20000", name="clinic_pathway_text_length"))
    op.create_table("clinic_comparison_set",
                    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
                    sa.Column("name", sa.String(200), nullable=False, unique=True),
                    *_stamp_columns(),
                    sa.CheckConstraint("char_length(text) <= 20000", name="clinic_comparison_set_text_length"))

    # The server, not the app, says who wrote and who changed a row, and when; the author never changes.
    op.execute("""
CREATE FUNCTION legpain_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.author := session_user; NEW.created := now(); NEW.version := 1;
  ELSE
    NEW.author := OLD.author; NEW.created := OLD.created; NEW.version := OLD.version + 1;
  END IF;
  NEW.last_editor := session_user; NEW.updated := clock_timestamp();
  RETURN NEW;
END $$""")
    for table in STAMPED:
        op.execute(f"CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION legpain_stamp()")
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
        op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO legpain_clinician")
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT TO legpain_clinician USING (true)")
    editor = "pg_has_role(session_user, 'legpain_editor', 'MEMBER')"
    own_or_editor = f"(author = session_user OR {editor})"
    for table in ("clinic_note", "clinic_comparison_set"):  # anyone adds; an author or an editor changes
        op.execute(f"CREATE POLICY {table}_add ON {table} FOR INSERT TO legpain_clinician "
                   "WITH CHECK (author = session_user)")
        op.execute(f"CREATE POLICY {table}_edit ON {table} FOR UPDATE TO legpain_clinician "
                   f"USING {own_or_editor} WITH CHECK {own_or_editor}")
        op.execute(f"CREATE POLICY {table}_delete ON {table} FOR DELETE TO legpain_clinician USING {own_or_editor}")
    for action, clause in (("INSERT", f"WITH CHECK ({editor})"), ("UPDATE", f"USING ({editor}) WITH CHECK ({editor})"),
                           ("DELETE", f"USING ({editor})")):  # the clinic's pathways: editors only
        op.execute(f"CREATE POLICY clinic_pathway_{action.lower()} ON clinic_pathway FOR {action} "
                   f"TO legpain_clinician {clause}")
    op.execute("GRANT SELECT ON alembic_version TO legpain_clinician")  # the app checks the schema version


def downgrade() -> None:
    for table in STAMPED:
        op.drop_table(table)
    op.execute("DROP FUNCTION legpain_stamp()")
