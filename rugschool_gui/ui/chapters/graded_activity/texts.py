"""Translated words of the graded activity chapter: units, amounts, chart labels, refusals.

The home page imports this module before the first paint, so the domain module (a dozen
dataclasses, ~14 ms) is imported inside the functions that need it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...i18n import count_text, translate


def chapter_title() -> str:
    return translate("GradedActivity", "Stapsgewijze opbouw")


def unit_name(unit: str) -> str:
    """The unit as a choice in the form: "minuten", "herhalingen", "meter"."""
    return {
        "minutes": translate("GradedActivity", "minuten"),
        "repetitions": translate("GradedActivity", "herhalingen"),
        "metres": translate("GradedActivity", "meter"),
    }.get(unit, unit)


def unit_suffix(unit: str) -> str:
    """The short unit after a number in a spin box: " min", " keer", " m"."""
    return {
        "minutes": translate("GradedActivity", " min"),
        "repetitions": translate("GradedActivity", " herhalingen"),
        "metres": translate("GradedActivity", " m"),
    }.get(unit, "")


def number(value: float) -> str:
    """A number as the person's language writes it: 26,7 in Dutch, 26.7 in English."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def amount(value: float, unit: str) -> str:
    """An amount the way a person reads it: whole minutes, repetitions or metres ("24 min")."""
    from ....domain.graded_activity import display_amount

    return QLocale().toString(display_amount(value)) + unit_suffix(unit)


def exact_amount(value: float, unit: str) -> str:
    """An amount with one decimal where it has one (the baseline calculation)."""
    return number(round(value, 1)) + unit_suffix(unit)


def times(done: int, required: int) -> str:
    """ "2 van 3 keer" """
    return translate("GradedActivity", "%1 van %2 keer").replace("%1", str(done)).replace("%2", str(required))


def measurements_needed(count: int) -> str:
    return count_text(count, translate("GradedActivity", "Nog 1 meting nodig."),
                      translate("GradedActivity", "Nog %1 metingen nodig."))


def status_name(status: str) -> str:
    return {
        "draft": translate("GradedActivity", "in voorbereiding"),
        "active": translate("GradedActivity", "bezig"),
        "finished": translate("GradedActivity", "afgerond"),
        "abandoned": translate("GradedActivity", "stopgezet"),
    }.get(status, status)


def chart_label(key: str) -> str:
    return {
        "schedule_chart_title": translate("GradedActivity", "Je schema en je oefeningen"),
        "week_axis": translate("GradedActivity", "Week"),
        "no_schedule": translate("GradedActivity", "Nog geen schema."),
        "minutes_axis": translate("GradedActivity", "Minuten"),
        "repetitions_axis": translate("GradedActivity", "Herhalingen"),
        "metres_axis": translate("GradedActivity", "Meter"),
        "planned": translate("GradedActivity", "Gepland per week"),
        "baseline": translate("GradedActivity", "Basisniveau"),
        "sessions": translate("GradedActivity", "Jouw oefeningen"),
    }.get(key, key)


def error_message(key: str, params: dict) -> str | None:
    from ....domain.graded_activity import (
        BASELINE_COUNT, MAX_WEEKS, MIN_SESSIONS_PER_WEEK, REDUCTION_MAX, REDUCTION_MIN,
    )

    if key == "not_enough_measurements":
        return translate(
            "GradedActivity", "Het schema kan nog niet gemaakt worden: je basisniveau komt uit %1 metingen. "
        ).replace("%1", str(BASELINE_COUNT)) + measurements_needed(int(params.get("needed", 1)))
    if key == "too_many_measurements":
        return translate("GradedActivity", "Je basisniveau komt uit precies %1 metingen.").replace(
            "%1", str(BASELINE_COUNT))
    if key == "amount_not_positive":
        return translate("GradedActivity", "Vul een hoeveelheid in die groter is dan nul.")
    if key == "reduction_out_of_range":
        return translate(
            "GradedActivity", "Kies een percentage van %1 tot en met %2 %. Zo begin je duidelijk onder je "
            "grens en heb je ruimte om rustig op te bouwen."
        ).replace("%1", str(round(REDUCTION_MIN * 100))).replace("%2", str(round(REDUCTION_MAX * 100)))
    if key == "goal_not_above_start":
        return translate("GradedActivity", "Je doel moet hoger liggen dan je startniveau (%1). Kies een hoger doel."
                         ).replace("%1", number(round(float(params.get("start", 0)), 1)))
    if key == "missing_goal":
        return translate("GradedActivity", "Vul nog je doel in.")
    if key == "weeks_out_of_range":
        return translate("GradedActivity", "Kies een aantal weken van 1 tot en met %1.").replace("%1", str(MAX_WEEKS))
    if key == "too_few_sessions":
        return translate(
            "GradedActivity", "Oefen minstens %1 keer per week. Minder vaak bouwt je conditie niet op; "
            "verdeel liever een kleinere hoeveelheid over meer dagen."
        ).replace("%1", str(MIN_SESSIONS_PER_WEEK))
    if key == "unknown_unit":
        return translate("GradedActivity", "Kies minuten, herhalingen of meter.")
    if key == "plan_in_progress":
        return translate("GradedActivity", "Je hebt al een plan dat loopt of in voorbereiding is. Rond dat eerst af "
                         "of zet het stop; het blijft bewaard.")
    if key == "plan_not_draft":
        return translate("GradedActivity", "Een gestart plan verander je niet meer. Je kunt het schema wel "
                         "herberekenen vanaf je huidige niveau.")
    if key == "date_before_plan":
        return translate("GradedActivity", "Die datum ligt vóór de start van je plan. Kies een latere datum.")
    return None
