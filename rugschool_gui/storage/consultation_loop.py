"""The consultation loop of many workbooks at once, for the overview (issue #25): consultations,
homework in use, this week's log and the brief's facts — one query per kind for all workbooks
(never one per workbook). What they mean is decided in :mod:`rugschool_gui.domain.consultation`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date

from sqlalchemy import select

from ..domain.brief import period_start
from ..domain.consultation import ConsultationFact, LoopFacts, last_held, log_span
from ..domain.homework import Homework
from .brief_facts import ScoreMoments, brief_facts_of
from .consultation_tables import ConsultationRow, HomeworkRow
from .consultations import homework_from_values
from .db import Database
from .graded_activity_many import open_plans
from .homework_log import patient_logs

_HOMEWORK_COLUMNS = ("id", "kind", "starts_on", "rhythm", "due_on", "parameters", "text", "ticked_on",
                     "postponed_on", "barrier_kind", "barrier", "consultation_id")


def loop_facts(db: Database, workbook_ids: Collection[str], today: date,
               scores: ScoreMoments | None = None) -> dict[str, LoopFacts]:
    """Per workbook in ``workbook_ids``: its consultations, homework, this week's log (only where
    homework asks something this week) and the facts of the brief since the last consultation;
    ``scores``: their questionnaire totals when the caller has read them already."""
    ids = list(workbook_ids)
    if not ids:
        return {}
    consultations: defaultdict[str, list[ConsultationFact]] = defaultdict(list)
    homework: defaultdict[str, list[Homework]] = defaultdict(list)
    with db.transaction() as s:
        run = s.connection().execute  # Core rows: plain columns
        for wb, held_on, next_on in run(select(ConsultationRow.workbook_id, ConsultationRow.held_on,
                                               ConsultationRow.next_on).where(
                ConsultationRow.workbook_id.in_(ids), ConsultationRow.deleted_at.is_(None))):
            consultations[wb].append(ConsultationFact(held_on, next_on))
        columns = [getattr(HomeworkRow, c) for c in _HOMEWORK_COLUMNS]
        for row in run(select(HomeworkRow.workbook_id, *columns).where(
                HomeworkRow.workbook_id.in_(ids), HomeworkRow.deleted_at.is_(None))
                .order_by(HomeworkRow.starts_on, HomeworkRow.created_at)):
            homework[row[0]].append(homework_from_values(dict(zip(_HOMEWORK_COLUMNS, row[1:], strict=True))))
        plans = open_plans(db, ids)  # read once for the brief and for this week's log
        briefs = brief_facts_of(db, {wb: period_start(last_held(consultations.get(wb, ()), today), today)
                                     for wb in ids}, today, plans, scores)
        spans = {wb: span for wb in homework if (span := log_span(homework[wb], today)) is not None}
        logs = patient_logs(db, list(spans), min(a for a, _b in spans.values()),
                            max(b for _a, b in spans.values()), today, plans) if spans else {}
    return {wb: LoopFacts(tuple(consultations.get(wb, ())), tuple(homework.get(wb, ())), logs.get(wb),
                          briefs.get(wb)) for wb in ids}
