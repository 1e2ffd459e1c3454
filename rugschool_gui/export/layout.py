"""How the printed workbook flows over its pages (issue #19, "Nothing lost, nothing broken").

- :class:`Heading`: a chapter or section title. It stays with the start of what follows
  (:class:`KeepWithStart`, the document's keep-together rule), and it is an entry of the table
  of contents and of the PDF outline; the page numbers are written when the last page is known
  (``document.PageCanvas``), so one layout pass is enough.
- :class:`DataTable`: a table that never leaves one row alone at the foot or the head of a page,
  keeps its closing lines (a note about older entries, the reflections) with its last rows, and
  whose columns fit the longest word they hold; a word wider than any column can be is
  hyphenated at a real syllable break (pyphen's Dutch or English patterns), never cut at an
  arbitrary letter.
- :func:`keep_date`: a date on one line ("1 september 2026", never "1 / september 2026").

A log of many rows is laid out a page at a time by :mod:`.long_table`.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from html import unescape
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from reportlab.platypus.doctemplate import FrameBreak, _FrameBreak

NBSP = "\u00a0"
SHY = "\u00ad"
#: the language of the printout being made (pyphen's patterns follow it); set by ``export.pdf``
print_language: contextvars.ContextVar[str] = contextvars.ContextVar("print_language", default="nl")
_PATTERNS = {"nl": "nl_NL", "en": "en_GB"}
#: a table keeps at least this many rows together at the head and at the foot of a page
MIN_ROWS = 2
#: a row taller than this holds long text: such a table may split inside a row, as it must
TALL_ROW = 220
#: cell padding left + right (reportlab's default 6 + 6), and a hair for rounding
PADDING = 12.5
_TAG = re.compile(r"<[^>]+>")
_BREAKS = re.compile(r"[ \t\n\r]+")  # the spaces reportlab may break at (not the no-break space)


def keep_date(text: str) -> str:
    """``text`` with its spaces made unbreakable: a date or an amount stays on one line."""
    return text.replace(" ", NBSP)


@cache
def _dictionary(lang: str):  # pragma: no cover - trivial
    import pyphen

    return pyphen.Pyphen(lang=_PATTERNS.get(lang, "nl_NL"))


def hyphenated(word: str, lang: str | None = None) -> str:
    """``word`` with soft hyphens at its syllable breaks (reportlab breaks there, with a "-")."""
    return _dictionary(lang or print_language.get()).inserted(word, hyphen=SHY)


def plain_text(cell: Any) -> str | None:
    """The text a table cell shows, or None for a cell that is not a paragraph."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, Paragraph):
        plain = getattr(cell, "plain", None)
        return plain if plain is not None else unescape(_TAG.sub("", cell.text.replace("<br/>", "\n")))
    return None


def words_of(text: str) -> list[str]:
    """The pieces a line may break between (a no-break space keeps its pieces together)."""
    return [w for w in _BREAKS.split(text) if w]


def _font(cell: Any) -> tuple[str, float]:
    style = getattr(cell, "style", None)
    if style is None:
        from .fonts import REGULAR

        return REGULAR, 9.5
    return style.fontName, style.fontSize


def longest_word(cell: Any) -> float:
    """The width of the widest unbreakable piece of a cell's text, in points."""
    text = plain_text(cell)
    if not text:
        return 0.0
    font, size = _font(cell)
    return max((stringWidth(w, font, size) for w in words_of(text)), default=0.0)


def fit_columns(rows: Sequence[Sequence[Any]], widths: Sequence[float],
                skip_rows: Iterable[int] = ()) -> list[float]:
    """``widths`` changed so that every column holds its longest word, when the table's width
    allows it: a column that is too narrow takes room from the columns with room to spare."""
    skip = set(skip_rows)
    cols = len(widths)
    need = [0.0] * cols
    for r, row in enumerate(rows):
        if r in skip:
            continue
        for c, cell in enumerate(row[:cols]):
            need[c] = max(need[c], longest_word(cell) + PADDING)
    out = list(widths)
    short = [max(0.0, need[c] - out[c]) for c in range(cols)]
    deficit = sum(short)
    if deficit <= 0:
        return out
    spare = [max(0.0, out[c] - need[c]) for c in range(cols)]
    room = sum(spare)
    take = min(deficit, room)
    if take <= 0:
        return out
    for c in range(cols):
        out[c] += take * short[c] / deficit - take * spare[c] / room
    return out


def _hyphenate_cell(cell: Any, width: float) -> Any:
    """A paragraph whose words are wider than ``width`` again, with soft hyphens in those."""
    text = plain_text(cell)
    if not isinstance(cell, Paragraph) or not text:
        return cell
    font, size = _font(cell)
    room = width - PADDING
    if max((stringWidth(w, font, size) for w in words_of(text)), default=0) <= room:
        return cell
    from .styles import para_in

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)  # a date (joined by no-break spaces) is never broken
        return hyphenated(word) if NBSP not in word and stringWidth(word, font, size) > room else word

    return para_in(re.sub(r"[^ \t\n\r]+", fix, text), cell.style, plain=text)


