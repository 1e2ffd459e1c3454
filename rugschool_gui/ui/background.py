"""Slow housekeeping off the GUI thread: the full file check and the daily backup.

On a database with years of entries these take seconds (a 500 MB file: about 7 s to copy and
check); run on the GUI thread they froze the window right after it appeared. One worker thread
runs the jobs in order; each job's result (or exception) comes back to the GUI thread through a
queued Qt signal, so dialogs are only ever shown from there. SQLite releases the GIL while it
copies and checks, so the window stays responsive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Background(QObject):
    _finished = Signal(object, object, object)  # then, result, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rugschool-housekeeping")
        self._pending: list[Future] = []
        self._finished.connect(self._deliver)

    def run(self, job: Callable[[], object], then: Callable[[object, BaseException | None], None]) -> None:
        """Run ``job()`` on the worker; ``then(result, exception)`` follows on the GUI thread."""

        def work() -> None:
            try:
                result, error = job(), None
            except Exception as exc:  # noqa: BLE001 - handed to ``then``, never lost
                result, error = None, exc
            self._finished.emit(then, result, error)

        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(self._pool.submit(work))

    def _deliver(self, then, result, error) -> None:
        try:
            then(result, error)
        except Exception:
            log.exception("after a background job")

    def wait(self) -> None:
        """Block until every job ran (tests, and a calm shutdown); results are delivered later."""
        for future in list(self._pending):
            future.result()
        self._pending = []

    def shutdown(self) -> None:
        # a copy still running is abandoned: it writes to a ".part" file that is cleared next time
        self._pool.shutdown(wait=False, cancel_futures=True)
