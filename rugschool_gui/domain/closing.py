"""The workbook in one page (WORKBOOK.md §6): what every chapter contributes, computed here from
the chapters' own domain objects (``storage/closing.py`` only fetches them). The closing page and
the first page of the filled-in PDF both show this, so they count the same things the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from .exposure import FearHierarchy
from .graded_activity import Plan, Session
from .graded_activity_reading import display_amount
from .pacing import Activity
from .too_little import Score, ValuedActivity, most_valued, trend
from .too_much import QUESTIONS, Answer, CheckIn, week_summary
from .too_much_outlet import Outlet

#: the most valuable activities named (§3's value weighing; three fit on one line)
VALUED_SHOWN = 3
#: the latest answers to the reflection questions shown (§2; one page stays one page)
ANSWERS_SHOWN = 2


@dataclass(frozen=True)
class WorkbookSummary:
    chains: int = 0  # chain diary entries (§1)
    signals_week: int = 0  # stress signals noted this week (§2) …
    top_signal_group: str | None = None  # … and the group that came up most
    outlet: str | None = None  # the chosen substitute outlet, else the old outlet (§2)
    answers: tuple[tuple[str, date, str], ...] = ()  # (question, day, text): latest per question
    planned_week: int = 0  # pacing: activities planned this week (§2) …
    done_week: int = 0  # … of which done
    breaks: tuple[int, int] = (0, 0)  # breaks taken, planned (timer) this week
    valued: tuple[str, ...] = ()  # the most valuable activities (§3)
    score_trends: dict[str, tuple[float, float]] = field(default_factory=dict)  # first, latest
    exposure_items: int = 0  # steps in the fear hierarchy (§4) …
    exposure_mastered: int = 0  # … mastered …
    exposure_step: str | None = None  # … and the current step: the lowest not yet mastered
    activity: str | None = None  # graded activity (§5): "Fietsen"
    activity_unit: str = "minutes"
    #: amounts as a person reads them (``display_amount``: whole, half up): start level, goal …
    activity_start: int | None = None
    activity_goal: int | None = None
    activity_level: int | None = None  # … and the latest session's amount

    @property
    def is_empty(self) -> bool:
        return not any((self.exposure_items, self.activity, self.signals_week, self.outlet, self.answers,
                        self.score_trends, self.chains, self.valued, self.planned_week))


def chosen_outlet(outlet: Outlet) -> str | None:
    """The substitute chosen to schedule regularly, else the old outlet, else None."""
    chosen = next((x.name for x in outlet.substitutes if x.id == outlet.chosen_id), None)
    return chosen or (outlet.old_outlet or None)


def latest_answers(answers: Iterable[Answer], count: int = ANSWERS_SHOWN) -> tuple[tuple[str, date, str], ...]:
    """The newest answer of each reflection question (§2's five, in their order), at most
    ``count`` of them."""
    newest: dict[str, Answer] = {}
    for a in answers:
        if a.question in QUESTIONS and (a.question not in newest or a.day > newest[a.question].day):
            newest[a.question] = a
    ordered = [newest[q] for q in QUESTIONS if q in newest]
    return tuple((a.question, a.day, a.text) for a in ordered[:count])


def week_counts(activities: Iterable[Activity]) -> tuple[int, int]:
    """(planned, done) activities of one week of the planner."""
    planned = list(activities)
    return len(planned), sum(1 for a in planned if a.done)


def latest_amount(sessions: Iterable[Session]) -> float | None:
    """The amount of the session done last (§5: what the person did most recently)."""
    latest = max(reversed(list(sessions)), key=lambda s: s.day, default=None)
    return None if latest is None else latest.amount


def summarise(*, today: date, chains: int, checkins: Iterable[CheckIn], outlet: Outlet,
              answers: Iterable[Answer], week: Sequence[Activity], breaks: tuple[int, int],
              valued: Iterable[ValuedActivity], scores: Iterable[Score], hierarchy: FearHierarchy,
              plan: Plan | None, sessions: Iterable[Session]) -> WorkbookSummary:
    """The one-page summary of a workbook on ``today`` from what each chapter holds."""
    signals, top = week_summary(checkins, today)
    planned, done = week_counts(week)
    step = hierarchy.current_step
    facts = WorkbookSummary(
        chains=chains, signals_week=signals, top_signal_group=top, outlet=chosen_outlet(outlet),
        answers=latest_answers(answers), planned_week=planned, done_week=done, breaks=breaks,
        valued=most_valued(valued, VALUED_SHOWN), score_trends=trend(scores),
        exposure_items=len(hierarchy), exposure_mastered=hierarchy.mastered_count,
        exposure_step=step.label if step else None)
    current = plan.current if plan is not None else None
    if plan is None or current is None:
        return facts
    level = latest_amount(sessions)
    return replace(facts, activity=plan.activity, activity_unit=plan.unit,
                   activity_start=display_amount(current.schedule.start),
                   activity_goal=display_amount(current.schedule.goal),
                   activity_level=None if level is None else display_amount(level))
