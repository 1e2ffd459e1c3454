"""Doing too much (WORKBOOK.md §2, all but the pacing planner): causes, stress signals,
reflection prompts, the outlet finder, relaxation and assertiveness.

Rules kept here, free of any toolkit:

* the ten causes and four consequences of going over your limits (keys; the UI words them);
* stress signals in their groups, one check-in per day (a second one for the same day edits
  the first), intensities 0–10, and how often each group came up per week (the chart);
* the five reflection questions, one dated answer per question per day;
* the steps and timing of the three guided relaxation exercises, tension 0–10 before/after;
* which causes can be ticked and the first day the stress-signal chart covers.

The outlet finder's rules are in :mod:`.too_much_outlet`.

Error keys carry the chapter's prefix (``too_much.unknown_key``), worded in
``wording/too_much.py``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import too_little
from .chapters import TOO_MUCH
from .errors import DomainError, OutOfRange
from .text import check_range, clean_label
from .weeks import monday_of

if TYPE_CHECKING:
    from .charts import ChartSpec

CHAPTER = TOO_MUCH  # the prefix of this chapter's error keys

MAX_LABEL_LENGTH = 120
#: §2: the intensity of a stress signal, and tension before/after relaxing ("0 to 10")
SCALE_MIN, SCALE_MAX = 0, 10

#: WORKBOOK.md §2 "Causes checklist": the ten reasons people go over their limits.
CAUSES = ("do_well", "dot_the_is", "no_burden", "faster_myself", "better_myself", "guilt",
          "pressured", "no_wimp", "lie_down_later", "ignore_limits")
#: WORKBOOK.md §2 "Consequences".
CONSEQUENCES = ("back_pain_again", "longer_recovery", "listless", "overstrain")
OWN_CAUSE = "own"  # a cause in the person's own words (cause_tick key)

#: WORKBOOK.md §2 "Stress-signal checklist": groups and their signals.
SIGNAL_GROUPS: dict[str, tuple[str, ...]] = {
    "muscle_tension": ("shoulder_neck_pain", "tension_headache"),
    "stomach_bowel": ("no_appetite", "eating_a_lot", "slow_digestion", "diarrhoea", "constipation",
                      "stomach_pain", "stomach_ulcer"),
    "hyperventilation": ("hyperventilation",),
    "palpitations": ("palpitations",),
    "sleep": ("falling_asleep", "waking_early"),
}
OWN_GROUP = "own"  # the person's own signals: key "own:<id>"
SIGNALS = tuple(s for group in SIGNAL_GROUPS.values() for s in group)
CHART_WEEKS = 8  # §2 "a chart of how often each signal came up": the last eight weeks

#: WORKBOOK.md §2 "Reflection prompts", in the workbook's order.
QUESTIONS = ("life_areas", "energy", "outlet", "relax", "ask_help")
ASSERTIVE_QUESTION = "assertive"  # §2 "Assertiveness: a reflection prompt"



class UnknownKey(DomainError):
    key = f"{CHAPTER}.unknown_key"


def check_scale(value: float | None) -> int | None:
    value = check_range(value, SCALE_MIN, SCALE_MAX)
    if value is not None and int(value) != value:
        raise OutOfRange(low=SCALE_MIN, high=SCALE_MAX, value=value)
    return None if value is None else int(value)


def group_of(signal_key: str) -> str:
    if signal_key.startswith(f"{OWN_GROUP}:"):
        return OWN_GROUP
    for group, signals in SIGNAL_GROUPS.items():
        if signal_key in signals:
            return group
    raise UnknownKey(value=signal_key)


# ----- causes -------------------------------------------------------------------------------
#: the keys the cause table holds: this chapter's, "doing too little"'s (§3, the same checklist
#: form), and the own causes of each
OWN_CAUSE_KEYS = (OWN_CAUSE, too_little.OWN)


def check_cause(cause: str, own_label: str = "") -> str:
    """A cause that can be ticked (§2 "Causes checklist", §3 the same for avoiding); returns the
    person's own words, trimmed (an own cause needs them; a listed cause keeps none)."""
    if cause not in (*CAUSES, *too_little.CAUSES, *OWN_CAUSE_KEYS):
        raise UnknownKey(value=cause)
    return clean_label(own_label, MAX_LABEL_LENGTH) if cause in OWN_CAUSE_KEYS else ""


