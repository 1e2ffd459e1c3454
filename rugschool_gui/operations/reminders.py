"""What a person does with a reminder that reaches the workbook (issue #20): "Vandaag niet" on
an exposure attempt, the stress check-in, a pacing activity or homework keeps its barrier and
words (one transaction), undoable like any row (``operations/rows.py``). Graded activity's
"Vandaag niet" joins its plan's barriers instead (``operations.graded_activity.save_reflection``).

The reminder state of the day (shown, snoozed, declined) is the computer's, not the workbook's:
``ui/reminders/choices.py``.
"""

from __future__ import annotations

from datetime import date

from ..domain.reminders import DeclinedReminder
from ..storage import reminders as repo
from ..storage.db import Database
from .change import Act, Label, operation
from .rows import RowKind

CHAPTER = "reminders"
DECLINED: RowKind[DeclinedReminder] = RowKind(repo.save_declined, repo.delete_declined)


@operation(CHAPTER)
def keep_declined(act: Act, declined: DeclinedReminder) -> DeclinedReminder:
    """Keep the barrier and words of a "Vandaag niet"; a rule not met changes nothing."""
    saved = repo.save_declined(act.db, act.workbook_id, declined)
    label = Label.of(CHAPTER, "undo_declined")
    DECLINED.saved(act, None, saved, added=label, edited=label)
    return saved


@operation(CHAPTER)
def delete_declined(act: Act, declined_id: str) -> DeclinedReminder:
    gone = repo.delete_declined(act.db, act.workbook_id, declined_id)
    DECLINED.deleted(act, gone, Label.of(CHAPTER, "undo_delete_declined"))
    return gone


def declined_since(db: Database, workbook_id: str, first: date, last: date) -> list[DeclinedReminder]:
    """The "Vandaag niet" of [first, last], oldest first (one transaction)."""
    return repo.list_declined(db, workbook_id, first, last)
