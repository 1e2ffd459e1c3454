"""Wording of a hand-over file that is refused (``storage/handover*.py``, keys ``handover.<key>``).

The window and the command line both say these (``ui/messages.domain_message``); every
refusal ends by saying that nothing was read in.
"""

from . import Words

words = Words({
    "error.invalid": (
        "Dit bestand is beschadigd of bevat gegevens die niet kloppen. Er is niets ingelezen; je "
        "werkboek is onveranderd.",
        "This file is damaged or holds data that is not right. Nothing was read in; your workbook "
        "is unchanged."),
    "error.where": ("Het gaat om een gegeven in „{chapter}”.", "It concerns something in “{chapter}”."),
    "error.foreign": (
        "Dit is geen werkboekbestand van deze app. Er is niets ingelezen en niets veranderd.",
        "This is not a workbook file of this app. Nothing was read in and nothing changed."),
    "error.newer": (
        "Dit bestand komt uit een nieuwere versie van de app. Werk de app eerst bij; er is niets "
        "ingelezen.",
        "This file comes from a newer version of the app. Update the app first; nothing was read in."),
    "error.too_big": (
        "Dit bestand is te groot voor een werkboek. Er is niets ingelezen.",
        "This file is too large for a workbook. Nothing was read in."),
    "error.unreadable": (
        "Dit bestand kon niet gelezen worden. Kopieer het eerst naar je computer en probeer "
        "opnieuw. Er is niets ingelezen.",
        "This file could not be read. Copy it to your computer first and try again. Nothing was "
        "read in."),
    "error.other_workbook": (
        "Dit bestand bevat gegevens die bij een ander werkboek op deze computer horen. Er is niets "
        "ingelezen; geen enkel werkboek is veranderd.",
        "This file holds data that belongs to another workbook on this computer. Nothing was read "
        "in; no workbook changed."),
    "error.deleted_workbook": (
        "Dit bestand zegt dat het werkboek verwijderd is. Een werkboek verwijderen kan niet met een "
        "bestand. Er is niets ingelezen.",
        "This file says the workbook is deleted. A workbook cannot be deleted through a file. "
        "Nothing was read in."),
    "error.deleted_here": (
        "Dit werkboek is hier net verwijderd. Maak dat eerst ongedaan (Ctrl+Z) en lees het bestand "
        "daarna opnieuw in. Er is niets ingelezen.",
        "This workbook was just deleted here. Undo that first (Ctrl+Z), then read the file in "
        "again. Nothing was read in."),
    "error.too_many_steps": (
        "Samen zouden er {count} stappen in de angsthiërarchie staan, en er passen er hoogstens "
        "{max}. Verwijder eerst aan één kant een stap en lees het bestand daarna opnieuw in. Er is "
        "niets ingelezen.",
        "Together the fear hierarchy would have {count} steps, and it holds at most {max}. Remove a "
        "step on one side first, then read the file in again. Nothing was read in."),
    "error.conflict": (
        "Dit bestand botst met wat hier al staat. Er is niets ingelezen; je werkboek is onveranderd.",
        "This file clashes with what is here already. Nothing was read in; your workbook is "
        "unchanged."),
})
