"""The graded activity chart (WORKBOOK.md §5): planned level per week as steps, the baseline as
a line and every logged session as a point, across the versions of a recomputed schedule."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from .charts import HLINE, POINTS, STEP, ChartSpec, Panel, Series, label_every, nice_ceiling, ticks
from .graded_activity import ScheduleVersion, Session, human_week, week_of


def planned_by_week(versions: Sequence[ScheduleVersion], first: date, week_count: int) -> list[float]:
    """The quota in force in each week since ``first`` (the plan's first start)."""
    ordered = sorted(versions, key=lambda v: v.start_on)
    levels = []
    for x in range(week_count):
        monday = first.toordinal() + 7 * x
        version = ordered[0]
        for v in ordered:
            if v.start_on.toordinal() <= monday:
                version = v
        levels.append(version.schedule.quota(week_of(version.start_on, date.fromordinal(monday))))
    return levels


def schedule_chart(versions: Sequence[ScheduleVersion], sessions: Iterable[Session],
                   today: date, axis_key: str, start_label: str = "0") -> ChartSpec:
    """Planned level per week (steps), the baseline (a line) and every session (points).

    x is the week since the plan's first start; a session sits inside its week by its day.
    ``axis_key`` names the unit axis (``minutes_axis`` …). Labels are the week numbers people
    read: ``start_label`` (worded: "start") for the start week, then 1, 2 … (``human_week``).
    """
    ordered = sorted(versions, key=lambda v: v.start_on)
    first = ordered[0].start_on
    last = ordered[-1]
    end_week = week_of(first, last.start_on) + last.schedule.weeks
    logged = sorted((s for s in sessions if s.day >= first), key=lambda s: s.day)
    last_week = max([end_week, week_of(first, today)] + [week_of(first, s.day) for s in logged])
    count = last_week + 1
    planned = planned_by_week(ordered, first, count)
    baseline = last.schedule.baseline
    top = nice_ceiling(max(planned + [baseline] + [s.amount for s in logged]))
    return ChartSpec(
        title_key="schedule_chart_title",
        x_labels=tuple(start_label if human_week(w) is None else str(w) for w in range(count)),
        x_axis_key="week_axis",
        label_every=label_every(count),
        empty_key="no_schedule",
        panels=(Panel(axis_key, 0, top, ticks(0, top, 5), (
            Series("planned", tuple(enumerate(planned)), STEP, "plan"),
            Series("baseline", ((0, baseline),), HLINE, "reference"),
            Series("sessions", tuple(((s.day - first).days / 7, s.amount) for s in logged),
                   POINTS, "actual"),
        )),),
    )

