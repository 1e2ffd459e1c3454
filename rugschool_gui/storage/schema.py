"""All tables of the workbook database, gathered for Alembic and for tests.

Each chapter's storage module defines its own tables; importing them here registers them on
``Base.metadata``. A new chapter adds one import line.
"""

from __future__ import annotations

from . import (  # noqa: F401  (registers the tables)
    consultation_tables,
    exposure,
    graded_activity,
    home_snapshot,
    pacing,
    pacing_breaks,
    reminders,
    too_little,
    too_much,
    too_much_practice,
    understanding,
    workbooks,
)
from .base import Base

metadata = Base.metadata
