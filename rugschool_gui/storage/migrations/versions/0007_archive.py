"""Workbooks can be archived (a finished programme): hidden from the overview, kept, restorable.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workbook") as batch:
        batch.add_column(sa.Column("archived_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workbook") as batch:
        batch.drop_column("archived_at")

