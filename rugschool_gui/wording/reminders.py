"""Wording of the reminders that reaches the workbook (issue #20): the "Vandaag niet" kept with
its barrier and words, as the consultation brief shows them on the screen and on paper, the undo
labels and the refusals. What a notification itself says is screen-only (``ui/reminders/texts.py``).

The voice is the app's: plain, warm, never scolding. A "Vandaag niet" is told as it was given.
"""

from __future__ import annotations

from typing import Any

from . import Words

words = Words({
    "title": ("Herinneringen", "Reminders"),
    # ----- the consultation brief --------------------------------------------------------------
    "brief.declined": ("„Vandaag niet” bij een herinnering", "“Not today” on a reminder"),
    "brief.no_declined": ("Geen „Vandaag niet” in deze periode.", "No “not today” in this period."),
    "declined.line": ("{day} · {kind}: {barrier}", "{day} · {kind}: {barrier}"),
    "declined.words": ("{line} — „{words}”", "{line} — “{words}”"),
    "kind.graded_activity": ("oefenmoment", "practice session"),
    "kind.exposure": ("geplande blootstelling", "planned exposure"),
    "kind.checkin": ("stresssignalen noteren", "noting stress signals"),
    "kind.pacing": ("geplande activiteit", "planned activity"),
    "kind.homework": ("huiswerk", "homework"),
    "barrier.inside": ("iets in mezelf", "something in myself"),
    "barrier.outside": ("iets rondom mij", "something around me"),
    # ----- undo labels -------------------------------------------------------------------------
    "undo_declined": ("„Vandaag niet” bij een herinnering", "“Not today” on a reminder"),
    "undo_delete_declined": ("„Vandaag niet” verwijderen", "delete “not today”"),
    # ----- the domain's refusals ---------------------------------------------------------------
    "error.unknown_barrier": ("Kies of het iets in jezelf of rondom je was. Er is niets veranderd.",
                              "Choose whether it was something in yourself or around you. Nothing was changed."),
    "error.unknown_kind": ("Die soort herinnering kent het werkboek niet. Er is niets veranderd.",
                           "The workbook does not know that kind of reminder. Nothing was changed."),
    "error.unknown_day": ("Kies de dagen uit maandag tot en met zondag. Er is niets veranderd.",
                          "Choose the days from Monday to Sunday. Nothing was changed."),
})


def declined_text(d: Any, day_text: Any, lang: str | None = None) -> str:
    """One "Vandaag niet" of the brief: day, what it was about, the barrier, the words if any.
    ``d`` is a ``domain.reminders.DeclinedReminder``; ``day_text(date)`` the date as the caller writes it."""
    kind = words(f"kind.{d.kind}", lang) if f"kind.{d.kind}" in words else d.kind
    line = words("declined.line", lang, day=day_text(d.day), kind=kind, barrier=words(f"barrier.{d.barrier}", lang))
    return words("declined.words", lang, line=line, words=d.words) if d.words else line
