"""Debounced saving of typed text: written ~0.6 s after the last key, at the latest
:data:`MAX_WAIT_MS` after the first unsaved key while typing goes on without a pause, on
focus-out and on close (a crash loses at most about one second of typing).

A write that fails on the disk (full, read-only) is not forgotten: the debouncer stays *unsaved*
and tries again every :data:`RETRY_MS`, at the next edit, and when the app closes (which asks
first while something is still unsaved). The text stays in its field all the while.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: Milliseconds of quiet typing before an edit is written (the spec allows at most ~1 s).
DEBOUNCE_MS = 600
#: The longest an edit waits while typing never pauses (WORKBOOK non-negotiable: ≤ ~1 s lost).
MAX_WAIT_MS = 1000
#: Milliseconds between tries of a write that failed on the disk.
RETRY_MS = 10_000


class Debouncer(QObject):
    """Calls ``write()`` once typing pauses; :meth:`flush` writes a pending edit at once."""

    def __init__(self, write: Callable[[], None], parent: QObject | None = None,
                 delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._write = write
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        self._longest = QTimer(self)  # started by the first unsaved key, not restarted by the next
        self._longest.setSingleShot(True)
        self._longest.setInterval(max(delay_ms, MAX_WAIT_MS))
        self._longest.timeout.connect(self._fire)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._fire)
        self.failed = False  # the last write did not reach the disk
        #: how many disk failures the context has seen (set by PageContext.register_flusher)
        self.failures: Callable[[], int] = lambda: 0

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self.failed

    def poke(self) -> None:
        self._timer.start()
        if not self._longest.isActive():
            self._longest.start()

    def flush(self) -> None:
        if self._timer.isActive() or self.failed:
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()
        self._longest.stop()
        self._retry.stop()
        self.failed = False

    def _fire(self) -> None:
        self._timer.stop()
        self._longest.stop()
        before = self.failures()
        self.failed = False  # while it writes: a success then reads as "everything saved"
        self._write()
        self.failed = self.failures() > before
        if self.failed:
            self._retry.start()
        else:
            self._retry.stop()
