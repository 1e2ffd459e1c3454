"""Long work (a PDF of years of entries, reading a large hand-over file in) off the GUI thread,
with a calm progress window.

:func:`run_with_progress` runs ``job`` on a worker thread and keeps the window responsive; after
half a second a small window says what is happening and offers "Annuleren". An error in the job
is handed back to the caller, never shown as a traceback.

Two kinds of job:

* ``job()`` — work that writes nothing (a PDF): cancelling stops the waiting and drops the
  result at once (the worker finishes on its own and changes nothing).
* ``job(work)`` with ``stoppable=True`` — work that may write (an import): the job reports how
  far it is with ``work.progress(done, total)`` (the bar follows), and a cancel is raised as
  :class:`Cancelled` inside the job at its next report, so its transaction rolls back. The
  window waits for the job to stop before it returns: "cancelled" then really means nothing
  changed. A job already past its last report (committing) finishes, and its result counts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from .i18n import translate

SHOW_AFTER_MS = 500
POLL_MS = 40


class Cancelled(Exception):
    """The person cancelled; nothing was written."""


class Work:
    """What a stoppable job sees: where to report progress, and the person's cancel."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0

    def progress(self, done: int, total: int) -> None:
        """Called by the job (any thread) as it goes; raises :class:`Cancelled` after a cancel."""
        self.done, self.total = done, total
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def run_with_progress(parent: QWidget | None, label: str, job: Callable[..., Any], *,
                      stoppable: bool = False) -> Any:
    """``job()``'s result (``job(work)`` when ``stoppable``), computed on a worker thread; raises
    what the job raised, or :class:`Cancelled`."""
    work = Work()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rugschool-work")
    future = executor.submit(job, work) if stoppable else executor.submit(job)
    executor.shutdown(wait=False)
    progress = QProgressDialog(label, translate("Work", "Annuleren"), 0, 0, parent)
    progress.setObjectName("work-progress")
    progress.setWindowTitle(translate("Work", "Even geduld"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoReset(False)
    progress.setAutoClose(False)
    progress.setMinimumDuration(0)
    progress.hide()  # shown only when the work takes a while: a quick one shows nothing
    show_later = QTimer()
    show_later.setSingleShot(True)
    show_later.timeout.connect(lambda: None if future.done() else progress.show())
    show_later.start(SHOW_AFTER_MS)
    loop = QEventLoop()

    def poll() -> None:
        if future.done():
            loop.quit()
            return
        if work.total > 0 and not work.cancelled and progress.isVisible():  # (a value shows it at once)
            progress.setMaximum(work.total)
            progress.setValue(min(work.done, work.total))
        if progress.wasCanceled():
            if not stoppable:
                loop.quit()
            elif not work.cancelled:  # wait for the job to roll back before saying so
                work.cancel()
                progress.setLabelText(translate("Work", "Bezig met annuleren…"))
                progress.setCancelButton(None)
                progress.setMaximum(0)
                progress.show()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    timer.start()
    if not future.done():
        loop.exec()
    timer.stop()
    show_later.stop()
    dropped = not stoppable and progress.wasCanceled() and not future.done()
    progress.close()
    progress.deleteLater()
    if dropped:
        raise Cancelled()
    return future.result()  # a stoppable job that was cancelled raises Cancelled here
