"""A counter of every change to a workbook file, kept by triggers (issue #23).

``data_change`` holds one number that SQLite raises with every row inserted, changed or deleted
in a data table (``storage/data_change.py``). The home page's snapshot compares it at the next
start instead of fingerprinting every table. Nothing existing changes. Only in a workbook file
(SQLite): a practice database keeps no snapshot.

Revision ID: 0016
Revises: 0015
"""
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    from rugschool_gui.storage import data_change

    tables = [row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")]
    data_change.install(conn.exec_driver_sql, tables)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    from rugschool_gui.storage import data_change

    for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                                        (f"{data_change.TABLE}_%",)).fetchall():
        op.execute(f'DROP TRIGGER "{name}"')
    op.drop_table(data_change.TABLE)
