"""The consultation loop read for many workbooks at once (issue #25): one query per kind for all
workbooks, and each workbook's facts exactly its own."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import event

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain.consultations import Consultation
from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.domain.too_much import CheckIn, SignalEntry
from rugschool_gui.storage import consultations as repo
from rugschool_gui.storage import exposure, too_much
from rugschool_gui.storage.brief_facts import brief_facts, brief_facts_of
from rugschool_gui.storage.consultation_loop import loop_facts
from rugschool_gui.storage.homework_log import patient_log, patient_logs

TODAY = date.today()
MONDAY = TODAY - timedelta(days=TODAY.weekday())
SINCE = TODAY - timedelta(days=20)


def _busy(store, wb) -> None:
    """A painful exposure attempt, stress signals today and homework of this week."""
    step = exposure.add_item(store, wb.id, "Bukken", 60)
    when = datetime.combine(TODAY, datetime.min.time()).astimezone(UTC) + timedelta(hours=9)
    exposure.save_attempt(store, wb.id, Attempt("", step.id, when, actual_fear=40, actual_pain=8))
    too_much.save_checkin(store, wb.id, CheckIn(TODAY, (SignalEntry("palpitations"),)))
    repo.save_consultation(store, wb.id, Consultation(None, SINCE, next_on=TODAY + timedelta(days=7)))
    repo.save_homework(store, wb.id, hw.Homework(None, hw.EXPOSURE, MONDAY, count=2), "therapist")


def test_each_workbook_gets_its_own_facts_read_together(store, make_workbook):
    busy, quiet = make_workbook("Anna"), make_workbook("Bert")
    _busy(store, busy)
    both = brief_facts_of(store, {busy.id: SINCE, quiet.id: SINCE}, TODAY)
    assert both[busy.id] == brief_facts(store, busy.id, SINCE, TODAY)
    assert both[quiet.id] == brief_facts(store, quiet.id, SINCE, TODAY)
    assert [p[2] for p in both[busy.id].pains] == [8] and both[quiet.id].pains == ()
    assert both[busy.id].last_entry == TODAY and both[quiet.id].last_entry is None
    logs = patient_logs(store, [busy.id, quiet.id], MONDAY, MONDAY + timedelta(days=6), TODAY)
    assert logs[busy.id] == patient_log(store, busy.id, MONDAY, MONDAY + timedelta(days=6), TODAY)
    assert len(logs[busy.id].attempts) == 1 and logs[quiet.id].attempts == ()
    assert logs[busy.id].current_step is not None and logs[quiet.id].current_step is None


def test_the_loop_is_read_with_as_many_statements_for_one_workbook_as_for_many(store, make_workbook):
    books = [make_workbook(f"Patiënt {n}") for n in range(6)]

    def statements(ids) -> int:
        seen: list[int] = []
        listener = lambda *a, **k: seen.append(1)  # noqa: E731
        event.listen(store.engine, "before_cursor_execute", listener)
        facts = loop_facts(store, ids, TODAY)
        event.remove(store.engine, "before_cursor_execute", listener)
        assert set(facts) == set(ids)
        return len(seen)

    _busy(store, books[0])
    one = statements([books[0].id])
    for wb in books[1:]:
        _busy(store, wb)
    assert statements([b.id for b in books]) == one
    facts = loop_facts(store, [books[0].id], TODAY)[books[0].id]
    assert [c.next_on for c in facts.consultations] == [TODAY + timedelta(days=7)]
    assert [h.kind for h in facts.homework] == [hw.EXPOSURE] and facts.log is not None


def test_the_overview_reads_every_total_once_for_its_cue_and_for_the_brief(store, make_workbook):
    """The overview's questionnaire cue and its brief's "moved between moments" share one read of
    the totals; each workbook's brief is still exactly the one read alone."""
    from rugschool_gui.domain.consultation import signal_weeks
    from rugschool_gui.domain.too_little import Score
    from rugschool_gui.storage import too_little
    from rugschool_gui.storage.consultation import overview_facts

    anna, bert, carl = make_workbook("Anna"), make_workbook("Bert"), make_workbook("Carl")
    for wb, totals in ((anna, (42, 35)), (bert, (30, 40, 25))):
        for n, total in enumerate(totals):
            moment = ("start", "middle", "end")[n]
            too_little.save_score(store, wb.id, Score(None, "tsk", "", SINCE + timedelta(days=5 * n), moment, total))
    too_little.save_score(store, bert.id, Score(None, "other", "Mijn lijst", SINCE, "start", 4))
    seen: list[str] = []

    def listener(_conn, _cursor, statement, *_rest) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", listener)
    facts = {f.id: f for f in overview_facts(store, signal_weeks(TODAY))}
    event.remove(store.engine, "before_cursor_execute", listener)
    assert sum("FROM questionnaire_score" in s and "max(" not in s for s in seen) == 1
    for wb in (anna, bert, carl):
        brief = facts[wb.id].loop.brief
        assert brief == brief_facts(store, wb.id, brief.since, TODAY)
    assert facts[anna.id].loop.brief.scores == (("tsk", "start", 42, "middle", 35),)
    assert facts[bert.id].loop.brief.scores == (("tsk", "middle", 40, "end", 25),)
    assert facts[carl.id].loop.brief.scores == () and facts[carl.id].scores == ()
    days = [s.day for s in facts[bert.id].scores]  # the overview's own cue: every total, by day
    assert days == sorted(days) and sorted(s.total for s in facts[bert.id].scores) == [4, 25, 30, 40]
