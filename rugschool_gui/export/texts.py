"""Texts printed on paper, per language. The PDF layer has no Qt, so it keeps its own catalogue.

Each chapter module keeps a ``TEXTS = {"nl": {...}, "en": {...}}`` with the same keys in both
languages (a test checks this); :func:`pick` selects one language, falling back to Dutch.
"""

from __future__ import annotations

TEXTS = {
    "nl": {
        "footer": "Pagina %1 van %2",
        "brand": "Rugschool werkboek",
        "filled": "Ingevuld werkboek",
        "blank": "Lege werkbladen",
        "name_line": "Naam:",
        "made_on": "Gemaakt op %1",
        "contents": "In dit document",
        "private": "Dit document bevat persoonlijke gegevens. Bewaar het op een veilige plek.",
        "blank_intro": "Deze werkbladen kun je afdrukken en met de pen invullen.",
        "nothing_yet": "Nog niets ingevuld.",
    },
    "en": {
        "footer": "Page %1 of %2",
        "brand": "Back school workbook",
        "filled": "Filled-in workbook",
        "blank": "Blank worksheets",
        "name_line": "Name:",
        "made_on": "Made on %1",
        "contents": "In this document",
        "private": "This document contains personal information. Keep it somewhere safe.",
        "blank_intro": "You can print these worksheets and fill them in by pen.",
        "nothing_yet": "Nothing filled in yet.",
    },
}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def pick(catalogue: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    return catalogue.get(lang) or catalogue["nl"]


def long_date(d, lang: str) -> str:
    month = MONTHS.get(lang, MONTHS["nl"])[d.month - 1]
    return f"{d.day} {month} {d.year}"


def short_date(d, lang: str) -> str:
    """A date as 24-11-2026 (nl) or 24/11/2026 (en)."""
    sep = "-" if lang == "nl" else "/"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def short_datetime(dt, lang: str) -> str:
    """A UTC datetime in local time, e.g. 24-11-2026 14:05 (nl) or 24/11/2026 14:05 (en)."""
    local = dt.astimezone()
    sep = "-" if lang == "nl" else "/"
    return f"{local.day:02d}{sep}{local.month:02d}{sep}{local.year} {local.hour:02d}:{local.minute:02d}"
