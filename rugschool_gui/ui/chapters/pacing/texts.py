"""The pacing chapter's words on screen: days, day parts, kinds, flags — read from
``wording/pacing.py``, which the PDF reads too, in the language the screen shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....wording import pacing as wording
from ....wording.pacing import words

if TYPE_CHECKING:  # the domain module loads after the first paint (#23)
    from ....domain.pacing import Flag


def chapter_title() -> str:
    return words("title")


def day_name(day: int) -> str:
    return words(f"day_{day}")


def part_name(part: str) -> str:
    return words(f"part_{part}") if f"part_{part}" in words else part


def kind_name(kind: str) -> str:
    return words(f"kind_{kind}") if f"kind_{kind}" in words else kind


def motive_name(motive: str) -> str:
    return words(f"motive_{motive}") if f"motive_{motive}" in words else motive


def minutes_text(minutes: float) -> str:
    return wording.minutes(minutes)


def flag_title(flag: Flag) -> str:
    return wording.flag_title(flag.key, flag.day, flag.part, flag.kind)


def flag_why(key: str) -> str:
    return wording.flag_why(key)
