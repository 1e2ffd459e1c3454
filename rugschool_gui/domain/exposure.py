"""Graded exposure: the fear hierarchy and the exposure attempts (WORKBOOK.md §4).

Rules kept here, free of any toolkit:

* at most :data:`MAX_ITEMS` movements or activities (§4: "at most ten");
* rank 1 = least fear … rank n = most fear, always a gapless ``1..n`` with no duplicates;
* fear ratings 0–100, pain ratings 0–10;
* a re-rating that moves more than :data:`REAL_CHANGE_POINTS` is a real change;
* the *current step* is the lowest-ranked item not yet mastered (§4: start with the least feared).

Every operation of :class:`FearHierarchy` either succeeds completely or raises a
``ValueError`` subclass and leaves the hierarchy exactly as it was. Error keys of this chapter
are prefixed ``exposure.`` and worded in ``wording/exposure.py``. Where the person stands (the
home page, the consultation) is in :mod:`.exposure_summary`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from .errors import DomainError, NotFound, OutOfRange
from .text import check_range, clean_label

if TYPE_CHECKING:
    from .charts import ChartSpec

MAX_ITEMS = 10  # WORKBOOK.md §4: list at most ten movements or activities
MAX_LABEL_LENGTH = 200  # issue #4: label ≤ 200 characters
FEAR_MIN, FEAR_MAX = 0, 100  # WORKBOOK.md §4: fear rating 0 to 100
PAIN_MIN, PAIN_MAX = 0, 10  # pain on the usual 0–10 scale (GLOSSARY: "pijn 3/10")
REAL_CHANGE_POINTS = 20  # PHODA-SeV rule of thumb (issue #4): a change of more than 20 is real
OUTCOMES = ("yes", "partly", "no")  # did it happen as I expected?

#: Starting points the person may pick or ignore (WORKBOOK.md §4: bending and lifting are common;
#: hands above the head for whiplash). Keys; the UI and PDF give the words.
SUGGESTION_KEYS = (
    "bend", "lift_crate", "carry_shopping", "hands_above_head", "twist", "vacuum", "sit_long",
    "bottles_car_boot", "walk_with_weight", "stairs_carrying",
)


class HierarchyFull(DomainError):
    key = "exposure.hierarchy_full"


class RankOutOfRange(DomainError):
    key = "exposure.rank_out_of_range"


class MissingDate(DomainError):
    key = "exposure.missing_date"


class DuplicateItem(DomainError):
    key = "exposure.duplicate_id"


class OrderMismatch(DomainError):
    """An order to restore names other steps than the list has (it changed in the meantime)."""

    key = "exposure.order_mismatch"


@dataclass(frozen=True)
class FearItem:
    id: str
    rank: int
    label: str
    fear: int | None = None
    mastered: bool = False
    note: str = ""


def check_fear(value: object) -> int | None:
    return _as_int(check_range(value, FEAR_MIN, FEAR_MAX))  # type: ignore[arg-type]


def check_pain(value: object) -> int | None:
    return _as_int(check_range(value, PAIN_MIN, PAIN_MAX))  # type: ignore[arg-type]


def _as_int(value: float | None) -> int | None:
    if value is None:
        return None
    if int(value) != value:
        raise OutOfRange(value=value)
    return int(value)


def check_rating(value: object) -> int:
    """A fear rating kept in an item's history: 0–100, never empty."""
    fear = check_fear(value)
    if fear is None:
        raise OutOfRange(low=FEAR_MIN, high=FEAR_MAX, value=None)
    return fear


def check_step(item: FearItem) -> FearItem:
    """One step of the hierarchy as the app keeps it: a label (≤ :data:`MAX_LABEL_LENGTH`), a fear
    rating 0–100 or none, a rank ≥ 1 (the hierarchy renumbers ranks 1..n), the note trimmed."""
    if isinstance(item.rank, bool) or not isinstance(item.rank, int) or item.rank < 1:
        raise RankOutOfRange(low=1, high=MAX_ITEMS, value=item.rank)
    return replace(item, label=clean_label(item.label, MAX_LABEL_LENGTH), fear=check_fear(item.fear),
                   note=(item.note or "").strip())


def merged_order(items: Iterable[FearItem], placed: Mapping[str, datetime]) -> list[FearItem]:
    """The hierarchy after a hand-over merged two copies of it (§4: ranks 1..n, no gaps, no twins).

    Each step comes with the rank of the newest ordering that placed it (``placed``: when, per
    id); a gap closes up; two steps on one rank go least feared first (the fear rating suggests
    the order; unrated after rated), then the one placed last first. Ranks are then 1..n."""
    ordered = sorted(items, key=lambda i: (i.rank, i.fear is None, i.fear or 0,
                                           -placed[i.id].timestamp(), i.id))
    return [replace(item, rank=n) for n, item in enumerate(ordered, start=1)]


