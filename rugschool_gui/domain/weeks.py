"""Calendar weeks as people read them: Monday to Sunday, named by their Monday.

The pacing planner (WORKBOOK.md §2: spread activities over the week, Monday … Sunday), the
stress-signal chart and the consultation overview all count weeks this way; a graded-activity
plan counts its own weeks from its start day instead (``graded_activity.week_of``).
"""

from __future__ import annotations

from datetime import date, timedelta

DAYS_IN_WEEK = 7  # Monday … Sunday


def monday_of(day: date) -> date:
    """The Monday of the calendar week ``day`` falls in (``day`` itself on a Monday)."""
    return day - timedelta(days=day.weekday())
