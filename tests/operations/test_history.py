"""Undo and redo without Qt: one stack per workbook, checked against newer changes."""

from __future__ import annotations

import pytest

from rugschool_gui.operations import ChangedSince, History
from rugschool_gui.operations import workbooks as ops
from rugschool_gui.operations.history import NothingToUndo
from rugschool_gui.storage import workbooks as repo


def names(db) -> list[str]:
    return sorted(w.name for w in repo.list_workbooks(db))


def test_an_operation_is_one_transaction_and_says_what_it_changed(db, workbook, begins):
    with begins(db) as b:
        change = ops.rename(db, workbook.id, "Anna P.")
    assert b.count == 1
    assert change.workbook_id == workbook.id and change.chapter == "workbooks"
    assert {r.table for r in change.changed} == {"workbook"}
    assert change.undoable and change.label.key == "undo_rename"


def test_a_refused_operation_changes_nothing_and_records_nothing(db, workbook, make_workbook):
    make_workbook("Bert")
    history = History()
    with pytest.raises(Exception) as refused:
        history.record(ops.rename(db, workbook.id, "  bert "))
    assert getattr(refused.value, "key", "") == "duplicate_name"
    assert names(db) == ["Anna", "Bert"]
    assert not history.can_undo(workbook.id)


def test_undo_and_redo_stay_in_their_own_workbook(db, workbook, make_workbook):
    other = make_workbook("Bert")
    history = History()
    history.record(ops.rename(db, workbook.id, "Anna P."))
    assert not history.can_undo(other.id)  # viewing Bert, Ctrl+Z has nothing to do
    with pytest.raises(NothingToUndo):
        history.undo(db, other.id)
    assert names(db) == ["Anna P.", "Bert"]
    history.undo(db, workbook.id)
    assert names(db) == ["Anna", "Bert"]
    assert history.can_redo(workbook.id) and not history.can_redo(other.id)
    history.redo(db, workbook.id)
    assert names(db) == ["Anna P.", "Bert"]


def test_undo_is_refused_when_the_row_changed_since(db, workbook):
    history = History()
    history.record(ops.rename(db, workbook.id, "Anna P."))
    repo.rename_workbook(db, workbook.id, "Anna Peeters")  # e.g. a hand-over, not through history
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert names(db) == ["Anna Peeters"]  # nothing written
    assert history.can_undo(workbook.id)  # still there, still refused


def test_undo_twice_in_a_row_on_the_same_row(db, workbook):
    history = History()
    history.record(ops.rename(db, workbook.id, "B"))
    history.record(ops.rename(db, workbook.id, "C"))
    history.undo(db, workbook.id)
    history.undo(db, workbook.id)  # the first rename expects the row as the second undo left it
    assert names(db) == ["Anna"]
    history.redo(db, workbook.id)
    history.redo(db, workbook.id)
    assert names(db) == ["C"]


def test_a_new_change_clears_the_redo_of_its_workbook_only(db, workbook, make_workbook):
    other = make_workbook("Bert")
    history = History()
    history.record(ops.rename(db, workbook.id, "A2"))
    history.record(ops.rename(db, other.id, "B2"))
    history.undo(db, workbook.id)
    history.undo(db, other.id)
    history.record(ops.rename(db, other.id, "B3"))
    assert history.can_redo(workbook.id) and not history.can_redo(other.id)


def test_deleting_a_workbook_is_undone_from_the_one_shown_next(db, workbook, make_workbook):
    other = make_workbook("Bert")
    history = History()
    change = ops.delete(db, workbook.id, "Mijn werkboek")
    assert change.result == other.id
    history.record(change, on=change.result)
    assert names(db) == ["Bert"]
    assert history.can_undo(other.id) and not history.can_undo(workbook.id)
    back = history.undo(db, other.id)
    assert back.result.id == workbook.id and names(db) == ["Anna", "Bert"]
    assert history.can_redo(workbook.id)  # redo from the workbook shown again
    history.redo(db, workbook.id)
    assert names(db) == ["Bert"]
    assert history.can_undo(other.id)


def test_deleting_the_last_workbook_leaves_a_fresh_one(db, workbook):
    change = ops.delete(db, workbook.id, "Mijn werkboek")
    assert names(db) == ["Mijn werkboek"]
    assert change.result != workbook.id
