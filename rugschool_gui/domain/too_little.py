"""Doing too little (WORKBOOK.md §3): causes, value weighing and questionnaire scores.

* the causes of avoiding (fear of movement, negative thoughts, unsure what the back can take,
  the memory of pain after last time) and their consequences;
* value weighing: an activity you miss, how valuable it is (0–10), what part of it matters,
  and an adapted way to still take part — which can become a step of the fear hierarchy (§4)
  or a want-to-do activity in the week planner (§2);
* questionnaire scores: name, date, moment (start / middle / end / other) and total; known
  scales carry their score range and a score outside it is refused. No questionnaire items
  are stored or shown (they are copyrighted).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from .errors import DomainError, OutOfRange
from .pacing import Activity, week_monday
from .text import check_range, clean_label

if TYPE_CHECKING:
    from .charts import ChartSpec

CAUSES = ("fear_of_movement", "negative_thoughts", "unsure_capacity", "pain_memory")  # §3
CONSEQUENCES = ("avoiding", "careful_slow", "stiff", "fitness", "pain_mood")  # §3
OWN = "own_tl"  # the person's own causes of doing too little (cause_tick key)
VALUE_MIN, VALUE_MAX = 0, 10  # §3: how valuable an activity is to you, 0–10
MAX_NAME_LENGTH = 120  # a name, a step label or a planned activity (the planner takes 120)
MOMENTS = ("start", "middle", "end", "other")  # §3: measured at the start, middle and end

#: Scales whose total range is known (issue #8: e.g. the Tampa Scale, 17 items scored 1–4 = 17–68).
#: Any other questionnaire can be recorded under its own name with no range check.
KNOWN_SCALES: dict[str, tuple[str, int, int]] = {
    "tsk": ("Tampa Scale for Kinesiophobia (TSK-17)", 17, 68),
    "pcs": ("Pain Catastrophizing Scale (PCS)", 0, 52),
    "hads": ("Hospital Anxiety and Depression Scale (HADS), total", 0, 42),
}
OTHER_SCALE = "other"
MAX_SCORE = 1000  # an unknown scale: any total from 0 up to this

#: A valued activity sent to the week planner (§3 → §2): a want-to-do activity (it gives the
#: energy for the rest), physical, half an hour this afternoon; the person moves it from there.
PLANNED_PART = "afternoon"
PLANNED_MINUTES = 30
PLANNED_KIND = "physical"
PLANNED_MOTIVE = "want"


class ScoreOutOfRange(DomainError):
    """A total outside the scale's range: with the scale's ``name`` for a known one, else under
    :data:`TOTAL_OUT_OF_RANGE` (any questionnaire: 0 to :data:`MAX_SCORE`)."""

    key = "too_little.score_out_of_range"


TOTAL_OUT_OF_RANGE = "too_little.total_out_of_range"


class UnknownMoment(DomainError):
    key = "too_little.unknown_moment"


@dataclass(frozen=True)
class ValuedActivity:
    id: str | None
    name: str
    value: int | None = None  # how valuable to me, 0–10
    what_matters: str = ""  # which part of it matters
    adapted: str = ""  # an adapted way to still take part


def validate_valued(a: ValuedActivity) -> ValuedActivity:
    value = check_range(a.value, VALUE_MIN, VALUE_MAX)
    if value is not None and int(value) != value:
        raise OutOfRange(low=VALUE_MIN, high=VALUE_MAX, value=value)
    return replace(a, name=clean_label(a.name, MAX_NAME_LENGTH), value=None if value is None else int(value),
                   what_matters=(a.what_matters or "").strip(), adapted=(a.adapted or "").strip())


def by_value(activities: Iterable[ValuedActivity]) -> list[ValuedActivity]:
    """Most valuable first; unweighed ones last, in the order given."""
    return sorted(activities, key=lambda a: (a.value is None, -(a.value or 0)))


def most_valued(activities: Iterable[ValuedActivity], count: int = 3) -> tuple[str, ...]:
    """The names of the ``count`` most valuable activities (the one-page summary, §6)."""
    return tuple(a.name for a in by_value(activities)[:count])


def step_label(activity: ValuedActivity) -> str:
    """What a valued activity becomes as a fear-hierarchy step or a planned activity: the
    adapted way to take part (its first line) when there is one, else its name; at most
    :data:`MAX_NAME_LENGTH` characters (what both the hierarchy and the planner take)."""
    adapted = activity.adapted.strip()
    text = adapted.splitlines()[0].strip() if adapted else activity.name
    return text[:MAX_NAME_LENGTH].strip()


def planned_activity(activity: ValuedActivity, today: date) -> tuple[date, Activity]:
    """The week (its Monday) and the planner activity a valued activity becomes when sent to
    the week planner: today, in the afternoon, a want-to-do activity (see ``PLANNED_*``)."""
    return week_monday(today), Activity(id=None, day=today.weekday(), part=PLANNED_PART,
                                        name=step_label(activity), minutes=PLANNED_MINUTES,
                                        kind=PLANNED_KIND, motive=PLANNED_MOTIVE)


@dataclass(frozen=True)
class Score:
    id: str | None
    scale: str  # a KNOWN_SCALES key or OTHER_SCALE
    name: str  # the questionnaire's name (filled in for "other")
    day: date
    moment: str
    total: float


def scale_name(score: Score) -> str:
    return scale_title(score.scale, score.name)


def scale_title(scale: str, name: str) -> str:
    """A known questionnaire's full name, or the name the person gave another one."""
    return KNOWN_SCALES[scale][0] if scale in KNOWN_SCALES else name


