"""Many workbooks read at once, each from its own first day (``storage.per_owner``)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import event, select

from rugschool_gui.domain.too_much import CheckIn, SignalEntry
from rugschool_gui.storage import too_much
from rugschool_gui.storage.brief_facts import brief_facts, brief_facts_of
from rugschool_gui.storage.per_owner import SHARED_BOUND, from_each

TODAY = date.today()


def _days(store, firsts) -> set[tuple[str, date]]:
    row = too_much.CheckInRow
    with store.transaction() as s:
        return set(s.execute(from_each(select(row.workbook_id, row.day), row.workbook_id, row.day, firsts)).all())


def _checkins(store, wb, days) -> None:
    for day in days:
        too_much.save_checkin(store, wb.id, CheckIn(day, (SignalEntry("palpitations"),)))


def test_far_apart_first_days_read_each_owner_from_its_own_day(store, make_workbook):
    old, recent = make_workbook("Archief"), make_workbook("Nu")
    days = [TODAY - timedelta(days=n) for n in (800, 400, 30, 3)]
    _checkins(store, old, days)
    _checkins(store, recent, days)
    firsts = {old.id: TODAY - timedelta(days=900), recent.id: TODAY - timedelta(days=10)}
    assert _days(store, firsts) == {(old.id, d) for d in days} | {(recent.id, days[-1])}


def test_close_first_days_share_one_bound_and_read_no_other_owner(store, make_workbook):
    anna, bert, carl = make_workbook("Anna"), make_workbook("Bert"), make_workbook("Carl")
    days = [TODAY - timedelta(days=n) for n in (40, 20, 3)]
    for wb in (anna, bert, carl):
        _checkins(store, wb, days)
    firsts = {anna.id: TODAY - timedelta(days=30), bert.id: TODAY - timedelta(days=10)}
    assert timedelta(days=20) < SHARED_BOUND  # the two days above are 20 days apart
    # one bound for both (the earlier day): the caller compares each row with its owner's day
    assert _days(store, firsts) == {(wb.id, d) for wb in (anna, bert) for d in days[1:]}
    assert _days(store, {}) == set()


def test_an_archived_workbook_with_an_old_period_leaves_the_others_briefs_unchanged(store, make_workbook):
    """The overview's brief of each workbook is the one read alone, also when one workbook's
    last consultation lies years back (its own day is then joined as a small table)."""
    old, recent = make_workbook("Archief"), make_workbook("Nu")
    days = [TODAY - timedelta(days=n) for n in (700, 60, 9, 2)]
    _checkins(store, old, days)
    _checkins(store, recent, days)
    periods = {old.id: TODAY - timedelta(days=730), recent.id: TODAY - timedelta(days=14)}
    seen: list[str] = []

    def listener(_conn, _cursor, statement, *_rest) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", listener)
    both = brief_facts_of(store, periods, TODAY)
    event.remove(store.engine, "before_cursor_execute", listener)
    assert any("firsts" in s for s in seen)
    for wb, since in periods.items():
        assert both[wb] == brief_facts(store, wb, since, TODAY)
    assert both[old.id].stress_before != both[recent.id].stress_before
    assert sum(both[old.id].stress_before) + both[old.id].stress_this_week == 4
    assert sum(both[recent.id].stress_before) + both[recent.id].stress_this_week == 2
