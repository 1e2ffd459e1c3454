"""Graded exposure operations without Qt: one BEGIN each, their change sets, undo and redo
through the workbook's history, undo refused after a newer change, user text kept as typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from rugschool_gui.domain.exposure import Attempt, HierarchyFull, OrderMismatch
from rugschool_gui.operations import ChangedSince, History
from rugschool_gui.operations import exposure as ops
from rugschool_gui.operations.exposure import Showing
from rugschool_gui.storage import exposure as repo
from rugschool_gui.storage.exposure_page import load_snapshot
from rugschool_gui.wording import set_language
from rugschool_gui.wording.exposure import words

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def ranks(db, workbook) -> list[tuple[int, str]]:
    return [(i.rank, i.label) for i in repo.load_hierarchy(db, workbook.id).items]


def tables(refs) -> set[str]:
    """The tables of ``refs`` but the workbook's "last worked on" stamp (bookkeeping)."""
    return {r.table for r in refs} - {"workbook"}


def add(db, workbook, *labels, history=None):
    items = []
    for label in labels:
        change = ops.add_item(db, workbook.id, label)
        if history is not None:
            history.record(change)
        items.append(change.result.value)
    return items


# ----- one transaction each, with a change set ---------------------------------------------
def test_adding_a_step_is_one_transaction_and_says_what_it_created(db, workbook, begins):
    with begins(db) as b:
        change = ops.add_item(db, workbook.id, "Bukken", 40, "", Showing())
    assert b.count == 1
    assert change.workbook_id == workbook.id and change.chapter == "exposure"
    assert tables(change.created) == {"fear_item", "fear_rating"}
    assert not change.deleted and change.undoable
    assert change.label.key == "undo_add_item" and dict(change.label.values) == {"label": "Bukken"}
    snapshot = change.result.snapshot  # read back in the same transaction: the page redraws from it
    assert snapshot.item.label == "Bukken" and [i.label for i in snapshot.hierarchy.items] == ["Bukken"]


def test_saving_an_attempt_with_what_the_page_shows_is_one_begin(db, workbook, begins):
    """The issue's count: saving one attempt issued 11 BEGIN IMMEDIATE; now one, redraw included."""
    [item] = add(db, workbook, "Bukken")
    attempt = Attempt(id="", item_id=item.id, when=WHEN, expectation="Mijn rug schiet vast",
                      expected_fear=70, expected_pain=6)
    with begins(db) as b:
        change = ops.save_attempt(db, workbook.id, attempt, Showing(item.id, 30, 0))
    assert b.count == 1
    assert tables(change.created) == {"exposure_attempt"}
    assert change.label.key == "undo_save_attempt"
    snapshot = change.result.snapshot
    assert [a.expectation for a in snapshot.attempts] == ["Mijn rug schiet vast"]
    assert snapshot.attempt_count == 1 and snapshot.item.id == item.id


@pytest.mark.parametrize("action", ["remove", "move", "order", "rate", "relabel", "master", "note",
                                    "delete_attempt"])
def test_every_action_is_one_begin(db, workbook, begins, action):
    a, b = add(db, workbook, "a", "b")
    ops.rate_item(db, workbook.id, a.id, 80)
    saved = ops.save_attempt(db, workbook.id, Attempt(id="", item_id=a.id, when=WHEN)).result.value
    run = {
        "remove": lambda: ops.remove_item(db, workbook.id, a.id, Showing()),
        "move": lambda: ops.move_item(db, workbook.id, b.id, 1, Showing()),
        "order": lambda: ops.order_by_fear(db, workbook.id, Showing()),
        "rate": lambda: ops.rate_item(db, workbook.id, b.id, 30, Showing()),
        "relabel": lambda: ops.relabel_item(db, workbook.id, b.id, "bee", Showing()),
        "master": lambda: ops.set_mastered(db, workbook.id, a.id, True, Showing()),
        "note": lambda: ops.set_note(db, workbook.id, a.id, "'s ochtends"),
        "delete_attempt": lambda: ops.delete_attempt(db, workbook.id, saved.id, Showing()),
    }[action]
    with begins(db) as counted:
        change = run()
    assert counted.count == 1
    assert change.chapter == "exposure" and not change.empty


def test_a_refused_eleventh_step_writes_nothing_and_records_nothing(db, workbook):
    history = History()
    add(db, workbook, *(f"stap {n}" for n in range(10)), history=history)
    depth = len(history._of(workbook.id).undo)
    with pytest.raises(HierarchyFull) as refused:
        history.record(ops.add_item(db, workbook.id, "elf"))
    assert refused.value.key == "exposure.hierarchy_full"
    assert len(ranks(db, workbook)) == 10 and len(history._of(workbook.id).undo) == depth


def test_a_missing_date_is_worded_for_this_chapter(db, workbook):
    [item] = add(db, workbook, "Bukken")
    with pytest.raises(ValueError) as refused:
        ops.save_attempt(db, workbook.id, Attempt(id="", item_id=item.id, when=datetime(2026, 11, 24)))
    assert refused.value.key == "exposure.missing_date"
    assert words("error.missing_date", "nl") == "Kies eerst een datum voor deze poging."
    assert repo.list_attempts(db, workbook.id) == []


