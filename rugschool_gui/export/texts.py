"""Texts printed on paper only, per language, and the one way the paper writes a date.

The sentences the screen says too live in ``wording/<chapter>.py``; these are the document's
own (cover, contents, footer, "about this printout"). :func:`pick` selects one language, falling
back to Dutch; both languages have the same keys (a test checks this).

Dates: one style per language, the screen's ("d MMMM yyyy": 1 september 2026 / 1 September
2026), with no-break spaces so a date never splits over two lines. Only a chart's axis, where
room is short, abbreviates the month ("1 sep").
"""

from __future__ import annotations

from datetime import date, datetime

from .layout import keep_date

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
        "blank_intro": "Deze werkbladen kun je afdrukken en met de pen invullen. Elk blad staat op zichzelf: "
                       "druk af wat je nodig hebt, zo vaak als je wilt.",
        "nothing_yet": "Nog niets ingevuld.",
        "about": "Over deze afdruk: van elk logboek staan hier de notities van de laatste %1 weken; bij "
                 "elk logboek staat hoeveel er daarvoor waren. Ze staan allemaal in de app. Wil je ze op "
                 "papier, kies dan bij het afdrukken „Ook oudere notities”.",
        "start_title": "Waar begin je?",
        "start_intro": "Je werkboek is nog leeg. Dit vind je erin, hoofdstuk per hoofdstuk, en zo kun je "
                       "beginnen. Je kiest zelf de volgorde; veel mensen beginnen bij „De pijn begrijpen”.",
        "not_started": "Nog niet begonnen",
        "not_started_intro": "In deze hoofdstukken staat nog niets. Wat ze je bieden, en hoe je kunt beginnen:",
        "begin": "Begin zo: %1",
        "sheet_name": "Naam:",
        "sheet_date": "Datum:",
        "sheet_week": "Week van:",
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
        "blank_intro": "You can print these worksheets and fill them in by pen. Each sheet stands on its "
                       "own: print what you need, as often as you like.",
        "nothing_yet": "Nothing filled in yet.",
        "about": "About this printout: each log shows the entries of the last %1 weeks here, and says how "
                 "many came before. They are all in the app. To have them on paper, choose “Include "
                 "older entries” when printing.",
        "start_title": "Where to start?",
        "start_intro": "Your workbook is still empty. This is what it holds, chapter by chapter, and how "
                       "you can start. You choose the order; many people start with “Understanding the pain”.",
        "not_started": "Not started yet",
        "not_started_intro": "Nothing is in these chapters yet. What they offer you, and how you can start:",
        "begin": "Start like this: %1",
        "sheet_name": "Name:",
        "sheet_date": "Date:",
        "sheet_week": "Week of:",
    },
}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
SHORT_MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def pick(catalogue: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    return catalogue.get(lang) or catalogue["nl"]


def _day(d: date | datetime) -> date:
    return d.astimezone().date() if isinstance(d, datetime) else d


def long_date(d: date | datetime, lang: str) -> str:
    """The date as the screen writes it ("d MMMM yyyy"), on one line: 1 september 2026."""
    d = _day(d)
    month = MONTHS.get(lang, MONTHS["nl"])[d.month - 1]
    return keep_date(f"{d.day} {month} {d.year}")


def day_month(d: date | datetime, lang: str) -> str:
    """The date without its year, where the year is said above it (a week's days): 1 september."""
    d = _day(d)
    return keep_date(f"{d.day} {MONTHS.get(lang, MONTHS['nl'])[d.month - 1]}")


#: the same style everywhere on paper: the short forms are the long one (issue #19)
short_date = long_date


def short_datetime(dt: datetime, lang: str) -> str:
    """A UTC moment in local time, the date as everywhere else: 24 november 2026 14:05."""
    local = dt.astimezone()
    return keep_date(f"{long_date(local.date(), lang)} {local.hour:02d}:{local.minute:02d}")


def axis_date(d: date | datetime, lang: str, with_year: bool = False) -> str:
    """A date on a chart's axis, where room is short: 1 sep (1 sep 2026 when years differ)."""
    d = _day(d)
    month = SHORT_MONTHS.get(lang, SHORT_MONTHS["nl"])[d.month - 1]
    return f"{d.day} {month}" + (f" {d.year}" if with_year else "")


def axis_dates(days, lang: str):
    """The axis-label function for a chart over ``days``: with the year when they span two."""
    with_year = len({_day(d).year for d in days}) > 1
    return lambda d: axis_date(d, lang, with_year)