class DataTable(Table):
    """A table that splits over pages only where it reads well (see the module's docstring).

    ``tail``: rows at the end that span every column (a note, the reflections) and stay with at
    least :data:`MIN_ROWS` rows of the table."""

    def __init__(self, data, *args: Any, tail_rows: int = 0, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.tail_rows = tail_rows

    def split(self, availWidth: float, availHeight: float):
        self._calc(availWidth, availHeight)
        head = self.repeatRows if isinstance(self.repeatRows, int) else 0
        rows = len(self._rowHeights)
        body = rows - head - self.tail_rows
        if max(self._rowHeights[head:], default=0) > TALL_ROW:
            # long text: it runs on, and a page is filled before a row is split (split between
            # rows first, and a page would hold a second header under a half-empty first part)
            self._rowSplitRange = None
            self.splitByRow = 0
        elif self.tail_rows > MIN_ROWS:
            # a long closing note (in pieces, a row each): it may run on to the next page after
            # the first rows, and its last rows stay together
            self._rowSplitRange = (head + min(MIN_ROWS, body), rows - MIN_ROWS)
        elif body >= 2 * MIN_ROWS:
            self._rowSplitRange = (head + MIN_ROWS, rows - MIN_ROWS - self.tail_rows)
        else:
            self._rowSplitRange = (rows, rows)  # too few rows to split: all on one page
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, DataTable) and part is not self:
                own = len(part._cellvalues) - head  # the tail rows the last part still holds
                part.tail_rows = min(self.tail_rows, max(0, own)) if part is parts[-1] else 0
        return parts


class KeepWithStart(KeepTogether):
    """The document's keep-together rule for headings (``keepWithNext``): the headings stay on this
    page when the start of what follows fits under them too — a table's first rows, a paragraph's
    first lines, a whole figure — and the rest flows on; otherwise all of it starts the next page.
    (reportlab's own rule moves a heading and a long table to the next page as one block.)"""

    def split(self, aW: float, aH: float):
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = self._content[:]
        if aH >= self._H:
            return content
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return content  # already at the top of a page: nothing to gain by moving
        head, last = content[:-1], content[-1]
        used = 0.0
        for f in head:
            used += f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        left = aH - used - last.getSpaceBefore()
        if left > 0 and starts_here(last, self.canv, aW, left):
            return content
        return [FrameBreak(), *content]


def starts_here(f: Flowable, canv, aW: float, aH: float) -> bool:
    """Whether ``f`` can start in ``aH``: all of it, or a first part of it (a figure: all)."""
    if aH <= 0:
        return False
    if isinstance(f, KeepTogether):  # a figure with its text: all of it, or nothing here
        f.wrapOn(canv, aW, aH)
        return aH >= f._H
    if f.wrapOn(canv, aW, aH)[1] <= aH:
        return True
    parts = f.splitOn(canv, aW, aH)
    return bool(parts) and not isinstance(parts[0], _FrameBreak) and len(parts) > 1 and \
        parts[0].wrapOn(canv, aW, aH)[1] <= aH


# ----- the table of contents and the outline ------------------------------------------------
@dataclass
class Mark:
    """A heading as drawn: its page, where on the page, and how the outline names it."""

    page: int
    key: str
    title: str
    level: int
    top: float


@dataclass
class PageRef:
    """A page number to write once every page is known (the table of contents)."""

    page: int
    x: float
    y: float
    key: str
    font: str
    size: float


class Heading(Paragraph):
    """A chapter (level 0) or section (level 1) title: in the table of contents and the outline."""

    def __init__(self, text: str, style, *, title: str, level: int, in_contents: bool = True) -> None:
        super().__init__(text, style)
        self.title = title
        self.level = level
        self.in_contents = in_contents
        self.key = ""

    def draw(self) -> None:
        super().draw()
        marks = getattr(self.canv, "marks", None)
        if marks is not None and self.key:
            _x, top = self.canv.absolutePosition(0, self.height)
            marks.append(Mark(self.canv.getPageNumber(), self.key, self.title, self.level, top))


class ChapterMark(Flowable):
    """An outline and contents entry with nothing printed (a chapter of blank sheets, whose
    pages each carry their own title)."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.level, self.key, self.in_contents = title, level, "", True

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        marks = getattr(self.canv, "marks", None)
        if marks is not None and self.key:
            _x, top = self.canv.absolutePosition(0, 0)
            marks.append(Mark(self.canv.getPageNumber(), self.key, self.title, self.level, top))


class PageNumber(Flowable):
    """The page a heading is on, right-aligned in its cell; written at the very end."""

    def __init__(self, key: str, font: str, size: float) -> None:
        super().__init__()
        self.key, self.font, self.size = key, font, size

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        return aW, self.size * 1.3

    def draw(self) -> None:
        refs = getattr(self.canv, "refs", None)
        if refs is not None:
            x, y = self.canv.absolutePosition(self.width, self.size * 0.3)
            refs.append(PageRef(self.canv.getPageNumber(), x, y, self.key, self.font, self.size))


def flowables_in(story: Iterable[Any]) -> Iterator[Any]:
    """Every flowable of ``story``, also those inside keep-together groups."""
    for f in story:
        if isinstance(f, (list, tuple)):
            yield from flowables_in(f)
            continue
        yield f
        inner = getattr(f, "_content", None)
        if isinstance(inner, list):
            yield from flowables_in(inner)


def headings_in(story: Iterable[Any]) -> list[Heading | ChapterMark]:
    """The headings of ``story`` in order, each given its outline key."""
    found = [f for f in flowables_in(story) if isinstance(f, (Heading, ChapterMark))]
    for h in found:
        h.key = h.key or f"h{id(h):x}"
    return found
