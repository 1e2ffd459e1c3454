"""The wording of each chapter, in Dutch and English, for the screen and the paper alike.

A chapter's module (``wording/exposure.py`` …) holds ``WORDS = {key: (nl, en)}``. Both the Qt
pages and the PDF builders read from it, so a sentence is written once. Placeholders are named
(``{label}``) and filled in one pass by :func:`fill`: a value is never read again, so a step
called "tillen {count} keer" or "%1" comes out exactly as typed.

The screen's language is set once by the UI (:func:`set_language`); the PDF passes its own.
No Qt here: ``export`` may not use the UI's toolkit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

LANGUAGES = ("nl", "en")
_language = "nl"

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "nl"


def language() -> str:
    return _language


def fill(template: str, /, **values: object) -> str:
    """``template`` with every ``{name}`` replaced by ``values[name]`` in a single pass.

    An unknown name stays as it is (visible in review, never a crash in front of a patient)."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _PLACEHOLDER.sub(one, template)


_NUMBERED = re.compile(r"%([1-9])")


def numbered(template: str, /, *values: object) -> str:
    """Qt-style ``%1``…``%9`` filled in one pass (for ``translate()`` strings): what a value
    contains — even "%2" — is never substituted again, unlike chained ``.replace``."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _NUMBERED.sub(one, template)


class Words:
    """One chapter's catalogue: ``words("key", lang=None, **values)``."""

    def __init__(self, catalogue: Mapping[str, tuple[str, str]]) -> None:
        self.catalogue = catalogue

    def __call__(self, key: str, lang: str | None = None, /, **values: object) -> str:
        nl, en = self.catalogue[key]
        text = en if (lang or _language) == "en" else nl
        return fill(text, **values) if values else text

    def __contains__(self, key: object) -> bool:
        return key in self.catalogue

    def keys(self) -> list[str]:
        return list(self.catalogue)