# ----- stress signals -----------------------------------------------------------------------
@dataclass(frozen=True)
class SignalEntry:
    key: str  # a SIGNALS key or "own:<id>"
    intensity: int | None = None
    note: str = ""


@dataclass(frozen=True)
class CheckIn:
    day: date
    signals: tuple[SignalEntry, ...] = ()
    id: str | None = None


def check_signal(entry: SignalEntry, own_keys: Collection[str] | None = None) -> SignalEntry:
    """One ticked signal: a known key — an own one (``own:<id>``) among ``own_keys`` when they are
    given (a handed-over check-in names the workbook's own signals) —, intensity 0–10; note trimmed."""
    if group_of(entry.key) == OWN_GROUP and own_keys is not None and entry.key not in own_keys:
        raise UnknownKey(value=entry.key)
    return replace(entry, intensity=check_scale(entry.intensity), note=(entry.note or "").strip())


def validate_checkin(checkin: CheckIn, own_keys: Collection[str] | None = None) -> CheckIn:
    """Known signals only (:func:`check_signal`), each once, intensities 0–10; notes trimmed."""
    if not isinstance(checkin.day, date):
        raise DomainError(f"{CHAPTER}.missing_date")
    seen: set[str] = set()
    clean: list[SignalEntry] = []
    for s in checkin.signals:
        group_of(s.key)
        if s.key in seen:
            raise DomainError(f"{CHAPTER}.duplicate_signal", signal=s.key)
        seen.add(s.key)
        clean.append(check_signal(s, own_keys))
    return replace(checkin, signals=tuple(clean))


def merge_checkin(existing: CheckIn | None, new: CheckIn) -> CheckIn:
    """One check-in per day: a second one for the same day edits (replaces) the first."""
    if existing is not None and existing.day != new.day:
        raise DomainError(f"{CHAPTER}.wrong_day", day=new.day)
    return replace(new, id=existing.id if existing else new.id)


week_start = monday_of  # the stress-signal week runs Monday to Sunday, as in the planner


def chart_first_day(today: date, weeks: int = CHART_WEEKS) -> date:
    """The Monday the stress-signal chart starts on: ``weeks`` weeks, the current one last
    (§2 "a dated check-in, then a chart of how often each signal came up")."""
    return week_start(today) - timedelta(weeks=weeks - 1)


def weekly_counts(checkins: Iterable[CheckIn], today: date, weeks: int = CHART_WEEKS) -> dict[str, list[int]]:
    """For each signal group: on how many days of each of the last ``weeks`` weeks it came up
    (oldest week first; the current week last). Own signals count under ``own``."""
    first = chart_first_day(today, weeks)
    counts = {g: [0] * weeks for g in (*SIGNAL_GROUPS, OWN_GROUP)}
    for c in checkins:
        index = (week_start(c.day) - first).days // 7
        if not 0 <= index < weeks:
            continue
        for group in {group_of(s.key) for s in c.signals}:
            counts[group][index] += 1
    return counts


def week_summary(checkins: Iterable[CheckIn], today: date) -> tuple[int, str | None]:
    """Signals noted this week (one per signal per day) and the group that came up most."""
    monday = week_start(today)
    this_week = [c for c in checkins if monday <= c.day <= today]
    total = sum(len(c.signals) for c in this_week)
    groups = Counter(group_of(s.key) for c in this_week for s in c.signals)
    top = groups.most_common(1)[0][0] if groups else None
    return total, top


