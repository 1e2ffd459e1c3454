"""Words of the graded exposure chapter that the domain names by key, from the chapter's wording
(``wording/exposure.py``, the same words the PDF prints)."""

from __future__ import annotations

from ....wording.exposure import words
from ...i18n import translate


def suggestion(key: str) -> str:
    return words(f"suggestion_{key}")


def outcome(key: str | None) -> str:
    return words(key) if key else ""


def chart_label(key: str) -> str:
    if key == "no_attempts":  # the screen adds where the chart will appear
        return words(key) + " " + translate("Exposure", "Na je eerste poging verschijnt hier je grafiek.")
    return words(key) if key in words else key


def chapter_title() -> str:
    return words("title")
