"""The home page as it was last shown, to show it again at the next start (issue #23).

``home_snapshot`` holds, per workbook, what the home page showed (its texts, as JSON) and the
stamp of the data it was read from (``storage/home_stamp.py``). At the next start the page is
shown from it before SQLAlchemy has loaded — only when the stamp still matches — and read again
properly a moment later. A cache: the hand-over file never carries it, and deleting a workbook
deletes its row. On a practice database it is protected like every other workbook table.

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "home_snapshot",
        sa.Column("workbook_id", sa.String(36), sa.ForeignKey("workbook.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("stamp", sa.Text(), nullable=False),
        sa.Column("view", sa.Text(), nullable=False),
    )
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        from rugschool_gui.storage import practice_policies

        practice_policies.protect_tables(conn)


def downgrade() -> None:
    op.drop_table("home_snapshot")