def signal_chart(checkins: Iterable[CheckIn], today: date, week_label: Callable[[date], str],
                 weeks: int = CHART_WEEKS, now_label: str | None = None) -> ChartSpec:
    """Days per week with each group of signals, the last ``weeks`` weeks (0–7 days).

    The current week is not over: its days so far are a loose marker per group, not the end of
    the line — a line dropping towards 0 would look like improvement. ``now_label`` (worded:
    "deze week tot nu") names that week on the axis instead of its Monday."""
    from .charts import LINE, POINTS, ChartSpec, Panel, Series, group_styles, ticks

    counts = weekly_counts(checkins, today, weeks)
    first = chart_first_day(today, weeks)
    used = [g for g, values in counts.items() if any(values)]
    labels = [week_label(first + timedelta(weeks=i)) for i in range(weeks)]
    if now_label is not None:
        labels[-1] = now_label
    series: list[Series] = []
    for group, (role, marker) in zip(used, group_styles(len(used)), strict=True):
        done = tuple(enumerate(counts[group][:-1]))
        if any(v for _x, v in done):
            series.append(Series(group, done, LINE, role, marker))
        # the same key: one legend entry and one table column per group (``charts.table_rows``)
        series.append(Series(group, ((weeks - 1, counts[group][-1]),), POINTS, role, marker))
    return ChartSpec(
        title_key="signal_chart_title",
        x_labels=tuple(labels),
        x_axis_key="week_axis",
        empty_key="no_signals",
        panels=(Panel("days_axis", 0, 7, ticks(0, 7, 7), tuple(series)),),
    )


# ----- reflections, assertiveness ---------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    question: str
    day: date
    text: str
    id: str | None = None


def todays_answer(answers: Iterable[Answer], day: date) -> tuple[Answer | None, list[Answer]]:
    """The answer of ``day`` (one per question per day, §2 "dated answers, history kept") and
    the earlier ones, in the order given."""
    listed = list(answers)
    today = next((a for a in listed if a.day == day), None)
    return today, [a for a in listed if a.day != day]


def check_question(key: str) -> str:
    if key not in QUESTIONS and key != ASSERTIVE_QUESTION:
        raise UnknownKey(value=key)
    return key


@dataclass(frozen=True)
class Situation:
    id: str | None
    day: date
    situation: str
    say: str = ""  # what I would say
    went: str = ""  # how it went


def validate_situation(s: Situation) -> Situation:
    return replace(s, situation=clean_label(s.situation, 500), say=(s.say or "").strip(),
                   went=(s.went or "").strip())


# ----- relaxation ---------------------------------------------------------------------------
PROGRESSIVE, AUTOGENIC, BODY_SCAN = "progressive", "autogenic", "body_scan"
EXERCISES = (PROGRESSIVE, AUTOGENIC, BODY_SCAN)
#: §2 "Relaxation", a guided, timed exercise (the timings from issue #7):
TENSE_SECONDS = 7  # progressive relaxation: tense ~5–10 s …
RELEASE_SECONDS = 20  # … then release ~20 s
MUSCLE_GROUPS = ("hands", "arms", "shoulders", "face", "neck", "back", "belly", "legs", "feet")
#: Autogenic training's formulas (heaviness, warmth, heart, breath, belly, cool forehead).
FORMULAS = ("heavy", "warm", "heart", "breath", "belly", "forehead")
FORMULA_SECONDS = 40
BODY_PARTS = ("breath", "feet", "legs", "back", "belly", "chest", "hands", "shoulders", "face", "whole")
SCAN_SECONDS = 30
SETTLE_SECONDS = 15  # a calm start and end around every exercise


@dataclass(frozen=True)
class Step:
    key: str  # what to attend to (muscle group, formula, body part, "settle")
    phase: str  # "tense", "release", "formula", "attend", "settle"
    seconds: int


def relaxation_steps(exercise: str) -> list[Step]:
    """The guided steps of one exercise, with their timing."""
    if exercise == PROGRESSIVE:
        body = [Step(m, phase, secs) for m in MUSCLE_GROUPS
                for phase, secs in (("tense", TENSE_SECONDS), ("release", RELEASE_SECONDS))]
    elif exercise == AUTOGENIC:
        body = [Step(f, "formula", FORMULA_SECONDS) for f in FORMULAS]
    elif exercise == BODY_SCAN:
        body = [Step(p, "attend", SCAN_SECONDS) for p in BODY_PARTS]
    else:
        raise UnknownKey(value=exercise)
    return [Step("begin", "settle", SETTLE_SECONDS), *body, Step("end", "settle", SETTLE_SECONDS)]


