"""Activity pacing: the week planner, splitting tasks, work/break chunks and balance flags
(WORKBOOK.md §2, "Spreading activities").

The aim is to break the boom-bust cycle: something every day and every day part, effort and
rest alternated, physical and mental alternated, must-do and want-to-do alternated.

Rules kept here, free of any toolkit:

* the chunk calculator (:func:`split_into_chunks`): work, break, work, … work — no break after
  the last block, the last work block may be shorter than a chunk;
* "all at once, then recovering" as the comparison (§2's garden: 60 + 120 = 180 min against
  20-minute chunks with 15-minute breaks = 90 min);
* the balance flags (:func:`balance_flags`), with their thresholds as named constants;
* the week itself: which Monday, the days of a week, copying a week's plan to the next one,
  a proposed split (the weeks in numbers, for the home page and the paper: :mod:`.pacing_weeks`).

Every check raises a ``ValueError`` subclass (a :class:`DomainError` with a message key, prefixed
``pacing.`` and worded in ``wording/pacing.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from .errors import DomainError, OutOfRange
from .text import check_range, clean_label
from .weeks import monday_of

DAYS = 7  # Monday … Sunday
DAY_PARTS = ("morning", "afternoon", "evening")  # WORKBOOK.md §2: ochtend, middag, avond
KINDS = ("physical", "mental")  # §2: alternate physical and mental effort
MOTIVES = ("must", "want")  # §2: alternate must-do (moeten) and want-to-do (willen)
WORK, BREAK = "work", "break"
MAX_NAME_LENGTH = 120
MAX_MINUTES = 16 * 60  # one activity fills at most a waking day
PAIN_MIN, PAIN_MAX = 0, 10

# Balance flags (WORKBOOK.md §2: "the planner flags an unbalanced plan").
#: §2's garden example: an hour of physical work in one go is what pacing replaces.
LONG_PHYSICAL_MINUTES = 60
#: a day part "much heavier than the others": at least this share of the day's minutes (more
#: than half, so one part per day at most) …
HEAVY_PART_SHARE = 0.6
#: … and at least this many minutes (a single short task is never "heavy").
HEAVY_PART_MINUTES = 90
#: "everything piled on one or two days": this share of the week's minutes on the busiest two
#: days, while at least :data:`PILED_EMPTY_DAYS` days have nothing planned.
PILED_SHARE = 0.75
PILED_TWO_DAYS = 2
PILED_EMPTY_DAYS = 3
#: "a long run of the same kind": this many activities in a row within one day, all physical or
#: all mental (§2: alternate physical and mental effort). A night's sleep breaks a run.
SAME_KIND_RUN = 3


class NotPositive(DomainError):
    key = "pacing.minutes_not_positive"


class NegativeBreak(DomainError):
    key = "pacing.break_negative"


class UnknownChoice(DomainError):
    key = "pacing.unknown_choice"


class SplitInvalid(DomainError):
    key = "pacing.split_invalid"


class AlreadySplit(DomainError):
    """A piece of a split task is split no further: join the pieces first."""

    key = "pacing.already_split"


class NothingToCopy(DomainError):
    key = "pacing.nothing_to_copy"


class WeekNotEmpty(DomainError):
    """Copying never mixes into a week that already has a plan."""

    key = "pacing.week_not_empty"


# ----- work and breaks ----------------------------------------------------------------------
@dataclass(frozen=True)
class Block:
    kind: str  # WORK or BREAK
    minutes: float


def _minutes(value: object, *, allow_zero: bool, error: type[DomainError]) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise error(value=value)
    if value < 0 or (value == 0 and not allow_zero):
        raise error(value=value)
    if value > MAX_MINUTES:
        raise OutOfRange(low=1, high=MAX_MINUTES, value=value)
    return value


def split_into_chunks(work_minutes: float, chunk_minutes: float, break_minutes: float) -> list[Block]:
    """Work in chunks with a break between them (WORKBOOK.md §2): 60, 20, 15 → 20 15 20 15 20.

    The last work block may be shorter than a chunk; there is no break after it. Non-positive
    work or chunk minutes and negative break minutes raise ``ValueError`` subclasses. A break
    of 0 minutes leaves the work in one piece.
    """
    work = _minutes(work_minutes, allow_zero=False, error=NotPositive)
    chunk = _minutes(chunk_minutes, allow_zero=False, error=NotPositive)
    pause = _minutes(break_minutes, allow_zero=True, error=NegativeBreak)
    blocks: list[Block] = []
    left = work
    while left > 1e-9:
        piece = min(chunk, left)
        if blocks and pause > 0:
            blocks.append(Block(BREAK, pause))
        if blocks and blocks[-1].kind == WORK:  # no break between: the work simply goes on
            blocks[-1] = Block(WORK, blocks[-1].minutes + piece)
        else:
            blocks.append(Block(WORK, piece))
        left -= piece
    return blocks


def total_minutes(blocks: Iterable[Block]) -> float:
    return sum(b.minutes for b in blocks)


def all_at_once(work_minutes: float, recovery_minutes: float) -> list[Block]:
    """The boom-bust way: all the work in one go, then recovering (§2: 60 + 120 = 180)."""
    work = _minutes(work_minutes, allow_zero=False, error=NotPositive)
    recovery = _minutes(recovery_minutes, allow_zero=True, error=NegativeBreak)
    return [Block(WORK, work)] + ([Block(BREAK, recovery)] if recovery else [])


@dataclass(frozen=True)
class ChunkPlan:
    """A saved chunk plan for one task, with its boom-bust comparison."""

    id: str | None
    name: str
    work: float
    chunk: float
    pause: float
    recovery: float = 0

    @property
    def blocks(self) -> list[Block]:
        return split_into_chunks(self.work, self.chunk, self.pause)

    @property
    def breaks(self) -> int:
        return sum(1 for b in self.blocks if b.kind == BREAK)


@dataclass(frozen=True)
class Timeline:
    """One row of the chunks-against-all-at-once figure (both renderers draw these)."""

    key: str  # "chunked" or "all_at_once"
    blocks: tuple[Block, ...]

    @property
    def total(self) -> float:
        return total_minutes(self.blocks)


def chunk_comparison(plan: ChunkPlan) -> tuple[Timeline, Timeline]:
    """§2: the same work in chunks with breaks, against all at once and then recovering."""
    return (Timeline("chunked", tuple(plan.blocks)),
            Timeline("all_at_once", tuple(all_at_once(plan.work, plan.recovery))))


def minutes_saved(chunked: Timeline, at_once: Timeline) -> float:
    """How much sooner the work is done in chunks than all at once and then recovering (§2's
    garden: 180 − 90 = 90 minutes); 0 when chunks are not faster."""
    return max(0.0, at_once.total - chunked.total)


def validate_chunk_plan(plan: ChunkPlan) -> ChunkPlan:
    split_into_chunks(plan.work, plan.chunk, plan.pause)
    all_at_once(plan.work, plan.recovery)
    return replace(plan, name=clean_label(plan.name, MAX_NAME_LENGTH))


# ----- the week planner ---------------------------------------------------------------------
@dataclass(frozen=True)
class Activity:
    """One activity in the week: a cell (day 0 = Monday, day part) and what it is."""

    id: str | None
    day: int
    part: str
    name: str
    minutes: int
    kind: str = "physical"
    motive: str = "must"
    note: str = ""
    position: int = 0  # order inside the cell
    task_id: str | None = None  # pieces of one split task share it
    done: bool = False
    pain: int | None = None


def check_choice(value: object, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise UnknownChoice(value=value)
    return value


def validate_activity(a: Activity) -> Activity:
    if isinstance(a.day, bool) or not isinstance(a.day, int) or not 0 <= a.day < DAYS:
        raise OutOfRange(low=0, high=DAYS - 1, value=a.day)
    minutes = _minutes(a.minutes, allow_zero=False, error=NotPositive)
    pain = check_range(a.pain, PAIN_MIN, PAIN_MAX)
    if pain is not None and int(pain) != pain:
        raise OutOfRange(low=PAIN_MIN, high=PAIN_MAX, value=pain)
    return replace(a, part=check_choice(a.part, DAY_PARTS), kind=check_choice(a.kind, KINDS),
                   motive=check_choice(a.motive, MOTIVES), name=clean_label(a.name, MAX_NAME_LENGTH),
                   minutes=int(round(minutes)), note=(a.note or "").strip(),
                   pain=None if pain is None else int(pain))


@dataclass(frozen=True)
class Piece:
    """Where one piece of a split task goes, and how long it takes."""

    day: int
    part: str
    minutes: int
    name: str = ""


def split_activity(activity: Activity, pieces: Sequence[Piece]) -> list[Activity]:
    """Split a task into pieces across day parts or days (§2: peel the potatoes in the morning,
    cook in the afternoon). At least two pieces, each a valid activity; they share a task id."""
    if activity.task_id is not None:
        raise AlreadySplit()
    if len(pieces) < 2:
        raise SplitInvalid(pieces=len(pieces))
    task = activity.id
    out = []
    for n, piece in enumerate(pieces, start=1):
        name = (piece.name or "").strip() or f"{activity.name} ({n}/{len(pieces)})"
        out.append(validate_activity(replace(activity, id=None, day=piece.day, part=piece.part,
                                             minutes=piece.minutes, name=name, task_id=task,
                                             done=False, pain=None)))
    return out


def join_pieces(pieces: Sequence[Activity], task_name: str) -> Activity:
    """Re-join a split task into one activity in the first piece's place, minutes summed."""
    if len(pieces) < 2:
        raise SplitInvalid(pieces=len(pieces))
    first = min(pieces, key=lambda a: (a.day, DAY_PARTS.index(a.part), a.position))
    return replace(first, id=None, name=task_name, minutes=sum(p.minutes for p in pieces),
                   task_id=None, done=all(p.done for p in pieces), pain=None)


