"""Deletions that travel with a handed-over workbook (issue #17).

* Every table whose rows were removed for good (a cleared day of stress signals, an emptied
  answer, a flag shown again, a cleared baseline measurement, a schedule version taken back) gets
  ``deleted_at``: those rows now become tombstones, so the other side learns of the deletion.
  The outlet and the questionnaire reflections get it too: two copies of "the one outlet" made on
  both sides are folded into one by the hand-over.
* A one-per-day (one-per-moment, …) rule now holds among the rows in use: the unique indexes
  are partial (``WHERE deleted_at IS NULL``), so a tombstone and a new row of the same day can
  live side by side.
* A step of the fear hierarchy keeps two clocks beside ``updated_at``: ``edited_at`` (its words,
  rating, mastered, deleted) and ``placed_at`` (its rank). A hand-over merges them apart, so a
  reorder on one side and a rename on the other both survive.

Existing rows are kept as they are (``placed_at`` and ``edited_at`` start at ``updated_at``).

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

from rugschool_gui.storage.base import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TOMBSTONED = ("stress_checkin", "stress_signal", "reflection_answer", "score_reflection", "outlet",
              "pacing_dismissed_flag", "activity_measurement", "activity_schedule")
UNIQUE = {
    "stress_checkin": ("uq_stress_checkin_day", ["workbook_id", "day"]),
    "reflection_answer": ("uq_reflection_answer_day", ["workbook_id", "question", "answered_on"]),
    "score_reflection": ("uq_score_reflection_moment", ["workbook_id", "moment"]),
    "outlet": ("uq_outlet_workbook", ["workbook_id"]),
    "pacing_dismissed_flag": ("uq_pacing_dismissed_flag", ["workbook_id", "week_of", "flag_id"]),
    "activity_measurement": ("uq_activity_measurement_slot", ["plan_id", "position"]),
}
LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    for table in TOMBSTONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("deleted_at", UTCDateTime(), nullable=True))
    for table, (name, columns) in UNIQUE.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns, unique=True, sqlite_where=LIVE, postgresql_where=LIVE)
    with op.batch_alter_table("fear_item") as batch:
        batch.add_column(sa.Column("placed_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("edited_at", UTCDateTime(), nullable=True))
    op.execute("UPDATE fear_item SET placed_at = updated_at, edited_at = updated_at")
    with op.batch_alter_table("fear_item") as batch:
        batch.alter_column("placed_at", existing_type=UTCDateTime(), nullable=False)
        batch.alter_column("edited_at", existing_type=UTCDateTime(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("fear_item") as batch:
        batch.drop_column("edited_at")
        batch.drop_column("placed_at")
    for table, (name, columns) in UNIQUE.items():
        op.execute(f"DELETE FROM {table} WHERE deleted_at IS NOT NULL")
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns, unique=True)
    for table in TOMBSTONED:
        if table not in UNIQUE:
            op.execute(f"DELETE FROM {table} WHERE deleted_at IS NOT NULL")
        with op.batch_alter_table(table) as batch:
            batch.drop_column("deleted_at")
