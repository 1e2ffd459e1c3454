"""Workbook repository: create, rename, delete with undo, purge, default workbook."""

import pytest

from rugschool_gui.domain.errors import DuplicateName, EmptyName, NotFound
from rugschool_gui.storage import workbooks as repo


def test_round_trip(store):
    wb = repo.create_workbook(store, "  An  ")
    again = repo.get_workbook(store, wb.id)
    assert again == wb
    assert again.name == "An"
    assert again.created_at.tzinfo is not None
    assert len(wb.id) == 36


def test_default_workbook_is_created_once(store):
    first = repo.ensure_default_workbook(store, "Mijn werkboek")
    second = repo.ensure_default_workbook(store, "Mijn werkboek")
    assert first.id == second.id
    assert [w.name for w in repo.list_workbooks(store)] == ["Mijn werkboek"]


def test_list_is_sorted_by_name(store):
    for name in ("bram", "Anna", "Celine"):
        repo.create_workbook(store, name)
    assert [w.name for w in repo.list_workbooks(store)] == ["Anna", "bram", "Celine"]


def test_duplicate_and_empty_names_change_nothing(store):
    repo.create_workbook(store, "Jan")
    with pytest.raises(DuplicateName):
        repo.create_workbook(store, "JAN")
    with pytest.raises(EmptyName):
        repo.create_workbook(store, "  ")
    assert [w.name for w in repo.list_workbooks(store)] == ["Jan"]


def test_rename_checks_other_names_only(store):
    a = repo.create_workbook(store, "Anna")
    repo.create_workbook(store, "Bert")
    assert repo.rename_workbook(store, a.id, "anna").name == "anna"  # own name, other case
    with pytest.raises(DuplicateName):
        repo.rename_workbook(store, a.id, "bert")
    assert repo.get_workbook(store, a.id).name == "anna"


def test_delete_restore_and_purge(store):
    a = repo.create_workbook(store, "Anna")
    repo.delete_workbook(store, a.id)
    assert repo.list_workbooks(store) == []
    with pytest.raises(NotFound):
        repo.get_workbook(store, a.id)
    # the name is free again while the deleted one waits for undo
    b = repo.create_workbook(store, "Anna")
    restored = repo.restore_workbook(store, a.id)
    assert restored.name == "Anna (2)"
    repo.delete_workbook(store, b.id)
    assert repo.purge_deleted(store) == 1
    assert [w.id for w in repo.list_workbooks(store)] == [a.id]
    with pytest.raises(NotFound):
        repo.restore_workbook(store, b.id)
