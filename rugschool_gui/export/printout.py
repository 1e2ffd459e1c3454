"""What one printout is: its language, filled in or blank, the day, how much history, the widths
of its pages, and what it left out (the cover says so once, not every log on its own)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..wording import numbered
from .texts import long_date, pick

#: the note under a log whose older entries were left out (the way to print them is said once,
#: in the "about this printout" line of the cover)
OLDER = {
    "nl": {"many": "Daarvoor nog %1 eerdere notities, van %2 tot %3.",
           "one": "Daarvoor nog één eerdere notitie, van %2."},
    "en": {"many": "Before that, %1 earlier entries, from %2 to %3.",
           "one": "Before that, one earlier entry, from %2."},
}


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


@dataclass
class Printout:
    lang: str = "nl"
    blank: bool = False
    today: date = date(2000, 1, 1)
    since: date | None = None  # entries before it are counted, not printed (None: all)
    width: float = 0.0  # text width of a portrait page, in points
    wide: float = 0.0  # text width of a landscape page
    left_out: int = 0  # entries counted, not printed, in the whole printout

    def day(self, d: date | datetime) -> str:
        return long_date(d, self.lang)

    def date_column(self, at_least: float = 0.0) -> float:
        """The width of a table column of dates: the widest date of the language fits on one line
        (a long log's columns are fixed from its first rows; September comes later)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from .layout import PADDING
        from .styles import styles

        style = styles()["cell"]
        widest = max(stringWidth(long_date(date(2026, month, 28), self.lang), style.fontName, style.fontSize)
                     for month in range(1, 13))
        return max(at_least, widest + PADDING)

    def older_text(self, older: Iterable[Any], day_of: Callable[[Any], date | datetime]) -> str:
        """One line about the entries left out ("" when none were); counted for the cover."""
        days = sorted(_day(day_of(i)) for i in older)
        return self.counted_text(len(days), days[0], days[-1]) if days else ""

    def counted_text(self, count: int, first: date | datetime, last: date | datetime) -> str:
        """:meth:`older_text` from a count and the first and last day (a log read in pages)."""
        if count <= 0:
            return ""
        self.left_out += count
        t = pick(OLDER, self.lang)
        return numbered(t["many"] if count > 1 else t["one"], count, self.day(_day(first)), self.day(_day(last)))

    def older_note(self, older: Iterable[Any], day_of: Callable[[Any], date | datetime]) -> list:
        from .styles import para

        text = self.older_text(older, day_of)
        return [para(text, "small")] if text else []
