"""Translated words of the "understanding the pain" chapter: figure labels, links, refusals."""

from __future__ import annotations

from ...i18n import translate


def chapter_title() -> str:
    return translate("Understanding", "De pijn begrijpen")


def link(key: str) -> str:
    return {
        "situation": translate("Understanding", "Situatie"), "sensation": translate("Understanding", "Lichamelijk gevoel"),
        "thought": translate("Understanding", "Gedachte"), "emotion": translate("Understanding", "Emotie"),
        "behaviour": translate("Understanding", "Gedrag"),
    }.get(key, key)


def figure_label(key: str) -> str:
    known = {
        "bps_title": translate("Understanding", "Pijn heeft drie kanten"),
        "bio": translate("Understanding", "Lichamelijk"), "psycho": translate("Understanding", "Psychisch"),
        "social": translate("Understanding", "Sociaal"), "pain": translate("Understanding", "Pijn"),
        "circle_title": translate("Understanding", "De vicieuze cirkel"),
        "complaints": translate("Understanding", "Lichamelijke klachten"),
        "feelings": translate("Understanding", "Negatieve gevoelens"),
        "chain_title": translate("Understanding", "De ketting"),
        "saw_title": translate("Understanding", "Op en neer, of gespreid"),
        "saw_days": translate("Understanding", "Dagen"),
        "saw_boom_axis": translate("Understanding", "Op en neer"),
        "saw_paced_axis": translate("Understanding", "Gespreid"),
        "saw_upper": translate("Understanding", "Bovengrens"), "saw_lower": translate("Understanding", "Ondergrens"),
        "saw_boom": translate("Understanding", "Te veel, dan te weinig"),
        "saw_paced": translate("Understanding", "Gespreide activiteit"),
        "no_data": "",
    }
    return known[key] if key in known else link(key)


def error_message(key: str, params: dict) -> str | None:
    if key == "empty_chain":
        return translate("Understanding", "Vul minstens één schakel in, bijvoorbeeld de situatie.")
    if key == "too_many_rounds":
        return translate("Understanding", "Je kunt hoogstens %1 rondes noteren.").replace("%1", str(params.get("max", 5)))
    return None
