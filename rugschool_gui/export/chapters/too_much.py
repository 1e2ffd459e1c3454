"""PDF of the "doing too much" chapter (WORKBOOK.md §2 except the planner): filled, or blank.

Filled: ticked causes with their dates, the stress-signal chart and check-ins, every reflection
question with its answers (latest first), the outlet finder, the relaxation log with its chart,
and the assertiveness practice. Blank, a sheet each: the causes checklist, a week's stress-signal
grid (days × signals), the five questions with room to write, the outlet form, a relaxation log
and an assertiveness practice form.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, TableStyle

from ...domain.too_much import (
    CAUSES,
    CONSEQUENCES,
    OWN_CAUSE,
    OWN_GROUP,
    QUESTIONS,
    SIGNAL_GROUPS,
    chart_first_day,
    relaxation_chart,
    signal_chart,
)
from ...domain.too_much_outlet import OUTLET_GAINS, TRY_OUTCOMES
from ...wording.too_much import words
from ..charts import chart_drawing
from ..history import CHART_ENTRIES, FULL_CHART, LazyStory, PagedReader, lazy_story, older_line
from ..long_table import RowSource
from ..printout import Printout
from ..sheets import SHEET_LINE, rule_lines, sheet
from ..styles import RULE, gap, heading, keep, long_table, para, table
from ..texts import axis_dates

#: the relaxation log's columns, on paper filled and blank
LOG_COLUMNS = ("paper.day", "paper.exercise", "paper.tension_before", "paper.tension_after", "paper.note")
#: lines to write on under each reflection question of a blank sheet (issue #19: at least six)
ANSWER_LINES = 7


def _plain(text: str) -> str:
    """A screen label without its keyboard mnemonic ("&Notitie:" → "Notitie:"; "&&" is "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _w(lang: str):
    """``words`` in the PDF's language, mnemonics dropped: ``w("key", name=...)``."""
    return lambda key, **values: _plain(words(key, lang, **values))


def _keyed(w, prefix: str, key: str) -> str:
    return w(f"{prefix}.{key}") if f"{prefix}.{key}" in words else key


def _chart_label(w):
    """The charts' words: ``chart.*`` keys, and the signal groups' names for their lines."""
    return lambda key: w(f"chart.{key}") if f"chart.{key}" in words else _keyed(w, "group", key)


def _intensity(w, value: int | None) -> str:
    return "—" if value is None else w("intensity", value=value)


def title(lang: str) -> str:
    return words("title", lang)


def about(lang: str) -> tuple[str, str]:
    return words("paper.about", lang), words("paper.begin", lang)


def build(store, workbook_id, p: Printout) -> list | None:
    w = _w(p.lang)
    if p.blank:
        return _blank(w, p)
    from ...storage import too_much as repo
    from ...storage import too_much_pages as pages
    from ...storage import too_much_practice as practice

    wb = workbook_id
    # the two long logs are counted here and read a page at a time as they are laid out (#18)
    data: dict[str, Any] = {
        "ticks": repo.list_cause_ticks(store, wb),
        "checkins": pages.checkin_span(store, wb).count,
        "answers": {key: pages.answer_span(store, wb, key).count for key in (*QUESTIONS, "assertive")},
        "outlet": repo.get_outlet(store, wb),
        "relax": pages.relaxation_span(store, wb).count,
        "situations": practice.list_situations(store, wb),
    }
    o = data["outlet"]
    if not (data["ticks"] or data["checkins"] or any(data["answers"].values()) or data["relax"]
            or data["situations"] or o.old_outlet or o.why or o.gains or o.substitutes):
        return None
    story = [heading(w("title"), 0), para(w("paper.intro"))]
    story += _causes(data["ticks"], w, p)
    story += _signals(repo, pages, store, wb, data["checkins"], w, p)
    story += _answers_section(pages, store, wb, data["answers"], w, p, QUESTIONS, w("questions_title"))
    story += _outlet(o, w, p)
    story += _relax(pages, store, wb, data["relax"], w, p)
    story += _assertive(_answers_section(pages, store, wb, data["answers"], w, p, ("assertive",),
                                         w("assertive_title")), data["situations"], w, p)
    return story


def _causes(ticks, w, p: Printout) -> list:
    out = [heading(w("causes_title"), 1)]
    if not ticks:
        out.append(para(w("paper.no_causes"), "small"))
    for tick in ticks:
        text = tick.label if tick.cause == OWN_CAUSE else w(f"cause.{tick.cause}")
        out.append(para(f"✓ {text} ({w('ticked_on', day=p.day(tick.day))})"))
    out += [heading(w("consequences_title"), 1),
            para("\n".join("• " + w(f"consequence.{k}") for k in CONSEQUENCES), "note")]
    return out


def _signal_name(key: str, w, own: dict[str, str]) -> str:
    return own.get(key, key) if key.startswith(f"{OWN_GROUP}:") else _keyed(w, "signal", key)


def _signals(repo, pages, store, wb, total: int, w, p: Printout) -> list:
    out = [heading(w("signals_title"), 1)]
    if not total:
        return out + [para(w("paper.no_checkins"), "small")]
    drawn = repo.list_checkins(store, wb, since=chart_first_day(p.today))  # the chart's own weeks
    spec = signal_chart(drawn, p.today, axis_dates([p.today], p.lang))
    out += [keep(chart_drawing(spec, _chart_label(w), p.width)), keep(gap(2))]
    own = dict(repo.list_own_signals(store, wb))
    header = [para(w("paper.day"), "cellbold"), para(w("paper.noted"), "cellbold")]

    def row(c) -> list:
        parts = []
        for s in c.signals:
            text = _signal_name(s.key, w, own) + ("" if s.intensity is None else " " + _intensity(w, s.intensity))
            parts.append(text + (f" ({s.note})" if s.note else ""))
        return [para(p.day(c.day), "cell"), para("; ".join(parts), "cell")]

    # latest first, read a page at a time (issue #18); the older ones counted, not read
    shown = pages.checkin_span(store, wb, since=p.since).count
    older = pages.checkin_span(store, wb, before=p.since) if p.since is not None else None
    note = older_line(p, older)
    read = PagedReader(lambda after, limit: pages.checkin_page(store, wb, after=after, limit=limit, since=p.since))
    day = p.date_column(34 * mm)
    return out + [long_table(header, RowSource(shown, read, row), row, [day, p.width - day],
                             tail=[para(note, "small")] if note else [])]


def _answers_section(pages, store, wb, counts: dict[str, int], w, p: Printout, keys, title_text) -> list:
    out = [heading(title_text, 1)]
    for key in keys:
        out.append(para(w(f"question.{key}"), "label"))
        total = counts.get(key, 0)
        if not total:
            out += [para(w("paper.no_answer"), "small"), gap(1)]
            continue
        shown, since, older = _recent_answers(pages, store, wb, key, total, p)
        note = older_line(p, older)

        def answer(i: int, a, shown: int = shown, note: str = note) -> list:
            line = para(f"{p.day(a.day)}: {a.text}")
            return [keep(line) if note and i == shown - 1 else line]  # the count stays with it

        def read(after, limit: int, key: str = key, since=since):
            return pages.answer_page(store, wb, key, after=after, limit=limit, since=since)

        # latest first, read and laid out a few at a time (issue #18)
        out += lazy_story(shown, PagedReader(read), answer)
        if note:
            out.append(para(note, "small"))
        out.append(gap(1))
    return out


def _recent_answers(pages, store, wb, key: str, total: int, p: Printout):
    """How many answers print, from which day on (None: from the first), and the span of those
    left out. With nothing recent the latest answer still prints (``history.split_recent``)."""
    if p.since is None:
        return total, None, None
    recent = pages.answer_span(store, wb, key, since=p.since).count
    if recent:
        return recent, p.since, pages.answer_span(store, wb, key, before=p.since)
    from ...storage.paging import Span

    if total == 1:
        return 1, None, None
    second = pages.answer_page(store, wb, key, limit=2).items[1].day  # the newest one left out
    first = pages.answer_span(store, wb, key).first
    return 1, None, Span(total - 1, first, second)


def _outlet(o, w, p: Printout) -> list:
    out = [heading(w("outlet_title"), 1),
           para(f"{w('old_outlet')} {o.old_outlet or '—'}"), para(f"{w('why')} {o.why or '—'}")]
    if o.gains:
        out.append(para(f"{w('paper.gains')} {', '.join(w(f'gain.{g}') for g in o.gains)}"))
    if o.substitutes:
        rows = [[para(w(k), "cellbold") for k in ("paper.try", "how", "paper.result")]]
        for s in o.substitutes:
            rows.append([para(("★ " if s.id == o.chosen_id else "") + s.name, "cell"), para(s.tried, "cell"),
                         para(w(f"outcome.{s.outcome or 'none'}"), "cell")])
        out += [gap(1), table(rows, [50 * mm, p.width - 90 * mm, 40 * mm])]
    chosen = next((s for s in o.substitutes if s.id == o.chosen_id), None)
    if chosen:
        out.append(para(w("chosen", name=chosen.name)))
    return out


def _followed(w, seconds: int | None) -> str:
    """The practice meter, plainly ("12 min gevolgd"); nothing when it was not measured."""
    return "" if seconds is None else w("followed_minutes", minutes=round(seconds / 60))


def _relax(pages, store, wb, total: int, w, p: Printout) -> list:
    out = [heading(w("relax_title"), 1)]
    if not total:
        return out + [para(w("no_relax"), "small")]
    latest = pages.relaxation_log_page(store, wb, limit=FULL_CHART if p.since is None else CHART_ENTRIES)
    drawn = latest.items[::-1]  # the chart: the latest sessions, oldest first (every one up to FULL_CHART)
    out += [keep(chart_drawing(relaxation_chart(drawn, axis_dates([s.day for s in drawn], p.lang)),
                               _chart_label(w), p.width)), keep(gap(2))]
    header = [para(w(k), "cellbold") for k in LOG_COLUMNS]

    def row(s) -> list:
        return [para(p.day(s.day), "cell"), para(_keyed(w, "exercise", s.exercise), "cell"),
                para(_intensity(w, s.before), "cell"), para(_intensity(w, s.after), "cell"),
                para(" · ".join(filter(None, (_followed(w, s.followed_seconds), s.note))), "cell")]

    # latest first, read a page at a time (issue #18); the older ones counted, not read
    shown = pages.relaxation_span(store, wb, since=p.since).count
    older = pages.relaxation_span(store, wb, before=p.since) if p.since is not None else None
    note = older_line(p, older)
    read = PagedReader(lambda after, limit: pages.relaxation_log_page(store, wb, after=after, limit=limit,
                                                                     since=p.since))
    day = p.date_column(34 * mm)
    return out + [long_table(header, RowSource(shown, read, row), row,
                             [day, 40 * mm, 22 * mm, 22 * mm, p.width - day - 84 * mm],
                             tail=[para(note, "small")] if note else [])]


def _assertive(out: list, situations, w, p: Printout) -> list:
    if not situations:
        if any(isinstance(f, LazyStory) for f in out):  # many answers: they flow over the pages
            return [*out, para(w("paper.no_situations"), "small")]
        # a short section: one block, never its last line alone on a page
        return [KeepTogether([*out, para(w("paper.no_situations"), "small")])]
    rows = [[para(w(k), "cellbold") for k in ("paper.day", "paper.situation", "paper.say", "paper.went")]]
    for s in situations:
        rows.append([para(p.day(s.day), "cell"), para(s.situation, "cell"), para(s.say, "cell"),
                     para(s.went, "cell")])
    third = (p.width - 34 * mm) / 3
    return out + [table(rows, [34 * mm, third, third, third])]


# ----- blank sheets ------------------------------------------------------------------------
def _blank(w, p: Printout) -> list:
    chapter = w("title")
    story = sheet(p, chapter, w("causes_title"), w("paper.causes_intro"), first=True)
    story += [para("☐ " + w(f"cause.{k}")) for k in CAUSES]
    story += [para(w("paper.own_causes"), "label"), rule_lines(4, p.width)]
    story += [gap(4), para(w("consequences_title"), "label"),
              para("\n".join("• " + w(f"consequence.{k}") for k in CONSEQUENCES), "note")]
    story += _blank_signals(w, p, chapter)
    story += sheet(p, chapter, w("questions_title"), w("paper.questions_intro"))
    for key in QUESTIONS:  # a question and its lines stay together; never crammed at a page foot
        story.append(KeepTogether([para(w(f"question.{key}"), "label"), rule_lines(ANSWER_LINES, p.width),
                                   gap(3)]))
    story += sheet(p, chapter, w("outlet_title"), w("paper.outlet_intro"))
    story += [para(w("old_outlet"), "label"), rule_lines(2, p.width), para(w("why"), "label"),
              rule_lines(3, p.width), gap(2), para(w("paper.gains"), "label"),
              para("   ".join("☐ " + w(f"gain.{g}") for g in OUTLET_GAINS))]
    choices = " / ".join(w(f"outcome.{k}") for k in TRY_OUTCOMES)
    rows = [[para(w(k), "cellbold") for k in ("paper.try", "how", "paper.result_blank")]]
    rows += [["", "", para(choices, "cellsmall")] for _ in range(5)]
    story += [gap(2), table(rows, [50 * mm, p.width - 98 * mm, 48 * mm], zebra=False, grid=True,
                            row_heights=[None] + [16 * mm] * 5),
              gap(2), para(w("paper.chosen_line"), "label"), rule_lines(1, p.width)]
    story += sheet(p, chapter, w("paper.relax_log"), w("paper.relax_intro"))
    rows = [[para(w(k), "cellbold") for k in LOG_COLUMNS]]
    rows += [[""] * 5 for _ in range(14)]
    story.append(table(rows, [30 * mm, 44 * mm, 26 * mm, 26 * mm, p.width - 126 * mm], zebra=False, grid=True,
                       row_heights=[None] + [12 * mm] * 14))
    story += sheet(p, chapter, w("assertive_title"), w("question.assertive"))
    story += [rule_lines(6, p.width), gap(3)]
    for _ in range(2):
        story.append(KeepTogether([
            para(w("paper.assertive_intro"), "label"), para(w("paper.situation")), rule_lines(2, p.width),
            para(w("paper.say")), rule_lines(2, p.width), para(w("paper.went")), rule_lines(2, p.width), gap(3)]))
    return story


def _blank_signals(w, p: Printout, chapter: str) -> list:
    story = sheet(p, chapter, w("paper.signals_week"), w("paper.signals_intro"), week=True)
    first = 62 * mm
    col = (p.width - first) / 7
    rows = [[para("", "cellbold")] + [para(w(f"paper.day.{d}"), "cellbold") for d in range(7)]]
    bold_rows = []
    for group_key, signals in SIGNAL_GROUPS.items():
        bold_rows.append(len(rows))
        rows.append([para(w(f"group.{group_key}"), "cellbold")] + [""] * 7)
        rows += [[para("  " + w(f"signal.{s}"), "cell")] + [""] * 7 for s in signals if len(signals) > 1]
    rows += [[para(w("paper.own_signal"), "cell")] + [""] * 7 for _ in range(3)]
    grid = table(rows, [first] + [col] * 7, zebra=False, row_heights=[None] + [SHEET_LINE] * (len(rows) - 1))
    grid.setStyle(TableStyle([("GRID", (1, 0), (-1, -1), 0.4, RULE)]))
    return story + [grid]
