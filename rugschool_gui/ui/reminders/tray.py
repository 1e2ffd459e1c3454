"""The tray icon and its menu: open the workbook, the last reminder's "Nu openen", "Later
(15 min)" and "Vandaag niet…" (a notification may have no buttons), and a clear "Afsluiten"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ...domain.reminders import Due
from ..i18n import app_title, args, translate
from ..theme import app_icon
from .texts import title


class ReminderTray(QSystemTrayIcon):
    def __init__(self, parent: QWidget | None, *, show_window: Callable[[], None], open_item: Callable[[], None],
                 later: Callable[[], None], not_today: Callable[[], None], quit_app: Callable[[], None]) -> None:
        super().__init__(app_icon(), parent)
        self.setObjectName("reminder-tray")
        self.menu = QMenu()
        self.menu.setObjectName("reminder-tray-menu")
        self.act_show = self._add(show_window, "tray-show")
        self.menu.addSeparator()
        self.act_current = self._add(open_item, "tray-reminder")
        self.act_later = self._add(later, "tray-later")
        self.act_not_today = self._add(not_today, "tray-not-today")
        self.menu.addSeparator()
        self.act_quit = self._add(quit_app, "tray-quit")
        self.setContextMenu(self.menu)
        self.activated.connect(lambda reason: show_window()
                               if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        self.current: Due | None = None
        self.retranslate()

    def _add(self, handler: Callable[[], None], name: str) -> QAction:
        action = self.menu.addAction("")
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: handler())
        return action

    def set_current(self, item: Due | None) -> None:
        """The reminder the menu's actions are about (None: they are hidden)."""
        self.current = item
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(app_title())
        self.act_show.setText(translate("Reminders", "Werkboek openen"))
        for action in (self.act_current, self.act_later, self.act_not_today):
            action.setVisible(self.current is not None)
        if self.current is not None:
            self.act_current.setText(args(translate("Reminders", "Nu openen: %1"), title(self.current)))
        self.act_later.setText(translate("Reminders", "Later (15 min)"))
        self.act_not_today.setText(translate("Reminders", "Vandaag niet…"))
        self.act_quit.setText(translate("Reminders", "Afsluiten"))
