"""The overview of every workbook read ahead, on the housekeeping thread, once start-up has
settled (issue #23): a psychologist's first opening of "Alle werkboeken" then only checks which
workbooks changed since (``storage.consultation.markers``, one cheap query) instead of reading
the facts of all of them (~0.3 s for 200 workbooks).

The worker reads through its own :class:`~rugschool_gui.storage.db.Database` (its own connection,
read-only), never the window's; the result reaches the GUI thread through
``ui.background.Background`` and waits on the :class:`~rugschool_gui.ui.context.PageContext` until
the overview is first built, which takes it over (``OverviewPage``). Only read ahead where an
overview is likely: a database with several workbooks, or the role "psycholoog".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.consultation import WorkbookOverview


@dataclass(frozen=True)
class ReadAhead:
    day: date
    #: per workbook the marker the facts were read at (name, worked_on_at, archived_at)
    marks: dict[str, object]
    facts: dict[str, WorkbookOverview]


def wanted(workbook_count: int, role: str) -> bool:
    """Read ahead only where the overview is likely to be opened."""
    from ..domain.roles import THERAPIST

    return workbook_count > 1 or role == THERAPIST


#: workbooks read per round: reading all 200 of a large practice at once held all their rows
#: together (+13 MiB of the app's peak memory on 5 years); 25 at a time +7 MiB, 10 at a time
#: with a small page cache +3 MiB, for ~0.2 s more on the worker than 25 (measured on the
#: 200-workbook database of ``bench/make_data.py``)
CHUNK = 10


def read_ahead(url: str, today: date) -> ReadAhead:
    """On a worker thread: the markers first, then the facts, :data:`CHUNK` workbooks at a time
    (a change in between only makes a workbook look changed, and it is read again when the
    overview opens)."""
    from ..domain import consultation as cues
    from ..storage import consultation as repo
    from ..storage.db import Database

    db = Database(url, read_only=True, read_once=True)  # its pages are read once: a small cache
    try:
        marks = repo.markers(db)
        ids, weeks = list(marks), cues.signal_weeks(today)
        facts: dict[str, WorkbookOverview] = {}
        for start in range(0, len(ids), CHUNK):
            part = repo.overview_facts(db, weeks, only=ids[start:start + CHUNK])
            facts.update((o.id, o) for o in cues.overview(part, today))
        return ReadAhead(today, dict(marks), facts)
    finally:
        db.close()
