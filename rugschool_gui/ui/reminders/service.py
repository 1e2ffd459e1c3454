"""The reminder service: every half minute it asks the rules (domain/reminders.py) what is due
in the open workbook and shows it as a desktop notification through Qt's tray icon
(``QSystemTrayIcon.showMessage``: D-Bus notifications on Linux, the notification area on
Windows and macOS). Clicking it, or "Nu openen" in the tray menu, opens the right page (and
part: the check-in opens "Te veel" on its stress signals). "Vandaag niet" keeps its barrier and
words in the workbook (graded activity: the plan's barriers; the rest: ``operations.reminders``).

The clock is a parameter (tests use a fixed one); the state of today (shown, snoozed, declined)
is kept in the app's settings so a restart does not remind twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from ...domain import reminders as rules
from ...domain.reminders import Due, ReminderSettings
from ..context import PageContext
from .choices import load_choices, load_state, save_choices, save_state
from .texts import body, title

if TYPE_CHECKING:
    from .tray import ReminderTray

log = logging.getLogger(__name__)
CHECK_MS = 30_000  # often enough to be on time to the minute, rare enough to cost nothing
SHOW_MS = 0  # the notification stays until the person reacts (the server may still time it out)


class ReminderService(QObject):
    #: a reminder was shown (its item); for the window and for tests
    reminded = Signal(object)

    def __init__(self, ctx: PageContext, window: QWidget, *, open_page: Callable[[str], None],
                 quit_app: Callable[[], None], clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(window)
        self.ctx, self.window, self.open_page, self.clock = ctx, window, open_page, clock
        self.choices: ReminderSettings = load_choices(ctx.settings)
        self.state = load_state(ctx.settings, clock().date())
        self._quit_app = quit_app
        self._tray: ReminderTray | None = None  # made when first wanted: nothing to carry otherwise (#23)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._follow()
        self.watch_close()

    @property
    def tray(self) -> ReminderTray:
        """The tray icon and its menu, made the first time something needs it."""
        if self._tray is None:
            from .tray import ReminderTray

            self._tray = ReminderTray(self.window, show_window=self.show_window, open_item=self.open_current,
                                      later=self.later, not_today=self.not_today, quit_app=self._quit_app)
            self._tray.messageClicked.connect(self.open_current)
        return self._tray

    # ----- choices ----------------------------------------------------------------------------
    @property
    def wanted(self) -> bool:
        """Anything to remind of, or the tray chosen: then the icon is there."""
        return bool(self.choices.kinds) or self.ctx.settings.tray

    def apply_choices(self, choices: ReminderSettings) -> None:
        self.choices = save_choices(self.ctx.settings, choices)
        self._follow()
        self.check()

    def _follow(self) -> None:
        if self.wanted or self._tray is not None:
            self.tray.setVisible(self.wanted)
        if self.choices.kinds:
            self.timer.start()
        else:
            self.timer.stop()

    # ----- the check --------------------------------------------------------------------------
    def _today(self, now: datetime) -> None:
        if self.state.day != now.date():
            self.state = rules.ReminderState(now.date())
            if self._tray is not None:
                self._tray.set_current(None)

    def due(self, now: datetime) -> list[Due]:
        """What is due at ``now`` in the open workbook (nothing when nothing is chosen)."""
        if not self.choices.kinds or not self.ctx.workbook_id:
            return []
        from .today import planned_today

        planned = self.ctx.load(planned_today, self.ctx.workbook_id, now, self.choices.kinds, default=None)
        if planned is None:
            return []
        items = rules.due_today(self.choices, planned)
        return rules.due_now(items, self.state, now, self.choices)

    def check(self) -> Due | None:
        """Show the first reminder that is due (one at a time; the next at the next check)."""
        now = self.clock()
        self._today(now)
        due = self.due(now)
        if not due:
            return None
        item = due[0]
        self.state = rules.mark_shown(self.state, item.key)
        save_state(self.ctx.settings, self.state)
        self.tray.set_current(item)
        self.tray.setVisible(True)
        self.tray.showMessage(title(item), body(item), QSystemTrayIcon.MessageIcon.Information, SHOW_MS)
        self.reminded.emit(item)
        return item

    # ----- what the person does with it --------------------------------------------------------
    def show_window(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def open_current(self) -> None:
        item = self.tray.current
        self.show_window()
        if item is not None:
            self.open_page(item.page)
            if item.part is not None:
                self._open_part(item.page, item.part)

    def _open_part(self, page_id: str, part: str) -> None:
        """The part of a tabbed chapter the reminder is about (the check-in: the stress signals
        of "Te veel"), chosen as a person does: its section button."""
        find_page = getattr(self.window, "page", None)
        page = find_page(page_id) if callable(find_page) else None
        tab = getattr(page, part, None)
        parts = getattr(page, "_tab_pages", ())
        if page is not None and tab is not None and tab in parts:
            page.section_button(parts.index(tab)).click()

    def later(self) -> None:
        item = self.tray.current
        if item is None:
            return
        self.state = rules.snooze(self.state, item.key, self.clock())
        save_state(self.ctx.settings, self.state)
        self.tray.set_current(None)

    def not_today(self) -> None:
        """Ask what stood in the way; the reminder is then done for today."""
        item = self.tray.current
        if item is None:
            return
        from .decline_dialog import DeclineDialog

        dialog = DeclineDialog(item, self.window if self.window.isVisible() else None)
        dialog.finished.connect(lambda result: self._declined(item, dialog) if result else None)
        dialog.open()

    def _declined(self, item: Due, dialog) -> None:
        barrier, words = dialog.barrier, dialog.words.text()
        if barrier is None:
            return
        self.state = rules.decline(self.state, item.key, barrier, words)
        save_state(self.ctx.settings, self.state)
        self.tray.set_current(None)
        if item.kind == rules.GRADED_ACTIVITY:
            self._note_barrier(barrier, words, self.clock().date())
        else:
            self._keep_declined(item, barrier, words)

    def _keep_declined(self, item: Due, barrier: str, words: str) -> None:
        """Exposure, check-in, pacing, homework: the barrier and words are kept in the workbook,
        where the consultation brief shows them (one operation, undoable); never in the ini."""
        from ...operations.reminders import keep_declined

        if self.ctx.workbook_id:
            self.ctx.run(keep_declined, rules.declined_record(item, barrier, words, self.clock().date()),
                         source=self)

    def _note_barrier(self, barrier: str, words: str, day: date) -> None:
        """Graded activity: the barrier joins the plan's barriers (§5), dated, one transaction."""
        from ...operations import graded_activity as ops
        from ...storage import graded_activity as repo
        from ..dates import day_month
        from ..i18n import translate

        plan = self.ctx.load(repo.open_plan, self.ctx.workbook_id, default=None)
        if plan is None:
            return
        not_practised = translate("Reminders", "vandaag niet geoefend")
        line = f"{day_month(day)}: {words.strip() or not_practised}"
        inside, outside = plan.barriers_inside, plan.barriers_outside
        if barrier == "inside":
            inside = f"{inside.rstrip()}\n{line}".strip()
        else:
            outside = f"{outside.rstrip()}\n{line}".strip()
        self.ctx.run(ops.save_reflection, plan.id, inside, outside, plan.realistic, source=self)

    # ----- the tray, and closing the window to it --------------------------------------------
    def set_tray(self, on: bool) -> bool:
        """Opt in or out of the tray (and the start at login); returns what is in effect."""
        from ..i18n import app_title, translate
        from .autostart import set_autostart

        if on and not QSystemTrayIcon.isSystemTrayAvailable():
            on = False
        self.ctx.settings.tray = on
        set_autostart(on, app_title(), translate("Reminders", "Herinneringen van je werkboek"))
        self._follow()
        return on

    @property
    def keeps_running(self) -> bool:
        """Closing the window hides it: the tray stays, with "Afsluiten" in its menu."""
        return (self.ctx.settings.tray and self._tray is not None and self._tray.isVisible()
                and not self.quitting)

    quitting = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close and self.keeps_running:
            if not self.ctx.flush():
                return False  # a save failed: the window's own close asks what to do
            self.window.hide()
            event.ignore()
            return True
        return False

    def watch_close(self) -> None:
        self.window.installEventFilter(self)
