"""Graded-activity amounts as a person reads them (WORKBOOK.md §5).

The rules keep exact values; what a person reads is rounded here and nowhere else, so the
screen, the PDF and the rule that compares a session with its quota never disagree: whole
minutes, repetitions or metres with a half rounded up (:func:`display_amount`), a level below
the baseline never reading as the baseline (:func:`shown_level`), the weekly increment to two
places (:func:`shown_increment`), and percentages (:func:`percent`, :func:`goal_percent`).
"""

from __future__ import annotations

import math


def percent(fraction: float) -> int:
    """A fraction as the whole percentage a person reads (0.25 → 25)."""
    return round(fraction * 100)


def fraction(whole_percent: float) -> float:
    """A percentage as the fraction the rules use (25 → 0.25)."""
    return whole_percent / 100


def display_amount(value: float) -> int:
    """What a person reads: whole minutes, repetitions or metres, half rounded up."""
    return int(math.floor(value + 0.5))


def shown_level(level: float, baseline: float | None = None) -> float:
    """A planned level as the person reads it: whole units, half rounded up — except that a
    level below the baseline never reads as the baseline or more (§5: the start is 20–30 %
    *below* it; 1.5 repetitions from a baseline of 2 reads 1, not 2). Under one unit it keeps
    one decimal (never "0")."""
    shown = float(display_amount(level))
    if baseline is not None and level < baseline and shown >= display_amount(baseline):
        shown = float(math.floor(level))
    return shown if shown >= 1 else round_half_up(level, 1)


def round_half_up(value: float, decimals: int) -> float:
    """``value`` to ``decimals`` places, a half rounded up as people do (6.25 → 6.3 at one
    place; Python's ``round`` gives 6.2). Used where an exact value is shown."""
    from decimal import ROUND_HALF_UP, Decimal

    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


#: §5's weekly increment is shown with up to two decimals, so it adds up: (45 − 20) / 4 = 6,25
INCREMENT_DECIMALS = 2


def shown_increment(increment: float) -> float:
    """The weekly increment as written beside the levels: exact to two places (6.25, never 6.2)."""
    return round_half_up(increment, INCREMENT_DECIMALS)


def goal_percent(level: float, goal: float) -> int:
    """How far ``level`` is towards ``goal``, in whole percent (the overview's "73 % of the goal")."""
    return round(100 * level / goal)
