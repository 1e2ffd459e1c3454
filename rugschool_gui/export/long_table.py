"""Long logs and long texts in the printed workbook (issue #18: bounded memory, time that grows
with the pages): :class:`LongTable` lays out a table of many rows a page at a time, its rows made
by a :class:`RowSource` only when they are laid out, and :func:`pieces` cuts a long text into
rows so a table splits between rows, not inside one huge cell. A table's own rules (rows kept
together, columns that fit) are :class:`~.layout.DataTable`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable

from .layout import MIN_ROWS, DataTable

#: a text longer than this is cut into pieces of about this size at word breaks (a row each, so a
#: table splits between rows, not inside one huge cell), and laying out
#: a 100,000-character note costs no more per page than a short one
LONG_TEXT = 500


def pieces(text: str, size: int = LONG_TEXT) -> list[str]:
    """``text`` in pieces of at most about ``size`` characters, cut after a line or a word."""
    out: list[str] = []
    rest = text
    while len(rest) > size:
        cut = rest.rfind("\n", size // 2, size)
        if cut < 0:
            cut = rest.rfind(" ", size // 2, size)
        if cut < 0:
            cut = size
        out.append(rest[:cut])
        rest = rest[cut:].lstrip(" \n")
    return [*out, rest] if rest or not out else out


class RowSource:
    """The rows of a long table, made when they are laid out: ``count`` rows from ``start``."""

    def __init__(self, total: int, fetch: Callable[[int, int], Sequence[Any]],
                 render: Callable[[Any], list]) -> None:
        self.total, self.fetch, self.render = total, fetch, render

    @classmethod
    def of(cls, items: Sequence[Any], render: Callable[[Any], list]) -> RowSource:
        return cls(len(items), lambda start, count: items[start:start + count], render)

    def __len__(self) -> int:
        return self.total

    def rows(self, start: int, count: int) -> list[list]:
        return [self.render(item) for item in self.fetch(start, count)]


class LongTable(Flowable):
    """A table of many rows laid out a page at a time (issue #18). reportlab measures every
    remaining row of a table at each page it splits, so a log of 100,000 rows took minutes and
    gigabytes; here only the rows of the page being made exist as paragraphs, and are measured.
    Columns are fixed from the first rows, so they do not move from page to page."""

    CHUNK = 40

    def __init__(self, header: list, source: RowSource, make: Callable[..., DataTable], *,
                 tail: Sequence[Any] = (), start: int = 0, carry: Sequence[list] = (),
                 per_page: int = CHUNK) -> None:
        super().__init__()
        self.header, self.source, self.make, self.tail = header, source, make, list(tail)
        self.start, self.carry = start, list(carry)
        self.per_page = per_page  # rows the last page held: the next chunk is about that size
        self._whole: DataTable | None = None

    def _take(self, count: int) -> bool:
        """Make sure ``count`` rows are made (carried), as far as the source goes; True at its end."""
        new = max(0, min(count - len(self.carry), len(self.source) - self.start))
        if new:
            self.carry += self.source.rows(self.start, new)
            self.start += new
        return self.start >= len(self.source)

    def _table(self, rows: list[list], end: bool) -> DataTable:
        return self.make([self.header, *rows], self.tail if end else [])

    def _rest_is_small(self) -> bool:
        return len(self.source) - self.start + len(self.carry) <= self.CHUNK

    def _small(self) -> DataTable:
        if self._whole is None:
            self._take(self.CHUNK)
            self._whole = self._table(self.carry, True)
        return self._whole

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if self._rest_is_small():
            return self._small().wrapOn(self.canv, aW, aH)
        return aW, 10 * max(aH, 1.0)  # more than a page: it is split

    def split(self, aW: float, aH: float) -> list:
        if self._rest_is_small():
            return self._small().splitOn(self.canv, aW, aH)
        # first a quick look: do the header and the first rows fit here at all? (the rows made
        # stay made, for the next page when they do not)
        self._take(MIN_ROWS)
        if self._table(self.carry[:MIN_ROWS], False).wrapOn(self.canv, aW, aH)[1] > aH:
            return []
        count = max(MIN_ROWS * 2, int(self.per_page * 1.5) + 2)
        while True:
            end = self._take(count)
            table = self._table(self.carry[:count] if not end else self.carry, end)
            parts = table.splitOn(self.canv, aW, aH)
            if len(parts) == 1 and not end:  # all of it fits, with room to spare: take more rows
                count *= 2
                continue
            if len(parts) < 2 or end:  # the last rows: the table ends (with its tail) as reportlab splits it
                return parts
            head = table.repeatRows if isinstance(table.repeatRows, int) else 0
            used = len(table._cellvalues) - len(parts[1]._cellvalues)  # rows on this page (a split row: 0)
            carry = [list(r) for r in parts[1]._cellvalues[head:]] + self.carry[count:]
            return [parts[0], LongTable(self.header, self.source, self.make, tail=self.tail, start=self.start,
                                        carry=carry, per_page=max(MIN_ROWS, used))]

    def draw(self) -> None:
        if self._whole is not None:
            self._whole.drawOn(self.canv, 0, 0)
