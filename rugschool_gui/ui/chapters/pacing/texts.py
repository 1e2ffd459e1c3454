"""Translated words of the pacing chapter: days, day parts, kinds, flags and refusals."""

from __future__ import annotations

from ...i18n import translate


def chapter_title() -> str:
    return translate("Pacing", "Activiteiten spreiden")


def day_name(day: int) -> str:
    return (translate("Pacing", "maandag"), translate("Pacing", "dinsdag"), translate("Pacing", "woensdag"),
            translate("Pacing", "donderdag"), translate("Pacing", "vrijdag"), translate("Pacing", "zaterdag"),
            translate("Pacing", "zondag"))[day]


def part_name(part: str) -> str:
    return {"morning": translate("Pacing", "ochtend"), "afternoon": translate("Pacing", "middag"),
            "evening": translate("Pacing", "avond")}.get(part, part)


def kind_name(kind: str) -> str:
    return {"physical": translate("Pacing", "lichamelijk"), "mental": translate("Pacing", "mentaal")}.get(kind, kind)


def motive_name(motive: str) -> str:
    return {"must": translate("Pacing", "moeten"), "want": translate("Pacing", "willen")}.get(motive, motive)


def minutes_text(minutes: float) -> str:
    value = int(minutes) if float(minutes).is_integer() else round(minutes, 1)
    return translate("Pacing", "%1 min").replace("%1", str(value))


def flag_title(flag) -> str:
    where_day = day_name(flag.day) if flag.day is not None else ""
    where_part = part_name(flag.part) if flag.part else ""
    return {
        "no_want_day": translate("Pacing", "Op %1 staat niets wat je graag doet").replace("%1", where_day),
        "heavy_part": translate("Pacing", "De %1 van %2 is veel zwaarder dan de rest van de dag").replace(
            "%1", where_part).replace("%2", where_day),
        "long_physical": translate("Pacing", "Lang lichamelijk bezig zonder pauze: %1, %2").replace(
            "%1", where_day).replace("%2", where_part),
        "piled_up": translate("Pacing", "Bijna alles staat op één of twee dagen"),
        "same_kind": translate("Pacing", "Op %1 lang na elkaar alleen %2 bezig").replace(
            "%1", where_day).replace("%2", kind_name(flag.kind or "")),
    }.get(flag.key, flag.key)


def flag_why(key: str) -> str:
    return {
        "no_want_day": translate(
            "Pacing", "Wat je graag doet, geeft je energie voor de rest. Plan elke dag iets wat je wilt, "
            "niet alleen wat moet."),
        "heavy_part": translate(
            "Pacing", "Spreid je activiteiten over de ochtend, de middag en de avond. Alles in één dagdeel "
            "is een piek, en na een piek volgt vaak een dal."),
        "long_physical": translate(
            "Pacing", "Wissel inspanning en rust af: werk in blokken met een geplande pauze. Een uur aan één "
            "stuk en daarna lang moeten bekomen, kost meer dan werken met pauzes."),
        "piled_up": translate(
            "Pacing", "Doe elke dag iets, ook op een slechte dag, en niet alles op een goede dag. Zo doorbreek "
            "je het op-en-neer van te veel en te weinig."),
        "same_kind": translate(
            "Pacing", "Wissel lichamelijke en mentale activiteiten af: zo krijgt je lichaam rust terwijl je "
            "hoofd bezig is, en omgekeerd."),
    }.get(key, "")


def error_message(key: str, params: dict) -> str | None:
    if key == "minutes_not_positive":
        return translate("Pacing", "Vul een aantal minuten in dat groter is dan nul.")
    if key == "break_negative":
        return translate("Pacing", "Een pauze kan niet korter zijn dan 0 minuten.")
    if key == "unknown_choice":
        return translate("Pacing", "Maak een keuze uit de lijst.")
    if key == "split_invalid":
        return translate("Pacing", "Verdeel de taak in minstens twee stukken, elk met een aantal minuten.")
    if key == "already_split":
        return translate("Pacing", "Dit is al een stuk van een gesplitste taak. Voeg de stukken eerst weer "
                         "samen als je anders wilt verdelen.")
    if key == "week_not_empty":
        return translate("Pacing", "De volgende week heeft al een planning. Er is niets gekopieerd; je "
                         "planning daar blijft zoals ze is.")
    if key == "nothing_to_copy":
        return translate("Pacing", "Deze week is nog leeg: er is niets om te kopiëren.")
    return None
