"""Doing too much: ticked causes, stress check-ins with their signals and the person's own
signals, reflection answers, the outlet finder, relaxation sessions, assertiveness situations.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _common(table: str, parent: str = "workbook", column: str = "workbook_id"):
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column(column, sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint([column], [f"{parent}.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_{column}_{parent}")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _deleted():
    return sa.Column("deleted_at", UTCDateTime(), nullable=True)


def upgrade() -> None:
    op.create_table("cause_tick", sa.Column("cause", sa.String(30), nullable=False),
                    sa.Column("own_label", sa.String(120), nullable=False),
                    sa.Column("ticked_on", sa.Date(), nullable=False), _deleted(), *_common("cause_tick"))
    op.create_index("ix_cause_tick_workbook", "cause_tick", ["workbook_id", "deleted_at"])
    op.create_table("stress_own_signal", sa.Column("label", sa.String(120), nullable=False), _deleted(),
                    *_common("stress_own_signal"))
    op.create_index("ix_stress_own_signal_workbook", "stress_own_signal", ["workbook_id"])
    op.create_table("stress_checkin", sa.Column("day", sa.Date(), nullable=False), *_common("stress_checkin"))
    op.create_index("uq_stress_checkin_day", "stress_checkin", ["workbook_id", "day"], unique=True)
    op.create_table("stress_signal", sa.Column("signal", sa.String(50), nullable=False),
                    sa.Column("intensity", sa.Integer(), nullable=True), sa.Column("note", sa.Text(), nullable=False),
                    *_common("stress_signal", "stress_checkin", "checkin_id"))
    op.create_index(op.f("ix_stress_signal_checkin_id"), "stress_signal", ["checkin_id"])
    op.create_table("reflection_answer", sa.Column("question", sa.String(30), nullable=False),
                    sa.Column("answered_on", sa.Date(), nullable=False), sa.Column("text", sa.Text(), nullable=False),
                    *_common("reflection_answer"))
    op.create_index("uq_reflection_answer_day", "reflection_answer", ["workbook_id", "question", "answered_on"],
                    unique=True)
    op.create_table("outlet", sa.Column("old_outlet", sa.Text(), nullable=False),
                    sa.Column("why", sa.Text(), nullable=False), sa.Column("gains", sa.String(200), nullable=False),
                    sa.Column("chosen_id", sa.String(36), nullable=True), *_common("outlet"))
    op.create_index("uq_outlet_workbook", "outlet", ["workbook_id"], unique=True)
    op.create_table("outlet_substitute", sa.Column("name", sa.String(120), nullable=False),
                    sa.Column("tried", sa.Text(), nullable=False), sa.Column("outcome", sa.String(12), nullable=True),
                    _deleted(), *_common("outlet_substitute"))
    op.create_index("ix_outlet_substitute_workbook", "outlet_substitute", ["workbook_id", "deleted_at"])
    op.create_table("relaxation_session", sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("exercise", sa.String(20), nullable=False),
                    sa.Column("before", sa.Integer(), nullable=True), sa.Column("after", sa.Integer(), nullable=True),
                    sa.Column("note", sa.Text(), nullable=False), _deleted(), *_common("relaxation_session"))
    op.create_index("ix_relaxation_session_workbook", "relaxation_session", ["workbook_id", "deleted_at", "day"])
    op.create_table("assertive_situation", sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("situation", sa.Text(), nullable=False), sa.Column("say", sa.Text(), nullable=False),
                    sa.Column("went", sa.Text(), nullable=False), _deleted(), *_common("assertive_situation"))
    op.create_index("ix_assertive_situation_workbook", "assertive_situation", ["workbook_id", "deleted_at"])


def downgrade() -> None:
    for table in ("assertive_situation", "relaxation_session", "outlet_substitute", "outlet", "reflection_answer",
                  "stress_signal", "stress_checkin", "stress_own_signal", "cause_tick"):
        op.drop_table(table)
