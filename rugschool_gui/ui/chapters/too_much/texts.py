"""Translated words of the "doing too much" chapter, named by the domain's keys."""

from __future__ import annotations

from ...i18n import translate


def chapter_title() -> str:
    return translate("TooMuch", "Over je grenzen gaan")


def cause(key: str) -> str:
    return {
        "do_well": translate("TooMuch", "Ik wil het goed doen."),
        "dot_the_is": translate("TooMuch", "Ik wil alles tot in de puntjes afwerken."),
        "no_burden": translate("TooMuch", "Ik wil niemand tot last zijn en vraag niet graag hulp."),
        "faster_myself": translate("TooMuch", "Als ik het zelf doe, gaat het sneller."),
        "better_myself": translate("TooMuch", "Ik doe het zelf toch beter."),
        "guilt": translate("TooMuch", "Ik voel me schuldig als ik niets doe."),
        "pressured": translate("TooMuch", "Ik voel me onder druk gezet door de situatie of door anderen."),
        "no_wimp": translate("TooMuch", "Ik wil geen watje zijn."),
        "lie_down_later": translate("TooMuch", "Straks kan ik toch gaan liggen."),
        "ignore_limits": translate("TooMuch", "Ik merk de grenzen van mijn lichaam niet op, of ik negeer ze."),
    }.get(key, key)


def consequence(key: str) -> str:
    return {
        "back_pain_again": translate("TooMuch", "De rugpijn komt terug of wordt erger."),
        "longer_recovery": translate("TooMuch", "Je hebt daarna langer nodig om te herstellen."),
        "listless": translate("TooMuch", "Je voelt je lusteloos en hebt nergens nog zin in."),
        "overstrain": translate("TooMuch", "Je raakt overbelast: lichamelijk en in je hoofd."),
    }.get(key, key)


def group(key: str) -> str:
    return {
        "muscle_tension": translate("TooMuch", "Spierspanning"),
        "stomach_bowel": translate("TooMuch", "Maag en darmen"),
        "hyperventilation": translate("TooMuch", "Hyperventilatie"),
        "palpitations": translate("TooMuch", "Hartkloppingen"),
        "sleep": translate("TooMuch", "Slaapproblemen"),
        "own": translate("TooMuch", "Eigen signalen"),
    }.get(key, key)


def signal(key: str) -> str:
    return {
        "shoulder_neck_pain": translate("TooMuch", "Pijn in schouders of nek"),
        "tension_headache": translate("TooMuch", "Spanningshoofdpijn"),
        "no_appetite": translate("TooMuch", "Geen eetlust"),
        "eating_a_lot": translate("TooMuch", "Veel eten"),
        "slow_digestion": translate("TooMuch", "Trage spijsvertering"),
        "diarrhoea": translate("TooMuch", "Diarree"),
        "constipation": translate("TooMuch", "Verstopping"),
        "stomach_pain": translate("TooMuch", "Maagpijn"),
        "stomach_ulcer": translate("TooMuch", "Maagzweer"),
        "hyperventilation": translate("TooMuch", "Hyperventilatie"),
        "palpitations": translate("TooMuch", "Hartkloppingen"),
        "falling_asleep": translate("TooMuch", "Moeilijk inslapen"),
        "waking_early": translate("TooMuch", "Te vroeg wakker worden"),
    }.get(key, key)


def question(key: str) -> str:
    return {
        "life_areas": translate("TooMuch", "Hoe zit dat in mijn leven: in het huishouden, op het werk?"),
        "energy": translate("TooMuch", "Wat geeft mij energie? Plan ik die dingen ook regelmatig?"),
        "outlet": translate("TooMuch", "Wat is mijn uitlaatklep? Sport, contact met anderen, iets creatiefs …"),
        "relax": translate("TooMuch", "Kan ik nog ontspannen, ondanks de rugpijn?"),
        "ask_help": translate("TooMuch", "Durf ik hulp te vragen? Kan ik mijn grenzen aangeven bij anderen?"),
        "assertive": translate("TooMuch", "Waar zit ik tussen wegcijferen en opkomen voor mezelf? Wanneer lukt het "
                               "me om rustig en duidelijk te zeggen wat ik wil?"),
    }.get(key, key)


