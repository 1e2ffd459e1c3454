"""Words of the closing page: the chapter's wording (``wording/closing.py``, shared with the PDF)
in the screen's language."""

from __future__ import annotations

from ....wording.closing import words


def chapter_title() -> str:
    return words("title")
