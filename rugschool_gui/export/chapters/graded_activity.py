"""PDF of the graded activity chapter (WORKBOOK.md §5): filled in, or as a blank worksheet.

Filled: the running (or draft) plan — activity, measurements, baseline, start, goal, weeks,
increment — its chart (the shared spec, drawn by reportlab), the schedule week by week, the
session log and the stagnation reflection; then earlier plans. Blank: the form with three
measurement lines, the calculation boxes, an empty schedule and a chart grid to draw in.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Table, TableStyle

from ...domain.graded_activity import (
    BASELINE_COUNT, DRAFT, MIN_SESSIONS_PER_WEEK, REDUCTION_DEFAULT, REDUCTION_MAX, REDUCTION_MIN, Plan,
    display_amount, week_of, week_results,
)
from ...domain.graded_activity_chart import schedule_chart
from ..charts import blank_grid, chart_drawing
from ..fonts import REGULAR
from ..history import older_note
from ..styles import INK, gap, para, table
from ..texts import long_date, pick, short_date

TEXTS = {
    "nl": {
        "title": "Stapsgewijze opbouw",
        "intro": "Eén activiteit weer opbouwen: je meet waar je nu staat, begint een stuk daaronder en "
                 "doet elke week een beetje meer, volgens een vast schema en niet volgens de pijn.",
        "no_plan": "Nog geen plan gemaakt.",
        "plan": "Je plan: %1", "draft": "in voorbereiding", "earlier": "Eerder plan: %1 (%2)",
        "finished": "afgerond", "abandoned": "stopgezet", "active": "bezig",
        "activity": "Activiteit", "unit": "Gemeten in", "measurements": "Metingen",
        "baseline": "Basisniveau", "start": "Startniveau", "goal": "Doel", "weeks": "Aantal weken",
        "increment": "Per week erbij", "per_week": "Keer per week", "start_on": "Startdatum",
        "recomputed": "Herberekend", "ended": "Beëindigd",
        "baseline_calc": "(%1) / 3 = %2", "start_calc": "%1 − %2 % = %3",
        "increment_calc": "(%1 − %2) / %3 = %4",
        "recompute_line": "vanaf %1: van %2 naar %3 in %4 weken",
        "missing": "nog %1 nodig",
        "minutes": "minuten", "repetitions": "herhalingen", "metres": "meter",
        "suffix_minutes": " min", "suffix_repetitions": " herhalingen", "suffix_metres": " m",
        "schedule": "Je schema per week", "week": "Week", "from": "Vanaf", "agreed": "Afgesproken",
        "done": "Gedaan", "met": "Gehaald", "times": "%1 van %2 keer", "now": "nu",
        "log": "Je oefeningen", "date": "Datum", "pain": "Pijn", "note": "Notitie",
        "no_sessions": "Nog geen oefeningen genoteerd.",
        "reflection": "Wat in de weg zat", "inside": "Vanbinnen:", "outside": "Van buitenaf:",
        "realistic": "Haalbaar?",
        "schedule_chart_title": "Je schema en je oefeningen", "week_axis": "Week",
        "no_schedule": "Nog geen schema.", "minutes_axis": "Minuten", "repetitions_axis": "Herhalingen",
        "metres_axis": "Meter", "planned": "Gepland per week", "baseline_key": "Basisniveau",
        "sessions": "Jouw oefeningen",
        "reminder": "Je volgt het schema, niet de pijn: op een slechte dag doe je de afgesproken "
                    "hoeveelheid rustiger of verdeeld over de dag, op een goede dag doe je niet meer. "
                    "Spierpijn in het begin is normaal. Pijn die na een paar dagen niet weggaat: neem "
                    "contact op met je huisarts. Loopt het twee weken na elkaar niet, kijk dan wat in de "
                    "weg zat en pas je schema aan; blijf je vastzitten, vraag dan hulp.",
        "blank_intro": "Kies één activiteit die je kunt meten, in minuten of in herhalingen. Meet ze "
                       "drie keer: ga telkens door tot de pijn te veel wordt en noteer hoeveel je deed.",
        "b_step1": "1. Je activiteit", "b_activity": "Activiteit:",
        "b_unit": "Gemeten in:  ☐ minuten   ☐ herhalingen   ☐ meter",
        "b_measure": "2. Drie metingen", "b_nr": "Meting", "b_amount": "Hoeveel",
        "b_calc": "3. Je berekening",
        "b_baseline": "Basisniveau = (meting 1 + meting 2 + meting 3) / 3",
        "b_start": "Startniveau = basisniveau − ____ % (tussen %1 en %2 %, meestal %3 %)",
        "b_goal": "Doel (of tussendoel)", "b_weeks": "Aantal weken",
        "b_per_week": "Keer per week (minstens %1 keer)",
        "b_increment": "Per week erbij = (doel − startniveau) / aantal weken",
        "b_schedule": "4. Je schema", "b_chart_title": "5. Je grafiek",
        "b_chart": "Teken per week wat je plant en zet een stip voor elke oefening. Trek een lijn op "
                   "de hoogte van je basisniveau.",
        "b_amount_axis": "Hoeveelheid",
    },
    "en": {
        "title": "Graded activity",
        "intro": "Rebuilding one activity: you measure where you stand now, start some way below it and "
                 "do a little more each week, following a fixed schedule rather than the pain.",
        "no_plan": "No plan made yet.",
        "plan": "Your plan: %1", "draft": "being prepared", "earlier": "Earlier plan: %1 (%2)",
        "finished": "finished", "abandoned": "stopped", "active": "running",
        "activity": "Activity", "unit": "Measured in", "measurements": "Measurements",
        "baseline": "Baseline", "start": "Start level", "goal": "Goal", "weeks": "Number of weeks",
        "increment": "Added each week", "per_week": "Times a week", "start_on": "Start date",
        "recomputed": "Recomputed", "ended": "Ended",
        "baseline_calc": "(%1) / 3 = %2", "start_calc": "%1 − %2 % = %3",
        "increment_calc": "(%1 − %2) / %3 = %4",
        "recompute_line": "from %1: from %2 to %3 in %4 weeks",
        "missing": "%1 more needed",
        "minutes": "minutes", "repetitions": "repetitions", "metres": "metres",
        "suffix_minutes": " min", "suffix_repetitions": " repetitions", "suffix_metres": " m",
        "schedule": "Your schedule week by week", "week": "Week", "from": "From", "agreed": "Agreed",
        "done": "Done", "met": "Met", "times": "%1 of %2 times", "now": "now",
        "log": "Your sessions", "date": "Date", "pain": "Pain", "note": "Note",
        "no_sessions": "No sessions logged yet.",
        "reflection": "What got in the way", "inside": "From within:", "outside": "From outside:",
        "realistic": "Realistic?",
        "schedule_chart_title": "Your schedule and your sessions", "week_axis": "Week",
        "no_schedule": "No schedule yet.", "minutes_axis": "Minutes", "repetitions_axis": "Repetitions",
        "metres_axis": "Metres", "planned": "Planned per week", "baseline_key": "Baseline",
        "sessions": "Your sessions",
        "reminder": "You follow the schedule, not the pain: on a bad day do the agreed amount more "
                    "slowly or spread over the day, on a good day do not do more. Muscle soreness at the "
                    "start is normal. Pain that does not go away after a few days: contact your GP. If "
                    "two weeks in a row did not work out, look at what got in the way and adjust your "
                    "schedule; if you stay stuck, ask for help.",
        "blank_intro": "Choose one activity you can measure, in minutes or repetitions. Measure it "
                       "three times: each time, keep going until the pain gets too much and write "
                       "down how much you did.",
        "b_step1": "1. Your activity", "b_activity": "Activity:",
        "b_unit": "Measured in:  ☐ minutes   ☐ repetitions   ☐ metres",
        "b_measure": "2. Three measurements", "b_nr": "Measurement", "b_amount": "How much",
        "b_calc": "3. Your calculation",
        "b_baseline": "Baseline = (measurement 1 + measurement 2 + measurement 3) / 3",
        "b_start": "Start level = baseline − ____ % (between %1 and %2 %, usually %3 %)",
        "b_goal": "Goal (or intermediate goal)", "b_weeks": "Number of weeks",
        "b_per_week": "Times a week (at least %1 times)",
        "b_increment": "Added each week = (goal − start level) / number of weeks",
        "b_schedule": "4. Your schedule", "b_chart_title": "5. Your chart",
        "b_chart": "Draw what you plan each week and put a dot for every session. Draw a line at the "
                   "height of your baseline.",
        "b_amount_axis": "Amount",
    },
}

BLANK_WEEKS = 12  # rows and columns of the blank schedule and grid: weeks 0..12


def title(lang: str) -> str:
    return pick(TEXTS, lang)["title"]


def _number(value: float, lang: str) -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


class _Words:
    """Amounts and dates in one language and unit."""

    def __init__(self, t: dict, lang: str, unit: str) -> None:
        self.t, self.lang, self.unit = t, lang, unit

    def amount(self, value: float) -> str:
        return str(display_amount(value)) + self.t[f"suffix_{self.unit}"]

    def exact(self, value: float) -> str:
        return _number(round(value, 1), self.lang) + self.t[f"suffix_{self.unit}"]

    def day(self, d: date) -> str:
        return long_date(d, self.lang)

    def short_day(self, d: date) -> str:
        return short_date(d, self.lang)


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    t = pick(TEXTS, lang)
    story = [para(t["title"], "h1")]
    if blank:
        return story + _blank(t, lang, width)
    from ...storage import graded_activity as repo

    today = today or date.today()
    story.append(para(t["intro"]))
    plan = repo.open_plan(store, workbook_id)
    earlier = [p for p in repo.plan_history(store, workbook_id) if p.versions]
    if plan is None and not earlier:
        return story + [para(t["no_plan"], "note"), PageBreak()]
    if plan is not None:
        story += _plan_section(repo, store, plan, t, lang, width, today, current=True)
    for p in earlier:
        story += _plan_section(repo, store, p, t, lang, width, today, current=False, since=since)
    story.append(PageBreak())
    return story


def _plan_section(repo, store, plan: Plan, t, lang, width, today, *, current: bool,
                  since: date | None = None) -> list:
    w = _Words(t, lang, plan.unit)
    name = plan.activity or "—"
    if current:
        heading = t["plan"].replace("%1", name) + (f" ({t['draft']})" if plan.status == DRAFT else "")
    else:
        heading = t["earlier"].replace("%1", name).replace("%2", t.get(plan.status, plan.status))
    out = [CondPageBreak(60 * mm), para(heading, "h2"), _facts(plan, t, w, width)]
    if not plan.versions:
        return out
    sessions = repo.list_sessions(store, plan.id)
    end = plan.ended_on or today
    spec = schedule_chart(plan.versions, sessions, end, f"{plan.unit}_axis")
    labels = {**t, "baseline": t["baseline_key"]}
    out += [gap(3), chart_drawing(spec, lambda k: labels.get(k, k), width), gap(2)]
    if not current and since is not None and end < since:  # an old plan: its chart, not every session
        out += older_note(sessions, lambda s: s.day, lang)
    else:
        out += _schedule(plan, sessions, t, w, width, end if current else None)
        out += _log(plan, sessions, t, w, width)
    reflection = [(t["inside"], plan.barriers_inside), (t["outside"], plan.barriers_outside),
                  (t["realistic"], plan.realistic)]
    if any(text for _label, text in reflection):
        out.append(para(t["reflection"], "h2"))
        out += [para(f"{label} {text}") for label, text in reflection if text]
    if current:
        out += [gap(2), para(t["reminder"], "note")]
    return out


def _facts(plan: Plan, t, w: _Words, width) -> object:
    first = min(plan.versions, key=lambda v: v.start_on) if plan.versions else None
    filled = [m for m in plan.measurements if m is not None]
    measured = "; ".join(f"{w.short_day(m.day)}: {w.amount(m.amount)}" for m in filled)
    missing = BASELINE_COUNT - len(filled)
    if missing:
        measured = (measured + "; " if measured else "") + t["missing"].replace("%1", str(missing))
    rows = [[para(t["activity"], "cellbold"), para(plan.activity or "—", "cell")],
            [para(t["unit"], "cellbold"), para(t[plan.unit], "cell")],
            [para(t["measurements"], "cellbold"), para(measured, "cell")]]
    if first is not None:
        s0, now = first.schedule, plan.current.schedule
        amounts = " + ".join(_number(m.amount, w.lang) for m in filled)
        rows += [
            [para(t["baseline"], "cellbold"),
             para(t["baseline_calc"].replace("%1", amounts).replace("%2", w.exact(s0.baseline)), "cell")],
            [para(t["start"], "cellbold"), para(t["start_calc"].replace("%1", w.exact(s0.baseline)).replace(
                "%2", str(round((s0.reduction or REDUCTION_DEFAULT) * 100))).replace("%3", w.amount(s0.start)), "cell")],
            [para(t["goal"], "cellbold"), para(w.amount(now.goal), "cell")],
            [para(t["weeks"], "cellbold"), para(str(now.weeks), "cell")],
            [para(t["increment"], "cellbold"), para(t["increment_calc"].replace("%1", _number(now.goal, w.lang)).replace(
                "%2", _number(round(now.start, 1), w.lang)).replace("%3", str(now.weeks)).replace(
                "%4", w.exact(now.increment)), "cell")],
            [para(t["per_week"], "cellbold"), para(str(plan.sessions_per_week), "cell")],
            [para(t["start_on"], "cellbold"), para(w.day(first.start_on), "cell")],
        ]
        for v in plan.versions[1:]:
            rows.append([para(t["recomputed"], "cellbold"), para(t["recompute_line"].replace(
                "%1", w.day(v.start_on)).replace("%2", w.amount(v.schedule.start)).replace(
                "%3", w.amount(v.schedule.goal)).replace("%4", str(v.schedule.weeks)), "cell")])
    else:
        rows += [[para(t["goal"], "cellbold"), para(w.amount(plan.goal) if plan.goal else "—", "cell")],
                 [para(t["weeks"], "cellbold"), para(str(plan.weeks or "—"), "cell")]]
    if plan.ended_on:
        rows.append([para(t["ended"], "cellbold"), para(w.day(plan.ended_on), "cell")])
    return table(rows, [42 * mm, width - 42 * mm], header=False)


def _schedule(plan: Plan, sessions, t, w: _Words, width, today: date | None) -> list:
    version = plan.current
    schedule = version.schedule
    until = plan.ended_on or today or (version.start_on + timedelta(days=7 * schedule.weeks))
    results = {r.week: r for r in week_results(schedule, version.start_on, sessions, plan.sessions_per_week, until)}
    current = week_of(version.start_on, today) if today else None
    last = max([schedule.weeks] + list(results))
    rows = [[para(h, "cellbold") for h in (t["week"], t["from"], t["agreed"], t["done"], t["met"])]]
    for week in range(last + 1):
        r = results.get(week)
        running = week == current
        rows.append([para(f"{week}" + (f" ({t['now']})" if running else ""), "cell"),
                     para(w.short_day(version.start_on + timedelta(days=7 * week)), "cell"),
                     para(w.amount(schedule.quota(week)), "cell"),
                     para(t["times"].replace("%1", str(r.sessions)).replace("%2", str(r.required)) if r else "", "cell"),
                     para("" if r is None or running else ("✓" if r.met else "—"), "cell")])
    return [CondPageBreak(35 * mm), para(t["schedule"], "h2"), table(rows, [22 * mm, 30 * mm, 30 * mm, 34 * mm, width - 116 * mm])]


def _log(plan: Plan, sessions, t, w: _Words, width) -> list:
    out = [CondPageBreak(35 * mm), para(t["log"], "h2")]
    if not sessions:
        return out + [para(t["no_sessions"], "small")]
    version = plan.current
    rows = [[para(h, "cellbold") for h in (t["date"], t["done"], t["agreed"], t["pain"], t["note"])]]
    for s in sessions:
        quota = version.schedule.quota(week_of(version.start_on, s.day))
        rows.append([para(w.short_day(s.day), "cell"), para(w.amount(s.amount), "cell"),
                     para(w.amount(quota), "cell"), para("" if s.pain is None else f"{s.pain}/10", "cell"),
                     para(s.note, "cell")])
    return out + [table(rows, [26 * mm, 22 * mm, 30 * mm, 16 * mm, width - 94 * mm])]


def _blank(t, lang, width) -> list:
    story = [para(t["blank_intro"]), para(t["b_step1"], "h2"),
             para(f"{t['b_activity']} {'_' * 40}"), para(t["b_unit"]), para(t["b_measure"], "h2")]
    rows = [[para(t["b_nr"], "cellbold"), para(t["date"], "cellbold"), para(t["b_amount"], "cellbold")]]
    rows += [[para(str(i), "cell"), "", ""] for i in range(1, BASELINE_COUNT + 1)]  # §5: three
    story += [table(rows, [26 * mm, 60 * mm, width - 86 * mm], zebra=False,
                    row_heights=[None] + [10 * mm] * BASELINE_COUNT), para(t["b_calc"], "h2")]
    percent = {"%1": REDUCTION_MIN, "%2": REDUCTION_MAX, "%3": REDUCTION_DEFAULT}  # §5: 20–30 %, 25 %
    start = t["b_start"]
    for key, value in percent.items():
        start = start.replace(key, str(round(value * 100)))
    labels = [t["b_baseline"], start, t["b_goal"], t["b_weeks"],
              t["b_per_week"].replace("%1", str(MIN_SESSIONS_PER_WEEK)), t["b_increment"]]
    story += [_boxes(labels, width), CondPageBreak(150 * mm), para(t["b_schedule"], "h2")]
    rows = [[para(h, "cellbold") for h in (t["week"], t["from"], t["agreed"], t["done"])]]
    rows += [[para(str(week), "cell"), "", "", para("☐ ☐ ☐ ☐ ☐", "cell")] for week in range(BLANK_WEEKS + 1)]
    story.append(table(rows, [20 * mm, 40 * mm, 40 * mm, width - 100 * mm], zebra=False,
                       row_heights=[None] + [8 * mm] * (BLANK_WEEKS + 1)))
    story += [KeepTogether([para(t["b_chart_title"], "h2"), para(t["b_chart"], "small"), gap(1),
                            blank_grid(width, 80 * mm, BLANK_WEEKS + 1, 10, t["week_axis"], t["b_amount_axis"])]),
              gap(2), para(t["reminder"], "note"), PageBreak()]
    return story


def _boxes(labels: list[str], width: float) -> Table:
    """Calculation lines with an empty box on the right to write the answer in."""
    box_w = 38 * mm
    t = Table([[para(label, "cell"), ""] for label in labels], colWidths=[width - box_w - 4 * mm, box_w],
              rowHeights=[11 * mm] * len(labels), hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("BOX", (1, 0), (1, -1), 0.8, INK),
                           ("INNERGRID", (1, 0), (1, -1), 0.8, INK),
                           ("BACKGROUND", (1, 0), (1, -1), colors.white)]))
    return t
