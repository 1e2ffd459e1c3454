"""Words of the "doing too little" page: the chapter's wording (``wording/too_little.py``, shared
with the PDF) in the screen's language."""

from __future__ import annotations

from ....wording import too_little as wording


def chapter_title() -> str:
    return wording.words("title")


def cause(key: str) -> str:
    name = f"cause.{key}"
    return wording.words(name) if name in wording.words else key


def consequence(key: str) -> str:
    name = f"consequence.{key}"
    return wording.words(name) if name in wording.words else key


def moment(key: str) -> str:
    name = f"moment.{key}"
    return wording.words(name) if name in wording.words else key


def chart_label(key: str) -> str:
    return wording.chart_label(key)
