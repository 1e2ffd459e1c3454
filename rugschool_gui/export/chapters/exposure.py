"""PDF of the graded exposure chapter (WORKBOOK.md §4): filled in, or as blank worksheets.

Filled: the hierarchy table (rank, movement, fear, mastered), the current step, and per step
with attempts its fear ratings, its attempts and their chart; the steps not tried yet in one
line. Blank, a sheet each: the ten-line hierarchy form (1 = least fear … 10 = most fear) and an
attempt form with before/after fields to write on. Every sentence comes from
``wording/exposure.py``, the same words the screen shows.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm

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
from ..history import CHART_ENTRIES
from ..long_table import RowSource
from ..printout import Printout
from ..sheets import rule_lines, sheet
from ..styles import gap, heading, keep, long_table, para, table
from ..texts import axis_dates, keep_date


def title(lang: str) -> str:
    return words("title", lang)


def about(lang: str) -> tuple[str, str]:
    return words("paper.about", lang), words("paper.begin", lang)


def _texts(lang: str):
    """``t(key, **values)``: this chapter's wording in ``lang``."""
    return lambda key, **values: words(key, lang, **values)


def _reminders(t) -> str:
    return "\n".join(f"• {t(key)}" for key in REMINDERS)


def _headers(t) -> list:
    return [para(t(key), "cellbold") for key in ("rank", "item", "fear", "mastered")]


#: attempts a step's chart draws at most with every entry printed (thousands of points on 17 cm
#: are a smudge, and each is a shape in memory); without, the screen's latest ``CHART_ENTRIES``
FULL_CHART = 365
#: attempts read at a time (issue #18: a log of 100,000 is never in memory at once)
PAGE = 500


def build(store, workbook_id, p: Printout) -> list | None:
    t = _texts(p.lang)
    if p.blank:
        return _blank(t, p)
    from ...storage import exposure as repo

    with store.transaction():  # one short read of the ladder; the attempts are read step by step
        h = repo.load_hierarchy(store, workbook_id)
        histories = {item.id: repo.rating_history(store, item.id) for item in h.items}
        counts = {item.id: repo.count_attempts(store, workbook_id, item.id) for item in h.items}
    if not h.items:
        return None
    story = [heading(t("title"), 0), para(t("intro"))]
    step = h.current_step
    story.append(heading(t("current", step=f"{step.rank}. {step.label}") if step else t("all_mastered"), 1))
    rows = [_headers(t)]
    for item in h.items:
        rows.append([para(str(item.rank), "cell"), para(item.label, "cell"),
                     para("—" if item.fear is None else f"{item.fear}/{FEAR_MAX}", "cell"),
                     para(t("yes_mark") if item.mastered else "", "cell")])
    story += [table(rows, [14 * mm, p.width - 70 * mm, 30 * mm, 26 * mm]), gap(4), para(_reminders(t), "note")]
    untried = []
    for item in h.items:
        if counts[item.id]:
            story += _item_section(repo, store, workbook_id, item, histories[item.id], counts[item.id], t, p)
        else:
            untried.append(f"{item.rank}. {item.label}")
    if untried:  # the steps not tried yet: one line, not a heading each
        story.append(para(t("paper.untried", steps="; ".join(untried)), "small"))
    return story


def _oldest_first(repo, store, workbook_id: str, item_id: str, total: int):
    """``fetch(start, count)``: the attempts ``start`` … ``start + count`` counted from the oldest."""

    def fetch(start: int, count: int) -> list:
        offset = total - start - count  # the repository counts from the newest
        page = repo.list_attempts(store, workbook_id, item_id, limit=count + min(0, offset), offset=max(0, offset))
        return page[::-1]

    return fetch


def _recent(repo, store, workbook_id: str, item_id: str, since) -> tuple[list, Any]:
    """The attempts on or after ``since`` (at least the latest one), oldest first, read a page at a
    time from the newest; and the newest attempt before them (None when there is none)."""
    shown: list = []
    offset = 0
    while True:
        page = repo.list_attempts(store, workbook_id, item_id, limit=PAGE, offset=offset)
        for a in page:
            if a.when.date() >= since or not shown:
                shown.append(a)
            else:
                return shown[::-1], a
        if len(page) < PAGE:
            return shown[::-1], None
        offset += PAGE


