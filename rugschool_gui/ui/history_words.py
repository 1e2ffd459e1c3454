"""How an undoable change is named in the Edit menu ("Ongedaan maken: „Bukken” toevoegen")."""

from __future__ import annotations

import importlib

from ..operations.changeset import Label
from ..wording import Words


def chapter_words(chapter: str) -> Words | None:
    """The wording catalogue of ``chapter`` (``rugschool_gui/wording/<chapter>.py``), if any."""
    try:
        module = importlib.import_module(f"rugschool_gui.wording.{chapter}")
    except ModuleNotFoundError:
        return None
    return getattr(module, "words", None)


def label_text(label: Label) -> str:
    words = chapter_words(label.chapter)
    if words is None or label.key not in words:
        return ""
    return words(label.key, **dict(label.values))
