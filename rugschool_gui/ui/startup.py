"""Everything between ``main()`` and a painted window, and the app-level services of the shell.

Order: logging and crash handler → language → one instance per database file (ui.instance_lock) →
database checks (damaged or foreign file: ask, overwrite nothing) → migrations (Alembic only
when behind, backup first) → store → window. What follows the first paint is in
``ui/after_paint.py``.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import paths
from ..logs import setup_logging
from ..storage.errors import TooNew
from ..storage.migrate import upgrade_if_needed
from ..storage.probe import DatabaseProblem, can_write, inspect_database, live_workbooks
from ..storage.url import is_server, label_of
from . import theme
from .after_paint import AfterFirstPaint, FirstPaint
from .appsettings import TEXT_SIZES, AppSettings
from .context import Hub, PageContext
from .i18n import Translations, app_title, args, translate

if TYPE_CHECKING:
    from .background import Background
    from .main_window import MainWindow, WindowServices
    from .reminders.service import ReminderService

log = logging.getLogger("rugschool")


def install_crash_handler(parent_getter, flush_pending=lambda: False) -> None:
    """Unexpected errors: written to the log file, a calm dialog for the person, no traceback.

    The dialog says that earlier work is saved only when it knows: ``flush_pending()`` writes
    what is still being typed and returns True when that and every earlier save succeeded.
    """

    def hook(exc_type, exc, tb) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is None:
            return
        try:
            saved = bool(flush_pending())
        except Exception:  # the dialog must still appear
            log.exception("writing pending edits after an unexpected error failed")
            saved = False
        if saved:
            text = translate(
                "Startup",
                "Er liep iets onverwachts mis. Wat je net deed, is misschien niet gelukt: kijk het "
                "even na. Wat je eerder invulde, is bewaard. Je kunt gewoon verder werken; lukt dat "
                "niet, sluit de app dan en open hem opnieuw.")
        else:
            text = translate(
                "Startup",
                "Er liep iets onverwachts mis. Wat je net deed, is misschien niet bewaard: kijk het "
                "even na voor je verder werkt. Lukt dat niet, sluit de app dan en open hem opnieuw.")
        with contextlib.suppress(Exception):  # the hook itself must never fail
            QMessageBox.warning(parent_getter(), translate("Startup", "Er liep iets mis"), text)

    sys.excepthook = hook


def _local(moment: datetime) -> QDateTime:
    """A naive local ``datetime`` (a backup's file time) as Qt's local date and time."""
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


class Startup(AfterFirstPaint):
    def __init__(self, app: QApplication, args) -> None:
        self.app = app
        self.args = args
        self.window: MainWindow | None = None  # built by prepare()
        self.background: Background | None = None  # housekeeping after the first paint (ui.background)
        self.reminders: ReminderService | None = None  # after the first paint (ui.reminders.service)
        self.ctx: PageContext  # made by prepare()
        self.lock = None  # ui.instance_lock.InstanceLock once taken
        self.translations = Translations()
        self.exit_code = 0  # what run() returns when start-up stops early (1: it could not start)
        self.closed = False  # shut down (a worker's result arriving later is dropped)

    # ----- the sequence ------------------------------------------------------------------
    def prepare(self) -> bool:
        """Everything up to a built (not yet shown) window; False when start-up was declined."""
        try:
            folder = paths.data_dir()
            setup_logging(paths.log_dir())
        except OSError as exc:
            from .start_guards import say_folder_unusable

            say_folder_unusable(Path(exc.filename) if exc.filename else Path.home(), exc)
            self.exit_code = 1
            return False
        install_crash_handler(lambda: self.window, self._flush_pending)
        self.settings = AppSettings(folder)
        self.translations.apply(self.args.lang or self.settings.language)
        theme.load_fonts()
        theme.apply_text_size(self.app, self.settings.text_size)
        theme.apply_color_scheme(self.app, self.args.theme or self.settings.color_scheme)
        from . import focus_ring

        focus_ring.install(self.app)  # a focus you can see on every control
        from . import accessible

        accessible.install()  # headings heard as headings

        # the one place a file becomes a URL: --database, RUGSCHOOL_DATABASE, the settings' practice
        url = paths.database_url(self.args.database, self.settings.practice_url)  # database (#21)
        if is_server(url):
            url = self._practice_or_own_file(url)
            if not url:
                self.exit_code = 1
                return False
        from .start_guards import say_read_only, take_instance_lock

        self.lock, self.exit_code = take_instance_lock(url, bool(self.args.screenshot))
        if self.lock is None:
            return False
        if not self._check_database(url):
            self.lock.release()
            return False
        self.lock.hold_the_file()  # a first start has just created the file: hold it too
        read_only = not can_write(url)
        self.ctx = PageContext(url=url, hub=Hub(), settings=self.settings,
                               language=self.translations.language, read_only=read_only)
        if read_only:
            say_read_only(url, bool(self.args.screenshot))
        self.ctx.workbook_id = self._initial_workbook(url)
        from .main_window import MainWindow

        self.window = MainWindow(self.ctx, self.window_services())
        return True

    def _practice_or_own_file(self, url: str) -> str:
        """A practice database (issue #21) that answers: its URL, migrated. One that does not (no
        network, a wrong password, no permission): say so kindly and offer the workbook file on
        this computer instead; "" when the person would rather stop."""
        from ..storage.errors import StorageError
        from .practice_messages import offer_own_file, server_problem

        try:
            upgrade_if_needed(url)
            return url
        except StorageError as exc:
            log.warning("practice database not usable: %s", exc.kind)
            if self.args.screenshot:  # no one to answer a question: say it where the caller looks
                print(server_problem(exc, label_of(url)), file=sys.stderr)  # noqa: T201
                return ""
            if offer_own_file(exc, label_of(url)):
                return paths.own_database_url()
            return ""

    def window_services(self) -> WindowServices:
        """What the window may ask of the application: exactly these, not the start-up object."""
        from .main_window import WindowServices

        return WindowServices(app=self.app, export_pdf=self.export_pdf, open_settings=self.open_settings,
                              step_text_size=self.step_text_size, choose_passphrase=self.choose_passphrase)

    def _flush_pending(self) -> bool:
        ctx = getattr(self, "ctx", None)
        return ctx is not None and ctx.flush()

    def run(self) -> int:
        if not self.prepare() or self.window is None:
            return self.exit_code
        window = self.window
        if self.args.screenshot:
            if self.settings.lock_hash:  # the idle lock has no back door through a screenshot
                print(translate("Startup", "Geen schermafbeelding: de app is vergrendeld met een wachtzin."),  # noqa: T201
                      file=sys.stderr)  # (a screenshot has no window to show it in)
                self.shutdown()
                return 7
            return self._screenshot()
        geometry = self.settings.geometry()
        if geometry is not None:
            window.restoreGeometry(geometry)
        if getattr(self.args, "tray", False) and self.settings.tray:  # at login: only the tray icon
            QTimer.singleShot(0, self._settle)
        else:
            FirstPaint(window, self._settle, report=self.args.quit_after_paint)
            window.show()
        window.idle_lock.lock()  # a passphrase set means the app also starts locked
        code = self.app.exec()
        self.shutdown()
        return code

    def _check_database(self, url: str) -> bool:
        try:
            inspect_database(url)
            live_workbooks(url)  # the list the window needs must be readable too
        except DatabaseProblem as problem:
            log.warning("database problem: %s", problem.kind)
            if not self._offer_fresh_start(problem):
                return False
        try:
            upgrade_if_needed(url, paths.backup_dir())
        except TooNew:
            QMessageBox.warning(None, app_title(), args(translate(
                "Startup",
                "Dit werkboek werd bewaard met een nieuwere versie van de app. Installeer die "
                "nieuwere versie om het te openen; er is niets aan veranderd.\n\n%1"), label_of(url)))
            return False
        except Exception:
            log.exception("migration failed")
            QMessageBox.warning(None, app_title(), args(translate(
                "Startup",
                "Het werkboek kon niet worden bijgewerkt naar deze versie van de app. Er is een "
                "reservekopie gemaakt en er is niets verloren gegaan.\n\n%1"), label_of(url)))
            return False
        return True

    def _offer_fresh_start(self, problem: DatabaseProblem) -> bool:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(app_title())
        if problem.kind == "foreign":
            box.setText(args(translate("Startup", "Dit bestand is geen werkboek van de rugschool:\n%1"),
                             problem.label))
        else:
            box.setText(args(translate("Startup", "Dit werkboekbestand is beschadigd en kan niet geopend worden:\n%1"),
                             problem.label))
        box.setInformativeText(translate(
            "Startup",
            "Er wordt niets overschreven. Je kunt opnieuw beginnen met een leeg werkboek: het "
            "bestaande bestand blijft dan bewaard onder een nieuwe naam in dezelfde map."))
        from ..storage.backup import list_backups, set_aside

        good = [b for b in list_backups(paths.backup_dir(), problem.url) if b.workbooks is not None]
        restore = None
        if good and problem.kind != "foreign":
            restore = box.addButton(args(translate("Startup", "Reservekopie van %1 terugzetten"),
                                         QLocale().toString(_local(good[0].when), "d MMMM yyyy HH:mm")),
                                    QMessageBox.ButtonRole.AcceptRole)
        fresh = box.addButton(translate("Startup", "Opnieuw beginnen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Startup", "Afsluiten"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() not in (fresh, restore) or box.clickedButton() is None:
            return False
        set_aside(problem.url)  # never deleted: renamed beside the new one
        if box.clickedButton() is restore:
            from ..storage.backup import restore_backup

            try:
                restore_backup(problem.url, good[0].path, paths.backup_dir())
            except Exception:
                log.exception("restoring the newest backup failed")
        return True

    def _initial_workbook(self, url: str) -> str:
        """The last opened workbook, else the first; a new database gets "Mijn werkboek"."""
        last = self.settings.last_workbook(url)
        books = live_workbooks(url)
        if last and any(b.id == last for b in books):
            return last
        if books:
            chosen = books[0].id
        elif self.ctx.read_only:
            return ""  # nothing to show and nothing can be made
        else:
            from ..storage import workbooks as repo

            chosen = repo.ensure_default_workbook(self.ctx.store, translate("Workbooks", "Mijn werkboek")).id
        self.settings.set_last_workbook(url, chosen)
        return chosen

    def _screenshot(self) -> int:
        from .screenshot import take_screenshot

        self.after_first_paint()  # a screenshot shows the window as it looks once fully loaded
        take_screenshot(self.window, self.args)
        self.shutdown()
        return 0

    def shutdown(self) -> None:
        self.closed = True  # what was still loading finds nothing left to load into
        if self.background is not None:
            self.background.shutdown()
        self.ctx_loaded()
        try:
            self.ctx.flush()
            if self.ctx.store_ready:
                from ..storage import workbooks as repo

                repo.purge_deleted(self.ctx.store)
                self.ctx.store.close()
        except Exception:
            log.exception("closing failed")
        if self.lock is not None:
            self.lock.release()

    # ----- services the shell calls ------------------------------------------------------------
    def open_settings(self, parent: QWidget) -> None:
        from .settings_dialog import SettingsDialog

        current = {"language": self.translations.language, "text_size": self.settings.text_size,
                   "color_scheme": self.settings.color_scheme, "names_in_title": self.settings.names_in_title,
                   "lock_minutes": str(self.settings.lock_minutes)}
        SettingsDialog(parent, current, self.apply_setting).exec()

    def choose_passphrase(self, parent: QWidget | None, minutes: int = 0) -> bool:
        """Ask for a new passphrase and turn the lock on (``minutes`` idle, default 10)."""
        from .lock_screen import PassphraseDialog

        dialog = PassphraseDialog(parent)
        if not dialog.exec():
            return False
        self.settings.set_lock(minutes or self.settings.lock_minutes or 10, dialog.passphrase_hash)
        if self.window is not None:
            self.window.idle_lock.arm()
        return True

    def apply_setting(self, key: str, value: str, parent=None) -> str:
        """Apply one setting at once; returns the value in effect (a lock without a passphrase stays off)."""
        if key == "open_reminders":
            owner = parent or self.window
            if owner is not None:
                self.open_reminders(owner)
            return value
        if key == "open_practice":  # issue #21: used from the next start on
            from .practice_settings import PracticeSettingsDialog

            PracticeSettingsDialog(self.settings, parent or self.window).exec()
            return value
        if key == "new_passphrase":
            self.choose_passphrase(parent or self.window, int(value))
            return value
        if key == "lock_minutes":
            minutes = int(value)
            if minutes == 0:
                self.settings.set_lock(0)
            elif self.settings.lock_hash:
                self.settings.set_lock(minutes)
            else:
                self.choose_passphrase(parent or self.window, minutes)
            if self.window is not None:
                self.window.idle_lock.arm()
            return str(self.settings.lock_minutes)
        if key == "language":
            self.settings.language = value
            self.ctx.language = self.translations.apply(value)
        elif key == "text_size":
            self.settings.text_size = value
            theme.apply_text_size(self.app, value)
            if self.window is not None:
                self.window.follow_text_size()
        elif key == "color_scheme":
            self.settings.color_scheme = value
            theme.apply_color_scheme(self.app, value)
        elif key == "names_in_title":
            self.settings.names_in_title = value
            if self.window is not None:
                self.window.update_title()
        return value

    def step_text_size(self, step: int) -> None:
        i = TEXT_SIZES.index(self.settings.text_size) + step
        if 0 <= i < len(TEXT_SIZES):
            self.apply_setting("text_size", TEXT_SIZES[i])

    def export_pdf(self, parent: QWidget) -> None:
        from .pdf_dialog import export_pdf_interactively

        export_pdf_interactively(parent, self.ctx)

