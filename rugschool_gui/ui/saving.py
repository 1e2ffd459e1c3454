"""Debounced saving of typed text: written ~0.6 s after the last key, on focus-out and on close.

A write that fails on the disk (full, read-only) is not forgotten: the debouncer stays *unsaved*
and tries again every :data:`RETRY_MS`, at the next edit, and when the app closes (which asks
first while something is still unsaved). The text stays in its field all the while.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: Milliseconds of quiet typing before an edit is written (the spec allows at most ~1 s).
DEBOUNCE_MS = 600
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

    def flush(self) -> None:
        if self._timer.isActive() or self.failed:
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()
        self._retry.stop()
        self.failed = False

    def _fire(self) -> None:
        before = self.failures()
        self.failed = False  # while it writes: a success then reads as "everything saved"
        self._write()
        self.failed = self.failures() > before
        if self.failed:
            self._retry.start()
        else:
            self._retry.stop()