def _item_section(repo, store, workbook_id: str, item, history, total: int, t, p: Printout) -> list:
    # in the outline, not in the contents (ten steps would crowd the cover)
    out = [heading(t("attempts_of", rank=item.rank, label=item.label), 1, in_contents=False)]
    if item.note:
        out.append(keep(para(item.note, "small")))
    if len(history) >= 2:
        text = t("ratings", ratings=", ".join(f"{r.fear}/{FEAR_MAX}" for r in history))
        change = last_change(history)
        if change is not None and change.is_real:
            text += " " + t("real_change", before=change.before, after=change.after)
        out.append(keep(para(text, "small")))
    drawn = repo.list_attempts(store, workbook_id, item.id, limit=CHART_ENTRIES if p.since else FULL_CHART)[::-1]
    spec = attempt_chart(drawn, axis_dates([a.when for a in drawn], p.lang))
    # the chart and its table: on one page when they fit (kept with the table's first rows)
    out += [keep(chart_drawing(spec, lambda k: t(k) if k in words else k, p.width, panel_height=30 * mm)),
            keep(gap(2))]
    header = [para(t(key), "cellbold") for key in ("when", "expected", "actual", "as_expected", "words")]

    def pair(fear, pain):
        f = "—" if fear is None else f"{fear}/{FEAR_MAX}"
        pn = "—" if pain is None else f"{pain}/{PAIN_MAX}"
        return f"{t('fear_short')} {f}\n{t('pain_short')} {pn}"

    def row(a) -> list:
        local = a.when.astimezone()
        when = f"{p.day(local)}\n{local:%H:%M}" + ("" if a.completed else f"\n{t('planned')}")
        texts = "\n".join(x for x in (
            a.expectation and f"{t('expectation')} {a.expectation}",
            a.learned and f"{t('learned')} {a.learned}",
            a.note and f"{t('note')} {a.note}") if x)
        return [para(when, "cell"), para(pair(a.expected_fear, a.expected_pain), "cell"),
                para(pair(a.actual_fear, a.actual_pain), "cell"),
                para(t(a.outcome) if a.outcome else "", "cell"), para(texts, "cell")]

    day = p.date_column(34 * mm)
    widths = [day, 25 * mm, 25 * mm, 26 * mm, p.width - day - 76 * mm]
    if p.since is None:  # every attempt, read and laid out a page at a time
        source = RowSource(total, _oldest_first(repo, store, workbook_id, item.id, total), row)
        return [*out, long_table(header, source, row, widths)]
    shown, before = _recent(repo, store, workbook_id, item.id, p.since)
    note = ""
    if before is not None:
        oldest = repo.list_attempts(store, workbook_id, item.id, limit=1, offset=total - 1)
        note = p.counted_text(total - len(shown), oldest[0].when if oldest else before.when, before.when)
    return [*out, long_table(header, shown, row, widths, tail=[para(note, "small")] if note else [])]


def _example(t, key: str) -> str:
    """An example as it reads inside a sentence ("Bukken …" → "bukken …")."""
    text = t(f"suggestion_{key}")
    return text[:1].lower() + text[1:]


def _blank(t, p: Printout) -> list:
    chapter = t("title")
    story = sheet(p, chapter, t("paper.hierarchy_sheet"), t("blank_intro"), first=True)
    story += [para(t("examples", examples=", ".join(_example(t, k) for k in SUGGESTION_KEYS)), "small"), gap(2)]
    rows = [[para(t("rank"), "cellbold"), para(t("item"), "cellbold"), para(t("fear"), "cellbold"),
             para(t("mastered"), "cellbold")]]
    for rank in range(1, MAX_ITEMS + 1):  # WORKBOOK.md §4: at most ten, 1 = least fear
        hint = t("least") if rank == 1 else t("most") if rank == MAX_ITEMS else str(rank)
        rows.append([para(hint, "cell"), "", para(keep_date(f"___ / {FEAR_MAX}"), "cellsmall"), para("☐", "cell")])
    story.append(table(rows, [34 * mm, p.width - 90 * mm, 30 * mm, 26 * mm], zebra=False,
                       row_heights=[None] + [14 * mm] * MAX_ITEMS))
    choices = "    ".join(f"☐ {t(key)}" for key in ("yes", "partly", "no"))
    story += sheet(p, chapter, t("attempt_form"), t("paper.attempt_intro"))
    story += [para(f"{t('step')} {'_' * 44}"),
              gap(2), para(t("before"), "h2"), para(t("expect_q"), "label"), rule_lines(4, p.width),
              gap(2), para(f"{t('exp_fear')}  ______ / {FEAR_MAX}"), para(f"{t('exp_pain')}  ______ / {PAIN_MAX}"),
              gap(3), para(t("after"), "h2"),
              para(f"{t('act_fear')}  ______ / {FEAR_MAX}"), para(f"{t('act_pain')}  ______ / {PAIN_MAX}"),
              gap(1), para(t("happened_q"), "label"), para(choices),
              gap(1), para(t("learned_q"), "label"), rule_lines(4, p.width),
              gap(1), para(t("note"), "label"), rule_lines(2, p.width)]
    return story