@dataclass
class GuidedExercise:
    """Where in the exercise a moment falls, by the clock (pausable, steps can be skipped)."""

    steps: list[Step]
    started: float
    _offset: float = 0.0
    _running_since: float | None = None
    _ends: list[float] = field(default_factory=list)
    _ran: float = 0.0  # seconds the guide ran before the last pause (skips do not count)

    def __post_init__(self) -> None:
        total, self._ends = 0.0, []
        for s in self.steps:
            total += s.seconds
            self._ends.append(total)
        self._running_since = self.started

    @staticmethod
    def seconds_shown(left: float) -> int:
        """The countdown of a step in whole seconds, rounded up (never "0 s" while it runs)."""
        return max(0, math.ceil(left - 1e-3))

    @property
    def total_seconds(self) -> float:
        return self._ends[-1]

    def elapsed(self, now: float) -> float:
        running = now - self._running_since if self._running_since is not None else 0.0
        return min(self._offset + max(0.0, running), self._ends[-1])

    def position(self, now: float) -> tuple[int, float, bool]:
        """(step index, seconds left in it, finished). Index = len(steps) when finished."""
        t = self.elapsed(now)
        if t >= self._ends[-1]:
            return len(self.steps), 0.0, True
        i = next(i for i, end in enumerate(self._ends) if t < end)
        return i, self._ends[i] - t, False

    @property
    def paused(self) -> bool:
        return self._running_since is None

    def followed_seconds(self, now: float) -> int:
        """Whole seconds the guide actually ran (pauses left out, skipped steps not counted as followed)."""
        running = now - self._running_since if self._running_since is not None else 0.0
        return int(self._ran + max(0.0, running))

    def pause(self, now: float) -> None:
        if self._running_since is not None:
            self._ran += max(0.0, now - self._running_since)
            self._offset = self.elapsed(now)
            self._running_since = None

    def resume(self, now: float) -> None:
        if self._running_since is None:
            self._running_since = now

    def next_step(self, now: float) -> None:
        i, _left, done = self.position(now)
        if not done:
            self._jump(self._ends[i], now)

    def previous_step(self, now: float) -> None:
        i, _left, _done = self.position(now)
        i = min(i, len(self.steps) - 1)
        start = self._ends[i] - self.steps[i].seconds
        target = start if self.elapsed(now) - start > 2 or i == 0 else start - self.steps[i - 1].seconds
        self._jump(max(0.0, target), now)

    def _jump(self, t: float, now: float) -> None:
        self._offset = t
        if self._running_since is not None:
            self._ran += max(0.0, now - self._running_since)
            self._running_since = now


@dataclass(frozen=True)
class RelaxationSession:
    id: str | None
    day: date
    exercise: str
    before: int | None = None
    after: int | None = None
    note: str = ""
    followed_seconds: int | None = None  # how long the guide was actually followed; None = not measured


def validate_session(s: RelaxationSession) -> RelaxationSession:
    if s.exercise not in EXERCISES:
        raise UnknownKey(value=s.exercise)
    followed = None if s.followed_seconds is None else max(0, int(s.followed_seconds))
    return replace(s, before=check_scale(s.before), after=check_scale(s.after), note=(s.note or "").strip(),
                   followed_seconds=followed)


def relaxation_chart(sessions: Sequence[RelaxationSession], date_label: Callable[[date], str]) -> ChartSpec:
    """Tension before and after each session (0–10), oldest first."""
    from .charts import DASHED, LINE, ChartSpec, Panel, Series, label_every, ticks

    ordered = sorted(sessions, key=lambda s: s.day)
    return ChartSpec(
        title_key="relax_chart_title",
        x_labels=tuple(date_label(s.day) for s in ordered),
        x_axis_key="session_axis",
        label_every=label_every(len(ordered)),
        empty_key="no_sessions",
        panels=(Panel("tension_axis", SCALE_MIN, SCALE_MAX, ticks(SCALE_MIN, SCALE_MAX, 5), (
            Series("before", tuple((i, s.before) for i, s in enumerate(ordered)), DASHED, "expected"),
            Series("after", tuple((i, s.after) for i, s in enumerate(ordered)), LINE, "actual"),
        )),),
    )
