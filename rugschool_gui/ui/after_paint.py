"""What start-up does once the window is on screen (issue #23): the home page from its snapshot
while SQLAlchemy loads on a worker, then the full store, the housekeeping jobs (file check,
daily backup, the overview read ahead) and the reminder service. The moments the start-up
benchmark reads are printed by ``ui/first_frame.FirstPaint``.

A mixin of :class:`~rugschool_gui.ui.startup.Startup`: it uses the attributes that class sets up.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import paths
from .first_frame import FirstPaint
from .i18n import app_title, args, translate

if TYPE_CHECKING:
    from .appsettings import AppSettings
    from .background import Background
    from .context import PageContext
    from .main_window import MainWindow
    from .reminders.service import ReminderService

log = logging.getLogger("rugschool")


def _load_storage_modules() -> None:
    """On a worker thread while the home page shows its snapshot: SQLAlchemy, its ORM and every
    table (~0.4 s of imports); the GUI thread stays free for the person."""
    from ..lean_imports import before_sqlalchemy

    before_sqlalchemy()  # asyncio without OpenSSL, package metadata only when asked (#23)
    from sqlalchemy.orm import configure_mappers

    from ..operations import consultations  # noqa: F401 - the home page's homework reads
    from ..storage import schema  # noqa: F401 - every chapter's tables

    configure_mappers()


class AfterFirstPaint:
    """The part of start-up after the first paint (see the module's docstring)."""

    app: QApplication
    args: Any
    window: MainWindow | None
    ctx: PageContext
    settings: AppSettings
    background: Background | None
    reminders: ReminderService | None
    closed: bool

    def _settle(self) -> None:
        """The app's own start (not a test's), right after the first paint.

        When the home page can be shown as it was last time (nothing changed since:
        ``storage/home_stamp.py``), it is, and SQLAlchemy with the tables loads on a worker
        thread; the page is then read properly once more (#23). Otherwise everything loads here.
        """
        window = self.window
        home = window.page("home") if window is not None and window.current_page_id() == "home" else None
        show_snapshot = getattr(home, "show_snapshot", None)
        if show_snapshot is not None and show_snapshot():
            # the page shown first, then the loading (the worker shares Python with the window);
            # whatever needs the store meanwhile waits for it (PageContext.wait_for_storage_modules)
            loaded = self.ctx.storage_loaded

            def load() -> None:
                try:
                    _load_storage_modules()
                finally:
                    loaded.set()

            def start() -> None:
                if self.closed:
                    return
                loaded.clear()  # from now on until the worker is done (a click before: loads here)
                self._background().run(load, lambda _r, _e: None if self.closed else self._settled())

            QTimer.singleShot(0, start)
            return
        self._settled()

    def _settled(self) -> None:
        """Load what is left after the first paint, then leave what start-up made out of the
        garbage collector's full passes (#23). Modules, tables and the window live as long as
        the app; without this every full pass walked them again — ~50 ms in the middle of
        opening a page, four times in a session of the consultation bench (now ~10 ms). Objects
        freed later by their reference count are freed as before.

        The collector was off during start-up (``app.py``): what start-up left in cycles is
        collected first, so none of it is frozen, and the collector is on again from here."""
        self.after_first_paint()
        import gc

        gc.collect()
        gc.freeze()
        gc.enable()
        if self.args.quit_after_paint:  # bench/startup.py: everything loaded, the page read again
            FirstPaint.report_settled()

    def ctx_loaded(self) -> None:
        """Nothing is loading any more (a worker cancelled at shutdown never says so itself)."""
        ctx = getattr(self, "ctx", None)
        if ctx is not None:
            ctx.storage_loaded.set()

    def _background(self) -> Background:
        if self.background is None:
            from .background import Background

            self.background = Background(self.app)
        return self.background

    def after_first_paint(self) -> None:
        """Open the full store (SQLAlchemy) once the window is on screen, then tidy up."""
        _load_storage_modules()  # done on the worker already, unless the page had no snapshot
        from ..storage import workbooks as repo

        self.ctx.load(repo.purge_deleted)
        if self.ctx.workbook_id:  # a practice database logs who opened which workbook (#21)
            from ..storage.practice import log_read

            self.ctx.load(log_read, self.ctx.workbook_id)
        self.ctx.hub.data_changed.emit("")
        from ..storage.backup import backup_if_due

        background = self._background()
        self._read_overview_ahead(background)
        url, database, backups = self.ctx.url, self.ctx.database, paths.backup_dir()
        from ..storage.probe import inspect_database

        background.run(lambda: inspect_database(url, deep=True), self._deep_checked)
        # once a day a checked copy goes to the backup folder, quietly
        background.run(lambda: backup_if_due(database, backups), self._backed_up)
        self.start_reminders()

    def _read_overview_ahead(self, background: Background) -> None:
        """A psychologist's overview read on the worker, ready for its first opening (#23)."""
        from .overview_warmup import read_ahead, wanted
        from .role_setting import role_of

        count = len(self.ctx.workbooks())
        if not wanted(count, role_of(self.settings, count)):
            return
        url, day = self.ctx.url, date.today()

        def keep(result, problem) -> None:
            if problem is not None:
                log.warning("reading the overview ahead failed: %s", type(problem).__name__)
            elif not self.closed and self.window is not None and "overview" not in self.window.built_pages():
                self.ctx.overview_ahead = result

        background.run(lambda: read_ahead(url, day), keep)

    def start_reminders(self) -> None:
        """Reminders (issue #20): a tray icon only when something reminds or the tray was chosen."""
        if self.window is None or self.reminders is not None:
            return
        from .reminders.service import ReminderService

        self.reminders = ReminderService(self.ctx, self.window, open_page=self.window.open_page,
                                         quit_app=self.quit_from_tray)
        self.app.setQuitOnLastWindowClosed(not self.settings.tray)
        self.reminders.check()

    def quit_from_tray(self) -> None:
        """"Afsluiten" in the tray menu: the window closes as always (asking when a save failed)."""
        if self.window is None or self.reminders is None:
            self.app.quit()
            return
        self.reminders.quitting = True
        if self.window.close():
            self.reminders.tray.hide()
            self.app.quit()
        else:
            self.reminders.quitting = False

    def open_reminders(self, parent) -> None:
        self.start_reminders()
        service = self.reminders
        if service is None:
            return
        from PySide6.QtWidgets import QSystemTrayIcon

        from .reminders.settings_dialog import RemindersDialog

        def set_tray(on: bool) -> bool:
            in_effect = service.set_tray(on)
            self.app.setQuitOnLastWindowClosed(not in_effect)
            return in_effect

        RemindersDialog(parent, service.choices, self.settings.tray, service.apply_choices, set_tray,
                        QSystemTrayIcon.isSystemTrayAvailable()).exec()

    def _deep_checked(self, _result, problem) -> None:
        """Every page was read once (``quick_check``, in the background); warn kindly if bad."""
        if problem is None:
            return
        from ..storage.probe import DatabaseProblem

        if not isinstance(problem, DatabaseProblem):
            log.error("quick_check could not run: %r", problem)
            return
        log.error("database failed quick_check: %s", problem.kind)
        QMessageBox.warning(self.window, app_title(), args(translate(
            "Startup",
            "Bij het nakijken van je werkboekbestand vond de app beschadigde stukken:\n%1\n\n"
            "Wat je ziet, kun je nog lezen. Sluit de app en vraag hulp voor je verder werkt; "
            "de reservekopieën staan in de map met je gegevens."), problem.label))

    @staticmethod
    def _backed_up(_copy, error) -> None:
        if error is not None:  # a backup must never stop the person working: it is logged
            log.error("daily backup failed", exc_info=error)
