"""What start-up says when it cannot simply go on: the data folder cannot be used (full,
read-only), the workbook is open elsewhere or a lock file is left over, the file is read-only.

Each is said in a box and, where nobody reads boxes (``--screenshot``) or nothing else can be
shown, on stderr; never as a traceback. The functions return what start-up needs to go on.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ..storage.errors import DiskFull, ReadOnly, classify
from ..storage.files import why_unwritable
from ..storage.url import file_of, is_server, label_of
from .i18n import app_title, args, translate

log = logging.getLogger("rugschool")

IN_USE_EXIT, UNUSABLE_EXIT = 6, 1


def _on_stderr(text: str) -> None:
    """Where the caller looks when no box can be read (a screenshot, a folder the app cannot use)."""
    print(text, file=sys.stderr)  # noqa: T201 - the message itself, for a person, not a log line


def folder_problem(folder: Path, error: BaseException | None = None) -> str:
    """The one sentence for a data folder the app cannot write in (``error``: what writing in it
    raised, if anything — read through its typed storage error, never its message)."""
    typed = classify(error) if error is not None else None
    reason = "full" if isinstance(typed, DiskFull) else why_unwritable(folder)
    if reason == "full":
        text = translate("Startup", "De schijf is vol, dus de app kan je gegevens niet bewaren in:\n%1\n\n"
                         "Maak wat ruimte vrij en start de app opnieuw. Er is niets verloren gegaan.")
    elif reason == "read-only" or isinstance(typed, ReadOnly):
        text = translate("Startup", "De app mag niet schrijven in de map met je gegevens:\n%1\n\nDe map "
                         "is alleen-lezen. Vraag wie de computer beheert om dat te herstellen, of kies "
                         "met RUGSCHOOL_HOME een andere map.")
    else:
        text = translate("Startup", "De map met je gegevens kan niet gebruikt worden:\n%1")
    return args(text, folder)


def say_folder_unusable(folder: Path, error: BaseException | None = None) -> None:
    text = folder_problem(folder, error)
    _on_stderr(text)
    QMessageBox.warning(None, app_title(), text)


class _NoLock:
    """The lock of a database on a server: nothing to hold (the server keeps apps apart)."""

    taken = True

    def hold_the_file(self) -> None:
        pass

    def release(self) -> None:
        pass


def take_instance_lock(url: str, screenshot: bool):
    """The app's locks on the database at ``url`` (``ui.instance_lock``: on its file and a lock
    file beside it), or ``(None, exit code)`` after saying why not."""
    from .instance_lock import InstanceLock

    if is_server(url):  # a practice database: many clinicians' apps at once, by design (#21)
        return _NoLock(), 0
    db_file = file_of(url)  # one database file, one app: the lock belongs to the file
    lock = InstanceLock(db_file)
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
            _on_stderr(text)
        else:
            QMessageBox.information(None, app_title(), text)
        return None, IN_USE_EXIT
    say_folder_unusable(db_file.parent)
    return None, UNUSABLE_EXIT


def _offer_take_over(holder: str, screenshot: bool) -> bool:
    """A lock file that no running app holds: ask before taking it over."""
    text = args(translate(
        "Startup", "Volgens een vergrendelingsbestand is dit werkboek nog open (%1), maar hier gebruikt "
                   "geen enkele app het. Dat gebeurt als de app op een andere computer niet netjes werd "
                   "afgesloten, of als het bestand beschadigd is.\n\nIs het werkboek nergens anders "
                   "open? Dan kun je het hier gewoon openen."), holder or translate("Startup", "onleesbaar"))
    if screenshot:
        _on_stderr(text)
        return False
    box = QMessageBox(QMessageBox.Icon.Question, app_title(), text)
    open_here = box.addButton(translate("Startup", "Hier openen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Startup", "Niet openen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_here)
    box.exec()
    return box.clickedButton() is open_here


def say_read_only(url: str, screenshot: bool) -> None:
    """Said once at start; the window shows it for as long as it is open."""
    text = args(translate(
        "Startup", "Dit werkboekbestand kan alleen gelezen worden:\n%1\n\nJe kunt alles bekijken en "
                   "afdrukken, maar wat je verandert, kan niet bewaard worden. Vraag wie de computer "
                   "beheert om het bestand weer beschrijfbaar te maken."), label_of(url))
    log.warning("database opened read-only")
    if screenshot:
        _on_stderr(text)
        return
    QMessageBox.information(None, app_title(), text)
