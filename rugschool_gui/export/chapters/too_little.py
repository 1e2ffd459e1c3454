"""PDF of "doing too little" (WORKBOOK.md §3): causes with dates, the value weighing, and the
questionnaire scores with their chart and reflections. Blank: the causes checklist, a value
weighing form and a score table."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from ...domain.too_little import CAUSES, CONSEQUENCES, MOMENTS, OWN, score_chart
from ..charts import chart_drawing
from ..styles import gap, para, table
from ..texts import long_date, pick, short_date

TEXTS = {
    "nl": {
        "title": "Te weinig doen",
        "causes": "Waarom doe ik te weinig?", "ticked_on": "aangevinkt op %1", "no_causes": "Nog niets aangevinkt.",
        "c_fear_of_movement": "Ik ben bang om te bewegen: bang voor meer pijn of voor letsel.",
        "c_negative_thoughts": "Ik heb sombere gedachten, zoals „mijn rugpijn wordt alleen maar erger” of „die "
                               "oefeningen helpen toch niet”.",
        "c_unsure_capacity": "Ik weet niet goed wat mijn rug aankan.",
        "c_pain_memory": "Ik herinner me de pijn van de vorige keer dat ik het deed.",
        "consequences": "Wat levert het op?",
        "q_avoiding": "Je gaat activiteiten uit de weg.", "q_careful_slow": "Je beweegt heel voorzichtig of traag.",
        "q_stiff": "Je neemt een stijve houding aan.", "q_fitness": "Je conditie gaat achteruit.",
        "q_pain_mood": "Je krijgt meer rugpijn en voelt je somberder.",
        "values": "Wat is het je waard?", "activity": "Activiteit", "value": "Waarde (0–10)",
        "matters": "Wat is belangrijk", "adapted": "Zo doe ik toch mee", "no_values": "Nog niets gewogen.",
        "scores": "Vragenlijsten", "no_scores": "Nog geen scores.", "date": "Datum", "name": "Vragenlijst",
        "moment": "Moment", "total": "Totaal", "m_start": "begin", "m_middle": "midden", "m_end": "einde",
        "m_other": "ander moment", "score_chart_title": "Je scores door de tijd", "date_axis": "Datum",
        "reflection": "Bij het %1: %2",
        "b_causes_intro": "Vink aan wat bij jou past en schrijf eigen redenen op de lege lijnen.",
        "b_values_intro": "Schrijf activiteiten op die je mist, hoe waardevol ze zijn, en hoe je toch kunt meedoen.",
        "b_scores_intro": "Noteer de totaalscore van elke vragenlijst die je invulde.",
    },
    "en": {
        "title": "Doing too little",
        "causes": "Why do I do too little?", "ticked_on": "ticked on %1", "no_causes": "Nothing ticked yet.",
        "c_fear_of_movement": "I'm afraid to move: afraid of more pain or of injury.",
        "c_negative_thoughts": "I have gloomy thoughts, such as \"my back pain will only get worse\" or \"those "
                               "exercises won't help anyway\".",
        "c_unsure_capacity": "I don't really know what my back can take.",
        "c_pain_memory": "I remember the pain from the last time I did it.",
        "consequences": "What does it lead to?",
        "q_avoiding": "You avoid activities.", "q_careful_slow": "You move very carefully or slowly.",
        "q_stiff": "You take on a stiff posture.", "q_fitness": "Your fitness declines.",
        "q_pain_mood": "You get more back pain and feel gloomier.",
        "values": "What is it worth to you?", "activity": "Activity", "value": "Value (0–10)",
        "matters": "What matters", "adapted": "How I still take part", "no_values": "Nothing weighed yet.",
        "scores": "Questionnaires", "no_scores": "No scores yet.", "date": "Date", "name": "Questionnaire",
        "moment": "Moment", "total": "Total", "m_start": "start", "m_middle": "middle", "m_end": "end",
        "m_other": "other moment", "score_chart_title": "Your scores over time", "date_axis": "Date",
        "reflection": "At the %1: %2",
        "b_causes_intro": "Tick what fits you and write your own reasons on the empty lines.",
        "b_values_intro": "Write down activities you miss, how valuable they are, and how you can still take part.",
        "b_scores_intro": "Write down the total score of each questionnaire you filled in.",
    },
}


def title(lang: str) -> str:
    return pick(TEXTS, lang)["title"]


def _value_widths(width: float) -> list[float]:
    rest = (width - 60 * mm) / 2
    return [38 * mm, 22 * mm, rest, rest]


def _score_widths(width: float) -> list[float]:
    return [26 * mm, width - 86 * mm, 34 * mm, 26 * mm]


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    t = pick(TEXTS, lang)
    story = [para(t["title"], "h1"), para(t["causes"], "h2")]
    if blank:
        return story + _blank(t, width)
    from ...storage import too_little as repo
    from ...storage import too_much

    ticks = too_much.list_cause_ticks(store, workbook_id, (*CAUSES, OWN))
    story += [para(f"✓ {tick.label if tick.cause == OWN else t['c_' + tick.cause]} "
                   f"({t['ticked_on'].replace('%1', long_date(tick.day, lang))})") for tick in ticks] or \
             [para(t["no_causes"], "small")]
    story += [para(t["consequences"], "h2"), para("\n".join("• " + t[f"q_{k}"] for k in CONSEQUENCES), "note")]
    story += [CondPageBreak(40 * mm), para(t["values"], "h2")]
    valued = repo.list_valued(store, workbook_id)
    if valued:
        rows = [[para(t[k], "cellbold") for k in ("activity", "value", "matters", "adapted")]]
        rows += [[para(a.name, "cell"), para("—" if a.value is None else f"{a.value}/10", "cell"),
                  para(a.what_matters, "cell"), para(a.adapted, "cell")] for a in valued]
        story.append(table(rows, _value_widths(width)))
    else:
        story.append(para(t["no_values"], "small"))
    story += [CondPageBreak(90 * mm), para(t["scores"], "h2")]
    scores = repo.list_scores(store, workbook_id)
    if scores:
        story += [chart_drawing(score_chart(scores, lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}"),
                                lambda k: t.get(k, k), width), gap(2)]
        rows = [[para(t[k], "cellbold") for k in ("date", "name", "moment", "total")]]
        rows += [[para(short_date(s.day, lang), "cell"), para(s.name, "cell"), para(t[f"m_{s.moment}"], "cell"),
                  para(f"{s.total:g}", "cell")] for s in reversed(scores)]
        story.append(table(rows, _score_widths(width)))
    else:
        story.append(para(t["no_scores"], "small"))
    notes = repo.reflections(store, workbook_id)
    story += [para(t["reflection"].replace("%1", t[f"m_{m}"]).replace("%2", notes[m])) for m in MOMENTS if notes.get(m)]
    story.append(PageBreak())
    return story


def _blank(t, width: float) -> list:
    story = [para(t["b_causes_intro"], "small")]
    story += [para("☐ " + t[f"c_{k}"]) for k in CAUSES] + [para("☐ " + "_" * 60) for _ in range(2)]
    story += [gap(4), para(t["values"], "h2"), para(t["b_values_intro"], "small")]
    rows = [[para(t[k], "cellbold") for k in ("activity", "value", "matters", "adapted")]] + [[""] * 4 for _ in range(5)]
    story.append(table(rows, _value_widths(width), zebra=False, row_heights=[None] + [14 * mm] * 5))
    story += [CondPageBreak(90 * mm), para(t["scores"], "h2"), para(t["b_scores_intro"], "small")]
    rows = [[para(t[k], "cellbold") for k in ("date", "name", "moment", "total")]] + [[""] * 4 for _ in range(8)]
    story += [table(rows, _score_widths(width), zebra=False, row_heights=[None] + [9 * mm] * 8), PageBreak()]
    return story
