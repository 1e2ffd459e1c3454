"""What a page gets to work with: the database, the open workbook, the event hub, the undo history.

Pages never receive the main window. They save through :meth:`PageContext.save`, which runs a
repository function in its own transaction, reports "Opgeslagen" and turns any failure into a
kind message (logged to the file, never shown as a traceback).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, Signal

from ..domain.errors import DomainError
from ..domain.workbooks import Workbook
from ..storage import probe
from .appsettings import AppSettings

if TYPE_CHECKING:
    from ..operations import ChangeSet, History
    from ..storage.db import Database, Store
    from .overview_warmup import ReadAhead


#: the longest wait for start-up's worker to finish loading SQLAlchemy (it takes ~0.5 s)
STORAGE_WAIT_S = 30


def _loaded() -> threading.Event:
    done = threading.Event()
    done.set()
    return done


def _history() -> History:
    from ..operations.history import History

    return History()

log = logging.getLogger(__name__)


def is_storage_failure(exc: BaseException) -> bool:
    """A failure of the disk or the database (full, read-only, locked, damaged) — the kind of
    error a person can be told about — as opposed to a mistake in the program."""
    from ..storage.errors import classify

    return classify(exc) is not None


class Hub(QObject):
    """Signals that cross pages."""

    workbook_changed = Signal(str)  # the open workbook switched (id)
    #: everything may have changed ("": an import, a restored backup, the first load); a
    #: user action announces itself through ``changed`` instead
    data_changed = Signal(str)
    #: an operation changed the database: (ChangeSet, the object that asked for it or None).
    #: A page ignores what it made itself; others refresh only when the change concerns them.
    changed = Signal(object, object)
    history_changed = Signal()  # what Ctrl+Z / Ctrl+Shift+Z would do changed
    saved = Signal()
    saving = Signal()
    save_failed = Signal(str)  # a translated, kind message
    rejected = Signal(str)  # input refused (translated message); nothing was changed
    open_chapter = Signal(str)


@dataclass
class PageContext:
    #: the workbook database's URL (``sqlite:///…``); :attr:`database` opens it on first use
    url: str
    hub: Hub
    settings: AppSettings
    workbook_id: str = ""
    language: str = "nl"
    #: the database file cannot be written: everything can be read and printed, nothing saved
    read_only: bool = False
    _store: Store | None = None
    _peeked: list[Workbook] | None = None  # the workbook list read before the store opened
    #: the overview read ahead after start-up (``ui.overview_warmup``), until the overview takes it
    overview_ahead: ReadAhead | None = None
    #: cleared while start-up loads SQLAlchemy and the tables on a worker thread (``ui.startup``)
    storage_loaded: threading.Event = field(default_factory=_loaded)
    #: undo and redo, one stack per workbook (Qt-free, ``operations/history.py``)
    history: History = field(default_factory=lambda: _history())
    _flushers: list[Callable[[], None]] = field(default_factory=list)
    _failures: int = 0  # saves that failed on the disk or the database in this session
    #: Tests set this: a mistake in the program then raises (and fails its test) instead of
    #: becoming a kind message that nobody sees. Disk and database failures stay messages.
    strict: ClassVar[bool] = False

    @property
    def store(self) -> Store:
        """The SQLAlchemy store, opened on first use (SQLAlchemy loads after the first paint)."""
        if self._store is None:
            self.wait_for_storage_modules()
            from ..lean_imports import before_sqlalchemy

            before_sqlalchemy()  # SQLAlchemy's imports without what the app never uses (#23)
            from ..storage.db import Store

            self._store = Store(self.url, read_only=self.read_only)
        return self._store

    @property
    def database(self) -> Database:
        return self.store

    @property
    def store_ready(self) -> bool:
        return self._store is not None

    def wait_for_storage_modules(self) -> None:
        """When start-up is loading SQLAlchemy and the tables on a worker thread, let it finish
        before this thread imports any of them: two threads importing the same modules in
        different orders can deadlock (Python then fails one import). Never longer than
        :data:`STORAGE_WAIT_S`: a worker that never ran (shut down first) must not hang the app."""
        self.storage_loaded.wait(STORAGE_WAIT_S)

    def close_store(self) -> None:
        """Close the database (a backup is restored over it); it reopens on the next use."""
        if self._store is not None:
            self._store.close()
        self._store = None
        self._peeked = None

    def file_path(self):
        """The workbook file of a database on this computer (None for a practice server)."""
        from ..storage.url import sqlite_path

        return sqlite_path(self.url)

    @property
    def label(self) -> str:
        """The database as a person is shown it (the file of a SQLite database)."""
        from ..storage.url import label_of

        return label_of(self.url)

    def workbooks(self) -> list[Workbook]:
        """Live workbooks: through the store once open, before that with a read-only peek."""
        if self._store is None:
            # nothing writes before the store opens: one read-only peek serves the whole start
            if self._peeked is None:
                try:
                    self._peeked = probe.live_workbooks(self.url)
                except probe.DatabaseProblem:
                    log.exception("reading the workbook list failed")
                    return []
            return list(self._peeked)
        from ..storage.workbooks import list_workbooks

        return self.load(list_workbooks, default=[])

    def workbook(self, workbook_id: str | None = None) -> Workbook | None:
        wanted = workbook_id or self.workbook_id
        if self._store is None or not wanted:
            return next((w for w in self.workbooks() if w.id == wanted), None)
        from ..storage.workbooks import find_workbook

        return self.load(find_workbook, wanted)

    def save(self, fn: Callable, *args, chapter: str | None = None,
             rejected: Callable[[str], None] | None = None, **kwargs):
        """Run ``fn(store, *args)``; returns its result, or ``None`` when it could not be done.

        Domain errors (bad input) become a message and change nothing: given to ``rejected``
        when the page shows it in place (beside the form), else through ``hub.rejected``.
        Storage errors (read-only disk, disk full) become ``hub.save_failed``.
        """
        from .messages import domain_message, storage_message

        self.hub.saving.emit()
        try:
            result = fn(self.store, *args, **kwargs)
        except DomainError as exc:
            (rejected or self.hub.rejected.emit)(domain_message(exc))
            self.hub.saved.emit()
            return None
        except Exception as exc:
            if self.strict and not is_storage_failure(exc):
                raise
            log.exception("saving failed")
            from ..storage.errors import Conflict, classify

            if isinstance(classify(exc), Conflict):  # a colleague changed it meanwhile (#21):
                self.hub.save_failed.emit(storage_message(exc))  # say so, and show their change
                self.hub.data_changed.emit("")
                return None
            self._failures += 1
            self.hub.save_failed.emit(storage_message(exc))
            return None
        self.hub.saved.emit()
        if chapter:
            self.hub.data_changed.emit(chapter)
        return result

    def run(self, operation: Callable[..., ChangeSet], *args, source: object = None,
            rejected: Callable[[str], None] | None = None, workbook_id: str | None = None,
            record_on: Callable[[ChangeSet], str] | None = None, **kwargs) -> ChangeSet | None:
        """Run one user action (an operation of ``rugschool_gui.operations``) on the open
        workbook: one transaction; recorded for undo in this workbook's history; every page but
        ``source`` hears of it through ``hub.changed`` (``record_on`` names another workbook's
        stack for the undo: the one shown after deleting a workbook). Returns the change set, or None when it
        was refused (a kind message; nothing changed) or could not be written."""
        wanted = workbook_id or self.workbook_id
        change = self.save(operation, wanted, *args, rejected=rejected, **kwargs)
        if change is None:
            return None
        self.history.record(change, on=record_on(change) if record_on else None)
        self._announce(change, source)
        return change

    def undo_last(self) -> ChangeSet | None:
        return self._step(self.history.undo)

    def redo_last(self) -> ChangeSet | None:
        return self._step(self.history.redo)

    def _step(self, step: Callable[..., ChangeSet]) -> ChangeSet | None:
        change = self.save(lambda db: step(db, self.workbook_id))
        self.hub.history_changed.emit()  # also after a refusal: the menu shows what is left
        if change is not None:
            self._announce(change, None)
        return change

    def _announce(self, change: ChangeSet, source: object) -> None:
        self.hub.changed.emit(change, source)
        self.hub.history_changed.emit()

    def load(self, fn: Callable, *args, default=None, **kwargs):
        """Read through a repository function; a failure is logged and ``default`` returned."""
        try:
            return fn(self.store, *args, **kwargs)
        except Exception as exc:
            if self.strict and not is_storage_failure(exc):
                raise
            log.exception("reading failed")
            return default

    def register_flusher(self, flush: Callable[[], None]) -> None:
        """Pages with pending (debounced) edits register how to write them right away."""
        self._flushers.append(flush)
        owner = getattr(flush, "__self__", None)
        if owner is not None and hasattr(owner, "failures"):  # a Debouncer: it learns of disk failures
            owner.failures = lambda: self._failures

    def unsaved(self) -> list:
        """The debouncers whose text could not be written yet (a full or read-only disk)."""
        out = []
        for flush in self._flushers:
            owner = getattr(flush, "__self__", None)
            if owner is not None and getattr(owner, "failed", False):
                out.append(owner)
        return out

    def flush(self) -> bool:
        """Write every pending edit now (and try again what failed before); True when everything
        typed has reached the database."""
        for flush in list(self._flushers):
            flush()
        return not self.unsaved()
