"""Actions on whole workbooks: create, rename, delete (undoable), archive."""

from __future__ import annotations

from functools import partial

from ..domain.workbooks import Workbook
from ..storage import workbooks as repo
from ..storage.db import Database
from .change import WORKBOOKS, Act, ChangeSet, Label, operation, recorded


def create(db: Database, name: str) -> ChangeSet:
    """A new, empty workbook (its change set carries the new workbook's id)."""
    act = Act(db, "", WORKBOOKS)
    with recorded(db) as (session, recorder):
        made = repo.create_workbook(db, name)
        act.workbook_id = made.id
        session.flush()
        return recorder.change_set(act, session, made)


@operation(WORKBOOKS)
def rename(act: Act, name: str) -> Workbook:
    before = repo.get_workbook(act.db, act.workbook_id)
    after = repo.rename_workbook(act.db, act.workbook_id, name)
    if after.name != before.name:
        act.undoable(Label.of(WORKBOOKS, "undo_rename", name=after.name),
                     partial(_rename_back, act.workbook_id, before.name),
                     partial(_rename_back, act.workbook_id, after.name))
    return after


def _rename_back(workbook_id: str, name: str, db: Database) -> Workbook:
    return repo.rename_workbook(db, workbook_id, name)


@operation(WORKBOOKS)
def delete(act: Act, fresh_name: str) -> str:
    """Delete the workbook (a tombstone until the app closes); returns the workbook to show next:
    the first one left, or a new one called ``fresh_name`` when none is left."""
    gone = repo.get_workbook(act.db, act.workbook_id)
    repo.delete_workbook(act.db, act.workbook_id)
    left = repo.list_workbooks(act.db)
    following = left[0] if left else repo.create_workbook(act.db, fresh_name)
    act.undoable(Label.of(WORKBOOKS, "undo_delete", name=gone.name),
                 partial(_restore, act.workbook_id), partial(_delete_again, act.workbook_id))
    return following.id


def _restore(workbook_id: str, db: Database) -> Workbook:
    return repo.restore_workbook(db, workbook_id)


def _delete_again(workbook_id: str, db: Database) -> None:
    repo.delete_workbook(db, workbook_id)


@operation(WORKBOOKS)
def set_archived(act: Act, archived: bool) -> None:
    repo.set_archived(act.db, act.workbook_id, archived)
