"""Understanding the pain (chain diary) and doing too little (value weighing, questionnaire
scores and a reflection per moment).

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0006"
down_revision = "0005"
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
    op.create_table("chain_entry", sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("rounds", sa.Text(), nullable=False), sa.Column("change_link", sa.String(12), nullable=True),
                    sa.Column("note", sa.Text(), nullable=False), sa.Column("deleted_at", UTCDateTime(), nullable=True),
                    *_common("chain_entry"))
    op.create_index("ix_chain_entry_workbook", "chain_entry", ["workbook_id", "deleted_at", "day"])
    op.create_table("valued_activity", sa.Column("name", sa.String(120), nullable=False),
                    sa.Column("value", sa.Integer(), nullable=True), sa.Column("what_matters", sa.Text(), nullable=False),
                    sa.Column("adapted", sa.Text(), nullable=False), sa.Column("deleted_at", UTCDateTime(), nullable=True),
                    *_common("valued_activity"))
    op.create_index("ix_valued_activity_workbook", "valued_activity", ["workbook_id", "deleted_at"])
    op.create_table("questionnaire_score", sa.Column("scale", sa.String(20), nullable=False),
                    sa.Column("name", sa.String(120), nullable=False), sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("moment", sa.String(10), nullable=False), sa.Column("total", sa.Float(), nullable=False),
                    sa.Column("deleted_at", UTCDateTime(), nullable=True), *_common("questionnaire_score"))
    op.create_index("ix_questionnaire_score_workbook", "questionnaire_score", ["workbook_id", "deleted_at", "day"])
    op.create_table("score_reflection", sa.Column("moment", sa.String(10), nullable=False),
                    sa.Column("text", sa.Text(), nullable=False), *_common("score_reflection"))
    op.create_index("uq_score_reflection_moment", "score_reflection", ["workbook_id", "moment"], unique=True)


def downgrade() -> None:
    for table in ("score_reflection", "questionnaire_score", "valued_activity", "chain_entry"):
        op.drop_table(table)
