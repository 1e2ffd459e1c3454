"""Dates as people type them: ``15-3``, ``15/3/26``, ``15.03.2026``, ``2026-03-15``.

Day first, as in Belgium and the Netherlands. A missing year means this year; a two-digit year
means 20yy. Anything else — letters, an impossible day such as 31-2 — gives ``None``, and the
field keeps its earlier date.
"""

from __future__ import annotations

import re
from datetime import date

_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,2})(?:\s*[-/.\s]\s*(\d{2}|\d{4}))?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_typed_date(text: str, today: date) -> date | None:
    """The date ``text`` stands for, or ``None`` when it is not a date."""
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        found = _DAY_FIRST.match(text)
        if not found:
            return None
        day, month = int(found.group(1)), int(found.group(2))
        year_text = found.group(3)
        if year_text is None:
            year = today.year
        else:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        return date(year, month, day)
    except ValueError:
        return None
