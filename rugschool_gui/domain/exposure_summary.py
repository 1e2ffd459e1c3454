"""Where the person is in graded exposure (WORKBOOK.md §4), for the home page and the
consultation: the current step, how many steps are mastered and this week's attempts. The
hierarchy and the attempts themselves are in :mod:`.exposure`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .exposure import Attempt, FearHierarchy, attempts_in_week


@dataclass(frozen=True)
class ExposureSummary:
    items: int
    mastered: int
    step_rank: int | None
    step_label: str | None
    attempts_this_week: int


def week_query_start(now: datetime) -> datetime:
    """The earliest moment an attempt of ``now``'s week can have: Monday 00:00 of that week
    (the week of :func:`attempts_in_week`) less one day of slack for time zones; storage fetches
    from here and :func:`attempts_in_week` counts exactly."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight - timedelta(days=now.weekday() + 1)


def summarize(hierarchy: FearHierarchy, attempts: Iterable[Attempt], now: datetime) -> ExposureSummary:
    """The current step (§4: the lowest-ranked item not yet mastered), how many steps are
    mastered, and how many attempts fall in this week (Monday–Sunday)."""
    step = hierarchy.current_step
    return ExposureSummary(len(hierarchy), hierarchy.mastered_count, step.rank if step else None,
                           step.label if step else None, attempts_in_week(attempts, now))
