"""Doing too much: the outlet finder (WORKBOOK.md §2) — an old outlet that pain made impossible,
why it worked, substitute activities to try and how each went, and the one chosen put into this
week's plan. The rest of the chapter's rules are in :mod:`.too_much`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from .pacing import Activity, week_monday
from .text import clean_label
from .too_much import MAX_LABEL_LENGTH, UnknownKey

#: What an outlet can give (outlet finder, §2: "why it worked for you").
OUTLET_GAINS = ("movement", "company", "creativity", "calm", "achievement", "outdoors")
TRY_OUTCOMES = ("good", "so_so", "not_for_me")


@dataclass(frozen=True)
class Substitute:
    id: str | None
    name: str
    tried: str = ""  # what happened when trying it
    outcome: str | None = None  # TRY_OUTCOMES


@dataclass(frozen=True)
class Outlet:
    old_outlet: str = ""
    why: str = ""
    gains: tuple[str, ...] = ()
    substitutes: tuple[Substitute, ...] = ()
    chosen_id: str | None = None  # the substitute to schedule regularly


def validate_substitute(s: Substitute) -> Substitute:
    if s.outcome is not None and s.outcome not in TRY_OUTCOMES:
        raise UnknownKey(value=s.outcome)
    return replace(s, name=clean_label(s.name, MAX_LABEL_LENGTH), tried=(s.tried or "").strip())


def check_gains(gains: Iterable[str]) -> tuple[str, ...]:
    given = set(gains)
    out = tuple(g for g in OUTLET_GAINS if g in given)
    unknown = given - set(OUTLET_GAINS)
    if unknown:
        raise UnknownKey(value=sorted(unknown)[0])
    return out


#: §2 "Outlet finder … scheduling the one that works regularly": the chosen substitute goes into
#: this week's plan (§2 "Spreading activities") today, in the afternoon, as a want-to-do
#: activity ("the want-to-do ones give the energy for the rest") of half an hour.
OUTLET_PART, OUTLET_MINUTES, OUTLET_KIND, OUTLET_MOTIVE = "afternoon", 30, "physical", "want"


def outlet_activity(name: str, today: date) -> tuple[date, Activity]:
    """The week (its Monday) and the activity that put the chosen outlet in the week plan."""
    return week_monday(today), Activity(None, today.weekday(), OUTLET_PART, name, OUTLET_MINUTES,
                                        OUTLET_KIND, OUTLET_MOTIVE)
