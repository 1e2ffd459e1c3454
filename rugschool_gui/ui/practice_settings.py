"""Instellingen → "Praktijkdatabase…" (issue #21): the address of a practice database on a
PostgreSQL server, used from the next start on (``--database`` and ``RUGSCHOOL_DATABASE`` still
win). Empty means the workbook file on this computer. An address with a password in it is refused:
the app never stores a password (libpq finds it in ``~/.pgpass`` or a service file).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ..storage.url import is_server
from . import design
from .appsettings import AppSettings
from .i18n import translate
from .widgets.form_dialog import FormDialog


def has_password(url: str) -> bool:
    """Whether a libpq URL carries a password (``user:secret@host`` or ``?password=``)."""
    rest = url.partition("://")[2]
    authority, _, query = rest.partition("?")
    credentials = authority.rpartition("@")[0] if "@" in authority.split("/", 1)[0] else ""
    in_query = any(p.lower().startswith("password=") for p in query.split("&"))
    return ":" in credentials or in_query


class PracticeSettingsDialog(FormDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("Practice", "Praktijkdatabase"), parent, 72, "practice-settings-message")
        self.settings = settings
        lay = QVBoxLayout(self)
        intro = QLabel(translate(
            "Practice",
            "Werk je in een praktijk met een gedeelde database op een server (PostgreSQL)? Vul dan "
            "het adres in dat je kreeg van wie de server beheert. Laat het leeg om het werkboek op "
            "deze computer te gebruiken."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        note = design.caption(translate(
            "Practice",
            "Zet geen wachtwoord in het adres: de app bewaart geen wachtwoord, dat staat in je "
            ".pgpass-bestand. Het adres geldt vanaf de volgende keer dat je de app opent."))
        note.setWordWrap(True)
        self.address = QLineEdit(settings.practice_url)
        self.address.setObjectName("practice-url")
        self.address.setAccessibleName(translate("Practice", "Adres van de praktijkdatabase"))
        self.address.setPlaceholderText("postgresql://server/rugschool")
        lay.addWidget(self.address)
        lay.addWidget(note)
        self.add_message_and_buttons(lay)

    def accept(self) -> None:
        url = self.address.text().strip()
        if url and not is_server(url):
            self.show_message(translate(
                "Practice", "Dit is geen adres van een praktijkdatabase. Het begint met postgresql://."))
            return
        if url and has_password(url):
            self.show_message(translate(
                "Practice", "Zet je wachtwoord niet in het adres: de app bewaart geen wachtwoord. "
                "Zet het in je .pgpass-bestand en laat het hier weg."))
            return
        self.settings.practice_url = url
        super().accept()
