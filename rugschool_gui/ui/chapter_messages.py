"""Messages for the error keys that belong to one chapter.

A chapter's key is prefixed with its name (``exposure.missing_date``) and worded in that
chapter's catalogue under ``error.<key>`` (``wording/exposure.py``), so the same key in two
chapters can say two different things. Keys without a prefix are the shared ones
(``ui/messages.py``).
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
    return None
