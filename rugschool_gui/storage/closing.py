"""The person's workbook in one page (WORKBOOK.md §6): the facts every chapter contributes,
gathered for the closing page and the first page of the PDF. Read-only; no tables of its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.graded_activity import display_amount
from ..domain.too_little import trend
from ..domain.too_much import QUESTIONS
from .db import Store


@dataclass(frozen=True)
class WorkbookSummary:
    exposure_items: int = 0
    exposure_mastered: tuple[str, ...] = ()
    exposure_step: str | None = None
    activity: str | None = None  # graded activity: "Fietsen"
    activity_unit: str = "minutes"
    activity_start: float | None = None
    activity_goal: float | None = None
    activity_level: float | None = None  # the latest session's amount
    activity_week: int | None = None
    activity_weeks: int | None = None
    signals_week: int = 0
    top_signal_group: str | None = None
    outlet: str | None = None
    reflections: tuple[tuple[str, date, str], ...] = ()  # (question, day, text), latest per question
    score_trends: dict[str, tuple[float, float]] = field(default_factory=dict)
    chains: int = 0
    valued: tuple[str, ...] = ()
    planned_week: int = 0  # pacing: activities planned this week …
    done_week: int = 0  # … of which done
    breaks: tuple[int, int] = (0, 0)  # breaks taken, planned (timer) this week

    @property
    def is_empty(self) -> bool:
        return not any((self.exposure_items, self.activity, self.signals_week, self.outlet, self.reflections,
                        self.score_trends, self.chains, self.valued, self.planned_week))


def workbook_summary(store: Store, workbook_id: str, today: date) -> WorkbookSummary:
    from . import exposure, graded_activity, pacing, too_little, too_much, understanding

    h = exposure.load_hierarchy(store, workbook_id)
    step = h.current_step
    facts: dict = dict(exposure_items=len(h), exposure_mastered=tuple(i.label for i in h.items if i.mastered),
                       exposure_step=step.label if step else None)
    plan = graded_activity.open_plan(store, workbook_id)
    if plan is not None and plan.current is not None:
        sessions = graded_activity.list_sessions(store, plan.id)
        s = graded_activity.summary(store, workbook_id, today)
        facts.update(activity=plan.activity, activity_unit=plan.unit, activity_start=plan.current.schedule.start,
                     activity_goal=plan.current.schedule.goal,
                     activity_level=sessions[-1].amount if sessions else None,
                     activity_week=s.week if s else None, activity_weeks=s.weeks if s else None)
    signals, top, _causes = too_much.summary(store, workbook_id, today)
    facts.update(signals_week=signals, top_signal_group=top)
    outlet = too_much.get_outlet(store, workbook_id)
    chosen = next((x.name for x in outlet.substitutes if x.id == outlet.chosen_id), None)
    facts["outlet"] = chosen or (outlet.old_outlet or None)
    latest = []
    for q in QUESTIONS:
        answers = too_much.list_answers(store, workbook_id, q, limit=1)
        if answers:
            latest.append((q, answers[0].day, answers[0].text))
    facts["reflections"] = tuple(latest)
    facts["score_trends"] = trend(too_little.list_scores(store, workbook_id))
    facts["chains"] = understanding.count_entries(store, workbook_id)
    facts["valued"] = tuple(a.name for a in too_little.list_valued(store, workbook_id)[:3])
    week = pacing.summary(store, workbook_id, today)
    facts.update(planned_week=week.activities, done_week=week.done, breaks=(week.breaks_taken, week.breaks_planned))
    return WorkbookSummary(**facts)


def amount_text(value: float | None) -> str:
    return "—" if value is None else str(display_amount(value))
