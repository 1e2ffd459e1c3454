"""How the pacing weeks went, counted in the domain (the printed workbook shows it, issue #19)."""

from __future__ import annotations

from datetime import date

from rugschool_gui.domain.pacing import Activity
from rugschool_gui.domain.pacing_weeks import week_done, weeks_total

MONDAY = date(2026, 11, 23)


def _acts() -> list[Activity]:
    return [Activity("a", 0, "morning", "Stofzuigen", 30, "physical", "must", done=True),
            Activity("b", 0, "evening", "Lezen", 30, "mental", "want", done=True),
            Activity("c", 1, "morning", "Wandelen", 20, "physical", "want")]


def test_a_week_counts_planned_done_want_and_breaks():
    w = week_done(MONDAY, _acts(), (3, 4))
    assert (w.planned, w.done, w.want_done, w.breaks_taken, w.breaks_planned) == (3, 2, 1, 3, 4)


def test_weeks_add_up():
    weeks = [week_done(MONDAY, _acts(), (3, 4)), week_done(date(2026, 11, 16), _acts()[:1], (0, 0))]
    total = weeks_total(weeks)
    assert total is not None and total.monday == date(2026, 11, 16)
    assert (total.planned, total.done, total.want_done, total.breaks_taken) == (4, 3, 1, 3)
    assert weeks_total([]) is None
