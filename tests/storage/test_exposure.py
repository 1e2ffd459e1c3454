"""Graded exposure storage: round trips, rating history, tombstones and undo, attempts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from rugschool_gui.domain.exposure import Attempt, HierarchyFull
from rugschool_gui.storage import exposure as repo
from rugschool_gui.storage import exposure_page
from rugschool_gui.storage.workbooks import delete_workbook, get_workbook, purge_deleted


@pytest.fixture
def wb(make_workbook):
    return make_workbook("Anna")


def labels(store, wb_id):
    return [(i.rank, i.label) for i in repo.load_hierarchy(store, wb_id).items]


def test_items_round_trip_in_rank_order(store, wb):
    repo.add_item(store, wb.id, "Bukken", 30, note="zoals bij het aankleden")
    repo.add_item(store, wb.id, "Een krat tillen", 80)
    h = repo.load_hierarchy(store, wb.id)
    assert [(i.rank, i.label, i.fear, i.note) for i in h.items] == [
        (1, "Bukken", 30, "zoals bij het aankleden"), (2, "Een krat tillen", 80, "")]


def test_workbooks_have_their_own_hierarchy(store, make_workbook):
    a, b = make_workbook("A"), make_workbook("B")
    repo.add_item(store, a.id, "Bukken")
    assert labels(store, b.id) == []


def test_eleventh_item_is_refused_and_nothing_is_written(store, wb):
    for n in range(10):
        repo.add_item(store, wb.id, f"item {n}")
    with pytest.raises(HierarchyFull):
        repo.add_item(store, wb.id, "elf")
    assert len(labels(store, wb.id)) == 10


def test_remove_and_restore_keep_ranks_gapless(store, wb):
    ids = [repo.add_item(store, wb.id, f"i{n}").id for n in range(4)]
    removed = repo.remove_item(store, wb.id, ids[1])
    assert labels(store, wb.id) == [(1, "i0"), (2, "i2"), (3, "i3")]
    repo.restore_item(store, wb.id, removed)
    assert labels(store, wb.id) == [(1, "i0"), (2, "i1"), (3, "i2"), (4, "i3")]


def test_move_and_undo_via_set_order(store, wb):
    ids = [repo.add_item(store, wb.id, f"i{n}").id for n in range(3)]
    before = repo.move_item(store, wb.id, ids[2], 1)
    assert labels(store, wb.id) == [(1, "i2"), (2, "i0"), (3, "i1")]
    repo.set_order(store, wb.id, before)
    assert labels(store, wb.id) == [(1, "i0"), (2, "i1"), (3, "i2")]


def test_order_by_fear(store, wb):
    repo.add_item(store, wb.id, "veel", 90)
    repo.add_item(store, wb.id, "weinig", 10)
    repo.order_by_fear(store, wb.id)
    assert labels(store, wb.id) == [(1, "weinig"), (2, "veel")]


def test_re_rating_keeps_history_and_marks_a_real_change(store, wb):
    item = repo.add_item(store, wb.id, "Tillen", 80)
    repo.rate_item(store, wb.id, item.id, 70)
    assert repo.rating_changes(store, wb.id)[item.id].is_real is False
    repo.rate_item(store, wb.id, item.id, 45)
    change = repo.rating_changes(store, wb.id)[item.id]
    assert (change.before, change.after, change.is_real) == (70, 45, True)
    assert [r.fear for r in repo.rating_history(store, item.id)] == [80, 70, 45]
    assert repo.load_hierarchy(store, wb.id).get(item.id).fear == 45


def test_refused_rating_changes_nothing(store, wb):
    item = repo.add_item(store, wb.id, "Tillen", 80)
    with pytest.raises(ValueError):
        repo.rate_item(store, wb.id, item.id, 101)
    assert repo.load_hierarchy(store, wb.id).get(item.id).fear == 80
    assert len(repo.rating_history(store, item.id)) == 1


def test_mastered_and_current_step(store, wb):
    a = repo.add_item(store, wb.id, "a")
    b = repo.add_item(store, wb.id, "b")
    repo.set_mastered(store, wb.id, a.id)
    assert repo.load_hierarchy(store, wb.id).current_step.id == b.id


def test_update_item_words(store, wb):
    a = repo.add_item(store, wb.id, "a")
    repo.update_item(store, wb.id, a.id, label="  Stofzuigen ", note="de trap")
    item = repo.load_hierarchy(store, wb.id).get(a.id)
    assert (item.label, item.note) == ("Stofzuigen", "de trap")
    with pytest.raises(ValueError):
        repo.update_item(store, wb.id, a.id, label="  ")


def attempt(item_id, when, **kw):
    return Attempt(id="", item_id=item_id, when=when, **kw)


def test_attempt_planned_then_completed(store, wb, frozen_now):
    item = repo.add_item(store, wb.id, "Bukken")
    planned = repo.save_attempt(store, wb.id, attempt(
        item.id, frozen_now, expectation="Ik kom niet meer recht", expected_fear=70, expected_pain=6))
    assert not planned.completed
    from dataclasses import replace

    done = repo.save_attempt(store, wb.id, replace(planned, actual_fear=30, actual_pain=3,
                                                   outcome="no", learned="Het viel mee"))
    assert done.id == planned.id
    [stored] = repo.list_attempts(store, wb.id, item.id)
    assert (stored.expected_fear, stored.actual_fear, stored.outcome, stored.when) == (
        70, 30, "no", frozen_now)


def test_bad_attempt_is_refused_and_nothing_is_written(store, wb, frozen_now):
    item = repo.add_item(store, wb.id, "Bukken")
    with pytest.raises(ValueError):
        repo.save_attempt(store, wb.id, attempt(item.id, frozen_now, expected_pain=11))
    with pytest.raises(ValueError):
        repo.save_attempt(store, wb.id, attempt("no-such-item", frozen_now))
    assert repo.list_attempts(store, wb.id) == []


def test_deleting_an_item_hides_its_attempts_and_undo_brings_them_back(store, wb, frozen_now):
    item = repo.add_item(store, wb.id, "Bukken")
    repo.save_attempt(store, wb.id, attempt(item.id, frozen_now, actual_fear=20))
    removed = repo.remove_item(store, wb.id, item.id)
    assert repo.list_attempts(store, wb.id) == []
    repo.restore_item(store, wb.id, removed)
    assert len(repo.list_attempts(store, wb.id)) == 1


def test_delete_attempt_is_a_tombstone(store, wb, frozen_now):
    item = repo.add_item(store, wb.id, "Bukken")
    saved = repo.save_attempt(store, wb.id, attempt(item.id, frozen_now))
    repo.delete_attempt(store, wb.id, saved.id)
    assert repo.list_attempts(store, wb.id) == []
    repo.save_attempt(store, wb.id, saved)  # undo writes it back
    assert len(repo.list_attempts(store, wb.id)) == 1


def test_summary_counts_this_weeks_attempts(store, wb, frozen_now):
    assert repo.summary(store, wb.id, frozen_now).step_rank is None
    a = repo.add_item(store, wb.id, "Bukken")
    repo.add_item(store, wb.id, "Tillen")
    repo.set_mastered(store, wb.id, a.id)
    for days in (0, 1, 8):
        repo.save_attempt(store, wb.id, attempt(a.id, frozen_now - timedelta(days=days)))
    s = repo.summary(store, wb.id, frozen_now)
    assert (s.items, s.mastered, s.step_rank, s.step_label, s.attempts_this_week) == (
        2, 1, 2, "Tillen", 2)


def test_edits_touch_the_workbook(store, wb):
    before = get_workbook(store, wb.id).worked_on_at
    repo.add_item(store, wb.id, "Bukken")
    assert get_workbook(store, wb.id).worked_on_at >= before


def test_purging_a_workbook_erases_its_hierarchy(store, wb, frozen_now):
    item = repo.add_item(store, wb.id, "Bukken", 40)
    repo.save_attempt(store, wb.id, attempt(item.id, frozen_now))
    delete_workbook(store, wb.id)
    purge_deleted(store)
    with store.engine.connect() as conn:
        for table in ("fear_item", "fear_rating", "exposure_attempt"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_snapshot_reads_what_the_page_shows_in_one_transaction(store, wb, frozen_now):
    from sqlalchemy import event

    a = repo.add_item(store, wb.id, "Bukken", 80)
    repo.rate_item(store, wb.id, a.id, 50)
    b = repo.add_item(store, wb.id, "Tillen")
    for n in range(3):
        repo.save_attempt(store, wb.id, attempt(a.id, frozen_now + timedelta(days=n), note=str(n)))
    begins = []

    def seen(_conn):
        begins.append(1)

    event.listen(store.engine, "begin", seen)
    try:
        snap = exposure_page.load_snapshot(store, wb.id, exposure_page.Showing(a.id, 2, 1))
    finally:
        event.remove(store.engine, "begin", seen)
    assert len(begins) == 1
    assert [i.label for i in snap.hierarchy.items] == ["Bukken", "Tillen"]
    assert snap.item.id == a.id and [r.fear for r in snap.history] == [80, 50]
    assert snap.changes[a.id].is_real
    assert [x.note for x in snap.attempts] == ["1", "0"] and snap.attempt_count == 3
    other = exposure_page.load_snapshot(store, wb.id, exposure_page.Showing(b.id, 2, 1))
    assert other.item.id == b.id and other.attempts == [] and other.history == []
    assert exposure_page.load_snapshot(store, wb.id).item.id == a.id  # nothing asked: the current step


def test_get_attempt_is_none_for_a_new_or_deleted_one(store, wb, frozen_now):
    item = repo.add_item(store, wb.id, "Bukken")
    saved = repo.save_attempt(store, wb.id, attempt(item.id, frozen_now))
    assert repo.get_attempt(store, wb.id, saved.id) == saved
    assert repo.get_attempt(store, wb.id, "") is None
    repo.delete_attempt(store, wb.id, saved.id)
    assert repo.get_attempt(store, wb.id, saved.id) is None
