"""Messages for the error keys that belong to one chapter.

A chapter's key is prefixed with its name (``exposure.missing_date``) and worded in that
chapter's catalogue under ``error.<key>`` (``wording/exposure.py``), so the same key in two
chapters can say two different things. Keys without a prefix are the shared ones
(``ui/messages.py``); the older per-chapter ``texts.error_message`` functions still answer for
chapters that have not moved their wording yet.
"""

from __future__ import annotations

from ..domain.errors import DomainError


def chapter_message(exc: DomainError) -> str | None:
    """A translated message for a chapter-specific key, or None when the key is unknown."""
    chapter, dot, rest = exc.key.partition(".")
    if dot:
        from .history_words import chapter_words

        words = chapter_words(chapter)
        key = f"error.{rest}"
        if words is not None and key in words:
            return words(key, **{k: v for k, v in exc.params.items() if isinstance(v, str | int | float)})
    return _legacy(exc)


def _legacy(exc: DomainError) -> str | None:
    from .chapters.exposure.texts import error_message as exposure
    from .chapters.graded_activity.texts import error_message as graded_activity
    from .chapters.pacing.texts import error_message as pacing
    from .chapters.too_little.texts import error_message as too_little
    from .chapters.too_much.texts import error_message as too_much
    from .chapters.understanding.texts import error_message as understanding

    for chapter in (exposure, graded_activity, pacing, too_much, too_little, understanding):
        try:
            text = chapter(exc.key, exc.params)
        except (AttributeError, ImportError, KeyError):  # a chapter whose texts moved on
            continue
        if text:
            return text
    return None


