"""Graded exposure: fear hierarchy items, their rating history, exposure attempts.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _stamps():
    return [
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "fear_item",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("workbook_id", sa.String(36), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("fear", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("mastered", sa.Boolean(), nullable=False),
        sa.Column("mastered_at", UTCDateTime(), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["workbook_id"], ["workbook.id"], ondelete="CASCADE",
                                name=op.f("fk_fear_item_workbook_id_workbook")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fear_item")),
    )
    op.create_index("ix_fear_item_workbook", "fear_item", ["workbook_id", "deleted_at", "rank"])
    op.create_table(
        "fear_rating",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("item_id", sa.String(36), nullable=False),
        sa.Column("rated_at", UTCDateTime(), nullable=False),
        sa.Column("fear", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["item_id"], ["fear_item.id"], ondelete="CASCADE",
                                name=op.f("fk_fear_rating_item_id_fear_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fear_rating")),
    )
    op.create_index(op.f("ix_fear_rating_item_id"), "fear_rating", ["item_id"])
    op.create_table(
        "exposure_attempt",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("workbook_id", sa.String(36), nullable=False),
        sa.Column("item_id", sa.String(36), nullable=False),
        sa.Column("happened_at", UTCDateTime(), nullable=False),
        sa.Column("expectation", sa.Text(), nullable=False),
        sa.Column("expected_fear", sa.Integer(), nullable=True),
        sa.Column("expected_pain", sa.Integer(), nullable=True),
        sa.Column("actual_fear", sa.Integer(), nullable=True),
        sa.Column("actual_pain", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(10), nullable=True),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["workbook_id"], ["workbook.id"], ondelete="CASCADE",
                                name=op.f("fk_exposure_attempt_workbook_id_workbook")),
        sa.ForeignKeyConstraint(["item_id"], ["fear_item.id"], ondelete="CASCADE",
                                name=op.f("fk_exposure_attempt_item_id_fear_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exposure_attempt")),
    )
    op.create_index("ix_exposure_attempt_item", "exposure_attempt",
                    ["item_id", "deleted_at", "happened_at"])
    op.create_index("ix_exposure_attempt_workbook", "exposure_attempt",
                    ["workbook_id", "deleted_at", "happened_at"])


def downgrade() -> None:
    op.drop_table("exposure_attempt")
    op.drop_table("fear_rating")
    op.drop_table("fear_item")
