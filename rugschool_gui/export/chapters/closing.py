"""PDF of the closing chapter (WORKBOOK.md §6): the workbook in one page — it comes first in a
filled-in PDF, so a consultation starts from it — and the key tips."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import PageBreak

from ...domain.too_much import QUESTIONS
from ..content_pdf import content_flowables
from ..styles import para, table
from ..texts import long_date, pick

TEXTS = {
    "nl": {
        "title": "Mijn werkboek op één blad", "tips_title": "Tot slot", "nothing": "Nog niets ingevuld.",
        "understanding": "De pijn begrijpen", "too_much": "Over je grenzen gaan", "pacing": "Activiteiten spreiden",
        "too_little": "Te weinig doen", "exposure": "Stapsgewijze blootstelling", "graded": "Stapsgewijze opbouw",
        "chains": "Kettingen genoteerd: %1.", "signals": "%1 stresssignalen deze week", "mostly": ", vooral %1",
        "outlet": "Uitlaatklep: %1.", "week": "Deze week %1 gepland, %2 gedaan.", "breaks": "Pauzes: %1 van %2.",
        "valued": "Waardevol voor mij: %1.", "trend": "%1: van %2 naar %3.",
        "steps": "%1 van %2 stappen beheerst.", "next": "Nu aan de beurt: %1.",
        "plan": "%1: van %2 naar het doel %3; laatst gedaan: %4.",
        "g_muscle_tension": "spierspanning", "g_stomach_bowel": "maag en darmen", "g_hyperventilation": "hyperventilatie",
        "g_palpitations": "hartkloppingen", "g_sleep": "slaapproblemen", "g_own": "eigen signalen",
        "answer": "Laatste antwoord (%1): %2",
    },
    "en": {
        "title": "My workbook on one page", "tips_title": "Closing", "nothing": "Nothing filled in yet.",
        "understanding": "Understanding the pain", "too_much": "Going over your limits", "pacing": "Activity pacing",
        "too_little": "Doing too little", "exposure": "Graded exposure", "graded": "Graded activity",
        "chains": "Chains noted: %1.", "signals": "%1 stress signals this week", "mostly": ", mostly %1",
        "outlet": "Outlet: %1.", "week": "This week %1 planned, %2 done.", "breaks": "Breaks: %1 of %2.",
        "valued": "Valuable to me: %1.", "trend": "%1: from %2 to %3.",
        "steps": "%1 of %2 steps mastered.", "next": "Next up: %1.",
        "plan": "%1: from %2 to the goal %3; last done: %4.",
        "g_muscle_tension": "muscle tension", "g_stomach_bowel": "stomach and bowel", "g_hyperventilation": "hyperventilation",
        "g_palpitations": "palpitations", "g_sleep": "sleep problems", "g_own": "own signals",
        "answer": "Latest answer (%1): %2",
    },
}


def title(lang: str) -> str:
    return pick(TEXTS, lang)["title"]


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    t = pick(TEXTS, lang)
    tips = [para(t["tips_title"], "h1"), *content_flowables("closing_tips", lang), PageBreak()]
    if blank:
        return tips
    from ...storage.closing import workbook_summary

    s = workbook_summary(store, workbook_id, today or date.today())
    rows = [[para(t[key], "cellbold"), para("\n".join(lines) or t["nothing"], "cell")] for key, lines in _lines(s, t, lang)]
    return [para(t["title"], "h1"), table(rows, [48 * 2.835, width - 48 * 2.835], header=False), PageBreak(), *tips]


def _lines(s, t, lang) -> list[tuple[str, list[str]]]:
    much = []
    if s.signals_week:
        much.append(t["signals"].replace("%1", str(s.signals_week))
                    + (t["mostly"].replace("%1", t[f"g_{s.top_signal_group}"]) if s.top_signal_group else "") + ".")
    if s.outlet:
        much.append(t["outlet"].replace("%1", s.outlet))
    much += [t["answer"].replace("%1", long_date(day, lang)).replace("%2", text)
             for key, day, text in s.reflections if key in QUESTIONS][:2]
    pace = []
    if s.planned_week:
        pace.append(t["week"].replace("%1", str(s.planned_week)).replace("%2", str(s.done_week)))
        if s.breaks[1]:
            pace.append(t["breaks"].replace("%1", str(s.breaks[0])).replace("%2", str(s.breaks[1])))
    little = ([t["valued"].replace("%1", ", ".join(s.valued))] if s.valued else []) + [
        t["trend"].replace("%1", n).replace("%2", f"{a:g}").replace("%3", f"{b:g}") for n, (a, b) in s.score_trends.items()]
    exposure = []
    if s.exposure_items:
        exposure.append(t["steps"].replace("%1", str(len(s.exposure_mastered))).replace("%2", str(s.exposure_items)))
        if s.exposure_step:
            exposure.append(t["next"].replace("%1", s.exposure_step))
    graded = []
    if s.activity:
        graded.append(t["plan"].replace("%1", s.activity).replace("%2", f"{round(s.activity_start)}").replace(
            "%3", f"{round(s.activity_goal)}").replace("%4", "—" if s.activity_level is None else f"{round(s.activity_level)}"))
    return [("understanding", [t["chains"].replace("%1", str(s.chains))] if s.chains else []),
            ("too_much", much), ("pacing", pace), ("too_little", little), ("exposure", exposure),
            ("graded", graded)]
