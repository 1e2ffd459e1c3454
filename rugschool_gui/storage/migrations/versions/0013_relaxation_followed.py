"""A practice meter for relaxation (issue #20): how long the guide was actually followed.

``relaxation_session.followed_seconds`` is the time the guide ran (pauses left out); sessions
logged before this revision keep NULL, shown as "not measured". Adding a column to an existing
workbook table needs nothing extra for row-level security on a practice database.

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("relaxation_session") as batch:
        batch.add_column(sa.Column("followed_seconds", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("relaxation_session") as batch:
        batch.drop_column("followed_seconds")
