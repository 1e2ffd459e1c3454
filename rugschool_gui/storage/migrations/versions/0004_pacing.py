"""Activity pacing: the week planner's activities, dismissed balance flags, chunk plans and the
break timer's runs.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _common(table: str):
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("workbook_id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["workbook_id"], ["workbook.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_workbook_id_workbook")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "pacing_activity",
        sa.Column("week_of", sa.Date(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("motive", sa.String(10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("task_id", sa.String(36), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        *_common("pacing_activity"),
    )
    op.create_index("ix_pacing_activity_week", "pacing_activity", ["workbook_id", "week_of", "deleted_at"])
    op.create_table(
        "pacing_dismissed_flag",
        sa.Column("week_of", sa.Date(), nullable=False),
        sa.Column("flag_id", sa.String(80), nullable=False),
        *_common("pacing_dismissed_flag"),
    )
    op.create_index("uq_pacing_dismissed_flag", "pacing_dismissed_flag",
                    ["workbook_id", "week_of", "flag_id"], unique=True)
    op.create_table(
        "pacing_chunk_plan",
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("work", sa.Float(), nullable=False),
        sa.Column("chunk", sa.Float(), nullable=False),
        sa.Column("pause", sa.Float(), nullable=False),
        sa.Column("recovery", sa.Float(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        *_common("pacing_chunk_plan"),
    )
    op.create_index("ix_pacing_chunk_plan_workbook", "pacing_chunk_plan", ["workbook_id", "deleted_at"])
    op.create_table(
        "pacing_timer_run",
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("breaks_planned", sa.Integer(), nullable=False),
        sa.Column("breaks_taken", sa.Integer(), nullable=False),
        sa.Column("work_minutes", sa.Float(), nullable=False),
        *_common("pacing_timer_run"),
    )
    op.create_index("ix_pacing_timer_run_workbook", "pacing_timer_run", ["workbook_id", "started_at"])


def downgrade() -> None:
    for table in ("pacing_timer_run", "pacing_chunk_plan", "pacing_dismissed_flag", "pacing_activity"):
        op.drop_table(table)
