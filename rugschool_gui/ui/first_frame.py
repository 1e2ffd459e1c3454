"""The window's first frame, painted before the app has loaded (issue #23).

A person who starts the app sees its window at once: the main window appears empty, in the
calm colours, with the place of the chapter list sketched, and is filled a moment later
(``MainWindow.build``, after this first paint). Everything here is cheap on purpose: no data, no
text but the title, none of PySide6's ``Qt`` namespace (its ~100 enums cost ~17 ms to make).

:class:`FirstPaint` tells start-up when that paint happened, and prints the moments the
start-up benchmark reads (``bench/startup.py``).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def default_size(em: int) -> tuple[int, int]:
    """A first window that fits the screen it opens on (a 1366×768 laptop keeps its task bar
    and title bar): 62 × 38 text heights at most, never more than the screen's free area."""
    width, height = em * 62, em * 38
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, int(free.width() * 0.94)), min(height, int(free.height() * 0.9))
    return width, height


class FrameSketch(QWidget):
    """Where the chapter list will be, in its colours; the rest is the window's background.
    Not a control: it takes no focus and says nothing to a screen reader (the built window
    replaces it before anything can be done).

    Painted by Qt itself (the window's background and the panel's), not from Python: a ``QPainter`` call such as
    ``fillRect`` makes PySide6 weigh overloads that take ``Qt`` enums, which makes that whole
    namespace (~17 ms) before the frame is on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from . import design

        # the window paints the background around it (and so gets the paint event start-up waits
        # for: a child filling the whole window would leave it none)
        self.panel = QWidget(self)
        palette = self.panel.palette()  # a copy (``QPalette(other)`` would weigh ``Qt`` enum overloads)
        palette.setColor(QPalette.ColorRole.Window, design.surface_of(palette))
        self.panel.setPalette(palette)
        self.panel.setAutoFillBackground(True)

    def resizeEvent(self, _event) -> None:
        # as the built window lays it out at the usual text sizes: the list below the menu bar
        # and the workbook's toolbar, above the status bar, at most 14½ text heights wide
        em = self.fontMetrics().height()
        top, bottom = round(em * 3.1), round(em * 1.3)
        self.panel.setGeometry(QRect(0, top, min(round(em * 14.5), self.width() // 3),
                                     max(0, self.height() - top - bottom)))


class FirstPaint(QObject):
    """Runs ``then`` right after the window's first paint; ``report`` prints that moment, then
    the moment the GUI thread is free again with the home page filled ("interactive"), and quits
    (the start-up benchmark, bench/startup.py)."""

    def __init__(self, window, then, report: bool = False) -> None:
        super().__init__(window)
        self.then, self.report = then, report
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            if self.report:
                print(f"first-paint {time.time():.6f}", flush=True)  # noqa: T201 - read by bench/startup.py
            QTimer.singleShot(0, self.then)
            if self.report:  # queued after ``then``: runs once it and what it did are done
                QTimer.singleShot(0, lambda: self._interactive(obj))
        return False

    @staticmethod
    def _interactive(window) -> None:
        """The filled page laid out and painted: word-wrapped rows need a few layout passes
        after their texts are set, and a person sees the page only once they are done."""
        if not getattr(window, "built", True):  # start-up stopped before the window was filled
            return
        for _ in range(3):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.repaint()
        print(f"interactive {time.time():.6f}", flush=True)  # noqa: T201 - read by bench/startup.py

    @staticmethod
    def report_settled() -> None:
        """Everything loaded and the home page read properly: the benchmark's last figure."""
        print(f"settled {time.time():.6f}", flush=True)  # noqa: T201 - read by bench/startup.py
        QTimer.singleShot(0, QApplication.quit)  # after "interactive", which may still be queued
