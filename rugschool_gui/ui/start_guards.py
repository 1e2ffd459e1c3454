"""What start-up says when it cannot simply go on: the data folder cannot be used (full,
read-only), the workbook is open elsewhere or a lock file is left over, the file is read-only.

Each is said in a box and, where nobody reads boxes (``--screenshot``) or nothing else can be
shown, on stderr; never as a traceback. The functions return what start-up needs to go on.
"""

from __future__ import annotations

import errno
import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ..storage.files import why_unwritable
from .i18n import app_title, translate

log = logging.getLogger("rugschool")

IN_USE_EXIT, UNUSABLE_EXIT = 6, 1


def folder_problem(folder: Path, error_number: int | None = None) -> str:
    """The one sentence for a data folder the app cannot write in."""
    reason = "full" if error_number == errno.ENOSPC else why_unwritable(folder)
    if reason == "full":
        text = translate("Startup", "De schijf is vol, dus de app kan je gegevens niet bewaren in:\n%1\n\n"
                         "Maak wat ruimte vrij en start de app opnieuw. Er is niets verloren gegaan.")
    elif reason == "read-only" or error_number in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = translate("Startup", "De app mag niet schrijven in de map met je gegevens:\n%1\n\nDe map "
                         "is alleen-lezen. Vraag wie de computer beheert om dat te herstellen, of kies "
                         "met RUGSCHOOL_HOME een andere map.")
    else:
        text = translate("Startup", "De map met je gegevens kan niet gebruikt worden:\n%1")
    return text.replace("%1", str(folder))


def say_folder_unusable(folder: Path, error_number: int | None = None) -> None:
    text = folder_problem(folder, error_number)
    print(text, file=sys.stderr)
    QMessageBox.warning(None, app_title(), text)


def take_instance_lock(db_path: Path, screenshot: bool):
    """The app's locks on ``db_path`` (``ui.instance_lock``), or ``(None, exit code)`` after
    saying why not."""
    from .instance_lock import InstanceLock

    lock = InstanceLock(db_path)
    outcome = lock.take()
    if outcome.taken:
        return lock, 0
    if outcome.reason == "left-over":
        if _offer_take_over(outcome.holder, screenshot) and lock.take_over():
            return lock, 0
        return None, IN_USE_EXIT
    if outcome.reason == "in-use":
        text = translate("Startup", "Het werkboek is al geopend in een ander venster. Kijk even in de "
                                    "taakbalk: daar staat de app al klaar.")
        if screenshot:  # no one to read a box: say it where the caller looks
            print(text, file=sys.stderr)
        else:
            QMessageBox.information(None, app_title(), text)
        return None, IN_USE_EXIT
    say_folder_unusable(db_path.parent)
    return None, UNUSABLE_EXIT


def _offer_take_over(holder: str, screenshot: bool) -> bool:
    """A lock file that no running app holds: ask before taking it over."""
    text = translate(
        "Startup", "Volgens een vergrendelingsbestand is dit werkboek nog open (%1), maar hier gebruikt "
                   "geen enkele app het. Dat gebeurt als de app op een andere computer niet netjes werd "
                   "afgesloten, of als het bestand beschadigd is.\n\nIs het werkboek nergens anders "
                   "open? Dan kun je het hier gewoon openen.").replace(
        "%1", holder or translate("Startup", "onleesbaar"))
    if screenshot:
        print(text, file=sys.stderr)
        return False
    box = QMessageBox(QMessageBox.Icon.Question, app_title(), text)
    open_here = box.addButton(translate("Startup", "Hier openen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Startup", "Niet openen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_here)
    box.exec()
    return box.clickedButton() is open_here


def say_read_only(db_path: Path, screenshot: bool) -> None:
    """Said once at start; the window shows it for as long as it is open."""
    text = translate(
        "Startup", "Dit werkboekbestand kan alleen gelezen worden:\n%1\n\nJe kunt alles bekijken en "
                   "afdrukken, maar wat je verandert, kan niet bewaard worden. Vraag wie de computer "
                   "beheert om het bestand weer beschrijfbaar te maken.").replace("%1", str(db_path))
    log.warning("database opened read-only")
    if screenshot:
        print(text, file=sys.stderr)
        return
    QMessageBox.information(None, app_title(), text)
