"""Translated words of the closing chapter."""

from __future__ import annotations

from ...i18n import translate


def chapter_title() -> str:
    return translate("Closing", "Tot slot")
