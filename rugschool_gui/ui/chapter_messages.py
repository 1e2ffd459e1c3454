"""Messages for the error keys that belong to one chapter (each chapter adds its own here)."""

from __future__ import annotations

from ..domain.errors import DomainError


def chapter_message(exc: DomainError) -> str | None:
    """A translated message for a chapter-specific key, or None when the key is unknown."""
    from .chapters.exposure.texts import error_message as exposure
    from .chapters.graded_activity.texts import error_message as graded_activity
    from .chapters.pacing.texts import error_message as pacing
    from .chapters.too_little.texts import error_message as too_little
    from .chapters.too_much.texts import error_message as too_much
    from .chapters.understanding.texts import error_message as understanding

    for chapter in (exposure, graded_activity, pacing, too_much, too_little, understanding):
        text = chapter(exc.key, exc.params)
        if text:
            return text
    return None
