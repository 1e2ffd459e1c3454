"""PDF of the "doing too much" chapter (WORKBOOK.md §2 except the planner): filled, or blank.

Filled: ticked causes with their dates, the stress-signal chart and check-ins, every reflection
question with its answers (latest first), the outlet finder, the relaxation log with its chart,
and the assertiveness practice. Blank: the causes checklist, a week's stress-signal grid (days ×
signals), the five questions with writing lines, the outlet form, a relaxation log and an
assertiveness practice form.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from ...domain.too_much import (
    CAUSES,
    CONSEQUENCES,
    OUTLET_GAINS,
    OWN_CAUSE,
    OWN_GROUP,
    QUESTIONS,
    SIGNAL_GROUPS,
    relaxation_chart,
    signal_chart,
)
from ...wording.too_much import words
from ..charts import chart_drawing
from ..history import for_chart, older_note, split_recent
from ..styles import gap, para, table, writing_lines
from ..texts import long_date, short_date

#: the relaxation log's columns, on paper filled and blank
LOG_COLUMNS = ("paper.day", "paper.exercise", "chart.before", "chart.after", "paper.note")


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


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    w = _w(lang)
    story = [para(w("title"), "h1"), para(w("paper.intro"))]
    if blank:
        return story + _blank(w, width)
    from ...storage import too_much as repo

    today = today or date.today()
    story += _causes(repo, store, workbook_id, w, lang)
    story += _signals(repo, store, workbook_id, w, lang, width, today, since)
    story += _answers_section(repo, store, workbook_id, w, lang, QUESTIONS, w("questions_title"), since)
    story += _outlet(repo, store, workbook_id, w, width)
    story += _relax(repo, store, workbook_id, w, lang, width, since)
    story += _assertive(repo, store, workbook_id, w, lang, width)
    story.append(PageBreak())
    return story


def _causes(repo, store, wb, w, lang) -> list:
    out = [para(w("causes_title"), "h2")]
    ticks = repo.list_cause_ticks(store, wb)
    if not ticks:
        out.append(para(w("paper.no_causes"), "small"))
    for tick in ticks:
        text = tick.label if tick.cause == OWN_CAUSE else w(f"cause.{tick.cause}")
        out.append(para(f"✓ {text} ({w('ticked_on', day=long_date(tick.day, lang))})"))
    out += [para(w("consequences_title"), "h2"),
            para("\n".join("• " + w(f"consequence.{k}") for k in CONSEQUENCES), "note")]
    return out


def _signal_name(key: str, w, own: dict[str, str]) -> str:
    return own.get(key, key) if key.startswith(f"{OWN_GROUP}:") else _keyed(w, "signal", key)


def _signals(repo, store, wb, w, lang, width, today, since=None) -> list:
    out = [CondPageBreak(90 * mm), para(w("signals_title"), "h2")]
    checkins = repo.list_checkins(store, wb)
    if not checkins:
        return out + [para(w("paper.no_checkins"), "small")]
    spec = signal_chart(checkins, today, lambda d: f"{d.day}/{d.month}")  # the chart keeps its own weeks
    out += [chart_drawing(spec, _chart_label(w), width), gap(2)]
    own = dict(repo.list_own_signals(store, wb))
    rows = [[para(w("paper.day"), "cellbold"), para(w("paper.noted"), "cellbold")]]
    shown, older = split_recent(checkins, lambda c: c.day, since)
    for c in sorted(shown, key=lambda c: c.day, reverse=True):
        parts = []
        for s in c.signals:
            text = _signal_name(s.key, w, own) + ("" if s.intensity is None else " " + _intensity(w, s.intensity))
            parts.append(text + (f" ({s.note})" if s.note else ""))
        rows.append([para(short_date(c.day, lang), "cell"), para("; ".join(parts), "cell")])
    return out + [table(rows, [28 * mm, width - 28 * mm]), *older_note(older, lambda c: c.day, lang)]


def _answers_section(repo, store, wb, w, lang, keys, heading, since=None) -> list:
    out = [CondPageBreak(50 * mm), para(heading, "h2")]
    for key in keys:
        out.append(para(w(f"question.{key}"), "cellbold"))
        answers = repo.list_answers(store, wb, key)
        if not answers:
            out.append(para(w("paper.no_answer"), "small"))
        shown, older = split_recent(answers, lambda a: a.day, since, keep_latest=True)
        for a in shown:
            out.append(para(f"{long_date(a.day, lang)}: {a.text}"))
        out += older_note(older, lambda a: a.day, lang)
        out.append(gap(2))
    return out


def _outlet(repo, store, wb, w, width) -> list:
    o = repo.get_outlet(store, wb)
    out = [CondPageBreak(50 * mm), para(w("outlet_title"), "h2"),
           para(f"{w('old_outlet')} {o.old_outlet or '—'}"), para(f"{w('why')} {o.why or '—'}")]
    if o.gains:
        out.append(para(f"{w('paper.gains')} {', '.join(w(f'gain.{g}') for g in o.gains)}"))
    if o.substitutes:
        rows = [[para(w(k), "cellbold") for k in ("paper.try", "how", "paper.result")]]
        for s in o.substitutes:
            rows.append([para(("★ " if s.id == o.chosen_id else "") + s.name, "cell"), para(s.tried, "cell"),
                         para(w(f"outcome.{s.outcome or 'none'}"), "cell")])
        out += [gap(1), table(rows, [50 * mm, width - 90 * mm, 40 * mm])]
    chosen = next((s for s in o.substitutes if s.id == o.chosen_id), None)
    if chosen:
        out.append(para(w("chosen", name=chosen.name)))
    return out


def _relax(repo, store, wb, w, lang, width, since=None) -> list:
    out = [CondPageBreak(90 * mm), para(w("relax_title"), "h2")]
    sessions = repo.list_relaxation(store, wb)
    if not sessions:
        return out + [para(w("no_relax"), "small")]
    out += [chart_drawing(relaxation_chart(for_chart(sessions, since), lambda d: f"{d.day}/{d.month}"),
                          _chart_label(w), width),
            gap(2)]
    rows = [[para(w(k), "cellbold") for k in LOG_COLUMNS]]
    shown, older = split_recent(sessions, lambda s: s.day, since)
    for s in reversed(shown):
        rows.append([para(short_date(s.day, lang), "cell"), para(_keyed(w, "exercise", s.exercise), "cell"),
                     para(_intensity(w, s.before), "cell"), para(_intensity(w, s.after), "cell"),
                     para(s.note, "cell")])
    return out + [table(rows, [26 * mm, 46 * mm, 18 * mm, 18 * mm, width - 108 * mm]),
                  *older_note(older, lambda s: s.day, lang)]


def _assertive(repo, store, wb, w, lang, width) -> list:
    out = _answers_section(repo, store, wb, w, lang, ("assertive",), w("assertive_title"))
    situations = repo.list_situations(store, wb)
    if not situations:
        return out + [para(w("paper.no_situations"), "small")]
    rows = [[para(w(k), "cellbold") for k in ("paper.day", "paper.situation", "paper.say", "paper.went")]]
    for s in situations:
        rows.append([para(short_date(s.day, lang), "cell"), para(s.situation, "cell"), para(s.say, "cell"),
                     para(s.went, "cell")])
    third = (width - 26 * mm) / 3
    return out + [table(rows, [26 * mm, third, third, third])]


def _blank(w, width) -> list:
    story = [para(w("causes_title"), "h2"), para(w("paper.causes_intro"), "small")]
    story += [para("☐ " + w(f"cause.{k}")) for k in CAUSES]
    story += [para("☐ " + "_" * 60) for _ in range(3)]
    story += [PageBreak(), para(w("paper.signals_week"), "h2"), para(w("paper.signals_intro"), "small"),
              para(w("paper.date"))]
    first = 62 * mm
    col = (width - first) / 7
    rows = [[para("", "cellbold")] + [para(w(f"paper.day.{d}"), "cellbold") for d in range(7)]]
    for group_key, signals in SIGNAL_GROUPS.items():
        rows.append([para(w(f"group.{group_key}"), "cellbold")] + [""] * 7)
        rows += [[para("  " + w(f"signal.{s}"), "cell")] + [""] * 7 for s in signals if len(signals) > 1]
    rows += [[para(w("paper.own_signal"), "cell")] + [""] * 7 for _ in range(3)]
    grid = table(rows, [first] + [col] * 7, zebra=False, row_heights=[None] + [7.5 * mm] * (len(rows) - 1))
    from reportlab.platypus import TableStyle

    from ..styles import RULE

    grid.setStyle(TableStyle([("GRID", (1, 0), (-1, -1), 0.4, RULE)]))
    story += [grid, PageBreak(), para(w("questions_title"), "h2")]
    for key in QUESTIONS:
        story += [para(w(f"question.{key}"), "cellbold"), writing_lines(3, width), gap(2)]
    story += [PageBreak(), para(w("outlet_title"), "h2"), para(w("paper.outlet_intro"), "small"),
              para(w("old_outlet")), writing_lines(1, width), para(w("why")), writing_lines(2, width),
              para(w("paper.gains") + " " + "   ".join("☐ " + w(f"gain.{g}") for g in OUTLET_GAINS))]
    rows = [[para(w(k), "cellbold") for k in ("paper.try", "how", "paper.result")]]
    rows += [["", "", ""] for _ in range(5)]
    story += [gap(2), table(rows, [50 * mm, width - 90 * mm, 40 * mm], zebra=False,
                            row_heights=[None] + [12 * mm] * 5)]
    story += [CondPageBreak(110 * mm), para(w("paper.relax_log"), "h2")]
    rows = [[para(w(k), "cellbold") for k in LOG_COLUMNS]]
    rows += [[""] * 5 for _ in range(8)]
    story.append(table(rows, [26 * mm, 46 * mm, 18 * mm, 18 * mm, width - 108 * mm], zebra=False,
                       row_heights=[None] + [9 * mm] * 8))
    story += [PageBreak(), para(w("assertive_title"), "h2"), para(w("question.assertive")), writing_lines(3, width),
              gap(2)]
    for _ in range(2):
        story += [para(w("paper.assertive_intro"), "small"), para(w("paper.situation")), writing_lines(2, width),
                  para(w("paper.say")), writing_lines(2, width), para(w("paper.went")), writing_lines(2, width),
                  gap(3)]
    story.append(PageBreak())
    return story
