"""Long logs read a page at a time (issue #18): every entry exactly once, in the log's order,
whatever the page size, for check-ins, relaxation sessions and chains (``storage/paging.py``)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.storage import too_much, too_much_pages, too_much_practice, understanding
from rugschool_gui.storage.paging import MAX_PAGE
from rugschool_gui.storage.workbooks import create_workbook

START = date(2026, 1, 1)
SIGNALS = ("palpitations", "falling_asleep", "waking_early")


def _all_pages(read, size: int) -> list:
    """Every page from the first on; also checks that no page is longer than asked."""
    out, after, pages = [], None, 0
    while True:
        page = read(after, size)
        assert len(page.items) <= size
        out += page.items
        pages += 1
        assert pages < 10_000
        if page.after is None:
            return out
        after = page.after


def _workbook(store) -> str:
    """A fresh workbook for each example (names must differ)."""
    from uuid import uuid4

    return create_workbook(store, f"Paged {uuid4().hex[:8]}").id


days = st.lists(st.integers(0, 400), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day_numbers=days, deleted=st.sets(st.integers(0, 400), max_size=5), size=st.integers(1, 7),
       since=st.none() | st.integers(0, 400))
def test_check_in_pages_hold_every_day_once_latest_first(store, day_numbers, deleted, size, since):
    wb = _workbook(store)
    for n in day_numbers:
        too_much.save_checkin(store, wb, CheckIn(START + timedelta(days=n),
                                                 (SignalEntry(SIGNALS[n % 3], n % 11, f"n{n}"),)))
    for n in deleted & set(day_numbers):
        too_much.delete_checkin(store, wb, START + timedelta(days=n))
    cut = None if since is None else START + timedelta(days=since)
    whole = too_much.list_checkins(store, wb, since=cut)[::-1]  # the one-go read, latest first
    paged = _all_pages(lambda after, limit: too_much_pages.checkin_page(
        store, wb, after=after, limit=limit, since=cut), size)
    assert paged == whole
    assert len({c.id for c in paged}) == len(paged)
    span = too_much_pages.checkin_span(store, wb, since=cut)
    assert span.count == len(whole)
    assert (span.first, span.last) == ((whole[-1].day, whole[0].day) if whole else (None, None))
    if cut is not None:
        older = too_much_pages.checkin_span(store, wb, before=cut)
        assert older.count == len(too_much.list_checkins(store, wb)) - len(whole)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day_numbers=days, size=st.integers(1, 7), since=st.none() | st.integers(0, 400))
def test_relaxation_pages_follow_the_screens_order_with_several_sessions_a_day(store, day_numbers, size, since):
    wb = _workbook(store)
    for i, n in enumerate(day_numbers):  # a day may come up more than once: its sessions in order written
        too_much_practice.save_relaxation(store, wb, RelaxationSession(None, START + timedelta(days=n % 30), "body_scan",
                                                              n % 11, (n + i) % 11, f"s{i}"))
    cut = None if since is None else START + timedelta(days=since % 30)
    whole = [s for s in too_much_practice.list_relaxation(store, wb) if cut is None or s.day >= cut][::-1]
    paged = _all_pages(lambda after, limit: too_much_pages.relaxation_log_page(
        store, wb, after=after, limit=limit, since=cut), size)
    assert [s.note for s in paged] == [s.note for s in whole]
    assert paged == whole
    assert too_much_pages.relaxation_span(store, wb, since=cut).count == len(whole)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day_numbers=days, size=st.integers(1, 7))
def test_chain_pages_match_the_diary_newest_first(store, day_numbers, size):
    wb = _workbook(store)
    for i, n in enumerate(day_numbers):
        understanding.save_entry(store, wb, ChainEntry(None, START + timedelta(days=n % 20),
                                                       (("a", "b", "c", "d", f"e{i}"),), None, ""))
    whole = understanding.list_entries(store, wb)
    paged = _all_pages(lambda after, limit: understanding.entry_page(store, wb, after=after, limit=limit), size)
    assert paged == whole
    assert understanding.entry_span(store, wb).count == len(whole)


def test_a_page_is_never_longer_than_the_limit_a_database_allows(store):
    wb = _workbook(store)
    for n in range(3):
        too_much.save_checkin(store, wb, CheckIn(START + timedelta(days=n), (SignalEntry("palpitations", 1),)))
    page = too_much_pages.checkin_page(store, wb, limit=10 * MAX_PAGE)
    assert [c.day for c in page.items] == [START + timedelta(days=n) for n in (2, 1, 0)]
    assert page.after is None  # fewer than asked: the last page
    assert too_much_pages.checkin_page(store, wb, limit=2).after is not None


def test_the_pages_of_one_workbook_hold_nothing_of_another(store):
    mine, other = create_workbook(store, "Mijn").id, create_workbook(store, "Ander").id
    too_much_practice.save_relaxation(store, mine, RelaxationSession(None, START, "body_scan", 5, 2, "mijn"))
    too_much_practice.save_relaxation(store, other, RelaxationSession(None, START, "body_scan", 5, 2, "ander"))
    assert [s.note for s in too_much_pages.relaxation_log_page(store, mine).items] == ["mijn"]
    assert too_much_pages.relaxation_span(store, other).count == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day_numbers=days, size=st.integers(1, 7), since=st.none() | st.integers(0, 400))
def test_answer_pages_hold_every_answer_once_newest_first(store, day_numbers, size, since):
    wb = _workbook(store)
    for n in day_numbers:  # typing on a day that has an answer changes that answer
        too_much.save_answer(store, wb, "energy", START + timedelta(days=n), f"antwoord {n}")
    too_much.save_answer(store, wb, "relax", START, "een andere vraag")
    cut = None if since is None else START + timedelta(days=since)
    whole = [a for a in too_much.list_answers(store, wb, "energy") if cut is None or a.day >= cut]
    paged = _all_pages(lambda after, limit: too_much_pages.answer_page(
        store, wb, "energy", after=after, limit=limit, since=cut), size)
    assert paged == whole
    assert too_much_pages.answer_span(store, wb, "energy", since=cut).count == len(whole)