# ----- undo and redo ------------------------------------------------------------------------
def test_undo_of_a_reorder_keeps_ranks_one_to_n(db, workbook):
    """WORKBOOK.md §4: ranks stay a gapless 1..n, after the move and after its undo and redo."""
    history = History()
    a, b, c, d = add(db, workbook, "a", "b", "c", "d", history=history)
    history.record(ops.move_item(db, workbook.id, d.id, 1))
    history.record(ops.move_item(db, workbook.id, a.id, 4))
    assert ranks(db, workbook) == [(1, "d"), (2, "b"), (3, "c"), (4, "a")]
    history.undo(db, workbook.id)
    assert ranks(db, workbook) == [(1, "d"), (2, "a"), (3, "b"), (4, "c")]
    history.undo(db, workbook.id)
    assert ranks(db, workbook) == [(1, "a"), (2, "b"), (3, "c"), (4, "d")]
    history.redo(db, workbook.id)
    assert ranks(db, workbook) == [(1, "d"), (2, "a"), (3, "b"), (4, "c")]


def test_undo_of_order_by_fear(db, workbook):
    history = History()
    a, b = add(db, workbook, "veel", "weinig")
    ops.rate_item(db, workbook.id, a.id, 90)
    ops.rate_item(db, workbook.id, b.id, 10)
    change = ops.order_by_fear(db, workbook.id)
    assert change.label.key == "undo_order_by_fear"
    history.record(change)
    assert ranks(db, workbook) == [(1, "weinig"), (2, "veel")]
    history.undo(db, workbook.id)
    assert ranks(db, workbook) == [(1, "veel"), (2, "weinig")]
    assert not ops.move_item(db, workbook.id, a.id, 1).undoable  # already there: nothing to undo


def test_undo_of_add_and_remove_brings_back_the_rank_and_the_attempts(db, workbook):
    history = History()
    a, b, c = add(db, workbook, "a", "b", "c", history=history)
    ops.save_attempt(db, workbook.id, Attempt(id="", item_id=b.id, when=WHEN, actual_fear=20))
    change = ops.remove_item(db, workbook.id, b.id)
    assert tables(change.deleted) == {"fear_item"} and tables(change.changed) == {"fear_item"}
    history.record(change)
    assert ranks(db, workbook) == [(1, "a"), (2, "c")] and repo.list_attempts(db, workbook.id) == []
    history.undo(db, workbook.id)
    assert ranks(db, workbook) == [(1, "a"), (2, "b"), (3, "c")]
    assert len(repo.list_attempts(db, workbook.id)) == 1
    history.redo(db, workbook.id)
    assert ranks(db, workbook) == [(1, "a"), (2, "c")]
    history.undo(db, workbook.id)  # the remove again
    history.undo(db, workbook.id)  # adding "c"
    assert ranks(db, workbook) == [(1, "a"), (2, "b")]
    history.redo(db, workbook.id)
    assert ranks(db, workbook) == [(1, "a"), (2, "b"), (3, "c")]


def test_undo_of_rate_relabel_and_mastered(db, workbook):
    history = History()
    [item] = add(db, workbook, "Tillen")
    history.record(ops.rate_item(db, workbook.id, item.id, 80))
    history.record(ops.rate_item(db, workbook.id, item.id, 50))
    history.record(ops.relabel_item(db, workbook.id, item.id, "Een krat tillen"))
    history.record(ops.set_mastered(db, workbook.id, item.id, True))
    current = repo.load_hierarchy(db, workbook.id).get(item.id)
    assert (current.label, current.fear, current.mastered) == ("Een krat tillen", 50, True)
    history.undo(db, workbook.id)
    assert not repo.load_hierarchy(db, workbook.id).get(item.id).mastered
    history.undo(db, workbook.id)
    assert repo.load_hierarchy(db, workbook.id).get(item.id).label == "Tillen"
    history.undo(db, workbook.id)
    assert repo.load_hierarchy(db, workbook.id).get(item.id).fear == 80
    # undoing a rating records the old value again: the history shows honestly what happened
    assert [r.fear for r in repo.rating_history(db, item.id)] == [80, 50, 80]
    history.redo(db, workbook.id)
    history.redo(db, workbook.id)
    history.redo(db, workbook.id)
    current = repo.load_hierarchy(db, workbook.id).get(item.id)
    assert (current.label, current.fear, current.mastered) == ("Een krat tillen", 50, True)


def test_nothing_changed_is_nothing_to_undo(db, workbook):
    [item] = add(db, workbook, "Tillen")
    ops.rate_item(db, workbook.id, item.id, 40)
    assert not ops.rate_item(db, workbook.id, item.id, 40).undoable
    assert not ops.relabel_item(db, workbook.id, item.id, " Tillen ").undoable
    assert not ops.set_mastered(db, workbook.id, item.id, False).undoable
    assert not ops.set_note(db, workbook.id, item.id, "typed").undoable  # typing is not undone


