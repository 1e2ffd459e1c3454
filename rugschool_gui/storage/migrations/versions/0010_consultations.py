"""The psychologist in the loop (issue #25): consultations, the therapist's private notes (a
table of their own that never travels), homework, comments on entries, the patient's questions
for next time and SMART goals.

Only new tables: existing rows are untouched. Every travelling table has ``deleted_at``
(tombstones, as in 0009) so a deletion reaches the other side of a hand-over.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _common(table: str) -> list:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("workbook_id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["workbook_id"], ["workbook.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_workbook_id_workbook")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _to_consultation(table: str, column: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["consultation.id"], ondelete=ondelete,
                                   name=op.f(f"fk_{table}_{column}_consultation"))


def _tombstone() -> sa.Column:
    return sa.Column("deleted_at", UTCDateTime(), nullable=True)


def _role() -> sa.Column:
    return sa.Column("author_role", sa.String(12), nullable=False)


def upgrade() -> None:
    op.create_table(
        "consultation", sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False), sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False), sa.Column("evaluation", sa.Text(), nullable=False),
        sa.Column("next_on", sa.Date(), nullable=True), _role(), _tombstone(), *_common("consultation"))
    op.create_index("ix_consultation_workbook", "consultation", ["workbook_id", "deleted_at", "held_on"])
    op.create_table(
        "consultation_private_note", sa.Column("consultation_id", sa.String(36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _to_consultation("consultation_private_note", "consultation_id", "CASCADE"),
        sa.UniqueConstraint("consultation_id", name=op.f("uq_consultation_private_note_consultation_id")),
        *_common("consultation_private_note"))
    op.create_table(
        "homework", sa.Column("consultation_id", sa.String(36), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False), sa.Column("parameters", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False), sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("rhythm", sa.String(8), nullable=False), sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("ticked_on", sa.Date(), nullable=True), sa.Column("postponed_on", sa.Date(), nullable=True),
        sa.Column("barrier_kind", sa.String(8), nullable=True), sa.Column("barrier", sa.Text(), nullable=False),
        _role(), _tombstone(), _to_consultation("homework", "consultation_id", "SET NULL"),
        *_common("homework"))
    op.create_index("ix_homework_workbook", "homework", ["workbook_id", "deleted_at", "starts_on"])
    op.create_index(op.f("ix_homework_consultation_id"), "homework", ["consultation_id"])
    op.create_table(
        "entry_comment", sa.Column("target_table", sa.String(40), nullable=False),
        sa.Column("target_id", sa.String(36), nullable=False), sa.Column("text", sa.Text(), nullable=False),
        _role(), sa.Column("written_on", sa.Date(), nullable=False), sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=True), _tombstone(), *_common("entry_comment"))
    op.create_index("ix_entry_comment_target", "entry_comment", ["workbook_id", "target_table", "target_id"])
    op.create_table(
        "patient_question", sa.Column("text", sa.Text(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False), sa.Column("discussed_in", sa.String(36), nullable=True),
        _tombstone(), _to_consultation("patient_question", "discussed_in", "SET NULL"),
        *_common("patient_question"))
    op.create_index("ix_patient_question_workbook", "patient_question", ["workbook_id", "deleted_at", "asked_on"])
    op.create_table(
        "smart_goal", sa.Column("rank", sa.Integer(), nullable=False), sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("specific", sa.Text(), nullable=False), sa.Column("measurable", sa.Text(), nullable=False),
        sa.Column("acceptable", sa.Text(), nullable=False), sa.Column("realistic", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True), sa.Column("measure", sa.String(20), nullable=True),
        _role(), sa.Column("reviewed_on", sa.Date(), nullable=True), _tombstone(), *_common("smart_goal"))
    op.create_index("ix_smart_goal_workbook", "smart_goal", ["workbook_id", "deleted_at", "rank"])


def downgrade() -> None:
    for table in ("smart_goal", "patient_question", "entry_comment", "homework",
                  "consultation_private_note", "consultation"):
        op.drop_table(table)
