"""Long work (a PDF of years of entries) off the GUI thread, with a calm progress window.

:func:`run_with_progress` runs ``job`` on a worker thread and keeps the window responsive; after
half a second a small window says what is happening and offers "Annuleren". Cancelling stops the
waiting and drops the result (the worker finishes on its own; it changes nothing). An error in
the job is handed back to the caller, never shown as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from .i18n import translate

SHOW_AFTER_MS = 500


class Cancelled(Exception):
    """The person cancelled; nothing was written."""


def run_with_progress(parent: QWidget | None, label: str, job: Callable[[], object]):
    """``job()``'s result, computed on a worker thread; raises what the job raised, or
    :class:`Cancelled`."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rugschool-work")
    future = executor.submit(job)
    executor.shutdown(wait=False)
    progress = QProgressDialog(label, translate("Work", "Annuleren"), 0, 0, parent)
    progress.setObjectName("work-progress")
    progress.setWindowTitle(translate("Work", "Even geduld"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoReset(False)
    progress.setAutoClose(False)
    progress.setMinimumDuration(0)
    progress.hide()  # shown only when the work takes a while: a quick PDF shows nothing
    show_later = QTimer()
    show_later.setSingleShot(True)
    show_later.timeout.connect(lambda: None if future.done() else progress.show())
    show_later.start(SHOW_AFTER_MS)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(40)
    poll.timeout.connect(lambda: loop.quit() if future.done() or progress.wasCanceled() else None)
    poll.start()
    if not future.done():
        loop.exec()
    poll.stop()
    show_later.stop()
    cancelled = progress.wasCanceled() and not future.done()
    progress.close()
    progress.deleteLater()
    if cancelled:
        raise Cancelled()
    return future.result()
