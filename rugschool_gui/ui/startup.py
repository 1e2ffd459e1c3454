"""Everything between ``main()`` and a painted window, and the app-level services of the shell.

Order: logging and crash handler → language → the window's colours → one instance per database
file (ui.instance_lock) → **the empty window, shown** (``ui/first_frame.py``, issue #23) → fonts
and style → database checks (damaged or foreign file: ask, overwrite nothing) → migrations
(Alembic only when behind, backup first) → store → the window filled. What follows is in
``ui/after_paint.py``. A practice database (#21) is locked once it has answered.

Only what the empty window needs is imported before it is shown; the rest in :meth:`Startup.fill`.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import paths
from ..logs import setup_logging
from ..storage.url import is_server
from . import theme
from .after_paint import AfterFirstPaint
from .appsettings import TEXT_SIZES, AppSettings
from .first_frame import FirstPaint
from .i18n import Translations, translate

if TYPE_CHECKING:
    from .background import Background
    from .context import PageContext
    from .instance_lock import InstanceLock
    from .main_window import MainWindow, WindowServices
    from .reminders.service import ReminderService

log = logging.getLogger("rugschool")


def install_crash_handler(parent_getter, flush_pending=lambda: False, unattended=lambda: False) -> None:
    """Unexpected errors: written to the log file, a calm dialog for the person, no traceback.

    The dialog says that earlier work is saved only when it knows: ``flush_pending()`` writes
    what is still being typed and returns True when that and every earlier save succeeded.
    When ``unattended()`` (``--screenshot``: nobody to answer a dialog) the words go to the
    error output instead, and the run goes on; the log holds the error.
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
        if unattended():  # a modal box would wait for ever
            print(text, file=sys.stderr)  # noqa: T201
            return
        with contextlib.suppress(Exception):  # the hook itself must never fail
            QMessageBox.warning(parent_getter(), translate("Startup", "Er liep iets mis"), text)

    sys.excepthook = hook


