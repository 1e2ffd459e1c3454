"""Words of the "doing too much" chapter on screen, named by the domain's keys.

What the page and the PDF both say comes from ``wording/too_much.py`` (one sentence, two
media); what only the screen says (the guided exercise, the exercises' explanations) is here in
``translate()`` for Qt Linguist.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from ....wording.too_much import words
from ...i18n import args, translate

if TYPE_CHECKING:  # the domain module loads after the first paint (#23)
    from ....domain.too_much import Step


def day_text(day: date, pattern: str = "d MMMM yyyy") -> str:
    """A date as the screen's language writes it ("25 november 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def chapter_title() -> str:
    return words("title")


def _keyed(prefix: str, key: str) -> str:
    full = f"{prefix}.{key}"
    return words(full) if full in words else key


def cause(key: str) -> str:
    return _keyed("cause", key)


def consequence(key: str) -> str:
    return _keyed("consequence", key)


def group(key: str) -> str:
    return _keyed("group", key)


def signal(key: str) -> str:
    return _keyed("signal", key)


def question(key: str) -> str:
    return _keyed("question", key)


def gain(key: str) -> str:
    return _keyed("gain", key)


def outcome(key: str | None) -> str:
    return _keyed("outcome", key or "none")


def exercise(key: str) -> str:
    return _keyed("exercise", key)


def exercise_about(key: str) -> str:
    return {
        "progressive": translate(
            "TooMuch", "Je spant telkens één spiergroep een paar seconden op en laat dan los. Zo voel je het "
            "verschil tussen spanning en ontspanning, en leer je loslaten. Span nooit tot het pijn doet: "
            "zachtjes is genoeg, en een spiergroep die pijn doet, sla je over."),
        "autogenic": translate(
            "TooMuch", "Je zegt in gedachten rustige zinnen, zoals „mijn armen zijn zwaar” en „mijn armen zijn "
            "warm”. Je lichaam volgt: het wordt zwaar, warm en rustig. Heb je last van hartkloppingen? Dan "
            "kan de zin over je hart je onrustig maken: sla hem over, en bespreek hem met je psycholoog."),
        "body_scan": translate(
            "TooMuch", "Je gaat met je aandacht langs je lichaam, zonder te oordelen. Je merkt op wat je voelt, ook "
            "pijn, en laat het er even zijn. Daarna ga je rustig verder."),
    }.get(key, "")


def step_text(step: Step) -> str:
    """What the guided exercise asks now."""
    muscle = {
        "hands": translate("TooMuch", "je handen: maak vuisten"), "arms": translate("TooMuch", "je armen: buig ze"),
        "shoulders": translate("TooMuch", "je schouders: trek ze op"),
        "face": translate("TooMuch", "je gezicht: knijp je ogen dicht"),
        "neck": translate("TooMuch", "je nek: duw je kin naar je borst"),
        "back": translate("TooMuch", "je rug: trek je schouderbladen naar elkaar"),
        "belly": translate("TooMuch", "je buik: span je buikspieren"),
        "legs": translate("TooMuch", "je benen: strek ze"), "feet": translate("TooMuch", "je voeten: krul je tenen"),
    }
    formula = {
        "heavy": translate("TooMuch", "„Mijn armen en benen zijn zwaar.”"),
        "warm": translate("TooMuch", "„Mijn armen en benen zijn warm.”"),
        "heart": translate("TooMuch", "„Mijn hart klopt rustig en regelmatig.” (Maakt deze zin je onrustig, "
                           "bijvoorbeeld omdat je hartkloppingen hebt? Sla hem dan over.)"),
        "breath": translate("TooMuch", "„Mijn ademhaling is rustig.”"),
        "belly": translate("TooMuch", "„Mijn buik is warm.”"),
        "forehead": translate("TooMuch", "„Mijn voorhoofd is koel.”"),
    }
    part = {
        "breath": translate("TooMuch", "je adem"), "feet": translate("TooMuch", "je voeten"),
        "legs": translate("TooMuch", "je benen"), "back": translate("TooMuch", "je rug"),
        "belly": translate("TooMuch", "je buik"), "chest": translate("TooMuch", "je borst"),
        "hands": translate("TooMuch", "je handen"), "shoulders": translate("TooMuch", "je schouders en je nek"),
        "face": translate("TooMuch", "je gezicht"), "whole": translate("TooMuch", "je hele lichaam"),
    }
    if step.phase == "settle":
        return (translate("TooMuch", "Ga gemakkelijk zitten of liggen. Sluit je ogen als je wilt en adem rustig.")
                if step.key == "begin" else
                translate("TooMuch", "Blijf nog even liggen. Beweeg dan rustig je handen en voeten en open je ogen."))
    if step.phase == "tense":
        return args(translate("TooMuch", "Span %1, zachtjes en nooit tot het pijn doet … en houd vast."),
                    muscle.get(step.key, step.key))
    if step.phase == "release":
        return args(translate("TooMuch", "Laat los. Voel hoe %1 ontspannen."),
                    muscle.get(step.key, step.key).split(":")[0])
    if step.phase == "formula":
        return args(translate("TooMuch", "Zeg in gedachten, rustig en herhaald: %1"), formula.get(step.key, ""))
    return args(translate("TooMuch", "Breng je aandacht naar %1. Merk op wat je voelt, zonder te oordelen."),
                part.get(step.key, step.key))


def phase_name(phase: str) -> str:
    return {"tense": translate("TooMuch", "Opspannen"), "release": translate("TooMuch", "Loslaten"),
            "formula": translate("TooMuch", "Formule"), "attend": translate("TooMuch", "Aandacht"),
            "settle": translate("TooMuch", "Rustig aan")}.get(phase, phase)


def chart_label(key: str) -> str:
    """A chart's words (``domain.too_much`` chart specs): titles, axes, and a line per group."""
    return words(f"chart.{key}") if f"chart.{key}" in words else group(key)
