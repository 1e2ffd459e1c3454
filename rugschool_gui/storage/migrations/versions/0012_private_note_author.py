"""Private notes stay the therapist's on a practice database (issue #25).

A consultation's private note gets an ``author`` (the PostgreSQL role that wrote it, default
``current_user``) and a restrictive row-level policy: only its author reads or changes it, even
when the workbook is shared with a colleague (who still sees the consultation itself). Each
therapist keeps at most one private note per consultation (unique per consultation and author).

PostgreSQL only: on SQLite (one person's own file) nothing changes.

Revision ID: 0012
Revises: 0011
"""
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLE = "consultation_private_note"
POLICY = "consultation_private_note_author_only"


def _unique_on_consultation(conn) -> list[str]:
    """The name of the unique constraint on ``consultation_id`` alone (named by 0010)."""
    return [name for (name,) in conn.exec_driver_sql(
        "SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
        "WHERE t.relname = %(table)s AND t.relnamespace = current_schema()::regnamespace "
        "AND c.contype = 'u' AND array_length(c.conkey, 1) = 1",
        {"table": TABLE})]


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    run = conn.exec_driver_sql
    run(f"ALTER TABLE {TABLE} ADD COLUMN author varchar(63) NOT NULL DEFAULT current_user")
    for name in _unique_on_consultation(conn):
        run(f"ALTER TABLE {TABLE} DROP CONSTRAINT {name}")
    run(f"ALTER TABLE {TABLE} ADD CONSTRAINT uq_{TABLE}_author UNIQUE (consultation_id, author)")
    # restrictive: on top of "own or shared workbook" (migration 0011), only the author
    run(f"CREATE POLICY {POLICY} ON {TABLE} AS RESTRICTIVE FOR ALL "
        "USING (author = current_user) WITH CHECK (author = current_user)")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    run = conn.exec_driver_sql
    run(f"DROP POLICY IF EXISTS {POLICY} ON {TABLE}")
    run(f"ALTER TABLE {TABLE} DROP CONSTRAINT IF EXISTS uq_{TABLE}_author")
    # (a downgrade with two therapists' notes on one consultation keeps the oldest)
    run(f"DELETE FROM {TABLE} a USING {TABLE} b WHERE a.consultation_id = b.consultation_id "
        "AND a.created_at > b.created_at")
    run(f"ALTER TABLE {TABLE} ADD CONSTRAINT uq_{TABLE}_consultation_id UNIQUE (consultation_id)")
    run(f"ALTER TABLE {TABLE} DROP COLUMN author")
