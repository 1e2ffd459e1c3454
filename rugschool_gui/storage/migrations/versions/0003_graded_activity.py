"""Graded activity: plans (draft → active → history), baseline measurements, schedule versions,
sessions.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _stamps():
    return [
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    ]


def _plan_fk(table: str):
    return sa.ForeignKeyConstraint(["plan_id"], ["activity_plan.id"], ondelete="CASCADE",
                                   name=op.f(f"fk_{table}_plan_id_activity_plan"))


def upgrade() -> None:
    op.create_table(
        "activity_plan",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("workbook_id", sa.String(36), nullable=False),
        sa.Column("activity", sa.String(100), nullable=False),
        sa.Column("unit", sa.String(12), nullable=False),
        sa.Column("reduction", sa.Float(), nullable=False),
        sa.Column("sessions_per_week", sa.Integer(), nullable=False),
        sa.Column("goal", sa.Float(), nullable=True),
        sa.Column("weeks", sa.Integer(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("barriers_inside", sa.Text(), nullable=False),
        sa.Column("barriers_outside", sa.Text(), nullable=False),
        sa.Column("realistic", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["workbook_id"], ["workbook.id"], ondelete="CASCADE",
                                name=op.f("fk_activity_plan_workbook_id_workbook")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_plan")),
    )
    op.create_index("ix_activity_plan_workbook", "activity_plan", ["workbook_id", "status"])
    op.create_table(
        "activity_measurement",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("plan_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        *_stamps(),
        _plan_fk("activity_measurement"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_measurement")),
    )
    op.create_index("uq_activity_measurement_slot", "activity_measurement",
                    ["plan_id", "position"], unique=True)
    op.create_table(
        "activity_schedule",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("plan_id", sa.String(36), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=False),
        sa.Column("start_level", sa.Float(), nullable=False),
        sa.Column("goal", sa.Float(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("reduction", sa.Float(), nullable=True),
        *_stamps(),
        _plan_fk("activity_schedule"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_schedule")),
    )
    op.create_index(op.f("ix_activity_schedule_plan_id"), "activity_schedule", ["plan_id"])
    op.create_table(
        "activity_session",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("plan_id", sa.String(36), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        *_stamps(),
        _plan_fk("activity_session"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_session")),
    )
    op.create_index("ix_activity_session_plan", "activity_session",
                    ["plan_id", "deleted_at", "done_on"])


def downgrade() -> None:
    op.drop_table("activity_session")
    op.drop_table("activity_schedule")
    op.drop_table("activity_measurement")
    op.drop_table("activity_plan")
