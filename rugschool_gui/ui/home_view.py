"""What the home page shows, read as plain texts (JSON-able) so that the page can show them now
and keep them for the next start (``storage/home_snapshot.py``, issue #23): "Laatst aan gewerkt",
"Vandaag" (``domain.today``), this week's homework and one card per chapter. Reads through the
chapters' storage functions, so SQLAlchemy is loaded; ``ui/home.py`` shows the result.
"""

from __future__ import annotations

import logging
from datetime import date

from .chapters import ChapterSpec, registered
from .context import PageContext
from .dates import moment
from .i18n import args, count_text, translate

log = logging.getLogger(__name__)


def read_view(ctx: PageContext, today: date, homework) -> dict:
    """Everything below the page's title; ``homework`` is the page's card (it reads its own)."""
    from .home import format_moment
    from .home_facts import load_today

    # one transaction for the ~75 reads of the page: one picture of the data, and one BEGIN
    # instead of one per read (a psychologist's switch of workbook waits for this page, #23)
    with ctx.store.transaction():
        wb = ctx.workbook()
        states = {c.id: _safe_summary(ctx, c) for c in registered()}
        started = any(states.values())
        worked_on = (args(translate("Home", "Laatst aan gewerkt: %1"), format_moment(wb.worked_on_at))
                     if started and wb is not None else "")  # never for an untouched workbook
        facts = ctx.load(load_today, ctx.workbook_id, today, default=None)
        return {"worked_on": worked_on, "today": today_view(facts, started), "homework": homework.read_view(),
                "cards": cards_view(ctx, states)}


def today_view(facts, started: bool = False) -> dict:
    """"Vandaag" (or, for an empty workbook, where to begin) as texts."""
    first = registered()[0] if registered() else None
    if facts is None or not (facts.has_plan or facts.checked_in or started):
        # an empty workbook: one first step instead of seven identical "not started" lines
        return {"heading": translate("Home", "Waar begin je?"), "empty": translate(
            "Home", "Welkom in je werkboek. Hier vind je de oefeningen van de psycholoog van de rugschool. Je "
            "werkt in je eigen tempo, en alles wat je invult, wordt meteen bewaard op deze computer. Je kiest "
            "zelf de volgorde; veel mensen beginnen bij het eerste hoofdstuk, waar je leest hoe pijn werkt."),
            "begin": args(translate("Home", "Begin bij „%1”"), first.title()) if first is not None else "",
            "rows": []}
    empty = "" if facts.has_plan else translate(
        "Home", "Voor vandaag staat er nog niets gepland. Kijk bij je hoofdstukken hieronder wat je "
        "volgende stap is.")
    return {"heading": translate("Home", "Vandaag"), "empty": empty, "begin": "",
            "rows": today_rows(facts)}



def today_rows(facts) -> list[list[str]]:
    """[key, icon, text, button] for each line of "Vandaag" that has something to say."""
    from .chapters.graded_activity.texts import level, times
    from .chapters.pacing.texts import part_name

    rows: list[list[str]] = []
    if facts.activities:
        names = ", ".join(args(translate("Home", "%1 (%2)"), a.name, part_name(a.part)) for a in facts.activities)
        done = sum(1 for a in facts.activities if a.done)
        text = args(translate("Home", "Gepland vandaag: %1."), names)
        if done:
            text += " " + args(translate("Home", "%1 van %2 gedaan."), done, len(facts.activities))
    else:
        text = translate("Home", "Vandaag staat er niets in je weekplanning.")
    rows.append(["pacing", "pacing", text, translate("Home", "Naar je weekplanning")])
    a = facts.activity
    if a is not None and a.quota is not None and a.phase is not None:
        text = args(translate("Home", "%1: %2 per keer, %3 gedaan deze week."), a.activity, level(a.quota, a.unit),
                    times(a.done_this_week, a.required))
        if facts.quota_left == 0 and a.required:
            text += " " + translate("Home", "Je hebt het afgesproken aantal keer gedaan: meer hoeft niet.")
        rows.append(["graded_activity", "graded_activity", text, translate("Home", "Oefening noteren…")])
    if facts.step_rank is not None or facts.all_steps_mastered:
        if facts.all_steps_mastered:
            text = translate("Home", "Je hebt elke stap van je angsthiërarchie beheerst.")
        else:
            text = args(translate("Home", "Je huidige stap: %1. %2."), facts.step_rank, facts.step_label)
            if facts.planned_attempt is not None:
                text += " " + args(translate("Home", "Poging gepland: %1."), moment(facts.planned_attempt))
        rows.append(["exposure", "exposure", text, translate("Home", "Poging plannen of invullen…")])
    if facts.checked_in:
        text = count_text(facts.signals_today, translate("Home", "Vandaag noteerde je 1 stresssignaal."),
                          translate("Home", "Vandaag noteerde je %1 stresssignalen."))
        button = translate("Home", "Bekijken")
    else:
        text = translate("Home", "Welke stresssignalen merk je vandaag? Je noteert ze in een halve minuut.")
        button = translate("Home", "Signalen noteren")
    rows.append(["signals", "too_much", text, button])
    return rows



def cards_view(ctx: PageContext, states: dict[str, str]) -> dict[str, list[str]]:
    """Each chapter's card: [what is in it, the next step] (or how to begin)."""
    out: dict[str, list[str]] = {}
    for chapter in registered():
        line = states.get(chapter.id, "")
        if line:
            next_step = _safe_next(ctx, chapter)
            out[chapter.id] = [line, args(translate("Home", "Volgende stap: %1"), next_step) if next_step else ""]
        else:
            about = _wording(chapter.id, "paper.about")
            begin = _wording(chapter.id, "paper.begin")
            out[chapter.id] = [about or translate("Home", "Nog niet begonnen."),
                               args(translate("Home", "Begin zo: %1"), begin) if begin else ""]
    return out



def _wording(chapter: str, key: str) -> str:
    """A sentence of a chapter's own wording (shared with the paper), or ""."""
    import importlib

    try:
        words = importlib.import_module(f"rugschool_gui.wording.{chapter}").words
    except (ModuleNotFoundError, AttributeError):
        return ""
    return words(key) if key in words else ""


def _safe_summary(ctx: PageContext, chapter: ChapterSpec) -> str:
    try:
        return chapter.summary(ctx)
    except Exception:  # a summary line must never break the home page
        log.exception("summary of %s failed", chapter.id)
        return ""


def _safe_next(ctx: PageContext, chapter: ChapterSpec) -> str:
    try:
        return chapter.next_step(ctx)
    except Exception:  # a hint must never break the home page
        log.exception("next step of %s failed", chapter.id)
        return ""