def test_undo_of_planning_then_completing_an_attempt(db, workbook):
    history = History()
    [item] = add(db, workbook, "Bukken")
    planned = ops.save_attempt(db, workbook.id, Attempt(id="", item_id=item.id, when=WHEN, expected_fear=70))
    history.record(planned)
    completed = ops.save_attempt(db, workbook.id, replace(planned.result.value, actual_fear=30, outcome="no"))
    assert completed.label.key == "undo_complete_attempt" and tables(completed.changed) == {"exposure_attempt"}
    history.record(completed)
    history.undo(db, workbook.id)
    [stored] = repo.list_attempts(db, workbook.id)
    assert (stored.expected_fear, stored.actual_fear, stored.outcome) == (70, None, None)
    history.undo(db, workbook.id)
    assert repo.list_attempts(db, workbook.id) == []
    history.redo(db, workbook.id)
    history.redo(db, workbook.id)
    [stored] = repo.list_attempts(db, workbook.id)
    assert (stored.id, stored.actual_fear, stored.outcome) == (planned.result.value.id, 30, "no")


def test_undo_of_deleting_an_attempt(db, workbook):
    history = History()
    [item] = add(db, workbook, "Bukken")
    saved = ops.save_attempt(db, workbook.id, Attempt(id="", item_id=item.id, when=WHEN)).result.value
    change = ops.delete_attempt(db, workbook.id, saved.id)
    assert tables(change.deleted) == {"exposure_attempt"}
    history.record(change)
    assert repo.list_attempts(db, workbook.id) == []
    history.undo(db, workbook.id)
    assert [a.id for a in repo.list_attempts(db, workbook.id)] == [saved.id]
    history.redo(db, workbook.id)
    assert repo.list_attempts(db, workbook.id) == []


def test_undo_is_refused_when_the_step_changed_since(db, workbook):
    history = History()
    [item] = add(db, workbook, "Tillen")
    history.record(ops.rate_item(db, workbook.id, item.id, 80))
    ops.set_note(db, workbook.id, item.id, "later getypt")  # typing afterwards, not undoable
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert repo.load_hierarchy(db, workbook.id).get(item.id).fear == 80  # nothing written
    assert history.can_undo(workbook.id)


def test_undo_of_a_reorder_is_refused_after_a_step_was_added_behind_its_back(db, workbook):
    history = History()
    a, b = add(db, workbook, "a", "b")
    history.record(ops.move_item(db, workbook.id, b.id, 1))
    repo.add_item(db, workbook.id, "c")  # e.g. sent here from another window, not through history
    with pytest.raises(OrderMismatch):  # the order to restore names other steps: refused kindly
        history.undo(db, workbook.id)
    assert ranks(db, workbook) == [(1, "b"), (2, "a"), (3, "c")]
    assert words("error.order_mismatch", "nl").endswith("Er is niets veranderd.")


def test_undo_stays_in_its_own_workbook(db, workbook, make_workbook):
    other = make_workbook("Bert")
    history = History()
    add(db, workbook, "Bukken", history=history)
    add(db, other, "Tillen", history=history)
    history.undo(db, other.id)
    assert ranks(db, workbook) == [(1, "Bukken")] and ranks(db, other) == []
    history.undo(db, workbook.id)
    assert ranks(db, workbook) == []


# ----- what the page is shown ---------------------------------------------------------------
def test_the_snapshot_follows_the_shown_step_and_its_stretch_of_attempts(db, workbook):
    a, b = add(db, workbook, "a", "b")
    for n in range(5):
        ops.save_attempt(db, workbook.id, Attempt(id="", item_id=a.id, when=WHEN + timedelta(days=n),
                                                  expectation=f"poging {n}"))
    snap = load_snapshot(db, workbook.id, Showing(a.id, 2, 2))
    assert [x.expectation for x in snap.attempts] == ["poging 2", "poging 1"] and snap.attempt_count == 5
    # another step's attempt: the page turns to that step, from its latest attempts
    change = ops.save_attempt(db, workbook.id, Attempt(id="", item_id=b.id, when=WHEN), Showing(a.id, 2, 2))
    assert change.result.snapshot.item.id == b.id and change.result.snapshot.attempt_count == 1
    # a removed step: the page shows the current step instead
    snap = ops.remove_item(db, workbook.id, b.id, Showing(b.id, 2, 2)).result.snapshot
    assert snap.item.id == a.id and len(snap.attempts) == 2 and snap.attempts[0].expectation == "poging 4"


# ----- user text stays as typed -------------------------------------------------------------
@pytest.mark.parametrize("language", ["nl", "en"])
def test_user_text_with_placeholders_stays_as_typed_in_the_undo_label(db, workbook, language):
    odd = "tillen %4 keer {label} %1"
    change = ops.add_item(db, workbook.id, odd)
    set_language(language)
    try:
        text = words(change.label.key, **dict(change.label.values))  # as the Edit menu words it
    finally:
        set_language("nl")
    assert text == ("„tillen %4 keer {label} %1” toevoegen" if language == "nl"
                    else "Add “tillen %4 keer {label} %1”")
    assert ranks(db, workbook) == [(1, odd)]
    assert words("undo_rate", "nl", label=odd) == f"Angst van „{odd}” inschatten"
