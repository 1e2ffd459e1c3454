"""PDF of the graded activity chapter (WORKBOOK.md §5): filled in, or as a blank worksheet.

Filled: the running (or draft) plan — activity, measurements, baseline, start, goal, weeks,
increment — its chart (the shared spec, drawn by reportlab), the schedule week by week, the
session log and the stagnation reflection; then earlier plans. Blank, a sheet each: the form with
three measurement lines and the calculation boxes; an empty schedule with a chart grid to draw
in; a session log; and "what got in the way" for when the quota is missed (§5, stagnation).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table, TableStyle

from ...domain.graded_activity import (
    BASELINE_COUNT,
    DRAFT,
    MIN_SESSIONS_PER_WEEK,
    REDUCTION_DEFAULT,
    REDUCTION_MAX,
    REDUCTION_MIN,
    Plan,
    Session,
    human_week,
)
from ...domain.graded_activity_chart import schedule_chart
from ...domain.graded_activity_reading import display_amount, percent
from ...domain.graded_activity_weeks import schedule_rows, week_results
from ...wording import graded_activity as wording
from ...wording.graded_activity import words
from ..charts import blank_grid, chart_drawing
from ..fonts import REGULAR
from ..history import split_recent
from ..printout import Printout
from ..sheets import rule_lines, sheet
from ..styles import INK, gap, heading, keep, long_table, para, table

BLANK_WEEKS = 12  # rows and columns of the blank schedule and grid: weeks 0..12
BLANK_SESSIONS = 16  # lines of the blank session log (about five weeks at three a week)


def title(lang: str) -> str:
    return words("title", lang)


def about(lang: str) -> tuple[str, str]:
    return words("paper.about", lang), words("paper.begin", lang)


def _number(value: float, lang: str) -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def one_decimal(value: float) -> float:
    """``value`` to one decimal, a half rounded up as a person does (16,25 → 16,3): the same
    number in every line of the working, text and formula alike."""
    exact = Decimal(repr(round(value, 9))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return float(exact)


class _Words:
    """Sentences, amounts and dates in one language and unit."""

    def __init__(self, p: Printout, unit: str = "minutes") -> None:
        self.p, self.lang, self.unit = p, p.lang, unit

    def __call__(self, key: str, **values: object) -> str:
        return words(key, self.lang, **values)

    def amount(self, value: float) -> str:
        return str(display_amount(value)) + wording.unit_suffix(self.unit, self.lang)

    def exact(self, value: float) -> str:
        return _number(one_decimal(value), self.lang) + wording.unit_suffix(self.unit, self.lang)

    def number(self, value: float) -> str:
        return _number(value, self.lang)

    def day(self, d: date) -> str:
        return self.p.day(d)

    def reminders(self) -> list:
        """The reminders as the page shows them: a heading and one box of bullets."""
        lines = "\n".join("• " + line for line in wording.reminders(self.lang))
        return [para(self("reminders_heading"), "h2"), para(lines, "note")]


def build(store, workbook_id, p: Printout) -> list | None:
    w = _Words(p)
    if p.blank:
        return _blank(w, p)
    from ...storage import graded_activity as repo

    plan = repo.open_plan(store, workbook_id)
    earlier = [x for x in repo.plan_history(store, workbook_id) if x.versions]
    if plan is None and not earlier:
        return None
    story = [heading(w("title"), 0), para(w("intro"))]
    if plan is not None:
        story += _plan_section(repo, store, plan, p, current=True)
    for x in earlier:
        story += _plan_section(repo, store, x, p, current=False)
    return story


def _plan_section(repo, store, plan: Plan, p: Printout, *, current: bool) -> list:
    w = _Words(p, plan.unit)
    name = plan.activity or "—"
    status = wording.status_name(plan.status, p.lang)
    if current:
        text = w("pdf.plan_draft", activity=name, status=status) if plan.status == DRAFT else w("pdf.plan", activity=name)
    else:
        text = w("pdf.earlier", activity=name, status=status)
    out = [heading(text, 1), _facts(plan, w, p.width)]
    if not plan.versions:
        return out
    sessions = repo.list_sessions(store, plan.id)
    end = plan.ended_on or p.today
    spec = schedule_chart(plan.versions, sessions, end, f"{plan.unit}_axis",
                          start_label=wording.chart_label("start_short", p.lang))
    out += [gap(3), keep(chart_drawing(spec, lambda k: wording.chart_label(k, p.lang), p.width)), keep(gap(2))]
    if not current and p.since is not None and end < p.since:  # an old plan: its chart, not every session
        out += p.older_note(sessions, lambda s: s.day)
    else:
        out += _schedule(plan, sessions, w, p.width, end if current else None)
        out += _log(plan, sessions, w, p)
    reflection = [(w("pdf.inside"), plan.barriers_inside), (w("pdf.outside"), plan.barriers_outside),
                  (w("pdf.realistic"), plan.realistic)]
    if any(text for _label, text in reflection):
        out.append(para(w("pdf.reflection"), "h2"))
        out += [para(f"{label} {text}") for label, text in reflection if text]
    if current:
        out += [gap(2), *w.reminders()]
    return out


def _facts(plan: Plan, w: _Words, width) -> object:
    filled = plan.filled_measurements
    measured = "; ".join(f"{w.day(m.day)}: {w.amount(m.amount)}" for m in filled)
    if plan.missing_measurements:
        needed = wording.measurements_needed(plan.missing_measurements, w.lang)
        measured = (measured + "; " if measured else "") + needed

    def row(key: str, text: str) -> list:
        return [para(w(key), "cellbold"), para(text, "cell")]

    rows = [row("pdf.activity", plan.activity or "—"), row("pdf.unit", wording.unit_name(plan.unit, w.lang)),
            row("pdf.measurements", measured)]
    first, now = plan.first, plan.current
    if first is not None and now is not None:
        s0, s = first.schedule, now.schedule
        # one start number in the text and in the formula (issue #19: not "16" beside "16,2")
        rows += [
            row("pdf.baseline", w("baseline_calc", amounts=" + ".join(w.number(m.amount) for m in filled),
                                  count=BASELINE_COUNT, baseline=w.exact(s0.baseline))),
            row("pdf.start", w("start_calc", baseline=w.exact(s0.baseline),
                               percent=percent(s0.reduction or REDUCTION_DEFAULT), start=w.exact(s0.start))),
            row("pdf.goal", w.amount(s.goal)),
            row("pdf.weeks", str(s.weeks)),
            row("pdf.increment", w("pdf.increment_calc", goal=w.number(s.goal), start=w.number(one_decimal(s.start)),
                                   weeks=s.weeks, increment=w.exact(s.increment))),
            row("pdf.per_week", str(plan.sessions_per_week)),
            row("pdf.start_on", w.day(first.start_on)),
        ]
        rows += [row("pdf.recomputed", w("pdf.recompute_line", day=w.day(v.start_on), start=w.exact(v.schedule.start),
                                         goal=w.amount(v.schedule.goal), weeks=v.schedule.weeks))
                 for v in plan.versions[1:]]
    else:
        rows += [row("pdf.goal", w.amount(plan.goal) if plan.goal else "—"),
                 row("pdf.weeks", str(plan.weeks or "—"))]
    if plan.ended_on:
        rows.append(row("pdf.ended", w.day(plan.ended_on)))
    return table(rows, [42 * mm, width - 42 * mm], header=False)


def _schedule(plan: Plan, sessions: list[Session], w: _Words, width, today: date | None) -> list:
    version = plan.current
    assert version is not None
    until = plan.ended_on or today or version.end_day
    results = week_results(version.schedule, version.start_on, sessions, plan.sessions_per_week, until)
    current = version.week_of(today) if today else None
    # the screen's columns and counts (ui/chapters/graded_activity/schedule_table.py): weeks as
    # people count them, sessions done, and how often the quota was reached of those agreed
    rows = [[para(w(key), "cellbold") for key in ("col.week", "col.from", "col.agreed", "col.sessions",
                                                  "col.as_agreed")]]
    for r in schedule_rows(version, results, current):
        label = wording.week_name(human_week(r.week), w.lang) + (f" ({w('now')})" if r.current else "")
        res = r.result
        done_count = wording.count_times(res.sessions, w.lang) if res else ""
        if res is None:
            agreed = ""
        elif r.current:
            agreed = w("times", done=res.at_quota, required=res.required) + " · " + w("running")
        else:
            agreed = w("as_agreed_met" if r.met else "times", done=res.at_quota, required=res.required)
        rows.append([para(label, "cell"), para(w.day(r.first_day), "cell"), para(w.amount(r.quota), "cell"),
                     para(done_count, "cell"), para(agreed, "cell")])
    return [para(w("schedule_heading"), "h2"),
            table(rows, [22 * mm, 38 * mm, 30 * mm, 34 * mm, width - 124 * mm])]


def _log(plan: Plan, sessions: list[Session], w: _Words, p: Printout) -> list:
    out = [para(w("log_heading"), "h2")]
    if not sessions:
        return out + [para(w("pdf.no_sessions"), "small")]
    version = plan.current
    assert version is not None
    header = [para(w(key), "cellbold") for key in ("col.date", "col.done", "col.agreed", "col.pain", "col.note")]
    shown, older = split_recent(sessions, lambda s: s.day, p.since)

    def row(s: Session) -> list:
        return [para(w.day(s.day), "cell"), para(w.amount(s.amount), "cell"),
                para(w.amount(version.quota_on(s.day)), "cell"),
                para("" if s.pain is None else f"{s.pain}/10", "cell"), para(s.note, "cell")]

    note = p.older_text(older, lambda s: s.day)
    day = p.date_column(34 * mm)
    return out + [long_table(header, shown, row, [day, 24 * mm, 28 * mm, 16 * mm, p.width - day - 68 * mm],
                             tail=[para(note, "small")] if note else [])]


# ----- blank sheets ------------------------------------------------------------------------
def _blank(w: _Words, p: Printout) -> list:
    width = p.width
    chapter = w("title")
    story = sheet(p, chapter, w("paper.form_sheet"), w("blank.intro"), first=True)
    story += [para(w("blank.step1"), "h2"), para(f"{w('blank.activity')} {'_' * 40}"), para(w("blank.unit")),
              para(w("blank.measure"), "h2")]
    rows = [[para(w("blank.nr"), "cellbold"), para(w("col.date"), "cellbold"), para(w("blank.amount"), "cellbold")]]
    rows += [[para(str(i), "cell"), "", ""] for i in range(1, BASELINE_COUNT + 1)]  # §5: three
    story += [table(rows, [30 * mm, 60 * mm, width - 90 * mm], zebra=False,
                    row_heights=[None] + [10 * mm] * BASELINE_COUNT), para(w("blank.calc"), "h2")]
    start = w("blank.start", low=percent(REDUCTION_MIN), high=percent(REDUCTION_MAX),  # §5: 20–30 %
              usual=percent(REDUCTION_DEFAULT))  # §5: usually 25 %
    labels = [w("blank.baseline"), start, w("blank.goal"), w("blank.weeks"),
              w("blank.per_week", minimum=MIN_SESSIONS_PER_WEEK), w("blank.increment")]  # §5: three a week
    story += [_boxes(labels, width), gap(2), *w.reminders()]
    story += sheet(p, chapter, w("paper.schedule_sheet"), w("blank.chart"))
    rows = [[para(w(key), "cellbold") for key in ("col.week", "col.from", "col.agreed", "col.done")]]
    rows += [[para(str(week), "cell"), "", "", para("☐ ☐ ☐ ☐ ☐", "cell")] for week in range(BLANK_WEEKS + 1)]
    story.append(table(rows, [20 * mm, 40 * mm, 40 * mm, width - 100 * mm], zebra=False,
                       row_heights=[None] + [7.5 * mm] * (BLANK_WEEKS + 1)))
    story += [gap(3), blank_grid(width, 82 * mm, BLANK_WEEKS + 1, 10, w("chart.week_axis"), w("blank.amount_axis"))]
    story += sheet(p, chapter, w("paper.log_sheet"), w("paper.log_intro"))
    rows = [[para(w(k), "cellbold") for k in ("col.date", "col.done", "col.agreed", "paper.col_pain_scale",
                                               "col.note")]]
    rows += [[""] * 5 for _ in range(BLANK_SESSIONS)]
    story.append(table(rows, [30 * mm, 24 * mm, 28 * mm, 24 * mm, width - 106 * mm], zebra=False, grid=True,
                       row_heights=[None] + [10 * mm] * BLANK_SESSIONS))
    story += sheet(p, chapter, w("pdf.reflection"), w("paper.stuck_intro"))
    for key in ("paper.stuck_inside", "paper.stuck_outside", "paper.stuck_realistic"):  # six lines each
        story.append(KeepTogether([para(w(key), "label"), rule_lines(6, width), gap(3)]))
    story += [para(w("paper.stuck_next"), "label"), rule_lines(3, width)]
    return story


def _boxes(labels: list[str], width: float) -> Table:
    """Calculation lines with an empty box on the right to write the answer in."""
    box_w = 38 * mm
    t = Table([[para(label, "cell"), ""] for label in labels], colWidths=[width - box_w - 4 * mm, box_w],
              rowHeights=[11 * mm] * len(labels), hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                           ("BOX", (1, 0), (1, -1), 0.8, INK), ("INNERGRID", (1, 0), (1, -1), 0.8, INK),
                           ("BACKGROUND", (1, 0), (1, -1), colors.white)]))
    return t
