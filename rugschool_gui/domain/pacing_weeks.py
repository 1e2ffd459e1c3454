"""The pacing planner's weeks in numbers (WORKBOOK.md §2): this week's for the home page
(:func:`week_summary`) and every week as it went, for the printed workbook (:func:`week_done`,
:func:`weeks_total`, issue #19). The planner's rules and flags are in :mod:`.pacing`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .pacing import Activity, balance_flags, open_flags


# ----- the home page ------------------------------------------------------------------------
@dataclass(frozen=True)
class PacingSummary:
    """"Deze week: 12 activiteiten, 3 gedaan, 1 aandachtspunt, pauzes 4 van 5"."""

    activities: int
    done: int
    flags: int
    breaks_taken: int
    breaks_planned: int


def week_summary(activities: Sequence[Activity], dismissed: Iterable[str],
                 breaks: tuple[int, int]) -> PacingSummary:
    """The week in numbers: activities planned and done, flags not set aside, and the breaks the
    timer counted (taken, planned)."""
    flags = open_flags(balance_flags(activities), dismissed)
    return PacingSummary(len(activities), sum(1 for a in activities if a.done), len(flags), *breaks)


# ----- the weeks as they went (the printed workbook, issue #19) -----------------------------
@dataclass(frozen=True)
class WeekDone:
    """One week as it went: activities planned and done, the want-to-do ones among the done
    (§2: they give the energy for the rest), and the breaks the timer counted (taken, planned)."""

    monday: date
    planned: int
    done: int
    want_done: int
    breaks_taken: int
    breaks_planned: int


def week_done(monday: date, activities: Sequence[Activity], breaks: tuple[int, int]) -> WeekDone:
    done = [a for a in activities if a.done]
    return WeekDone(monday, len(activities), len(done), sum(1 for a in done if a.motive == "want"), *breaks)


def weeks_total(weeks: Iterable[WeekDone]) -> WeekDone | None:
    """The weeks added up (``monday``: the first of them), or None for no weeks."""
    weeks = list(weeks)
    if not weeks:
        return None
    return WeekDone(min(w.monday for w in weeks), sum(w.planned for w in weeks), sum(w.done for w in weeks),
                    sum(w.want_done for w in weeks), sum(w.breaks_taken for w in weeks),
                    sum(w.breaks_planned for w in weeks))