def is_real_change(old: int | None, new: int | None) -> bool:
    """True when a re-rating moved more than :data:`REAL_CHANGE_POINTS` (not exactly 20)."""
    if old is None or new is None:
        return False
    return abs(new - old) > REAL_CHANGE_POINTS


class FearHierarchy:
    """The ordered list of feared movements of one workbook, changed in place."""

    def __init__(self, items: Iterable[FearItem] = ()) -> None:
        ordered = sorted(items, key=lambda i: i.rank)
        if len(ordered) > MAX_ITEMS:
            raise HierarchyFull(max=MAX_ITEMS)
        self._items = [replace(item, rank=n) for n, item in enumerate(ordered, start=1)]

    # ----- reading -----------------------------------------------------------------------
    @property
    def items(self) -> tuple[FearItem, ...]:
        return tuple(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def get(self, item_id: str) -> FearItem:
        return self._items[self._index(item_id)]

    @property
    def is_full(self) -> bool:
        return len(self._items) >= MAX_ITEMS

    @property
    def current_step(self) -> FearItem | None:
        """The lowest-ranked item not yet mastered, or None when all are mastered (or none)."""
        return next((i for i in self._items if not i.mastered), None)

    @property
    def mastered_count(self) -> int:
        return sum(1 for i in self._items if i.mastered)

    def disagreements(self) -> set[str]:
        """Ids of rated items whose fear is out of step with their rank.

        An item is flagged when a lower-ranked item has a *higher* fear rating, or a
        higher-ranked item a lower one. Unrated items are never flagged.
        """
        rated = [(i.id, i.fear) for i in self._items if i.fear is not None]
        flagged: set[str] = set()
        for a_pos, (a_id, a_fear) in enumerate(rated):
            for b_id, b_fear in rated[a_pos + 1:]:
                if a_fear > b_fear:
                    flagged.update((a_id, b_id))
        return flagged

    def shown_item(self, wanted: str | None) -> FearItem | None:
        """The item to show: ``wanted`` while it is on the list, else the current step (§4:
        where the person is), else the first item; None for an empty list."""
        found = next((i for i in self._items if i.id == wanted), None)
        if found is not None:
            return found
        return self.current_step or (self._items[0] if self._items else None)

    # ----- changing ----------------------------------------------------------------------
    def add(self, label: str, fear: int | None = None, note: str = "",
            item_id: str | None = None) -> FearItem:
        """Add an item at the end (the most feared so far); the person can move it after."""
        if self.is_full:
            raise HierarchyFull(max=MAX_ITEMS)
        item = FearItem(
            id=item_id or str(uuid.uuid4()),
            rank=len(self._items) + 1,
            label=clean_label(label, MAX_LABEL_LENGTH),
            fear=check_fear(fear),
            note=(note or "").strip(),
        )
        if any(i.id == item.id for i in self._items):
            raise DuplicateItem()
        self._items.append(item)
        return item

    def insert(self, item: FearItem) -> FearItem:
        """Put a known item back at its rank (undo of :meth:`remove`); others shift down."""
        if self.is_full:
            raise HierarchyFull(max=MAX_ITEMS)
        if any(i.id == item.id for i in self._items):
            raise DuplicateItem()
        rank = item.rank if 1 <= item.rank <= len(self._items) + 1 else len(self._items) + 1
        label = clean_label(item.label, MAX_LABEL_LENGTH)
        check_fear(item.fear)
        self._items.insert(rank - 1, replace(item, label=label))
        self._renumber()
        return self._items[rank - 1]

    def remove(self, item_id: str) -> FearItem:
        index = self._index(item_id)
        removed = self._items.pop(index)
        self._renumber()
        return removed

    def move(self, item_id: str, new_rank: int) -> FearItem:
        index = self._index(item_id)
        if isinstance(new_rank, bool) or not isinstance(new_rank, int) or not 1 <= new_rank <= len(self._items):
            raise RankOutOfRange(low=1, high=len(self._items), value=new_rank)
        item = self._items.pop(index)
        self._items.insert(new_rank - 1, item)
        self._renumber()
        return self._items[new_rank - 1]

    def rate(self, item_id: str, fear: int | None) -> FearItem:
        index = self._index(item_id)
        self._items[index] = replace(self._items[index], fear=check_fear(fear))
        return self._items[index]

    def relabel(self, item_id: str, label: str) -> FearItem:
        index = self._index(item_id)
        self._items[index] = replace(self._items[index], label=clean_label(label, MAX_LABEL_LENGTH))
        return self._items[index]

    def set_note(self, item_id: str, note: str) -> FearItem:
        index = self._index(item_id)
        self._items[index] = replace(self._items[index], note=(note or "").strip())
        return self._items[index]

    def mark_mastered(self, item_id: str, mastered: bool = True) -> FearItem:
        index = self._index(item_id)
        self._items[index] = replace(self._items[index], mastered=bool(mastered))
        return self._items[index]

    def order_by_fear(self) -> None:
        """Rank by fear rating, least fear first; unrated items keep their order, at the end."""
        rated = sorted((i for i in self._items if i.fear is not None), key=lambda i: i.fear or 0)
        unrated = [i for i in self._items if i.fear is None]
        self._items = rated + unrated
        self._renumber()

    def set_order(self, ids: list[str]) -> None:
        """Put the items in exactly this order (undo of a reordering)."""
        if sorted(ids) != sorted(i.id for i in self._items):
            raise OrderMismatch()
        by_id = {i.id: i for i in self._items}
        self._items = [by_id[i] for i in ids]
        self._renumber()

    # ----- helpers -----------------------------------------------------------------------
    def _index(self, item_id: str) -> int:
        for n, item in enumerate(self._items):
            if item.id == item_id:
                return n
        raise NotFound(what="fear_item")

    def _renumber(self) -> None:
        self._items = [replace(item, rank=n) for n, item in enumerate(self._items, start=1)]


@dataclass(frozen=True)
class Attempt:
    """One exposure exercise (a behavioural experiment): planned first, completed later."""

    id: str
    item_id: str
    when: datetime
    expectation: str = ""
    expected_fear: int | None = None
    expected_pain: int | None = None
    actual_fear: int | None = None
    actual_pain: int | None = None
    outcome: str | None = None  # one of OUTCOMES
    learned: str = ""
    note: str = ""

    @property
    def completed(self) -> bool:
        return (self.actual_fear is not None or self.actual_pain is not None
                or self.outcome is not None or bool(self.learned.strip()))


def validate_attempt(attempt: Attempt) -> Attempt:
    """Check the ratings and outcome of an attempt; returns it with trimmed texts."""
    if attempt.when is None or attempt.when.tzinfo is None:
        raise MissingDate()
    if attempt.outcome is not None and attempt.outcome not in OUTCOMES:
        raise OutOfRange(value=attempt.outcome)
    return replace(
        attempt,
        expected_fear=check_fear(attempt.expected_fear),
        actual_fear=check_fear(attempt.actual_fear),
        expected_pain=check_pain(attempt.expected_pain),
        actual_pain=check_pain(attempt.actual_pain),
        expectation=(attempt.expectation or "").strip(),
        learned=(attempt.learned or "").strip(),
        note=(attempt.note or "").strip(),
    )


def attempts_in_week(attempts: Iterable[Attempt], now: datetime) -> int:
    """How many attempts fall in the ISO week (Monday–Sunday) of ``now`` (local dates)."""
    year, week, _ = now.isocalendar()
    return sum(1 for a in attempts if a.when.astimezone(now.tzinfo).isocalendar()[:2] == (year, week))


def attempt_chart(attempts: Iterable[Attempt], date_label: Callable[[datetime], str]) -> ChartSpec:
    """Expected vs actual fear (0–100) and pain (0–10) per attempt, oldest first.

    ``date_label(datetime) -> str`` formats the x labels in the caller's language.
    """
    from .charts import DASHED, LINE, ChartSpec, Panel, Series, label_every, ticks

    ordered = sorted(attempts, key=lambda a: a.when)
    xs = range(len(ordered))

    def series(key: str, attr: str, style: str, role: str) -> Series:
        return Series(key, tuple((x, getattr(a, attr)) for x, a in zip(xs, ordered, strict=True)), style, role)

    return ChartSpec(
        title_key="attempt_chart_title",
        x_labels=tuple(date_label(a.when) for a in ordered),
        x_axis_key="attempt_axis",
        label_every=label_every(len(ordered)),
        empty_key="no_attempts",
        panels=(
            Panel("fear_axis", FEAR_MIN, FEAR_MAX, ticks(FEAR_MIN, FEAR_MAX, 5), (
                series("expected_fear", "expected_fear", DASHED, "expected"),
                series("actual_fear", "actual_fear", LINE, "actual"),
            )),
            Panel("pain_axis", PAIN_MIN, PAIN_MAX, ticks(PAIN_MIN, PAIN_MAX, 5), (
                series("expected_pain", "expected_pain", DASHED, "expected"),
                series("actual_pain", "actual_pain", LINE, "actual"),
            )),
        ),
    )


@dataclass(frozen=True)
class Rating:
    """One fear rating of an item at a moment; re-ratings keep the earlier ones."""

    when: datetime
    fear: int


@dataclass(frozen=True)
class RatingChange:
    before: int
    after: int

    @property
    def delta(self) -> int:
        return self.after - self.before

    @property
    def is_real(self) -> bool:
        return is_real_change(self.before, self.after)


def last_change(history: Iterable[Rating]) -> RatingChange | None:
    """The latest re-rating compared with the rating before it (None with fewer than two)."""
    ordered = sorted(history, key=lambda r: r.when)
    if len(ordered) < 2:
        return None
    return RatingChange(ordered[-2].fear, ordered[-1].fear)
