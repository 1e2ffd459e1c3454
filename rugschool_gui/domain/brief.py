"""The flags of "Sinds de vorige keer", the consultation brief (issue #25): what the period since
the last consultation asks the psychologist to look at. Each flag carries what it is based on,
so the screen and the paper can say it ("gebaseerd op …").

Pure: ``storage/brief_facts.py`` reads the facts, :func:`flags` decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .exposure import is_real_change

HIGH_PAIN = 7  # issue #25: pain of 7/10 or more in any log
QUIET_DAYS = 7  # issue #25: no entries for 7 days or more
DEFAULT_WEEKS = 4  # without an earlier consultation, the brief looks back four weeks

STAGNATION, ABOVE_QUOTA, FEAR_CHANGE, HIGH_PAIN_FLAG = "stagnation", "above_quota", "fear_change", "high_pain"
NO_ENTRIES, STRESS_UP, SCORE_MOVED = "no_entries", "stress_up", "score_moved"


@dataclass(frozen=True)
class BriefFacts:
    since: date  # the first day of the period (the last consultation's day)
    today: date
    stagnating: bool = False  # §5: the last finished weeks all missed the quota
    sessions_above: int = 0  # graded-activity sessions above the quota in the period (§5)
    #: (step label, rating at the start of the period, rating now) of each step re-rated
    ratings: tuple[tuple[str, int | None, int | None], ...] = ()
    #: (where, day, pain 0–10) of every pain noted in the period
    pains: tuple[tuple[str, date, int], ...] = ()
    last_entry: date | None = None  # the latest day anything was noted (any chapter)
    stress_this_week: int = 0  # signals noted this week
    stress_before: tuple[int, ...] = ()  # signals noted in each of the weeks before (in the period)
    #: (scale, earlier moment, its total, later moment, its total) of each scale scored twice
    scores: tuple[tuple[str, str, float, str, float], ...] = ()
    #: the relaxation practice of the period, oldest first (issue #20's practice meter): shown, never a flag
    relaxation: tuple[RelaxationPractice, ...] = ()


@dataclass(frozen=True)
class RelaxationPractice:
    """One relaxation session of the period, told neutrally: minutes followed, tension before → after."""

    day: date
    exercise: str
    followed_seconds: int | None  # None: logged before the meter existed, or without the guide
    before: int | None
    after: int | None

    @property
    def followed_minutes(self) -> int | None:
        return None if self.followed_seconds is None else round(self.followed_seconds / 60)


@dataclass(frozen=True)
class Flag:
    key: str
    values: dict[str, object] = field(default_factory=dict)


def _stress(facts: BriefFacts) -> list[Flag]:
    if not facts.stress_before:
        return []
    mean = sum(facts.stress_before) / len(facts.stress_before)
    if facts.stress_this_week <= mean:
        return []
    return [Flag(STRESS_UP, {"now": facts.stress_this_week, "before": round(mean, 1),
                             "weeks": len(facts.stress_before)})]


def flags(facts: BriefFacts) -> list[Flag]:
    """Every flag of the period, in a fixed order (see the module docstring)."""
    out: list[Flag] = []
    if facts.stagnating:
        out.append(Flag(STAGNATION))
    if facts.sessions_above:
        out.append(Flag(ABOVE_QUOTA, {"count": facts.sessions_above}))
    out += [Flag(FEAR_CHANGE, {"step": label, "old": old, "new": new})
            for label, old, new in facts.ratings if is_real_change(old, new)]  # §4: more than 20 points
    high = [p for p in facts.pains if p[2] >= HIGH_PAIN]
    if high:
        out.append(Flag(HIGH_PAIN_FLAG, {"count": len(high), "highest": max(p[2] for p in high),
                                         "where": sorted({p[0] for p in high}), "day": max(p[1] for p in high)}))
    quiet = (facts.today - facts.last_entry).days if facts.last_entry is not None else None
    if quiet is None or quiet >= QUIET_DAYS:
        out.append(Flag(NO_ENTRIES, {"days": quiet, "last": facts.last_entry}))
    out += _stress(facts)
    out += [Flag(SCORE_MOVED, {"scale": scale, "from_moment": m1, "from": t1, "to_moment": m2, "to": t2})
            for scale, m1, t1, m2, t2 in facts.scores if t1 != t2]
    return out


def period_start(last_held: date | None, today: date) -> date:
    """The first day the brief looks at: the last consultation's day, or :data:`DEFAULT_WEEKS`
    before ``today`` when there was none yet."""
    return last_held if last_held is not None else today - timedelta(weeks=DEFAULT_WEEKS)


def weekly_counts(days: Sequence[date], first_monday: date, this_monday: date) -> tuple[int, tuple[int, ...]]:
    """Signals per week: (this week's count, the count of each earlier week from ``first_monday``)."""
    return weekly_totals(((day, 1) for day in days), first_monday, this_monday)


def weekly_totals(day_counts: Iterable[tuple[date, int]], first_monday: date,
                  this_monday: date) -> tuple[int, tuple[int, ...]]:
    """As :func:`weekly_counts`, from (day, signals noted that day) pairs."""
    weeks = max(0, (this_monday - first_monday).days // 7)
    before = [0] * weeks
    now = 0
    for day, n in day_counts:
        if day >= this_monday:
            now += n
        elif day >= first_monday:
            before[(day - first_monday).days // 7] += n
    return now, tuple(before)
