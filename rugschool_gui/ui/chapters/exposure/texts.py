"""Translated words of the graded exposure chapter that the domain names by key."""

from __future__ import annotations

from ...i18n import translate


def suggestion(key: str) -> str:
    return {
        "bend": translate("Exposure", "Bukken om iets van de grond te rapen"),
        "lift_crate": translate("Exposure", "Een bak water optillen"),
        "carry_shopping": translate("Exposure", "Boodschappen dragen"),
        "hands_above_head": translate("Exposure", "Met de handen boven het hoofd werken"),
        "twist": translate("Exposure", "Draaien met de romp"),
        "vacuum": translate("Exposure", "Stofzuigen"),
        "sit_long": translate("Exposure", "Lang stilzitten"),
        "bottles_car_boot": translate("Exposure", "Flessen in en uit de koffer van de auto tillen"),
        "walk_with_weight": translate("Exposure", "Rondwandelen met een gewicht in je handen"),
        "stairs_carrying": translate("Exposure", "De trap op met iets in je handen"),
    }[key]


def outcome(key: str | None) -> str:
    return {
        "yes": translate("Exposure", "ja"),
        "partly": translate("Exposure", "gedeeltelijk"),
        "no": translate("Exposure", "nee"),
        None: "",
    }[key]


def chart_label(key: str) -> str:
    return {
        "attempt_chart_title": translate("Exposure", "Verwacht en werkelijk, per poging"),
        "attempt_axis": translate("Exposure", "Poging"),
        "no_attempts": translate("Exposure", "Nog geen pogingen met cijfers. Na je eerste poging verschijnt hier je grafiek."),
        "fear_axis": translate("Exposure", "Angst (0–100)"),
        "pain_axis": translate("Exposure", "Pijn (0–10)"),
        "expected_fear": translate("Exposure", "Verwachte angst"),
        "actual_fear": translate("Exposure", "Werkelijke angst"),
        "expected_pain": translate("Exposure", "Verwachte pijn"),
        "actual_pain": translate("Exposure", "Werkelijke pijn"),
    }.get(key, key)


def chapter_title() -> str:
    return translate("Exposure", "Stapsgewijze blootstelling")


def error_message(key: str, params: dict) -> str | None:
    if key == "hierarchy_full":
        return translate(
            "Exposure",
            "Je lijst telt al %1 bewegingen, het maximum. Wat je typte, staat nog klaar: haal eerst "
            "een beweging weg die je niet meer nodig hebt, of markeer er een als beheerst en vervang hem.",
        ).replace("%1", str(params.get("max", 10)))
    if key == "rank_out_of_range":
        return translate("Exposure", "Die plaats bestaat niet in je lijst. Kies een plaats van %1 tot en met %2."
                         ).replace("%1", str(params.get("low", 1))).replace("%2", str(params.get("high", "")))
    if key == "missing_date":
        return translate("Exposure", "Kies eerst een datum voor deze poging.")
    return None
