"""Kind, translated sentences for refused input (domain error keys) and storage failures."""

from __future__ import annotations

from ..domain.errors import DomainError
from .i18n import args, translate


def domain_message(exc: DomainError) -> str:
    p = exc.params
    key = exc.key
    if key == "empty_name":
        return translate("Messages", "Vul eerst een naam of omschrijving in.")
    if key == "name_too_long":
        return args(translate("Messages", "Dat is wat lang. Houd het bij hoogstens %1 tekens."),
                    _whole(p.get("max", 0)))
    if key == "duplicate_name":
        return args(translate("Messages", "Er is al een werkboek met de naam „%1”. Kies een andere naam."),
                    p.get("name", ""))
    if key == "out_of_range":
        return args(translate("Messages", "Kies een getal van %1 tot en met %2."), p.get("low"), p.get("high"))
    if key == "not_found":
        return translate("Messages", "Dit onderdeel bestaat niet meer. Misschien is het net verwijderd.")
    if key == "passphrase_empty":
        return translate("Messages", "Typ eerst een wachtzin.")
    if key == "passphrase_short":
        return args(translate("Messages", "Kies een wachtzin van minstens %1 tekens."),
                    _whole(p.get("minimum", 0)))
    if key == "history.changed_since":
        return translate("Messages", "Dit kan niet meer ongedaan gemaakt worden: het is intussen opnieuw "
                                     "veranderd. Er is niets aangepast.")
    if key == "history.nothing":
        return translate("Messages", "Er is niets meer om ongedaan te maken.")
    if key == "passphrase_mismatch":
        return translate("Messages", "De twee wachtzinnen verschillen. Typ ze nog een keer.")
    from .chapter_messages import chapter_message

    text = chapter_message(exc)
    if text:
        return text
    return translate("Messages", "Dat lukte niet: de invoer klopt niet helemaal. Er is niets veranderd.")


def _whole(value: object) -> int:
    """A count carried by an error (``max=60``) as a whole number; 0 when it is not a number."""
    return int(value) if isinstance(value, int | float) else 0


def refusal(check, value) -> str:
    """The kind message a domain check gives for ``value``, or "" when the value is fine — for
    forms that explain a refused value beside the field before anything is saved."""
    try:
        check(value)
    except DomainError as exc:
        return domain_message(exc)
    return ""


def storage_message(exc: BaseException) -> str:
    """One kind sentence per kind of storage failure (``storage/errors.py``)."""
    from ..storage import errors

    typed = errors.classify(exc)
    if isinstance(typed, errors.Conflict):  # a practice database: a colleague was first (#21)
        return translate(
            "Messages",
            "Iemand anders heeft dit net gewijzigd. Je ziet nu hun versie; je eigen wijziging is "
            "niet bewaard. Kijk het even na en pas het opnieuw aan als dat nog nodig is.",
        )
    if isinstance(typed, errors.NotAllowed):
        return translate(
            "Messages",
            "Je wijziging kon niet bewaard worden: je hebt geen toegang tot dit werkboek in de "
            "praktijkdatabase. Vraag wie het werkboek beheert om het met je te delen.",
        )
    if isinstance(typed, errors.DiskFull):
        return translate(
            "Messages",
            "Je laatste wijziging kon niet bewaard worden: de schijf is vol. "
            "Wat al bewaard was, blijft veilig. Maak wat ruimte vrij en probeer opnieuw.",
        )
    if isinstance(typed, errors.ReadOnly):
        return translate(
            "Messages",
            "Je laatste wijziging kon niet bewaard worden: de schijf of het bestand is alleen-lezen. "
            "Wat al bewaard was, blijft veilig.",
        )
    if isinstance(typed, errors.Locked | errors.Unavailable):
        return translate(
            "Messages",
            "Je laatste wijziging kon niet bewaard worden omdat de database even niet "
            "beschikbaar was. Probeer het zo meteen opnieuw.",
        )
    if isinstance(typed, errors.Damaged | errors.TooNew):
        return translate(
            "Messages",
            "Je laatste wijziging kon niet bewaard worden: het bestand met je gegevens is beschadigd "
            "of door een nieuwere versie gemaakt. Sluit de app; bij het opnieuw openen kun je een "
            "reservekopie terugzetten.",
        )
    return translate(
        "Messages",
        "Er liep iets mis bij het bewaren. Wat al bewaard was, blijft veilig. "
        "Probeer het opnieuw; lukt het niet, sluit dan de app en open hem opnieuw.",
    )