def suggest_pieces(activity: Activity) -> list[Piece]:
    """What the split form proposes: two halves, the second in the next day part of the same
    day (§2: peel the potatoes in the morning, cook in the afternoon); the evening stays put."""
    half = max(1, activity.minutes // 2)
    next_part = DAY_PARTS[min(DAY_PARTS.index(activity.part) + 1, len(DAY_PARTS) - 1)]
    return [Piece(activity.day, activity.part, half), Piece(activity.day, next_part, activity.minutes - half)]


# ----- weeks --------------------------------------------------------------------------------
# A week is named by its Monday (§2: spread activities over the week, Monday … Sunday).
week_monday = monday_of


def check_monday(day: object) -> date:
    """A week of the planner is named by its Monday."""
    if not isinstance(day, date) or day.weekday() != 0:
        raise OutOfRange(value=str(day))
    return day


def shift_week(monday: date, weeks: int) -> date:
    """The Monday ``weeks`` weeks later (earlier when negative)."""
    return week_monday(monday) + timedelta(days=DAYS * weeks)


def week_dates(monday: date) -> list[date]:
    """The seven days of the week of ``monday``, Monday first."""
    first = week_monday(monday)
    return [first + timedelta(days=d) for d in range(DAYS)]


def week_bounds(monday: date) -> tuple[datetime, datetime]:
    """Start and end of the week in local time (aware): when timer runs count for this week."""
    start = datetime.combine(week_monday(monday), datetime.min.time()).astimezone()
    return start, start + timedelta(days=DAYS)


def copy_to_next_week(monday: date, plan: Sequence[Activity],
                      next_plan: Sequence[Activity]) -> tuple[date, list[Activity]]:
    """A week's plan for the next week, not done yet (§2: plan every week). Refused when this
    week is empty or the next week already has a plan: a copy never mixes into a plan."""
    target = shift_week(monday, 1)
    if not plan:
        raise NothingToCopy()
    if next_plan:
        raise WeekNotEmpty(week=target.isoformat())
    return target, [replace(a, id=None, done=False, pain=None) for a in in_order(plan)]


def in_order(activities: Iterable[Activity]) -> list[Activity]:
    """Day order: Monday morning first, then by the position inside each cell."""
    return sorted(activities, key=lambda a: (a.day, DAY_PARTS.index(a.part), a.position))


# ----- balance flags ------------------------------------------------------------------------
NO_WANT_DAY = "no_want_day"
HEAVY_PART = "heavy_part"
LONG_PHYSICAL = "long_physical"
PILED_UP = "piled_up"
SAME_KIND = "same_kind"
FLAG_KEYS = (NO_WANT_DAY, HEAVY_PART, LONG_PHYSICAL, PILED_UP, SAME_KIND)


@dataclass(frozen=True)
class Flag:
    key: str
    day: int | None = None
    part: str | None = None
    activity_ids: tuple[str, ...] = ()
    kind: str | None = None

    @property
    def id(self) -> str:
        """Stable while the plan keeps the same shape: dismissing it sticks."""
        return ":".join(str(x) for x in (self.key, self.day, self.part, self.kind) if x is not None)


def check_flag_id(flag_id: str) -> str:
    """The id of a flag that can be set aside: one of :data:`FLAG_KEYS`, with its day, day part
    or kind (``no_want_day:2``)."""
    if not isinstance(flag_id, str) or flag_id.split(":", 1)[0] not in FLAG_KEYS:
        raise UnknownChoice(value=str(flag_id)[:40])
    return flag_id


def balance_flags(activities: Iterable[Activity]) -> list[Flag]:
    """What looks unbalanced in a week's plan (WORKBOOK.md §2), in day order."""
    acts = in_order(activities)
    flags: list[Flag] = []
    by_day = {d: [a for a in acts if a.day == d] for d in range(DAYS)}
    for d, day_acts in by_day.items():
        if day_acts and not any(a.motive == "want" for a in day_acts):
            flags.append(Flag(NO_WANT_DAY, d, activity_ids=_ids(day_acts)))
        total = sum(a.minutes for a in day_acts)
        for part in DAY_PARTS:
            part_acts = [a for a in day_acts if a.part == part]
            minutes = sum(a.minutes for a in part_acts)
            # share > 0.5, so at most one day part of a day can be "the heavy one"
            if minutes >= HEAVY_PART_MINUTES and minutes >= HEAVY_PART_SHARE * total:
                flags.append(Flag(HEAVY_PART, d, part, _ids(part_acts)))
            run: list[Activity] = []
            for a in part_acts + [None]:
                if a is not None and a.kind == "physical":
                    run.append(a)
                    continue
                if run and sum(x.minutes for x in run) > LONG_PHYSICAL_MINUTES:
                    flags.append(Flag(LONG_PHYSICAL, d, part, _ids(run)))
                run = []
    week_total = sum(a.minutes for a in acts)
    per_day = sorted((sum(a.minutes for a in by_day[d]) for d in range(DAYS)), reverse=True)
    empty_days = sum(1 for d in range(DAYS) if not by_day[d])
    if week_total and empty_days >= PILED_EMPTY_DAYS and \
            sum(per_day[:PILED_TWO_DAYS]) >= PILED_SHARE * week_total and len(acts) >= 3:
        flags.append(Flag(PILED_UP, activity_ids=_ids(acts)))
    run = []
    for a in acts + [None]:
        if a is not None and run and a.kind == run[-1].kind and a.day == run[-1].day:
            run.append(a)
            continue
        if len(run) >= SAME_KIND_RUN:
            flags.append(Flag(SAME_KIND, run[0].day, run[0].part, _ids(run), run[0].kind))
        run = [a] if a is not None else []
    return flags


def _ids(acts: Iterable[Activity]) -> tuple[str, ...]:
    return tuple(a.id for a in acts if a.id)


def open_flags(flags: Iterable[Flag], dismissed: Iterable[str]) -> list[Flag]:
    """The flags the person has not set aside."""
    aside = set(dismissed)
    return [f for f in flags if f.id not in aside]
