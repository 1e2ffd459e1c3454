"""The questions start-up asks about the database before the window is filled (``ui.startup``):
a practice database that does not answer (the workbook on this computer instead?), a damaged or
foreign file (start afresh or restore the newest backup; nothing is overwritten), a file of a
newer version, and the migration of an older one (Alembic only when behind, backup first).
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QMessageBox

from .. import paths
from ..storage.url import label_of
from .i18n import app_title, args, translate

log = logging.getLogger("rugschool")


def _local(moment: datetime) -> QDateTime:
    """A naive local ``datetime`` (a backup's file time) as Qt's local date and time."""
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


def practice_or_own_file(url: str, screenshot: bool) -> str:
    """A practice database (issue #21) that answers: its URL, migrated. One that does not (no
    network, a wrong password, no permission): say so kindly and offer the workbook file on
    this computer instead; "" when the person would rather stop."""
    from ..storage.errors import StorageError
    from ..storage.migrate import upgrade_if_needed
    from .practice_messages import offer_own_file, server_problem

    try:
        upgrade_if_needed(url)
        return url
    except StorageError as exc:
        log.warning("practice database not usable: %s", exc.kind)
        if screenshot:  # no one to answer a question: say it where the caller looks
            print(server_problem(exc, label_of(url)), file=sys.stderr)  # noqa: T201
            return ""
        if offer_own_file(exc, label_of(url)):
            return paths.own_database_url()
        return ""


def check_database(url: str) -> bool:
    """The file at ``url`` can be opened as it is, or was made ready (migrated, started afresh,
    restored); False when the person chose to stop or it cannot be opened by this version."""
    from ..storage.errors import TooNew
    from ..storage.migrate import upgrade_if_needed
    from ..storage.probe import DatabaseProblem, inspect_database, live_workbooks

    try:
        inspect_database(url)
        live_workbooks(url)  # the list the window needs must be readable too
    except DatabaseProblem as problem:
        log.warning("database problem: %s", problem.kind)
        if not offer_fresh_start(problem):
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

def offer_fresh_start(problem) -> bool:
    """``problem``: a :class:`~rugschool_gui.storage.probe.DatabaseProblem`."""
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
