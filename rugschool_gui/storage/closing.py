"""The person's workbook in one page (WORKBOOK.md §6): fetches what every chapter holds for the
closing page and the first page of the PDF; ``domain.closing.summarise`` does the counting.
Read-only; no tables of its own."""

from __future__ import annotations

from datetime import date

from ..domain.closing import WorkbookSummary, summarise
from ..domain.pacing import week_monday
from ..domain.too_much import QUESTIONS
from ..domain.too_much import week_start as signal_week_start
from . import exposure, graded_activity, pacing, pacing_breaks, too_little, too_much, understanding
from .db import Store

#: the tables the summary reads: a change to any of them changes the closing page
TABLES = frozenset({
    "chain_entry", "stress_checkin", "stress_signal", "outlet", "outlet_substitute", "reflection_answer",
    "pacing_activity", "pacing_timer_run", "valued_activity", "questionnaire_score", "fear_item",
    "activity_plan", "activity_schedule", "activity_session",
})


def workbook_summary(store: Store, workbook_id: str, today: date) -> WorkbookSummary:
    """Every chapter's facts of ``today``, read in one transaction (one consistent picture)."""
    monday = week_monday(today)
    with store.transaction():
        plan = graded_activity.open_plan(store, workbook_id)
        return summarise(
            today=today,
            chains=understanding.count_entries(store, workbook_id),
            checkins=too_much.list_checkins(store, workbook_id, since=signal_week_start(today)),
            outlet=too_much.get_outlet(store, workbook_id),
            answers=[a for q in QUESTIONS for a in too_much.list_answers(store, workbook_id, q, limit=1)],
            week=pacing.list_week(store, workbook_id, monday),
            breaks=pacing_breaks.breaks_in_week(store, workbook_id, monday),
            valued=too_little.list_valued(store, workbook_id),
            scores=too_little.list_scores(store, workbook_id),
            hierarchy=exposure.load_hierarchy(store, workbook_id),
            plan=plan,
            sessions=graded_activity.list_sessions(store, plan.id) if plan is not None else [],
        )

__all__ = ["TABLES", "WorkbookSummary", "workbook_summary"]
