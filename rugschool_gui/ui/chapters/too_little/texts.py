"""Translated words of the "doing too little" chapter."""

from __future__ import annotations

from ...i18n import translate


def chapter_title() -> str:
    return translate("TooLittle", "Te weinig doen")


def cause(key: str) -> str:
    return {
        "fear_of_movement": translate("TooLittle", "Ik ben bang om te bewegen: bang voor meer pijn of voor letsel."),
        "negative_thoughts": translate("TooLittle", "Ik heb sombere gedachten, zoals „mijn rugpijn wordt alleen maar "
                                       "erger” of „die oefeningen helpen toch niet”."),
        "unsure_capacity": translate("TooLittle", "Ik weet niet goed wat mijn rug aankan."),
        "pain_memory": translate("TooLittle", "Ik herinner me de pijn van de vorige keer dat ik het deed."),
    }.get(key, key)


def consequence(key: str) -> str:
    return {
        "avoiding": translate("TooLittle", "Je gaat activiteiten uit de weg."),
        "careful_slow": translate("TooLittle", "Je beweegt heel voorzichtig of traag."),
        "stiff": translate("TooLittle", "Je neemt een stijve houding aan."),
        "fitness": translate("TooLittle", "Je conditie gaat achteruit."),
        "pain_mood": translate("TooLittle", "Je krijgt meer rugpijn en voelt je somberder."),
    }.get(key, key)


def moment(key: str) -> str:
    return {"start": translate("TooLittle", "begin"), "middle": translate("TooLittle", "midden"),
            "end": translate("TooLittle", "einde"), "other": translate("TooLittle", "ander moment")}.get(key, key)


def chart_label(key: str) -> str:
    return {"score_chart_title": translate("TooLittle", "Je scores door de tijd"),
            "date_axis": translate("TooLittle", "Datum"),
            "no_scores": translate("TooLittle", "Nog geen scores. Na de eerste score verschijnt hier je grafiek.")
            }.get(key, key)


def error_message(key: str, params: dict) -> str | None:
    if key == "score_out_of_range":
        text = translate("TooLittle", "Die score kan niet: de totaalscore ligt tussen %1 en %2.").replace(
            "%1", str(params.get("low"))).replace("%2", str(params.get("high")))
        if params.get("name"):
            text += " " + translate("TooLittle", "(%1)").replace("%1", str(params["name"]))
        return text + " " + translate("TooLittle", "Kijk de optelling nog eens na; er is niets bewaard.")
    return None
