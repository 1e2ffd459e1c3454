"""Debounced saving of typed text: written ~0.6 s after the last key, on focus-out and on close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: Milliseconds of quiet typing before an edit is written (the spec allows at most ~1 s).
DEBOUNCE_MS = 600


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

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def poke(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._write()
