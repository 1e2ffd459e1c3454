"""What the graded-exposure page shows, read in one transaction (or in the caller's): the
hierarchy with its re-ratings, and the shown step's ratings, attempts and comments. The rows and
their repository functions are in :mod:`~rugschool_gui.storage.exposure`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.consultations import Comment
from ..domain.exposure import Attempt, FearHierarchy, FearItem, Rating, RatingChange
from .db import Database
from .exposure import count_attempts, list_attempts, load_hierarchy, rating_changes, rating_history


@dataclass(frozen=True)
class Showing:
    """Which step's attempts are shown (None: the current step) and which stretch of them."""

    item_id: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class Snapshot:
    """The hierarchy with its re-ratings, and the shown step's ratings and attempts."""

    hierarchy: FearHierarchy
    changes: dict[str, RatingChange] = field(default_factory=dict)
    item: FearItem | None = None
    history: list[Rating] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    attempt_count: int = 0
    #: the psychologist's comment on each attempt shown that has one (issue #25)
    comments: dict[str, Comment] = field(default_factory=dict)


def load_snapshot(store: Database, workbook_id: str, showing: Showing | None = None) -> Snapshot:
    """Everything the chapter's page shows, in one transaction (or in the caller's): the
    hierarchy, the re-ratings, and for the shown step (``showing.item_id`` while it is on the
    list, else the one :meth:`FearHierarchy.shown_item` picks, from its latest attempts) its
    rating history and a stretch of its attempts, newest first."""
    showing = showing or Showing()
    with store.transaction():
        h = load_hierarchy(store, workbook_id)
        item = h.shown_item(showing.item_id)
        changes = rating_changes(store, workbook_id)
        if item is None:
            return Snapshot(h, changes)
        from .consultations import comments_on

        offset = showing.offset if item.id == showing.item_id else 0
        attempts = list_attempts(store, workbook_id, item.id, showing.limit, offset)
        return Snapshot(h, changes, item, rating_history(store, item.id), attempts,
                        count_attempts(store, workbook_id, item.id),
                        comments_on(store, workbook_id, "exposure_attempt", [a.id for a in attempts if a.id]))