def check_moment(moment: str) -> str:
    """One of :data:`MOMENTS` (a score's moment, a reflection's)."""
    if moment not in MOMENTS:
        raise UnknownMoment(value=moment)
    return moment


def validate_score(score: Score) -> Score:
    if not isinstance(score.day, date):
        raise DomainError("too_little.missing_date")
    check_moment(score.moment)
    total = score.total
    if isinstance(total, bool) or not isinstance(total, (int, float)) or total != total:
        raise ScoreOutOfRange(TOTAL_OUT_OF_RANGE, low=0, high=MAX_SCORE, value=total)
    if score.scale in KNOWN_SCALES:
        name, low, high = KNOWN_SCALES[score.scale]
        if not low <= total <= high:  # named by its abbreviation, the same in every language
            raise ScoreOutOfRange(name=short_name(name), low=low, high=high, value=total)
        return replace(score, name=name)
    if score.scale != OTHER_SCALE:
        raise DomainError("too_little.unknown_scale", value=score.scale)
    if not 0 <= total <= MAX_SCORE:
        raise ScoreOutOfRange(TOTAL_OUT_OF_RANGE, low=0, high=MAX_SCORE, value=total)
    return replace(score, name=clean_label(score.name, MAX_NAME_LENGTH))


def latest_score(scores: Iterable[Score]) -> Score | None:
    """The score measured last (of one day: the one given last); the home page shows it."""
    return max(reversed(list(scores)), key=lambda s: s.day, default=None)


def short_name(name: str) -> str:
    """A name short enough for an axis: the abbreviation in brackets, or the first words."""
    if "(" in name and ")" in name:
        return name[name.index("(") + 1:name.index(")")].split(",")[0]
    return name if len(name) <= 16 else name[:15] + "…"


def score_chart(scores: Iterable[Score], date_label: Callable[[date], str],
                name_of: Callable[[Score], str] = scale_name) -> ChartSpec:
    """One panel per questionnaire, its scores over time: x is every measurement date, placed by
    the days between them (a score four months later lies four times as far as one a month
    later); y the questionnaire's own range with round, evenly spaced ticks. ``name_of`` names a
    questionnaire in the reader's language (a known scale's Dutch or English name)."""
    from .charts import (
        LINE,
        ChartSpec,
        Panel,
        Series,
        group_styles,
        label_every,
        nice_ceiling,
        nice_ticks,
    )

    ordered = sorted(scores, key=lambda s: (s.day, s.name))
    days = sorted({s.day for s in ordered})
    index = {d: i for i, d in enumerate(days)}
    panels: list[Panel] = []
    names = list(dict.fromkeys(name_of(s) for s in ordered))
    for name, (role, marker) in zip(names, group_styles(len(names)), strict=True):
        mine = [s for s in ordered if name_of(s) == name]
        known = KNOWN_SCALES.get(mine[0].scale)
        low, high = (known[1], known[2]) if known else (0, nice_ceiling(max(s.total for s in mine) or 1))
        panels.append(Panel(short_name(name), low, high, nice_ticks(low, high, 5), (
            Series(name, tuple((index[s.day], s.total) for s in mine), LINE, role, marker),)))
    return ChartSpec(title_key="score_chart_title", x_labels=tuple(date_label(d) for d in days),
                     x_axis_key="date_axis", label_every=label_every(len(days)), empty_key="no_scores",
                     panels=tuple(panels), x_positions=tuple(float(d.toordinal()) for d in days))


def trend(scores: Iterable[Score]) -> dict[str, tuple[float, float]]:
    """For each questionnaire with two or more scores: (first, latest)."""
    out: dict[str, tuple[float, float]] = {}
    ordered = sorted(scores, key=lambda s: s.day)
    for name in dict.fromkeys(scale_name(s) for s in ordered):
        mine = [s.total for s in ordered if scale_name(s) == name]
        if len(mine) >= 2:
            out[name] = (mine[0], mine[-1])
    return out
