"""F1: a short help text for the page on screen — what it is for and how to use it by keyboard.

The app's own words, in the language of the app; shown in a plain dialog that Enter or Esc
closes. Help → "Hulp bij deze pagina" opens the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..domain import chapters as ch
from .i18n import translate
from .widgets.common import heading
from .widgets.form_dialog import AppDialog

KEYS_EVERYWHERE = "keys"


def help_text(page_id: str) -> str:
    """The help for ``page_id`` (a chapter id, "home" or "overview"); general help for others."""
    t = {
        "home": translate(
            "PageHelp", "De startpagina toont per hoofdstuk waar je staat. Kies een hoofdstuk links, of klik "
            "op de knop bij een regel om er meteen naartoe te gaan. Wat je invult, wordt meteen bewaard."),
        "overview": translate(
            "PageHelp", "Alle werkboeken op een rij: wanneer er laatst aan gewerkt werd, de volgende afspraak, "
            "wat sinds de vorige keer opvalt, het huiswerk van deze week en per hoofdstuk een korte stand van "
            "zaken. Typ in het zoekveld om te zoeken, ga met pijltje omlaag naar de lijst en open een werkboek "
            "met Enter. Klik op een kolom om te sorteren."),
        ch.UNDERSTANDING: translate(
            "PageHelp", "Lees hier hoe pijn werkt en waarom ze blijft duren. In het ketendagboek schrijf je een "
            "moment op: de situatie, wat je voelde in je lichaam, wat je dacht en voelde, en wat je deed. "
            "Daarna kies je wat je de volgende keer anders probeert."),
        ch.TOO_MUCH: translate(
            "PageHelp", "Dit hoofdstuk gaat over te veel doen en zo over je grenzen gaan. Elk tabblad is een oefening: oorzaken "
            "aanvinken, elke dag je stresssignalen noteren, vragen om over na te denken, een uitlaatklep "
            "zoeken, ontspannen en voor jezelf opkomen. Wissel van tabblad met Ctrl+Tab."),
        ch.PACING: translate(
            "PageHelp", "Plan je week zo dat inspanning en rust elkaar afwisselen. In het weekrooster gaan de "
            "pijltjes van vak naar vak; Enter op een leeg vak plant daar iets, Enter op een activiteit past "
            "ze aan, Delete verwijdert en Ctrl+Z zet terug. De rekenhulp eronder verdeelt een taak in "
            "blokken met pauzes."),
        ch.TOO_LITTLE: translate(
            "PageHelp", "Dit hoofdstuk gaat over te weinig doen uit angst of voorzichtigheid. Vink aan wat bij "
            "jou speelt, weeg af wat je mist en wat je belangrijk vindt, en houd de uitslagen van je "
            "vragenlijsten bij. Wissel van tabblad met Ctrl+Tab."),
        ch.EXPOSURE: translate(
            "PageHelp", "Zet tot tien bewegingen of activiteiten die je spannend vindt op een rij, van minst "
            "naar meest spannend. Oefen eerst de minst spannende: plan een poging, schrijf op wat je "
            "verwacht en daarna wat er echt gebeurde. In de lijst verplaatsen Alt+pijltjes een stap."),
        ch.GRADED_ACTIVITY: translate(
            "PageHelp", "Bouw één activiteit rustig op volgens een vast schema, niet volgens de pijn. Het "
            "formulier leidt je in vijf stappen: de activiteit, drie metingen, het startniveau, je doel en "
            "het aantal weken. Daarna noteer je elke keer dat je oefende."),
        ch.CLOSING: translate(
            "PageHelp", "De belangrijkste tips op een rij en je werkboek op één pagina. Met de knop bij elk "
            "hoofdstuk ga je er meteen naartoe."),
    }
    general = translate(
        "PageHelp", "Tab en Shift+Tab gaan van onderdeel naar onderdeel, de pijltjes bewegen binnen een lijst of tabel. "
        "Ctrl+Z maakt je laatste wijziging ongedaan. Ctrl+plus en Ctrl+min maken de tekst groter of "
        "kleiner. F1 toont deze hulp.")
    return t.get(page_id, "") + ("\n\n" if page_id in t else "") + general


class PageHelpDialog(AppDialog):
    def __init__(self, title: str, page_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-help")
        self.setWindowTitle(translate("PageHelp", "Hulp bij deze pagina"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(title, level=2))
        self.text = QLabel(help_text(page_id))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("PageHelp", "Sluiten"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        lay.addWidget(buttons)
