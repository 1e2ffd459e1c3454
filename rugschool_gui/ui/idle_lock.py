"""The idle lock: watch for use of the app, and cover every window after the chosen idle time.

Locking flushes what is being typed (nothing is lost), hides the main window's content and any
tool window, and shows the lock screen on top (application-modal, so no shortcut reaches the
pages). Only the right passphrase (checked against its salted hash) takes it away again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

from .qt_app import running_app

if TYPE_CHECKING:
    from .appsettings import AppSettings
    from .lock_screen import LockScreen

#: an application property other windows can read: True while the lock covers the app
LOCKED_PROPERTY = "rugschool-locked"
#: how often the idle time is compared with the clock (cheap; locks at most this much later)
CHECK_INTERVAL_MS = 5000
_USER_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    def __init__(self, window: QMainWindow, settings: AppSettings, flush: Callable[[], object],
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(window)
        self._failures = 0  # wrong passphrases in a row (each one after the third waits longer)
        self._veils: list[QWidget] = []  # covers over dialogs that were open when the app locked
        self.window = window
        self.settings = settings
        self._flush = flush
        self._clock = clock
        self.last_activity = clock()
        self.screen: LockScreen | None = None  # built the first time it is needed
        self._covered: list[QWidget] = []  # what the lock hid, to show again on unlocking
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._watching = False
        self.arm()

    def arm(self) -> None:
        """Watch for use only while a lock is set: without one, no filter sees every event."""
        wanted = self.settings.lock_minutes > 0
        if wanted == self._watching:
            return
        self._watching = wanted
        app = running_app()
        if wanted:
            self.last_activity = self._clock()
            app.installEventFilter(self)
            self._timer.start()
        else:
            app.removeEventFilter(self)
            self._timer.stop()

    @property
    def locked(self) -> bool:
        return self.screen is not None and self.screen.isVisible()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _USER_INPUT:
            self.last_activity = self._clock()
        return False

    def check(self) -> None:
        from ..domain.privacy_lock import should_lock

        now = self._clock()
        self.last_activity = min(self.last_activity, now)  # a clock set back never locks at once
        if not self.locked and should_lock(now, self.last_activity, self.settings.lock_minutes):
            self.lock()

    def lock(self) -> bool:
        """Cover the app now (when a passphrase is set). Returns whether it is locked."""
        if self.locked:
            return True
        if not self.settings.lock_hash:
            return False
        self._flush()
        screen = self.screen
        if screen is None:
            from .lock_screen import LockScreen

            screen = self.screen = LockScreen(str(self.settings.path))
            screen.attempt.connect(self.try_unlock)
            screen.quit_requested.connect(self.window.close)
        # the content, the workbook switcher (names!), the menus and tool windows go out of sight,
        # not just under the lock screen
        w = self.window
        parts = [p for p in (w.centralWidget(), w.menuBar(), w.statusBar(), *w.findChildren(QToolBar))
                 if p is not None and p.isVisibleTo(w)]
        tools = [t for t in QApplication.topLevelWidgets()
                 if t.isVisible() and t is not w and t is not screen and not t.isModal()]
        self._covered = parts + tools
        for widget in self._covered:
            widget.hide()
        # a dialog that is open (say, an activity half typed) cannot be hidden without ending it and
        # losing what was typed: it stays open under an opaque veil, its content out of sight
        self._veils = [self._veil(d) for d in QApplication.topLevelWidgets()
                       if d.isVisible() and d.isModal() and d is not screen and d is not w]
        running_app().setProperty(LOCKED_PROPERTY, True)
        screen.reset()
        screen.setGeometry(self.window.geometry())
        screen.show()
        screen.raise_()
        screen.activateWindow()
        screen.passphrase.setFocus()
        return True

    @staticmethod
    def _veil(dialog: QWidget) -> QWidget:
        veil = QWidget(dialog)
        veil.setObjectName("lock-veil")
        veil.setAutoFillBackground(True)
        veil.setGeometry(dialog.rect())
        veil.raise_()
        veil.show()
        return veil

    def try_unlock(self, passphrase: str) -> bool:
        from ..domain.privacy_lock import retry_delay, verify_passphrase

        screen = self.screen
        if screen is None:  # the passphrase comes from the lock screen: nothing is locked without it
            return False
        if not verify_passphrase(passphrase, self.settings.lock_hash):
            self._failures += 1
            screen.refuse(retry_delay(self._failures))
            return False
        self._failures = 0
        screen.reset()
        screen.hide()
        running_app().setProperty(LOCKED_PROPERTY, False)
        for widget in self._covered:
            if shiboken6.isValid(widget):  # a tool window may have been closed meanwhile
                widget.show()
        self._covered = []
        for veil in self._veils:
            if shiboken6.isValid(veil):
                veil.hide()  # at once; the object goes when the dialog's loop next runs
                veil.deleteLater()
        self._veils = []
        self.last_activity = self._clock()
        self.window.activateWindow()
        return True

    def retranslate(self) -> None:
        if self.screen is not None:
            self.screen.retranslate()

    def close(self) -> None:
        if self._watching:
            running_app().removeEventFilter(self)
        self._watching = False
        self._timer.stop()
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None
