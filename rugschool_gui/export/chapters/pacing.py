"""PDF of the pacing chapter (WORKBOOK.md §2, "Spreading activities"): filled in, or blank.

Filled: the week plan on a landscape page (a grid of days × day parts with kind and must/want
marked), the balance flags of that week with why they matter, then the saved chunk plans with
the same figure the screen draws. Blank: an empty landscape week grid and a chunk-planning form.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak

from ...domain.pacing import DAY_PARTS, DAYS, balance_flags, chunk_comparison
from ..charts import timeline_drawing
from ..document import LANDSCAPE, PORTRAIT, switch_to
from ..styles import gap, para, table
from ..texts import long_date, pick

TEXTS = {
    "nl": {
        "title": "Activiteiten spreiden",
        "intro": "Je weekplanning: elke dag iets, verspreid over de ochtend, de middag en de avond, met "
                 "afwisseling tussen inspanning en rust, lichamelijk en mentaal, moeten en willen.",
        "week": "Week van %1 tot %2",
        "legend": "♥ = willen (iets wat je graag doet), zonder ♥ = moeten · L = lichamelijk, M = mentaal · "
                  "✓ = gedaan · ↔ = een stuk van een gesplitste taak",
        "day_0": "maandag", "day_1": "dinsdag", "day_2": "woensdag", "day_3": "donderdag",
        "day_4": "vrijdag", "day_5": "zaterdag", "day_6": "zondag",
        "part_morning": "Ochtend", "part_afternoon": "Middag", "part_evening": "Avond",
        "physical": "L", "mental": "M", "min": "%1 min",
        "no_plan": "Nog geen weekplanning gemaakt.",
        "flags": "Aandachtspunten", "no_flags": "Er valt niets op: je planning ziet er evenwichtig uit.",
        "flag_no_want_day": "Op %1 staat niets wat je graag doet.",
        "flag_heavy_part": "De %2 van %1 is veel zwaarder dan de rest van de dag.",
        "flag_long_physical": "Lang lichamelijk bezig zonder pauze: %1, %2.",
        "flag_piled_up": "Bijna alles staat op één of twee dagen.",
        "flag_same_kind": "Op %1 lang na elkaar hetzelfde soort activiteit.",
        "why_no_want_day": "Wat je graag doet, geeft energie voor de rest.",
        "why_heavy_part": "Spreid over de ochtend, de middag en de avond: een piek wordt vaak een dal.",
        "why_long_physical": "Werk in blokken met een geplande pauze.",
        "why_piled_up": "Doe elke dag iets, en niet alles op een goede dag.",
        "why_same_kind": "Wissel lichamelijke en mentale activiteiten af.",
        "chunks": "Werken met pauzes",
        "chunks_intro": "Dezelfde klus in blokken met pauzes, tegenover alles in één keer en dan bekomen.",
        "chunk_line": "%1: %2 werk in blokken van %3 met %4 pauze = %5. In één keer en dan %6 bekomen = %7.",
        "chunked": "In blokken met pauzes", "all_at_once": "Alles in één keer, dan bekomen",
        "blank_intro": "Schrijf per dag en per dagdeel op wat je plant. Spreid over de week, wissel af, en "
                       "plan elke dag ook iets wat je graag doet (zet er een ♥ bij).",
        "week_of": "Week van: ____________________",
        "chunk_form": "Een klus in blokken",
        "task": "Klus:", "work_total": "Werk in totaal: ______ min", "chunk": "Blokken van: ______ min",
        "pause": "Pauze tussen de blokken: ______ min",
        "block": "Blok", "work": "Werk (min)", "break": "Pauze (min)", "done": "Gedaan",
        "sum_chunked": "Samen, in blokken met pauzes: ______ min",
        "sum_at_once": "In één keer: ______ min werk + ______ min bekomen = ______ min",
    },
    "en": {
        "title": "Activity pacing",
        "intro": "Your week plan: something every day, spread over the morning, the afternoon and the "
                 "evening, alternating effort and rest, physical and mental, must-do and want-to-do.",
        "week": "Week of %1 to %2",
        "legend": "♥ = want-to-do (something you enjoy), without ♥ = must-do · P = physical, M = mental · "
                  "✓ = done · ↔ = a piece of a split task",
        "day_0": "Monday", "day_1": "Tuesday", "day_2": "Wednesday", "day_3": "Thursday",
        "day_4": "Friday", "day_5": "Saturday", "day_6": "Sunday",
        "part_morning": "Morning", "part_afternoon": "Afternoon", "part_evening": "Evening",
        "physical": "P", "mental": "M", "min": "%1 min",
        "no_plan": "No week plan made yet.",
        "flags": "Points to look at", "no_flags": "Nothing stands out: your plan looks balanced.",
        "flag_no_want_day": "Nothing you enjoy is planned on %1.",
        "flag_heavy_part": "The %2 of %1 is much heavier than the rest of the day.",
        "flag_long_physical": "Physically busy for a long time without a break: %1, %2.",
        "flag_piled_up": "Almost everything is on one or two days.",
        "flag_same_kind": "A long run of the same kind of activity on %1.",
        "why_no_want_day": "What you enjoy gives you energy for the rest.",
        "why_heavy_part": "Spread over the morning, afternoon and evening: a peak often becomes a trough.",
        "why_long_physical": "Work in blocks with a planned break.",
        "why_piled_up": "Do something every day, and not everything on a good day.",
        "why_same_kind": "Alternate physical and mental activities.",
        "chunks": "Working with breaks",
        "chunks_intro": "The same task in blocks with breaks, against all at once and then recovering.",
        "chunk_line": "%1: %2 of work in blocks of %3 with %4 breaks = %5. All at once and then %6 recovering = %7.",
        "chunked": "In blocks with breaks", "all_at_once": "All at once, then recovering",
        "blank_intro": "Write down what you plan for each day and day part. Spread over the week, "
                       "alternate, and plan something you enjoy every day too (mark it with a ♥).",
        "week_of": "Week of: ____________________",
        "chunk_form": "A task in blocks",
        "task": "Task:", "work_total": "Work in total: ______ min", "chunk": "Blocks of: ______ min",
        "pause": "Break between the blocks: ______ min",
        "block": "Block", "work": "Work (min)", "break": "Break (min)", "done": "Done",
        "sum_chunked": "In total, in blocks with breaks: ______ min",
        "sum_at_once": "All at once: ______ min of work + ______ min recovering = ______ min",
    },
}

BLANK_CHUNK_ROWS = 8
#: the week grid needs the width of a landscape page (the PDF switches before this chapter)
FIRST_PAGE = LANDSCAPE


def title(lang: str) -> str:
    return pick(TEXTS, lang)["title"]


def _grid(t, width: float, cell_texts: dict[tuple[int, str], str], monday: date | None, row_height=None):
    first_col = 22 * mm
    col = (width - first_col) / DAYS
    header = [para("", "cellbold")]
    for d in range(DAYS):
        label = t[f"day_{d}"].capitalize()
        if monday is not None:
            day = monday + timedelta(days=d)
            label += f"\n{day.day}/{day.month}"
        header.append(para(label, "cellbold"))
    rows = [header]
    for part in DAY_PARTS:
        rows.append([para(t[f"part_{part}"], "cellbold")] +
                    [para(cell_texts.get((d, part), ""), "cell") for d in range(DAYS)])
    heights = None if row_height is None else [None] + [row_height] * len(DAY_PARTS)
    grid = table(rows, [first_col] + [col] * DAYS, zebra=False, row_heights=heights)
    from reportlab.platypus import TableStyle

    from ..styles import RULE

    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE)]))
    return grid


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    t = pick(TEXTS, lang)
    from reportlab.lib.pagesizes import A4, landscape

    from ..document import MARGIN

    wide = landscape(A4)[0] - 2 * MARGIN
    story = [para(t["title"], "h1")]
    if blank:
        return story + _blank(t, wide, width)
    from ...storage import pacing as repo

    today = today or date.today()
    story.append(para(t["intro"]))
    monday = repo.latest_planned_week(store, workbook_id, today)
    if monday is None:
        story.append(para(t["no_plan"], "note"))
    else:
        acts = repo.list_week(store, workbook_id, monday)
        texts: dict[tuple[int, str], list[str]] = {}
        for a in acts:
            mark = ("✓ " if a.done else "") + ("♥ " if a.motive == "want" else "") + ("↔ " if a.task_id else "")
            texts.setdefault((a.day, a.part), []).append(
                f"{mark}{a.name}\n{t['min'].replace('%1', str(a.minutes))} · {t[a.kind]}")
        story += [para(t["week"].replace("%1", long_date(monday, lang)).replace(
                      "%2", long_date(monday + timedelta(days=6), lang)), "h2"),
                  _grid(t, wide, {k: "\n".join(v) for k, v in texts.items()}, monday), gap(1),
                  para(t["legend"], "small")]
        dismissed = repo.dismissed_flags(store, workbook_id, monday)
        flags = [f for f in balance_flags(acts) if f.id not in dismissed]
        story.append(para(t["flags"], "h2"))
        if not flags:
            story.append(para(t["no_flags"]))
        for f in flags:
            day = t[f"day_{f.day}"] if f.day is not None else ""
            part = t[f"part_{f.part}"].lower() if f.part else ""
            story.append(para("• " + t[f"flag_{f.key}"].replace("%1", day).replace("%2", part)
                              + " " + t[f"why_{f.key}"]))
    story += [switch_to(PORTRAIT), PageBreak()]
    plans = repo.list_chunk_plans(store, workbook_id)
    if plans:
        story += [para(t["chunks"], "h1"), para(t["chunks_intro"])]
        minutes = lambda m: t["min"].replace("%1", str(int(m)) if float(m).is_integer() else f"{m:.1f}")  # noqa: E731
        for plan in plans:
            chunked, at_once = chunk_comparison(plan)
            story.append(KeepTogether([
                para(t["chunk_line"].replace("%1", plan.name).replace("%2", minutes(plan.work)).replace(
                    "%3", minutes(plan.chunk)).replace("%4", minutes(plan.pause)).replace(
                    "%5", minutes(chunked.total)).replace("%6", minutes(plan.recovery)).replace(
                    "%7", minutes(at_once.total))),
                timeline_drawing((chunked, at_once), lambda k: t[k], minutes, width), gap(4)]))
        story.append(PageBreak())
    return story


def _blank(t, wide: float, width: float) -> list:
    story = [para(t["blank_intro"]), para(t["week_of"]), _grid(t, wide, {}, None, row_height=38 * mm),
             gap(1), para(t["legend"], "small"), switch_to(PORTRAIT), PageBreak(),
             para(t["chunk_form"], "h1"), para(t["chunks_intro"]), gap(2),
             para(f"{t['task']} {'_' * 40}"), para(t["work_total"]), para(t["chunk"]), para(t["pause"]), gap(3)]
    rows = [[para(h, "cellbold") for h in (t["block"], t["work"], t["break"], t["done"])]]
    rows += [[para(str(i), "cell"), "", "", para("☐", "cell")] for i in range(1, BLANK_CHUNK_ROWS + 1)]
    story += [table(rows, [20 * mm, 45 * mm, 45 * mm, width - 110 * mm], zebra=False,
                    row_heights=[None] + [9 * mm] * BLANK_CHUNK_ROWS), gap(4),
              para(t["sum_chunked"]), para(t["sum_at_once"]), PageBreak()]
    return story
