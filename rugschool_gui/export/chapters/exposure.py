"""PDF of the graded exposure chapter (WORKBOOK.md §4): filled in, or as blank worksheets.

Filled: the hierarchy table (rank, movement, fear, mastered), the current step, and per item
its fear ratings, its attempts and their chart. Blank: the ten-line hierarchy form
(1 = least fear … 10 = most fear) and an attempt form with before/after fields to write on.
Every sentence comes from ``wording/exposure.py``, the same words the screen shows.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from ...domain.exposure import (
    FEAR_MAX,
    MAX_ITEMS,
    PAIN_MAX,
    SUGGESTION_KEYS,
    attempt_chart,
    last_change,
)
from ...wording.exposure import REMINDERS, words
from ..charts import chart_drawing
from ..history import for_chart, older_note, split_recent
from ..styles import gap, para, table, writing_lines
from ..texts import short_datetime


def title(lang: str) -> str:
    return words("title", lang)


def _texts(lang: str):
    """``t(key, **values)``: this chapter's wording in ``lang``."""
    return lambda key, **values: words(key, lang, **values)


def _reminders(t) -> str:
    return "\n".join(f"• {t(key)}" for key in REMINDERS)


def _headers(t) -> list:
    return [para(t(key), "cellbold") for key in ("rank", "item", "fear", "mastered")]


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today=None,
          since: date | None = None) -> list:
    t = _texts(lang)
    story = [para(t("title"), "h1")]
    if blank:
        return story + _blank(t, lang, width)
    from ...storage import exposure as repo

    with store.transaction():  # one short read of the whole chapter; the drawing comes after
        h = repo.load_hierarchy(store, workbook_id)
        attempts = repo.list_attempts(store, workbook_id)
        histories = {item.id: repo.rating_history(store, item.id) for item in h.items}
    story.append(para(t("intro")))
    if not h.items:
        return story + [para(t("empty"), "note"), PageBreak()]
    step = h.current_step
    story.append(para(t("current", step=f"{step.rank}. {step.label}") if step else t("all_mastered"), "h2"))
    rows = [_headers(t)]
    for item in h.items:
        rows.append([para(str(item.rank), "cell"), para(item.label, "cell"),
                     para("—" if item.fear is None else f"{item.fear}/{FEAR_MAX}", "cell"),
                     para(t("yes_mark") if item.mastered else "", "cell")])
    story += [table(rows, [14 * mm, width - 70 * mm, 30 * mm, 26 * mm]), gap(4),
              para(_reminders(t), "note")]
    by_item: dict[str, list] = {}
    for a in attempts:
        by_item.setdefault(a.item_id, []).append(a)
    for item in h.items:
        story += _item_section(item, histories[item.id], sorted(by_item.get(item.id, []), key=lambda a: a.when),
                               t, lang, width, since)
    story.append(PageBreak())
    return story


def _item_section(item, history, attempts, t, lang, width, since=None) -> list:
    # keep the heading with its chart: ask for the chart's height (two panels) plus the heading
    out = [CondPageBreak((125 if attempts else 30) * mm),
           para(t("attempts_of", rank=item.rank, label=item.label), "h2")]
    if item.note:
        out.append(para(item.note, "small"))
    if len(history) >= 2:
        text = t("ratings", ratings=", ".join(f"{r.fear}/{FEAR_MAX}" for r in history))
        change = last_change(history)
        if change is not None and change.is_real:
            text += " " + t("real_change", before=change.before, after=change.after)
        out.append(para(text, "small"))
    if not attempts:
        return out + [para(t("no_attempts_item"), "small")]
    spec = attempt_chart(for_chart(attempts, since), lambda d: short_datetime(d, lang)[:5])
    out.append(chart_drawing(spec, lambda k: t(k) if k in words else k, width))
    out.append(gap(2))
    rows = [[para(t(key), "cellbold") for key in ("when", "expected", "actual", "as_expected", "words")]]

    def pair(fear, pain):
        f = "—" if fear is None else f"{fear}/{FEAR_MAX}"
        p = "—" if pain is None else f"{pain}/{PAIN_MAX}"
        return f"{t('fear_short')} {f}\n{t('pain_short')} {p}"

    shown, older = split_recent(attempts, lambda a: a.when, since, keep_latest=True)
    for a in shown:
        when = short_datetime(a.when, lang) + ("" if a.completed else f"\n{t('planned')}")
        texts = "\n".join(x for x in (
            a.expectation and f"{t('expectation')} {a.expectation}",
            a.learned and f"{t('learned')} {a.learned}",
            a.note and f"{t('note')} {a.note}") if x)
        rows.append([para(when, "cell"), para(pair(a.expected_fear, a.expected_pain), "cell"),
                     para(pair(a.actual_fear, a.actual_pain), "cell"),
                     para(t(a.outcome) if a.outcome else "", "cell"), para(texts, "cell")])
    out.append(table(rows, [30 * mm, 27 * mm, 27 * mm, 24 * mm, width - 108 * mm]))
    return out + older_note(older, lambda a: a.when, lang)


def _example(t, key: str) -> str:
    """An example as it reads inside a sentence ("Bukken …" → "bukken …")."""
    text = t(f"suggestion_{key}")
    return text[:1].lower() + text[1:]


def _blank(t, lang, width) -> list:
    story = [para(t("blank_intro")),
             para(t("examples", examples=", ".join(_example(t, k) for k in SUGGESTION_KEYS)), "small"),
             gap(2)]
    rows = [_headers(t)]
    for rank in range(1, MAX_ITEMS + 1):  # WORKBOOK.md §4: at most ten, 1 = least fear
        hint = t("least") if rank == 1 else t("most") if rank == MAX_ITEMS else str(rank)
        rows.append([para(hint, "cell"), "", "", para("☐", "cell")])
    form = table(rows, [34 * mm, width - 90 * mm, 30 * mm, 26 * mm], zebra=False,
                 row_heights=[None] + [13 * mm] * MAX_ITEMS)
    story += [form, PageBreak(), para(t("attempt_form"), "h1")]
    blanks = "_" * 28
    choices = "  ·  ".join(f"☐ {t(key)}" for key in ("yes", "partly", "no"))
    story += [para(f"{t('date')} {blanks}"), para(f"{t('step')} {blanks}{blanks}"),
              gap(3), para(t("before"), "h2"), para(t("expect_q")), writing_lines(4, width), gap(3),
              para(f"{t('exp_fear')} ______ / {FEAR_MAX}"), para(f"{t('exp_pain')} ______ / {PAIN_MAX}"),
              gap(4), para(t("after"), "h2"),
              para(f"{t('act_fear')} ______ / {FEAR_MAX}"), para(f"{t('act_pain')} ______ / {PAIN_MAX}"),
              gap(2), para(t("happened_q")), para(choices),
              gap(2), para(t("learned_q")), writing_lines(4, width),
              gap(2), para(t("note")), writing_lines(2, width), PageBreak()]
    return story
