"""Words of the "understanding the pain" page: the chapter's wording (``wording/understanding.py``,
shared with the PDF) in the screen's language."""

from __future__ import annotations

from ....wording import understanding as wording


def chapter_title() -> str:
    return wording.words("title")


def link(key: str) -> str:
    return wording.link(key)


def figure_label(key: str) -> str:
    return wording.figure_label(key)
