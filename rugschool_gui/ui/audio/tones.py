"""The relaxation guide's cue bells, synthesised here (no recorded samples of unknown licence).

A bell is a soft sine tone with a quiet octave above it, a short rise (no click) and a slow
exponential fade, ending exactly at zero. Plain Python (no Qt): 16-bit mono samples at
:data:`RATE`, scaled by a volume of 0–100 and never clipped.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

RATE = 22050  # samples a second: plenty for a soft bell, half the work of CD quality
PEAK = 0.5  # the loudest a bell gets at full volume (of the 16-bit range): soft, never clipping
ATTACK_SECONDS = 0.02  # a rise this short sounds like a strike, long enough to avoid a click
FADE_OUT_SECONDS = 0.05  # the last moment fades to exactly zero


@dataclass(frozen=True)
class Bell:
    frequency: float  # Hz
    seconds: float
    decay: float  # seconds for the sound to fall to about a third


#: tense: a brighter bell; release: a lower, longer one; next: in between; end: the lowest, longest
BELLS = {
    "tense": Bell(659.25, 1.2, 0.35),
    "release": Bell(440.0, 1.8, 0.6),
    "next": Bell(523.25, 1.4, 0.45),
    "end": Bell(392.0, 2.8, 0.9),
}


def envelope(i: int, n: int, bell: Bell) -> float:
    """0..1: a linear rise, an exponential fade and a final fade to zero."""
    t = i / RATE
    rise = min(1.0, t / ATTACK_SECONDS)
    tail = min(1.0, (n - 1 - i) / (FADE_OUT_SECONDS * RATE))
    return rise * math.exp(-t / bell.decay) * max(0.0, tail)


def bell_samples(sound: str, volume: int) -> array:
    """The bell for one cue as signed 16-bit samples; silence (empty) at volume 0."""
    volume = max(0, min(100, int(volume)))
    if volume == 0:
        return array("h")
    bell = BELLS[sound]
    n = int(bell.seconds * RATE)
    scale = 32767 * PEAK * volume / 100 / 1.25  # the two partials together never exceed PEAK
    w = 2 * math.pi * bell.frequency / RATE
    return array("h", (int(round(scale * envelope(i, n, bell) * (math.sin(w * i) + 0.25 * math.sin(2 * w * i))))
                       for i in range(n)))
