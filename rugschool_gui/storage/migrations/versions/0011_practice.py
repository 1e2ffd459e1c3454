"""A practice database on PostgreSQL (issue #21): workbook owners and sharing, row-level
security on every table of a workbook, and an audit log written by triggers.

PostgreSQL only: on SQLite (a patient's or one psychologist's own file) nothing changes. The DDL
is in ``storage/practice_policies.py`` (a later migration with new tables calls
``protect_tables`` again). The role that runs it (the practice's administrator) needs CREATEROLE
the first time, to create the group role ``rugschool_clinician``.

Revision ID: 0011
Revises: 0010
"""
from alembic import op

from rugschool_gui.storage import practice_policies

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    practice_policies.install_base(conn)
    practice_policies.protect_tables(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    practice_policies.remove(conn)
