"""What a reminder says: short, warm, time-contingent (never "do more"), without names or
health details (a notification can be seen by anyone near the screen)."""

from __future__ import annotations

from ...domain.reminders import (
    CHECKIN,
    EXPOSURE,
    GRADED_ACTIVITY,
    HOMEWORK,
    PACING,
    Due,
    message_key,
)
from ..i18n import translate


def kind_name(kind: str) -> str:
    return {
        GRADED_ACTIVITY: translate("Reminders", "Stapsgewijs opbouwen: je oefenmomenten"),
        EXPOSURE: translate("Reminders", "Stapsgewijze blootstelling: geplande oefeningen"),
        CHECKIN: translate("Reminders", "Dagelijks even nagaan hoe het met je stress gaat"),
        PACING: translate("Reminders", "Activiteiten spreiden: wat je vandaag plande"),
        HOMEWORK: translate("Reminders", "Huiswerk: wat nog openstaat voor de afgesproken dag"),
    }[kind]


def title(item: Due) -> str:
    return {
        GRADED_ACTIVITY: translate("Reminders", "Tijd om te oefenen"),
        EXPOSURE: translate("Reminders", "Je geplande oefening"),
        CHECKIN: translate("Reminders", "Even stilstaan bij je stress"),
        PACING: translate("Reminders", "Wat je voor nu plande"),
        HOMEWORK: translate("Reminders", "Je huiswerk"),
    }[item.kind]


def body(item: Due) -> str:
    return {
        "graded_activity": translate(
            "Reminders", "Vandaag staat een oefenmoment op je schema: doe wat is afgesproken, ook als het "
            "een mindere dag is. Rustiger of verspreid over de dag mag."),
        "graded_activity_quota_reached": translate(
            "Reminders", "Je haalde deze week al het afgesproken aantal keer. Meer doen is niet het plan: "
            "je mag het vandaag bij rust houden, of rustig doen wat is afgesproken."),
        "exposure": translate(
            "Reminders", "Je plande nu een oefening uit je angsthiërarchie. Kijk nog even naar wat je "
            "verwacht, en noteer straks hoe het ging."),
        "checkin": translate(
            "Reminders", "Welke stresssignalen merkte je vandaag? Het invullen duurt maar even."),
        "pacing": translate(
            "Reminders", "In je weekplanning staat nu een activiteit. Denk aan je pauzes."),
        "homework_today": translate(
            "Reminders", "Vandaag is de laatste dag voor huiswerk dat nog openstaat. Op de startpagina zie je "
            "wat er nog te gaan is. Wat vandaag niet lukt, kun je bij het volgende gesprek bespreken."),
        "homework_tomorrow": translate(
            "Reminders", "Morgen is de laatste dag voor huiswerk dat nog openstaat. Op de startpagina zie je "
            "wat er nog te gaan is, zodat je het rustig over vandaag en morgen kunt verdelen."),
    }[message_key(item)]


def barrier_name(barrier: str) -> str:
    return {
        "inside": translate("Reminders", "Iets in mezelf (moe, geen zin, bang voor pijn, piekeren)"),
        "outside": translate("Reminders", "Iets buiten mezelf (werk, bezoek, het weer, geen tijd of plaats)"),
    }[barrier]
