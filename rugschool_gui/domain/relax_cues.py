"""Sound cues of a guided relaxation exercise, so it can be followed with the eyes closed.

Each step of a guide (``too_much.relaxation_steps``) begins with a cue: a bell to tense, a
lower bell to release, a "next" bell for a new formula, body part or the calm ending, and a
closing bell when the exercise is over (WORKBOOK.md §2 "Relaxation", §8; issue #20). The first
step has no cue: the person has just pressed start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .too_much import Step

TENSE, RELEASE, NEXT, END = "tense", "release", "next", "end"
CUES = (TENSE, RELEASE, NEXT, END)


@dataclass(frozen=True)
class Cue:
    at: float  # seconds from the start of the exercise (not counting pauses)
    sound: str  # one of CUES
    step: int  # the index of the step the cue opens (len(steps) for the end)


def cue_for(step: Step) -> str:
    return {"tense": TENSE, "release": RELEASE}.get(step.phase, NEXT)


def cue_schedule(steps: Sequence[Step]) -> list[Cue]:
    """When each cue sounds: at the start of every step but the first, and at the end."""
    cues, t = [], 0.0
    for i, step in enumerate(steps):
        if i > 0:
            cues.append(Cue(t, cue_for(step), i))
        t += step.seconds
    cues.append(Cue(t, END, len(steps)))
    return cues


def cue_at_step(steps: Sequence[Step], index: int) -> str | None:
    """The cue for arriving at step ``index`` (None for the first; END past the last)."""
    if index >= len(steps):
        return END
    return cue_for(steps[index]) if index > 0 else None
