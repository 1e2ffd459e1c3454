"""PDF of the graded exposure chapter (WORKBOOK.md §4): filled in, or as blank worksheets.

Filled: the hierarchy table (rank, movement, fear, mastered), the current step, and per item
its fear ratings, its attempts and their chart. Blank: the ten-line hierarchy form
(1 = least fear … 10 = most fear) and an attempt form with before/after fields to write on.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from ...domain.exposure import MAX_ITEMS, SUGGESTION_KEYS, attempt_chart
from ..charts import chart_drawing
from ..history import for_chart, older_note, split_recent
from ..styles import gap, para, table, writing_lines
from ..texts import pick, short_datetime

TEXTS = {
    "nl": {
        "title": "Stapsgewijze blootstelling",
        "intro": "Je angsthiërarchie: de bewegingen en activiteiten waar je voorzichtig mee bent of "
                 "bang voor bent, van minst (1) naar meest angst. Je oefent ze stap voor stap, te "
                 "beginnen bij de stap met de minste angst.",
        "rank": "Stap", "item": "Beweging of activiteit", "fear": "Angst (0–100)",
        "mastered": "Beheerst", "yes_mark": "✓", "current": "Je huidige stap: %1",
        "all_mastered": "Alle stappen van je lijst zijn beheerst.",
        "empty": "Nog geen bewegingen in je lijst.",
        "ratings": "Angstcijfers: %1", "real_change": "meer dan 20 punten verschil: een echte verandering",
        "attempts_of": "Stap %1: %2", "no_attempts_item": "Nog geen pogingen bij deze stap.",
        "when": "Wanneer", "expected": "Verwacht", "actual": "Echt", "as_expected": "Zoals verwacht?",
        "words": "Verwachting en wat je leerde", "planned": "gepland",
        "fear_short": "angst", "pain_short": "pijn",
        "expectation": "Verwachting:", "learned": "Geleerd:", "note": "Notitie:",
        "yes": "ja", "partly": "gedeeltelijk", "no": "nee",
        "attempt_chart_title": "Verwacht en werkelijk, per poging", "attempt_axis": "Poging",
        "no_attempts": "Nog geen pogingen met cijfers.", "fear_axis": "Angst (0–100)",
        "pain_axis": "Pijn (0–10)", "expected_fear": "Verwachte angst", "actual_fear": "Werkelijke angst",
        "expected_pain": "Verwachte pijn", "actual_pain": "Werkelijke pijn",
        "reminder": "Gebruik een rugsparende techniek (buig je knieën bij het tillen) en oefen met "
                    "gewone, dagelijkse bewegingen. Komen angst of pijn op, laat ze er dan even zijn en "
                    "breng je aandacht terug naar je adem. Pijn voelen betekent niet dat je je rug "
                    "beschadigt. Zit je vast, bespreek het dan met je psycholoog of kinesitherapeut "
                    "(fysiotherapeut).",
        "blank_intro": "Schrijf de bewegingen of activiteiten op waar je voorzichtig mee bent of bang "
                       "voor bent, hoogstens tien. Zet ze in volgorde: 1 = minst angst, 10 = meest angst. "
                       "Geef elke beweging een angstcijfer van 0 (helemaal niet bang) tot 100 (zo bang "
                       "als je je maar kunt voorstellen).",
        "least": "1 = minst angst", "most": "10 = meest angst",
        "examples": "Voorbeelden: %1.",
        "attempt_form": "Een poging (gedragsexperiment)", "date": "Datum en uur:",
        "step": "Stap (beweging):", "before": "Vooraf", "after": "Achteraf",
        "expect_q": "Wat zal er gebeuren, denk je?", "exp_fear": "Hoe bang zul je zijn?",
        "exp_pain": "Hoeveel pijn verwacht je?", "act_fear": "Hoe bang was je?",
        "act_pain": "Hoeveel pijn had je?", "happened_q": "Gebeurde het zoals je verwachtte?",
        "learned_q": "Wat heb je geleerd?",
        "choices": "☐ ja  ·  ☐ gedeeltelijk  ·  ☐ nee",
    },
    "en": {
        "title": "Graded exposure",
        "intro": "Your fear hierarchy: the movements and activities you are careful with or afraid "
                 "of, from least (1) to most fear. You practise them step by step, starting with the "
                 "step you fear least.",
        "rank": "Step", "item": "Movement or activity", "fear": "Fear (0–100)",
        "mastered": "Mastered", "yes_mark": "✓", "current": "Your current step: %1",
        "all_mastered": "Every step on your list is mastered.",
        "empty": "No movements on your list yet.",
        "ratings": "Fear ratings: %1", "real_change": "more than 20 points difference: a real change",
        "attempts_of": "Step %1: %2", "no_attempts_item": "No attempts at this step yet.",
        "when": "When", "expected": "Expected", "actual": "Actual", "as_expected": "As expected?",
        "words": "Expectation and what you learned", "planned": "planned",
        "fear_short": "fear", "pain_short": "pain",
        "expectation": "Expectation:", "learned": "Learned:", "note": "Note:",
        "yes": "yes", "partly": "partly", "no": "no",
        "attempt_chart_title": "Expected and actual, per attempt", "attempt_axis": "Attempt",
        "no_attempts": "No attempts with ratings yet.", "fear_axis": "Fear (0–100)",
        "pain_axis": "Pain (0–10)", "expected_fear": "Expected fear", "actual_fear": "Actual fear",
        "expected_pain": "Expected pain", "actual_pain": "Actual pain",
        "reminder": "Use a back-friendly technique (bend your knees when lifting) and practise with "
                    "ordinary, everyday movements. When fear or pain come up, let them be there for a "
                    "moment and bring your attention back to your breath. Feeling pain does not mean "
                    "you are damaging your back. If you are stuck, talk it over with your psychologist "
                    "or physiotherapist.",
        "blank_intro": "Write down the movements or activities you are careful with or afraid of, at "
                       "most ten. Put them in order: 1 = least fear, 10 = most fear. Give each one a fear "
                       "rating from 0 (not afraid at all) to 100 (as afraid as you can imagine).",
        "least": "1 = least fear", "most": "10 = most fear",
        "examples": "Examples: %1.",
        "attempt_form": "An attempt (behavioural experiment)", "date": "Date and time:",
        "step": "Step (movement):", "before": "Beforehand", "after": "Afterwards",
        "expect_q": "What do you think will happen?", "exp_fear": "How afraid will you be?",
        "exp_pain": "How much pain do you expect?", "act_fear": "How afraid were you?",
        "act_pain": "How much pain did you have?", "happened_q": "Did it happen as you expected?",
        "learned_q": "What did you learn?",
        "choices": "☐ yes  ·  ☐ partly  ·  ☐ no",
    },
}

#: The suggestions in print (same keys as the screen's list, WORKBOOK.md §4 examples).
SUGGESTIONS = {
    "nl": {"bend": "bukken", "lift_crate": "een bak water optillen", "carry_shopping": "boodschappen dragen",
           "hands_above_head": "met de handen boven het hoofd werken", "twist": "draaien met de romp",
           "vacuum": "stofzuigen", "sit_long": "lang stilzitten",
           "bottles_car_boot": "flessen in en uit de koffer van de auto tillen",
           "walk_with_weight": "rondwandelen met een gewicht", "stairs_carrying": "de trap op met iets in je handen"},
    "en": {"bend": "bending", "lift_crate": "lifting a crate of water", "carry_shopping": "carrying the shopping",
           "hands_above_head": "working with your hands above your head", "twist": "twisting your upper body",
           "vacuum": "vacuuming", "sit_long": "sitting still for a long time",
           "bottles_car_boot": "lifting bottles into and out of the car boot",
           "walk_with_weight": "walking around holding a weight",
           "stairs_carrying": "climbing the stairs carrying something"},
}


def title(lang: str) -> str:
    return pick(TEXTS, lang)["title"]


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today=None,
          since: date | None = None) -> list:
    t = pick(TEXTS, lang)
    story = [para(t["title"], "h1")]
    if blank:
        return story + _blank(t, lang, width)
    from ...storage import exposure as repo

    h = repo.load_hierarchy(store, workbook_id)
    story.append(para(t["intro"]))
    if not h.items:
        return story + [para(t["empty"], "note"), PageBreak()]
    step = h.current_step
    story.append(para(t["current"].replace("%1", f"{step.rank}. {step.label}") if step else t["all_mastered"], "h2"))
    rows = [[para(t["rank"], "cellbold"), para(t["item"], "cellbold"), para(t["fear"], "cellbold"),
             para(t["mastered"], "cellbold")]]
    for item in h.items:
        rows.append([para(str(item.rank), "cell"), para(item.label, "cell"),
                     para("—" if item.fear is None else f"{item.fear}/100", "cell"),
                     para(t["yes_mark"] if item.mastered else "", "cell")])
    story += [table(rows, [14 * mm, width - 70 * mm, 30 * mm, 26 * mm]), gap(4), para(t["reminder"], "note")]
    attempts = repo.list_attempts(store, workbook_id)
    by_item: dict[str, list] = {}
    for a in attempts:
        by_item.setdefault(a.item_id, []).append(a)
    for item in h.items:
        story += _item_section(repo, store, item, sorted(by_item.get(item.id, []), key=lambda a: a.when),
                               t, lang, width, since)
    story.append(PageBreak())
    return story


def _item_section(repo, store, item, attempts, t, lang, width, since=None) -> list:
    from ...domain.exposure import last_change

    # keep the heading with its chart: ask for the chart's height (two panels) plus the heading
    out = [CondPageBreak((125 if attempts else 30) * mm), para(t["attempts_of"].replace("%1", str(item.rank)).replace("%2", item.label), "h2")]
    if item.note:
        out.append(para(item.note, "small"))
    history = repo.rating_history(store, item.id)
    if len(history) >= 2:
        text = t["ratings"].replace("%1", ", ".join(f"{r.fear}/100" for r in history))
        change = last_change(history)
        if change is not None and change.is_real:
            text += f" ({t['real_change']})"
        out.append(para(text, "small"))
    if not attempts:
        return out + [para(t["no_attempts_item"], "small")]
    spec = attempt_chart(for_chart(attempts, since), lambda d: short_datetime(d, lang)[:5])
    out.append(chart_drawing(spec, lambda k: t.get(k, k), width))
    out.append(gap(2))
    rows = [[para(t["when"], "cellbold"), para(t["expected"], "cellbold"), para(t["actual"], "cellbold"),
             para(t["as_expected"], "cellbold"), para(t["words"], "cellbold")]]

    def pair(fear, pain):
        f = "—" if fear is None else f"{fear}/100"
        p = "—" if pain is None else f"{pain}/10"
        return f"{t['fear_short']} {f}\n{t['pain_short']} {p}"

    shown, older = split_recent(attempts, lambda a: a.when, since, keep_latest=True)
    for a in shown:
        when = short_datetime(a.when, lang) + ("" if a.completed else f"\n{t['planned']}")
        words = "\n".join(x for x in (
            a.expectation and f"{t['expectation']} {a.expectation}",
            a.learned and f"{t['learned']} {a.learned}",
            a.note and f"{t['note']} {a.note}") if x)
        rows.append([para(when, "cell"), para(pair(a.expected_fear, a.expected_pain), "cell"),
                     para(pair(a.actual_fear, a.actual_pain), "cell"),
                     para(t.get(a.outcome, "") if a.outcome else "", "cell"), para(words, "cell")])
    out.append(table(rows, [30 * mm, 27 * mm, 27 * mm, 24 * mm, width - 108 * mm]))
    return out + older_note(older, lambda a: a.when, lang)


def _blank(t, lang, width) -> list:
    story = [para(t["blank_intro"]),
             para(t["examples"].replace("%1", ", ".join(SUGGESTIONS[lang][k] for k in SUGGESTION_KEYS)), "small"),
             gap(2)]
    rows = [[para(t["rank"], "cellbold"), para(t["item"], "cellbold"), para(t["fear"], "cellbold"),
             para(t["mastered"], "cellbold")]]
    for rank in range(1, MAX_ITEMS + 1):  # WORKBOOK.md §4: at most ten, 1 = least fear
        hint = t["least"] if rank == 1 else t["most"] if rank == MAX_ITEMS else str(rank)
        rows.append([para(hint, "cell"), "", "", para("☐", "cell")])
    form = table(rows, [34 * mm, width - 90 * mm, 30 * mm, 26 * mm], zebra=False,
                 row_heights=[None] + [13 * mm] * MAX_ITEMS)
    story += [form, PageBreak(), para(t["attempt_form"], "h1")]
    blanks = "_" * 28
    story += [para(f"{t['date']} {blanks}"), para(f"{t['step']} {blanks}{blanks}"),
              gap(3), para(t["before"], "h2"), para(t["expect_q"]), writing_lines(4, width), gap(3),
              para(f"{t['exp_fear']} ______ / 100"), para(f"{t['exp_pain']} ______ / 10"),
              gap(4), para(t["after"], "h2"),
              para(f"{t['act_fear']} ______ / 100"), para(f"{t['act_pain']} ______ / 10"),
              gap(2), para(t["happened_q"]), para(t["choices"]),
              gap(2), para(t["learned_q"]), writing_lines(4, width),
              gap(2), para(t["note"]), writing_lines(2, width), PageBreak()]
    return story
