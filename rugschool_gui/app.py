"""Start-up: command line, single instance, database checks and migration, then the window.

Kept light on purpose: reportlab and Alembic are imported only when needed (exporting, or a
database that is behind), chapter pages are built when first opened.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from . import APP_ID, APP_NAME, ORG_NAME
from .cli import parse_args

log = logging.getLogger("rugschool")
_T0 = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    os.umask(0o077)  # every file we create (database, WAL, backups, logs, PDFs) is the user's only
    from .commands import is_command

    if is_command(argv):  # export-pdf, export-workbook, import-workbook: no window
        from .commands import run

        return run(argv)
    args = parse_args(argv)
    import gc

    # start-up makes a few hundred thousand objects that live as long as the app, and little
    # garbage: the collector's passes over them cost ~10 ms before the page is ready. It is off
    # until start-up has settled (``ui/after_paint.py`` collects once, then freezes them; #23)
    gc.disable()
    try:
        return _start(args)
    finally:
        gc.enable()  # a screenshot, or a start that was declined, never settled


def _start(args) -> int:
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from .ui import import_hook

    import_hook.install()  # PySide6 no longer keeps the source of every later import (#23)
    existing = QApplication.instance()  # a test's application, else one is made here
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__import__("rugschool_gui").__version__)
    app.setDesktopFileName(APP_ID)  # the task bar finds the menu entry and its icon by this id
    from .ui.theme import app_icon

    app.setWindowIcon(app_icon())
    from .ui.startup import Startup

    return Startup(app, args).run()


if __name__ == "__main__":
    raise SystemExit(main())
