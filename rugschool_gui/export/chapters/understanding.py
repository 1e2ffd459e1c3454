"""PDF of "understanding the pain" (WORKBOOK.md §1): the texts with the figures drawn from the
same specs as the screen, and the chain diary. Blank: a handout of the figures with their short
explanations (for a group session) and a chain diary form."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from ...domain.understanding import LINKS, bio_psycho_social, chain_figure, sawtooth, vicious_circle
from ..charts import chart_drawing, diagram_drawing
from ..content_pdf import content_flowables
from ..history import older_note, split_recent
from ..styles import gap, para, table
from ..texts import long_date, pick

TEXTS = {
    "nl": {
        "title": "De pijn begrijpen", "bps_title": "Pijn heeft drie kanten", "bio": "Lichamelijk",
        "psycho": "Psychisch", "social": "Sociaal", "pain": "Pijn", "circle_title": "De vicieuze cirkel",
        "complaints": "Lichamelijke klachten", "feelings": "Negatieve gevoelens", "chain_title": "De ketting",
        "saw_title": "Op en neer, of gespreid", "saw_days": "Dagen", "saw_boom_axis": "Op en neer",
        "saw_paced_axis": "Gespreid", "saw_upper": "Bovengrens", "saw_lower": "Ondergrens",
        "saw_boom": "Te veel, dan te weinig", "saw_paced": "Gespreide activiteit",
        "situation": "Situatie", "sensation": "Lichamelijk gevoel", "thought": "Gedachte", "emotion": "Emotie",
        "behaviour": "Gedrag", "diary": "Mijn kettingen", "no_entries": "Nog geen kettingen genoteerd.",
        "round": "Ronde %1", "change": "Wat ik de volgende keer verander: %1", "note": "Notitie: %1",
        "form": "Een ketting noteren", "date": "Datum: ____________",
        "form_intro": "Vul per ronde in wat je kunt. Omcirkel daarna de schakel die je de volgende keer wilt "
                      "veranderen.",
    },
    "en": {
        "title": "Understanding the pain", "bps_title": "Pain has three sides", "bio": "Biological",
        "psycho": "Psychological", "social": "Social", "pain": "Pain", "circle_title": "The vicious circle",
        "complaints": "Physical complaints", "feelings": "Negative feelings", "chain_title": "The chain",
        "saw_title": "Up and down, or paced", "saw_days": "Days", "saw_boom_axis": "Up and down",
        "saw_paced_axis": "Paced", "saw_upper": "Upper limit", "saw_lower": "Lower limit",
        "saw_boom": "Too much, then too little", "saw_paced": "Paced activity",
        "situation": "Situation", "sensation": "Bodily sensation", "thought": "Thought", "emotion": "Emotion",
        "behaviour": "Behaviour", "diary": "My chains", "no_entries": "No chains noted yet.",
        "round": "Round %1", "change": "What I will change next time: %1", "note": "Note: %1",
        "form": "Noting a chain", "date": "Date: ____________",
        "form_intro": "Fill in what you can for each round. Then circle the link you want to change next time.",
    },
}
SECTIONS = (("understanding_bps", bio_psycho_social), ("understanding_circle", vicious_circle),
            ("understanding_chain", chain_figure), ("understanding_patterns", None))
BLANK_ROUNDS = 3


def title(lang: str) -> str:
    return pick(TEXTS, lang)["title"]


def _figures(t, lang: str, width: float) -> list:
    out = []
    for name, figure in SECTIONS:
        drawing = (diagram_drawing(figure(), lambda k: t.get(k, k), width * 0.9) if figure else
                   chart_drawing(sawtooth(), lambda k: t.get(k, k), width))
        out += [CondPageBreak(70 * mm), *content_flowables(name, lang), gap(2), KeepTogether([drawing]), gap(4)]
    return out


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    t = pick(TEXTS, lang)
    story = [para(t["title"], "h1"), *_figures(t, lang, width)]
    if blank:
        return story + [PageBreak(), *_blank_form(t, width)]
    from ...storage import understanding as repo

    story += [CondPageBreak(50 * mm), para(t["diary"], "h2")]
    entries = repo.list_entries(store, workbook_id)
    if not entries:
        story.append(para(t["no_entries"], "small"))
    col = width / len(LINKS)
    shown, older = split_recent(entries, lambda e: e.day, since)
    for e in shown:
        rows = [[para(t[k], "cellbold") for k in LINKS]]
        rows += [[para(text, "cell") for text in r] for r in e.rounds]
        block = [para(long_date(e.day, lang), "cellbold"), table(rows, [col] * len(LINKS))]
        if e.change_link:
            block.append(para(t["change"].replace("%1", t[e.change_link]), "small"))
        if e.note:
            block.append(para(t["note"].replace("%1", e.note), "small"))
        story += [KeepTogether(block), gap(3)]
    story += older_note(older, lambda e: e.day, lang)
    story.append(PageBreak())
    return story


def _blank_form(t, width: float) -> list:
    col = width / len(LINKS)
    rows = [[para(t[k], "cellbold") for k in LINKS]] + [[""] * len(LINKS) for _ in range(BLANK_ROUNDS)]
    form = table(rows, [col] * len(LINKS), zebra=False, row_heights=[None] + [32 * mm] * BLANK_ROUNDS)
    from reportlab.platypus import TableStyle

    from ..styles import RULE

    form.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE)]))
    return [para(t["form"], "h1"), para(t["form_intro"], "small"), para(t["date"]), gap(2), form, PageBreak()]
