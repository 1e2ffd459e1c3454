"""The chapters the navigation shows, in workbook order.

A chapter package exposes ``CHAPTER``, a :class:`ChapterSpec`. Adding a chapter to the app is
one line in :func:`registered`; the shell, the home page and the PDF dialog pick it up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ..context import PageContext


@dataclass(frozen=True)
class ChapterSpec:
    id: str
    #: translated title (called each time, so it follows a language switch)
    title: Callable[[], str]
    #: builds the chapter's page (imported lazily so start-up stays fast), inside its parent when
    #: given: a page moved into the window afterwards is styled a second time (25–65 ms, #23)
    make_page: Callable[..., QWidget]
    #: one "where am I" line for the home page, or "" when there is nothing to say yet
    summary: Callable[[PageContext], str]
    #: the next thing to do in a chapter already begun (the home page's card), or ""
    next_step: Callable[[PageContext], str] = lambda _ctx: ""


def registered() -> list[ChapterSpec]:
    from .closing import CHAPTER as closing
    from .consultations import CHAPTER as consultations
    from .exposure import CHAPTER as exposure
    from .graded_activity import CHAPTER as graded_activity
    from .pacing import CHAPTER as pacing
    from .too_little import CHAPTER as too_little
    from .too_much import CHAPTER as too_much
    from .understanding import CHAPTER as understanding

    # workbook order (domain.chapters.ORDER)
    return [understanding, too_much, pacing, too_little, exposure, graded_activity, closing,
            consultations]  # issue #25: the psychologist's loop, after the workbook's chapters


def by_id(chapter_id: str) -> ChapterSpec | None:
    return next((c for c in registered() if c.id == chapter_id), None)
