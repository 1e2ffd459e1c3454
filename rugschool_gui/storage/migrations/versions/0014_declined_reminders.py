"""The words of a "Vandaag niet" on a reminder (issue #20), kept in the workbook.

A new workbook table ``declined_reminder`` (exposure attempt, stress check-in, pacing activity,
homework): the day, the kind, the barrier (inside/outside, WORKBOOK.md §5), the person's words and
the planned item it was about. It travels in a hand-over file (with ``deleted_at`` tombstones, as
in 0009). On a practice database (PostgreSQL) the new table gets row-level security, privileges
and audit triggers like every other workbook table (``practice_policies.protect_tables``).

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "declined_reminder",
        sa.Column("workbook_id", sa.String(36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("barrier", sa.String(8), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("item_id", sa.String(36), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["workbook_id"], ["workbook.id"], ondelete="CASCADE",
                                name=op.f("fk_declined_reminder_workbook_id_workbook")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declined_reminder")))
    op.create_index("ix_declined_reminder_workbook", "declined_reminder", ["workbook_id", "deleted_at", "day"])
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        from rugschool_gui.storage import practice_policies

        practice_policies.protect_tables(conn)


def downgrade() -> None:
    # on PostgreSQL dropping the table drops its policy and audit triggers with it
    op.drop_index("ix_declined_reminder_workbook", table_name="declined_reminder")
    op.drop_table("declined_reminder")
