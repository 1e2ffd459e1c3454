"""The chain diary's actions without Qt: one transaction each, what they changed, undo and redo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rugschool_gui.domain.errors import DomainError
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.operations import ChangedSince, History
from rugschool_gui.operations import understanding as ops
from rugschool_gui.storage import understanding as repo
from rugschool_gui.wording.understanding import words

DAY = date(2026, 11, 24)
STAIRS = ChainEntry(None, DAY, (("Trap af", "Steek", "Kapot", "Angst", "Blijven liggen"),), "behaviour")


def tables(refs) -> set[str]:
    """The chapter's tables among ``refs`` (every write also stamps the workbook's row)."""
    return {r.table for r in refs} - {"workbook"}


def test_noting_a_chain_is_one_transaction_and_can_be_undone(db, workbook, begins):
    history = History()
    with begins(db) as b:
        change = ops.save_entry(db, workbook.id, STAIRS)
    assert b.count == 1
    assert change.chapter == "understanding" and change.workbook_id == workbook.id
    assert tables(change.created) == {"chain_entry"} and not tables(change.changed | change.deleted)
    assert change.result.id is not None and change.label.key == "undo_add_entry"
    history.record(change)
    with begins(db) as b:
        history.undo(db, workbook.id)
    assert b.count == 1
    assert repo.list_entries(db, workbook.id) == []
    history.redo(db, workbook.id)
    assert repo.list_entries(db, workbook.id) == [change.result]


def test_changing_a_chain_undoes_to_the_old_text(db, workbook):
    saved = ops.save_entry(db, workbook.id, STAIRS).result
    history = History()
    change = ops.save_entry(db, workbook.id, replace(saved, note="Volgende keer de leuning nemen"))
    assert tables(change.changed) == {"chain_entry"} and change.label.key == "undo_change_entry"
    history.record(change)
    history.undo(db, workbook.id)
    assert repo.get_entry(db, workbook.id, saved.id).note == ""
    history.redo(db, workbook.id)
    assert repo.get_entry(db, workbook.id, saved.id).note == "Volgende keer de leuning nemen"


def test_saving_an_unchanged_chain_leaves_nothing_to_undo(db, workbook):
    saved = ops.save_entry(db, workbook.id, STAIRS).result
    change = ops.save_entry(db, workbook.id, replace(saved, note="  "))  # trimmed: the same
    assert change.empty and not change.undoable and change.result == saved


def test_deleting_a_chain_is_undone_and_redone(db, workbook, begins):
    saved = ops.save_entry(db, workbook.id, STAIRS).result
    history = History()
    with begins(db) as b:
        change = ops.delete_entry(db, workbook.id, saved.id)
    assert b.count == 1
    assert tables(change.deleted) == {"chain_entry"} and change.label.key == "undo_delete_entry"
    assert change.result == saved
    history.record(change)
    history.undo(db, workbook.id)
    assert repo.list_entries(db, workbook.id) == [saved]
    history.redo(db, workbook.id)
    assert repo.list_entries(db, workbook.id) == []


def test_undo_is_refused_when_the_chain_changed_since(db, workbook):
    saved = ops.save_entry(db, workbook.id, STAIRS).result
    history = History()
    history.record(ops.save_entry(db, workbook.id, replace(saved, note="eerste")))
    repo.save_entry(db, workbook.id, replace(saved, note="tweede"))  # e.g. a hand-over, not through history
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert repo.get_entry(db, workbook.id, saved.id).note == "tweede"  # nothing written


def test_undo_stays_in_its_own_workbook(db, workbook, make_workbook):
    other = make_workbook("Bert")
    history = History()
    history.record(ops.save_entry(db, workbook.id, STAIRS))
    assert history.can_undo(workbook.id) and not history.can_undo(other.id)


def test_a_refused_chain_writes_nothing(db, workbook):
    with pytest.raises(DomainError) as refused:
        ops.save_entry(db, workbook.id, ChainEntry(None, DAY, (("", "", "", "", ""),)))
    assert refused.value.key == "understanding.empty_chain"
    with pytest.raises(DomainError) as refused:
        ops.save_entry(db, workbook.id, ChainEntry(None, None, (("a", "", "", "", ""),)))  # type: ignore[arg-type]
    assert refused.value.key == "understanding.missing_date"
    assert repo.list_entries(db, workbook.id) == []


def test_text_like_placeholders_comes_back_exactly(db, workbook):
    typed = "tillen %1 keer, dan {x} en %4"
    saved = ops.save_entry(db, workbook.id, replace(STAIRS, note=typed)).result
    assert repo.get_entry(db, workbook.id, saved.id).note == typed
    assert words("note", "nl", note=typed) == f"Notitie: {typed}"
    assert words("change", "en", link=typed) == f"What I will change next time: {typed}"


def test_every_refusal_and_undo_label_is_worded_in_both_languages():
    for key in ("missing_date", "empty_chain", "too_many_rounds", "invalid", "unknown_link"):
        nl, en = words(f"error.{key}", "nl", max=5), words(f"error.{key}", "en", max=5)
        assert nl and en and nl != en and "{" not in nl + en
    for key in ("undo_add_entry", "undo_change_entry", "undo_delete_entry"):
        assert words(key, "nl") != words(key, "en")
