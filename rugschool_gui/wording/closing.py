"""Wording of the closing chapter (WORKBOOK.md §6): the one-page summary of a workbook, the same
sentences on the closing page and on the first page of the PDF.

:func:`summary_lines` words a ``domain.closing.WorkbookSummary`` line by line. What the summary
quotes from other chapters (a signal group, a reflection question, a unit, a date) each medium
looks up in that chapter's own wording and passes in :class:`Quoted`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import Any

from . import Words
from .too_little import named_scale_title, total

words = Words({
    "title": ("Tot slot", "Closing"),
    "summary_title": ("Mijn werkboek op één blad", "My workbook on one page"),
    "nothing": ("Nog niets ingevuld.", "Nothing filled in yet."),
    "chains.one": ("1 ketting genoteerd.", "1 chain noted."),
    "chains.other": ("{count} kettingen genoteerd.", "{count} chains noted."),
    "signals.one": ("1 stresssignaal deze week", "1 stress signal this week"),
    "signals.other": ("{count} stresssignalen deze week", "{count} stress signals this week"),
    "mostly": (", vooral {group}", ", mostly {group}"),
    "outlet": ("Uitlaatklep: {outlet}.", "Outlet: {outlet}."),
    "answer": ("{question} ({day}): {text}", "{question} ({day}): {text}"),
    "week": ("Deze week {planned} gepland, {done} gedaan.", "This week {planned} planned, {done} done."),
    "breaks": ("Pauzes genomen: {taken} van {planned}.", "Breaks taken: {taken} of {planned}."),
    "valued": ("Waardevol voor mij: {names}.", "Valuable to me: {names}."),
    "trend": ("{name}: van {first} naar {latest}.", "{name}: from {first} to {latest}."),
    "steps": ("{mastered} van {items} stappen beheerst.", "{mastered} of {items} steps mastered."),
    "next": ("Nu aan de beurt: {step}.", "Next up: {step}."),
    "plan": ("{activity}: van {start} naar het doel {goal}; laatst gedaan: {last}.",
             "{activity}: from {start} to the goal {goal}; last done: {last}."),
    # ----- on paper only ---------------------------------------------------------------------
    "paper.about": ("De belangrijkste tips om mee te nemen, en je hele werkboek samengevat op één blad.",
                    "The key tips to take with you, and your whole workbook summed up on one page."),
    "paper.begin": ("lees de tips, en kijk hier terug zodra je in een ander hoofdstuk iets hebt ingevuld.",
                    "read the tips, and come back here once you have filled in something in another chapter."),
    "paper.summary_intro": ("Per hoofdstuk het belangrijkste uit je werkboek, om samen te bespreken. Alles staat "
                            "uitgebreider in de hoofdstukken hierna.",
                            "The main points of your workbook, chapter by chapter, to talk over together. "
                            "Everything is in more detail in the chapters that follow."),
    "paper.summary_blank": ("Schrijf per hoofdstuk in een paar woorden op wat je ervan meeneemt.",
                            "For each chapter, write down in a few words what you take from it."),
    "paper.next_step": ("Mijn volgende stap:", "My next step:"),
})

#: the rows of the summary, in workbook order (the chapter ids of ``domain.chapters``)
ROWS = ("understanding", "too_much", "pacing", "too_little", "exposure", "graded_activity")


def quote(chapter: str, key: str, lang: str | None = None) -> str:
    """``key`` in the wording of another ``chapter`` (the key itself if it has no such words)."""
    try:
        other = getattr(importlib.import_module(f"{__package__}.{chapter}"), "words", None)
    except ModuleNotFoundError:
        other = None
    return other(key, lang) if isinstance(other, Words) and key in other else key


def chapter_title(chapter: str, lang: str | None = None) -> str:
    """A chapter's title as the chapter itself words it."""
    return quote(chapter, "title", lang)


def _amount(value: int, unit: str, lang: str | None) -> str:
    """An amount (already as a person reads it) with the graded-activity chapter's unit: "28 min"."""
    key = f"suffix.{unit}"
    suffix = quote("graded_activity", key, lang)
    return f"{value}{'' if suffix == key else suffix}"


def counted(key: str, count: int, lang: str | None = None) -> str:
    """``key.one`` or ``key.other`` by the count (Dutch and English both have just these two)."""
    return words(f"{key}.one" if count == 1 else f"{key}.other", lang, count=count)


def summary_lines(s: Any, day: Callable[[date], str], lang: str | None = None) -> list[tuple[str, list[str]]]:
    """``(chapter id, lines)`` per row of the summary ``s`` (a ``domain.closing.WorkbookSummary``),
    dates worded by ``day``; a row with no lines has nothing filled in yet."""

    def w(key: str, **values: object) -> str:
        return words(key, lang, **values)

    understanding = [counted("chains", s.chains, lang)] if s.chains else []
    much: list[str] = []
    if s.signals_week:
        group = quote("too_much", f"group.{s.top_signal_group}", lang).lower() if s.top_signal_group else ""
        mostly = w("mostly", group=group) if group else ""
        much.append(counted("signals", s.signals_week, lang) + mostly + ".")
    if s.outlet:
        much.append(w("outlet", outlet=s.outlet))
    much += [w("answer", question=quote("too_much", f"question.{key}", lang), day=day(on), text=text)
             for key, on, text in s.answers]
    pace: list[str] = []
    if s.planned_week:
        taken, planned = s.breaks
        pace.append(w("week", planned=s.planned_week, done=s.done_week)
                    + (" " + w("breaks", taken=taken, planned=planned) if planned else ""))
    little = [w("valued", names=", ".join(s.valued))] if s.valued else []
    little += [w("trend", name=named_scale_title(name, lang), first=total(first), latest=total(latest))
               for name, (first, latest) in s.score_trends.items()]
    exposure: list[str] = []
    if s.exposure_items:
        exposure.append(w("steps", mastered=s.exposure_mastered, items=s.exposure_items)
                        + (" " + w("next", step=s.exposure_step) if s.exposure_step else ""))
    graded: list[str] = []
    if s.activity:
        unit = s.activity_unit
        graded.append(w("plan", activity=s.activity, start=_amount(s.activity_start, unit, lang),
                        goal=_amount(s.activity_goal, unit, lang),
                        last="—" if s.activity_level is None else _amount(s.activity_level, unit, lang)))
    return list(zip(ROWS, (understanding, much, pace, little, exposure, graded), strict=True))