class Startup(AfterFirstPaint):
    def __init__(self, app: QApplication, args) -> None:
        self.app = app
        self.args = args
        self.window: MainWindow | None = None  # built by prepare()
        self.background: Background | None = None  # housekeeping after the first paint (ui.background)
        self.reminders: ReminderService | None = None  # after the first paint (ui.reminders.service)
        self.ctx: PageContext  # made by prepare()
        self.lock: InstanceLock | None = None  # taken in prepare_frame (a practice database: in fill)
        self.translations = Translations()
        self.exit_code = 0  # what run() returns when start-up stops early (1: it could not start)
        self.closed = False  # shut down (a worker's result arriving later is dropped)
        self.filled = False  # the window was built (run(): only after its first, empty frame)
        self.url = ""  # the database, from the command line or the settings (prepare_frame)

    # ----- the sequence ------------------------------------------------------------------
    def prepare(self) -> bool:
        """Everything up to a built (not yet shown) window; False when start-up was declined."""
        return self.prepare_frame() and self.fill()

    def prepare_frame(self) -> bool:
        """The empty window (not yet shown) and what it needs: the data folder and the log, the
        settings, the language, the colours, and this database file's lock; False when start-up
        stops here (the folder cannot be used, or the app already runs on this file)."""
        try:
            folder = paths.data_dir()
            setup_logging(paths.log_dir())
        except OSError as exc:
            from .start_guards import say_folder_unusable

            say_folder_unusable(Path(exc.filename) if exc.filename else Path.home(), exc)
            self.exit_code = 1
            return False
        install_crash_handler(lambda: self.window, self._flush_pending, lambda: bool(self.args.screenshot))
        self.settings = AppSettings(folder)
        self.translations.apply(self.args.lang or self.settings.language)
        theme.apply_frame_look(self.app, self.settings.text_size, self.args.theme or self.settings.color_scheme)
        # the one place a file becomes a URL: --database, RUGSCHOOL_DATABASE, the settings' practice
        self.url = paths.database_url(self.args.database, self.settings.practice_url)  # database (#21)
        if not is_server(self.url) and not self._take_lock(self.url):
            return False
        from .main_window import MainWindow

        self.window = MainWindow()
        return True

    def _drop_window(self) -> None:
        """Start-up was declined after the empty window was made: it goes, unfilled. Hidden, not
        closed: closing the last window would also ask Qt to quit later, and that request would
        still be waiting for the next event loop (a test's next dialog)."""
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def _take_lock(self, url: str) -> bool:
        from .start_guards import take_instance_lock

        self.lock, self.exit_code = take_instance_lock(url, bool(self.args.screenshot))
        return self.lock is not None

    def fill(self) -> bool:
        """The rest of start-up: look, database checks and migrations, the store, the window
        filled (``MainWindow.build``); False when start-up was declined (nothing was changed)."""
        theme.load_fonts()
        theme.apply_text_size(self.app, self.settings.text_size, restyle=False)  # styled just below
        theme.apply_color_scheme(self.app, self.args.theme or self.settings.color_scheme)
        from . import focus_ring

        focus_ring.install(self.app)  # a focus you can see on every control
        from . import accessible

        accessible.install()  # headings heard as headings
        from .start_database import check_database, practice_or_own_file

        url = self.url
        if is_server(url):
            url = practice_or_own_file(url, bool(self.args.screenshot))
            if not url:
                self.exit_code = 1
                self._drop_window()
                return False
            if not self._take_lock(url):
                self._drop_window()
                return False
        from .context import Hub, PageContext
        from .start_guards import say_read_only

        lock = self.lock
        assert lock is not None  # taken above, or in prepare_frame
        if not check_database(url):
            lock.release()
            self._drop_window()
            return False
        lock.hold_the_file()  # a first start has just created the file: hold it too
        from ..storage.probe import can_write

        read_only = not can_write(url)
        self.ctx = PageContext(url=url, hub=Hub(), settings=self.settings,
                               language=self.translations.language, read_only=read_only)
        if read_only:
            say_read_only(url, bool(self.args.screenshot))
        self.ctx.workbook_id = self._initial_workbook(url)
        assert self.window is not None
        self.window.build(self.ctx, self.window_services())
        return True

    def window_services(self) -> WindowServices:
        """What the window may ask of the application: exactly these, not the start-up object."""
        from .main_window import WindowServices

        return WindowServices(app=self.app, export_pdf=self.export_pdf, open_settings=self.open_settings,
                              step_text_size=self.step_text_size, choose_passphrase=self.choose_passphrase)

    def _flush_pending(self) -> bool:
        ctx = getattr(self, "ctx", None)
        return ctx is not None and ctx.flush()

    def run(self) -> int:
        """Start, run until the app quits, close; returns the exit code."""
        if self.args.screenshot or getattr(self.args, "tray", False):
            return self._run_prepared()
        if not self.prepare_frame() or self.window is None:
            return self.exit_code
        window = self.window
        geometry = self.settings.geometry()
        if geometry is not None:
            window.restoreGeometry(geometry)
        FirstPaint(window, self._fill_after_paint, report=self.args.quit_after_paint)
        window.show()
        code = self.app.exec()
        self.shutdown()
        return code if self.filled else self.exit_code

    def _fill_after_paint(self) -> None:
        """Once the empty window is on screen: fill it, then settle; or close it when start-up
        was declined (a damaged file the person did not want replaced, a newer version's file)."""
        if self.closed or self.window is None:
            return
        if not self.fill():
            self.app.exit(self.exit_code)
            return
        self.filled = True
        self.window.idle_lock.lock()  # a passphrase set means the app also starts locked
        self._settle()

    def _run_prepared(self) -> int:
        """A screenshot, or a start in the tray at login: everything prepared before anything shows."""
        if not self.prepare() or self.window is None:
            return self.exit_code
        self.filled = True
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
        if self.settings.tray:  # at login: only the tray icon
            QTimer.singleShot(0, self._settle)
        else:
            FirstPaint(window, self._settle, report=self.args.quit_after_paint)
            window.show()
        window.idle_lock.lock()  # a passphrase set means the app also starts locked
        code = self.app.exec()
        self.shutdown()
        return code

    def _initial_workbook(self, url: str) -> str:
        """The last opened workbook, else the first; a new database gets "Mijn werkboek"."""
        last = self.settings.last_workbook(url)
        books = self.ctx.workbooks()  # read once: the workbook switcher shows the same list
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
        ctx = getattr(self, "ctx", None)  # none when start-up stopped before the store
        try:
            if ctx is not None:
                ctx.flush()
                if ctx.store_ready:
                    from ..storage import workbooks as repo

                    repo.purge_deleted(ctx.store)
                    self._keep_home_for_next_start()
                    ctx.store.close()
        except Exception:
            log.exception("closing failed")
        if self.lock is not None:
            self.lock.release()  # (released already when start-up was declined: no harm)

    def _keep_home_for_next_start(self) -> None:
        """The home page's texts, kept for the next start (``ui/home.py``); never a reason for
        closing to fail."""
        window = self.window
        if window is None or not getattr(window, "built", False) or "home" not in window.built_pages():
            return
        from .home import HomePage

        try:
            home = window.page("home")
            if isinstance(home, HomePage):
                home.keep_for_next_start()
        except Exception:
            log.exception("keeping the home page for the next start failed")

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

