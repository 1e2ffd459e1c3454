"""Rules for naming workbooks: one workbook per person, names unique and readable."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .errors import DuplicateName
from .text import clean_label

MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class Workbook:
    """One person's workbook as the rest of the app sees it."""

    id: str
    name: str
    created_at: datetime
    worked_on_at: datetime


def validate_name(name: str | None, existing: Iterable[str] = ()) -> str:
    """Return the trimmed name, or raise when it is empty, too long or already taken.

    Names are compared case-insensitively (``casefold``) so "Jan" and "jan" cannot both exist.
    ``existing`` holds the names of the *other* workbooks.
    """
    cleaned = clean_label(name, MAX_NAME_LENGTH)
    folded = cleaned.casefold()
    for other in existing:
        if other.casefold() == folded:
            raise DuplicateName(name=cleaned)
    return cleaned


def unique_name(base: str, existing: Iterable[str]) -> str:
    """``base``, or ``base (2)``, ``base (3)``… whichever is still free."""
    taken = {n.casefold() for n in existing}
    if base.casefold() not in taken:
        return base
    n = 2
    while f"{base} ({n})".casefold() in taken:
        n += 1
    return f"{base} ({n})"
