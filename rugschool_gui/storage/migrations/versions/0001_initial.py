"""Initial schema: workbooks.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workbook",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("worked_on_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workbook")),
    )
    # one live workbook per name, whatever the case; PostgreSQL has no NOCASE collation (#21)
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_index(
        "uq_workbook_live_name",
        "workbook",
        [sa.text("name COLLATE NOCASE" if sqlite else "lower(name)")],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_workbook_live_name", table_name="workbook")
    op.drop_table("workbook")
