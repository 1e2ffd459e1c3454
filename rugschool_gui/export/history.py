"""How much history a filled-in PDF prints: the recent weeks in full, older entries counted.

Five years of daily check-ins would make a 130-page handout nobody reads (and a slow one). By
default each log prints its last ``HISTORY_WEEKS`` weeks and one line saying how many older
entries there are and since when (``Printout.older_note``); "Ook oudere notities" in the PDF
dialog prints everything, and the cover says so once.
Charts draw the latest ``CHART_ENTRIES`` entries (denser is unreadable on paper, and slow).

A long log is read a page at a time (:class:`PagedReader` over ``storage.paging``) and laid out
as it is read (``long_table.LongTable`` for a table, :class:`LazyStory` for a run of paragraphs and
small tables), so a printout of every entry of a 100,000-entry log keeps its memory bounded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from reportlab.platypus import Flowable, Spacer

from ..domain.charts import RECENT_ENTRIES

#: weeks of every log a filled-in PDF prints in full unless all history is asked for (issue #10)
HISTORY_WEEKS = 12
#: entries a chart on paper draws at most, unless all history is asked for (the screen's rule too)
CHART_ENTRIES = RECENT_ENTRIES

def since_for(today: date, full_history: bool) -> date | None:
    return None if full_history else today - timedelta(weeks=HISTORY_WEEKS)


def _day(value) -> date:
    return value.date() if isinstance(value, datetime) else value


def split_recent(items: Iterable, day_of: Callable, since: date | None,
                 keep_latest: bool = False) -> tuple[list, list]:
    """``items`` on or after ``since`` (all when ``since`` is None), and the older ones, each in
    the order given. ``keep_latest``: when nothing is recent, the latest entry still shows."""
    items = list(items)
    if since is None:
        return items, []
    recent = [i for i in items if _day(day_of(i)) >= since]
    older = [i for i in items if _day(day_of(i)) < since]
    if keep_latest and not recent and older:
        latest = max(older, key=lambda i: _day(day_of(i)))
        recent = [latest]
        older = [i for i in older if i is not latest]
    return recent, older


def for_chart(items: list, since: date | None) -> list:
    """The entries a chart draws: the latest ``CHART_ENTRIES`` (all with full history)."""
    return list(items) if since is None else list(items)[-CHART_ENTRIES:]


# ----- logs read a page at a time (issue #18: a printout of 100,000 entries in bounded memory) -----
#: entries read from the database at a time; at most this many are in memory at once
PAGE = 500
#: a chart drawing every entry (all history) draws at most this many, the latest (thousands of
#: points on 17 cm are a smudge, and each is a shape in memory)
FULL_CHART = 365


class PagedReader:
    """``fetch(start, count)`` — what a ``long_table.RowSource`` asks — over a log read by keyset pages:
    ``read(after, limit) -> storage.paging.Page``. A layout reads a log from its start onwards, so
    each call continues where the last page ended; only the current page is kept. Going back is
    possible to the start and to the page just read (a table measures its first rows twice)."""

    def __init__(self, read: Callable[[Any, int], Any], size: int | None = None) -> None:
        self.read, self.size = read, size or PAGE
        self._page: list = []
        self._page_start = 0
        self._next: dict[int, Any] = {0: None}  # where a page starts -> the cursor it starts after
        self._ended_at: int | None = None  # the log's end, once a short page was read

    def __call__(self, start: int, count: int) -> list:
        out: list = []
        while count > 0:
            offset = start - self._page_start
            if 0 <= offset < len(self._page):
                taken = self._page[offset:offset + count]
                out += taken
                start, count = start + len(taken), count - len(taken)
                continue
            if self._ended_at is not None and start >= self._ended_at:
                break
            if start not in self._next:
                raise ValueError(f"a paged log is read in order (asked for entry {start})")
            page = self.read(self._next[start], self.size)
            self._page, self._page_start = list(page.items), start
            if page.after is None or not page.items:
                self._ended_at = start + len(page.items)
            # remember where this page and the next one start, nothing more
            self._next = {0: None, start: self._next[start], start + len(page.items): page.after}
            if not page.items:
                break
        return out


class LazyStory(Flowable):
    """A long run of flowables made a few entries at a time while the document is laid out: when
    reportlab asks it to split, it hands over the flowables of the next ``batch`` entries and
    itself for the rest (a diary of 100,000 chains never exists as 300,000 flowables at once).
    ``make(index, entry)`` gives the flowables of one entry; ``fetch(start, count)`` the entries."""

    def __init__(self, total: int, fetch: Callable[[int, int], Sequence[Any]],
                 make: Callable[[int, Any], list], batch: int = 20, start: int = 0) -> None:
        super().__init__()
        self.total, self.fetch, self.make, self.batch, self.start = total, fetch, make, batch, start

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if self.start >= self.total:
            return 0, 0  # all handed over: nothing left to draw
        return aW, 10 * max(aH, 1.0)  # always more than there is room for: it is split

    def split(self, aW: float, aH: float) -> list:
        if self.start >= self.total:
            return []
        entries = self.fetch(self.start, self.batch)
        if not entries:  # the log ended sooner than counted (edited meanwhile): stop here
            self.total = self.start
            return [Spacer(0, 0)]
        first = self.make(self.start, entries[0])
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        if not at_top and not _starts_here(first, getattr(self, "canv", None), aW, aH):
            return []  # the first entry starts the next page (with a heading kept above it)
        out = first + [f for i, entry in enumerate(entries[1:], start=1) for f in self.make(self.start + i, entry)]
        # reportlab places the first part at once: a part of no height always fits; the rest
        # follows while there is a rest (nothing between the last entry and what comes after it)
        rest = self.start + len(entries)
        more = [LazyStory(self.total, self.fetch, self.make, self.batch, rest)] if rest < self.total else []
        return [Spacer(0, 0), *out, *more]

    def draw(self) -> None:
        pass


def older_line(p: Any, older: Any) -> str:
    """The line about the entries left out, from a ``storage.paging.Span`` of them (None or empty:
    nothing was left out); counted for the cover (``Printout.counted_text``)."""
    if older is None or not older.count or older.first is None or older.last is None:
        return ""
    return str(p.counted_text(older.count, older.first, older.last))


def _starts_here(entry: list, canv: Any, aW: float, aH: float) -> bool:
    """Whether an entry can start in ``aH``: its lines kept with what follows (a date over its
    table) fit, and so does the start of the rest (``layout.KeepWithStart``'s rule)."""
    from .layout import starts_here

    used = 0.0
    for f in entry:
        if not f.getKeepWithNext() or f is entry[-1]:
            return starts_here(f, canv, aW, aH - used - f.getSpaceBefore())
        used += f.wrapOn(canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return used <= aH


def lazy_story(total: int, fetch: Callable[[int, int], Sequence[Any]], make: Callable[[int, Any], list],
               batch: int = 20) -> list:
    """The flowables of ``total`` entries: made at once when they are few (the story reads as it
    always did), else a :class:`LazyStory` that makes them while the pages are laid out."""
    if total <= batch:
        return [f for i, entry in enumerate(fetch(0, total)) for f in make(i, entry)]
    return [LazyStory(total, fetch, make, batch)]
