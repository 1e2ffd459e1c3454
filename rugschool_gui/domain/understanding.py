"""Understanding the pain (WORKBOOK.md §1): the chain diary and the chapter's figures.

* the chain **situation → bodily sensation → thought → emotion → behaviour**; an entry may run
  several rounds (the staircase example: the behaviour leads to a new situation); the person
  can mark the link to change next time — behaviour is the one we control best;
* figures as specs (``domain.charts``): the bio-psycho-social model, the vicious circle, the
  chain, and the sawtooth of capacity (belastbaarheid) between an upper and a lower limit,
  dropping with boom-bust activity, beside the steadier line of paced activity.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import TypeAlias

from .charts import DASHED, LINE, Arrow, ChartSpec, DiagramSpec, Node, Panel, Series
from .errors import DomainError

LINKS = ("situation", "sensation", "thought", "emotion", "behaviour")  # WORKBOOK.md §1
MAX_ROUNDS = 5  # the staircase example runs three rounds; more is rarely useful
LIFE_AREAS = ("household", "work", "social", "sport", "independence")  # §1: life areas touched

#: one round of the chain: a text per link, in the order of :data:`LINKS`
Round: TypeAlias = tuple[str, ...]


class EmptyChain(DomainError):
    key = "understanding.empty_chain"


@dataclass(frozen=True)
class ChainEntry:
    id: str | None
    day: date
    rounds: tuple[Round, ...]  # one text per link, per round
    change_link: str | None = None  # the link I could change next time
    note: str = ""


def validate_chain(entry: ChainEntry) -> ChainEntry:
    """The entry as it is kept: texts trimmed, empty rounds dropped; refused (error keys
    ``understanding.*``) without a date, without any text, with more than :data:`MAX_ROUNDS`
    rounds, or with an unknown link to change."""
    if not isinstance(entry.day, date):
        raise DomainError("understanding.missing_date")
    rounds = tuple(tuple((t or "").strip() for t in r) for r in entry.rounds)
    rounds = tuple(r for r in rounds if any(r))  # empty rounds fall away
    if not rounds:
        raise EmptyChain()
    if len(rounds) > MAX_ROUNDS:
        raise DomainError("understanding.too_many_rounds", max=MAX_ROUNDS)
    if any(len(r) != len(LINKS) for r in rounds):
        raise DomainError("understanding.invalid")
    if entry.change_link is not None and entry.change_link not in LINKS:
        raise DomainError("understanding.unknown_link", value=entry.change_link)
    return replace(entry, rounds=rounds, note=(entry.note or "").strip())


def parse_rounds(stored: str) -> tuple[Round, ...]:
    """The rounds of an entry as kept (JSON: a list of rounds, each a list of up to five texts),
    each padded to one text per link; anything else is refused (``understanding.invalid``), so a
    page never meets a malformed entry (a handed-over file is read with this too)."""
    try:
        value = json.loads(stored or "[]")
    except (ValueError, RecursionError):
        raise DomainError("understanding.invalid") from None
    if not isinstance(value, list) or not all(
            isinstance(r, list) and len(r) <= len(LINKS) and all(isinstance(t, str) for t in r) for r in value):
        raise DomainError("understanding.invalid")
    return tuple((*r, *[""] * (len(LINKS) - len(r))) for r in value)


def rounds_text(rounds: tuple[Round, ...]) -> str:
    """The rounds as they are kept (the inverse of :func:`parse_rounds`)."""
    return json.dumps([list(r) for r in rounds], ensure_ascii=False)


def first_round(entry: ChainEntry) -> Round:
    """The round a list shows for an entry (empty texts when it has none)."""
    return entry.rounds[0] if entry.rounds else ("",) * len(LINKS)


def more_rounds(entry: ChainEntry) -> int:
    """How many rounds follow the first (the staircase example: 2)."""
    return max(0, len(entry.rounds) - 1)


# ----- figures ------------------------------------------------------------------------------
def bio_psycho_social() -> DiagramSpec:
    """Three overlapping circles with a real shared centre, where the pain sits; each circle's
    word in the part that is its own, so no outline runs through a label.

    Geometry in parts of the width (the figure is 0.56 as high as wide): circles of radius 0.17
    whose centres are 0.19 apart (an equilateral triangle), so every pair overlaps and all three
    share a centre about 0.06 across, room for the word "Pijn"."""
    aspect = 0.56
    radius, apart = 0.17, 0.19
    to_centre = apart / math.sqrt(3)  # from a circle's centre to the shared centre
    top = (aspect - (radius * 2 + to_centre * 1.5)) / 2 + radius  # the upper circles' centre
    upper = top / aspect
    centre = (top + to_centre / 2) / aspect
    lower = (top + to_centre * 1.5) / aspect
    w, h = radius * 2, radius * 2 / aspect
    nodes = (
        Node("bio", 0.5 - apart / 2, upper, w, h, "circle", "actual", label_dx=-0.22, label_dy=-0.06),
        Node("psycho", 0.5 + apart / 2, upper, w, h, "circle", "expected", label_dx=0.22, label_dy=-0.06),
        Node("social", 0.5, lower, w, h, "circle", "extra", label_dy=0.26),
        Node("pain", 0.5, centre, 0.08, 0.045 / aspect, "box", "reference"),
    )
    return DiagramSpec("bps_title", nodes, aspect=aspect, caption_key="bps_caption")


def vicious_circle() -> DiagramSpec:
    nodes = (Node("complaints", 0.22, 0.5, 0.3, 0.34, "box", "actual"),
             Node("feelings", 0.78, 0.5, 0.3, 0.34, "box", "expected"))
    return DiagramSpec("circle_title", nodes, (Arrow("complaints", "feelings", 0.35),
                                               Arrow("feelings", "complaints", 0.35)),
                       aspect=0.32, caption_key="circle_caption")


def chain_figure() -> DiagramSpec:
    step = 1 / len(LINKS)
    nodes = tuple(Node(link, step * (i + 0.5), 0.5, step * 0.8, 0.5, "box",
                       "extra" if link == "behaviour" else "plan") for i, link in enumerate(LINKS))
    arrows = tuple(Arrow(a, b) for a, b in pairwise(LINKS))
    return DiagramSpec("chain_title", nodes, arrows, aspect=0.2, caption_key="chain_caption")


SAWTOOTH_DAYS = 29  # §1: the sawtooth figure over four weeks (an illustration, not a rule): days
#: 1 … 29, so the weekly labels fall evenly on 1, 8, 15, 22, 29


def sawtooth() -> ChartSpec:
    """Capacity between an upper and a lower limit that both drop with boom-bust activity
    (WORKBOOK.md §1): good days catch up and overload, then longer rest (top panel); paced
    activity stays steadily between limits that hold (bottom panel)."""
    days = range(SAWTOOTH_DAYS)
    upper = [80 - d * 0.9 for d in days]
    lower = [45 - d * 0.9 for d in days]
    boom = []
    for d in days:
        phase = d % 7
        top, bottom = upper[d] + 8, lower[d] - 12
        boom.append(top if phase in (0, 1) else bottom if phase in (2, 3, 4) else (top + bottom) / 2)
    paced = [60 + (2 if d % 2 else -2) for d in days]
    return ChartSpec(
        title_key="saw_title",
        x_labels=tuple(str(d + 1) for d in days),
        x_axis_key="saw_days",
        label_every=7,
        panels=(
            Panel("saw_boom_axis", 0, 100, (0, 25, 50, 75, 100), (
                # the two limits told apart in the legend and in grey print: shade and marker
                # (the upper limit's triangle points up, the lower limit's square sits low)
                Series("saw_upper", tuple(enumerate(upper)), DASHED, "reference", "triangle"),
                Series("saw_lower", tuple(enumerate(lower)), DASHED, "plan", "square"),
                Series("saw_boom", tuple(enumerate(boom)), LINE, "expected"),
            )),
            Panel("saw_paced_axis", 0, 100, (0, 25, 50, 75, 100), (
                Series("saw_upper", tuple((d, 80.0) for d in days), DASHED, "reference", "triangle"),
                Series("saw_lower", tuple((d, 45.0) for d in days), DASHED, "plan", "square"),
                Series("saw_paced", tuple(enumerate(paced)), LINE, "extra"),
            )),
        ),
    )
