"""An index on the day of stress check-ins, for the overview's "this week vs last week" across
every workbook at once (without it that count read every check-in ever made).

Revision ID: 0008
Revises: 0007
"""
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_stress_checkin_day", "stress_checkin", ["day", "workbook_id"])


def downgrade() -> None:
    op.drop_index("ix_stress_checkin_day", table_name="stress_checkin")
