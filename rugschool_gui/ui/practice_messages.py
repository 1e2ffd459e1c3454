"""What the window says about a practice database on a server (issue #21): one kind sentence per
kind of failure (``storage/errors.py``), the offer to open one's own workbook file instead, and
what "Reservekopie terugzetten" means on a server (its own backups; one workbook as a file).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..storage import errors
from .context import PageContext
from .i18n import app_title, args, translate


def server_problem(exc: BaseException, label: str) -> str:
    """Why the practice database at ``label`` cannot be used, kindly."""
    typed = errors.classify(exc)
    if isinstance(typed, errors.NotAllowed):
        return args(translate(
            "Practice",
            "De praktijkdatabase %1 laat je niet binnen: het wachtwoord klopt niet, of je hebt "
            "geen toegang. De app bewaart geen wachtwoord; het staat in je .pgpass-bestand. "
            "Vraag wie de server beheert om je toegang na te kijken."), label)
    if isinstance(typed, errors.Unreachable):
        return args(translate(
            "Practice",
            "De praktijkdatabase %1 is nu niet bereikbaar. Kijk of je netwerk werkt, of vraag "
            "wie de server beheert of de server aanstaat."), label)
    if isinstance(typed, errors.TooNew):
        return args(translate(
            "Practice",
            "De praktijkdatabase %1 werd bijgewerkt door een nieuwere versie van de app. "
            "Installeer die nieuwere versie om hem te gebruiken; er is niets aan veranderd."), label)
    return args(translate(
        "Practice", "De praktijkdatabase %1 kan nu niet gebruikt worden. Probeer het later opnieuw."),
        label)


def offer_own_file(exc: BaseException, label: str, parent: QWidget | None = None) -> bool:
    """Say why the server cannot be used and ask whether to open the workbook file on this
    computer instead; True when the person chooses that."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(app_title())
    box.setText(server_problem(exc, label))
    box.setInformativeText(translate("Practice", "Wil je intussen het werkboek op deze computer openen?"))
    own = box.addButton(translate("Practice", "Werkboek op deze computer openen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Practice", "Stoppen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(own)
    box.exec()
    return box.clickedButton() is own


def explain_server_backups(parent: QWidget, ctx: PageContext) -> None:
    """The app keeps no copies of a practice database: the practice's server backups do
    (``pg_dump``). Offer to save the open workbook as a ``.rugwerk`` file instead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Practice", "Reservekopieën van de praktijkdatabase"))
    box.setText(translate(
        "Practice",
        "Deze werkboeken staan in de praktijkdatabase op een server. De app maakt daar zelf geen "
        "reservekopieën van: dat doen de reservekopieën van de server (pg_dump), die wie de "
        "server beheert maakt en ook terugzet."))
    box.setInformativeText(translate(
        "Practice",
        "Je kunt wel het open werkboek apart bewaren als .rugwerk-bestand, bijvoorbeeld voor de "
        "patiënt of als eigen kopie."))
    export = box.addButton(translate("Practice", "Werkboek bewaren als bestand…"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Practice", "Sluiten"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is export:
        from .handover_actions import export_current

        export_current(parent, ctx)