def gain(key: str) -> str:
    return {
        "movement": translate("TooMuch", "beweging"), "company": translate("TooMuch", "gezelschap"),
        "creativity": translate("TooMuch", "iets creatiefs"), "calm": translate("TooMuch", "rust in mijn hoofd"),
        "achievement": translate("TooMuch", "iets bereiken"), "outdoors": translate("TooMuch", "buiten zijn"),
    }.get(key, key)


def outcome(key: str | None) -> str:
    return {
        None: translate("TooMuch", "nog niet geprobeerd"), "good": translate("TooMuch", "dit werkt voor mij"),
        "so_so": translate("TooMuch", "half"), "not_for_me": translate("TooMuch", "niets voor mij"),
    }.get(key, key or "")


def exercise(key: str) -> str:
    return {
        "progressive": translate("TooMuch", "Progressieve relaxatie"),
        "autogenic": translate("TooMuch", "Autogene training"),
        "body_scan": translate("TooMuch", "Bodyscan (mindfulness)"),
    }.get(key, key)


def exercise_about(key: str) -> str:
    return {
        "progressive": translate(
            "TooMuch", "Je spant telkens één spiergroep een paar seconden op en laat dan los. Zo voel je het "
            "verschil tussen spanning en ontspanning, en leer je loslaten."),
        "autogenic": translate(
            "TooMuch", "Je zegt in gedachten rustige zinnen, zoals „mijn armen zijn zwaar” en „mijn armen zijn "
            "warm”. Je lichaam volgt: het wordt zwaar, warm en rustig."),
        "body_scan": translate(
            "TooMuch", "Je gaat met je aandacht langs je lichaam, zonder te oordelen. Je merkt op wat je voelt, ook "
            "pijn, en laat het er even zijn. Daarna ga je rustig verder."),
    }.get(key, "")


def step_text(step) -> str:
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
        "heart": translate("TooMuch", "„Mijn hart klopt rustig en regelmatig.”"),
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
        return translate("TooMuch", "Span %1 … en houd vast.").replace("%1", muscle.get(step.key, step.key))
    if step.phase == "release":
        return translate("TooMuch", "Laat los. Voel hoe %1 ontspannen.").replace(
            "%1", muscle.get(step.key, step.key).split(":")[0])
    if step.phase == "formula":
        return translate("TooMuch", "Zeg in gedachten, rustig en herhaald: %1").replace("%1", formula.get(step.key, ""))
    return translate("TooMuch", "Breng je aandacht naar %1. Merk op wat je voelt, zonder te oordelen.").replace(
        "%1", part.get(step.key, step.key))


def phase_name(phase: str) -> str:
    return {"tense": translate("TooMuch", "Opspannen"), "release": translate("TooMuch", "Loslaten"),
            "formula": translate("TooMuch", "Formule"), "attend": translate("TooMuch", "Aandacht"),
            "settle": translate("TooMuch", "Rustig aan")}.get(phase, phase)


def chart_label(key: str) -> str:
    known = {
        "signal_chart_title": translate("TooMuch", "Hoe vaak je stresssignalen opmerkte (dagen per week)"),
        "week_axis": translate("TooMuch", "Week van"), "no_signals": translate(
            "TooMuch", "Nog geen stresssignalen genoteerd. Na je eerste dag verschijnt hier je grafiek."),
        "days_axis": translate("TooMuch", "Dagen"),
        "relax_chart_title": translate("TooMuch", "Spanning voor en na het ontspannen"),
        "session_axis": translate("TooMuch", "Oefening"), "no_sessions": translate(
            "TooMuch", "Nog geen oefeningen. Na je eerste oefening zie je hier je spanning voor en na."),
        "tension_axis": translate("TooMuch", "Spanning (0–10)"),
        "before": translate("TooMuch", "Voor"), "after": translate("TooMuch", "Na"),
    }
    return known.get(key) or group(key)


def error_message(key: str, params: dict) -> str | None:
    if key == "unknown_key":
        return translate("TooMuch", "Kies een van de mogelijkheden uit de lijst.")
    if key == "duplicate_signal":
        return translate("TooMuch", "Dat signaal staat al in je lijst voor die dag.")
    return None
