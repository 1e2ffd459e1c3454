"""The cover page: workbook name (or a line to write it on), the kind of document, the date."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import PageBreak

from ..wording import numbered
from .styles import gap, para
from .texts import TEXTS, long_date, pick


def cover(name: str | None, *, lang: str, blank: bool, chapter_titles: list[str], today: date) -> list:
    t = pick(TEXTS, lang)
    story = [gap(30), para(t["brand"], "subtitle")]
    if blank:
        story += [para(t["blank"], "title"), gap(6), para(t["name_line"] + " " + "_" * 40, "body"),
                  gap(2), para(t["blank_intro"], "body")]
    else:
        story += [para(name or "", "title"), para(t["filled"], "subtitle")]
    story += [gap(4), para(numbered(t["made_on"], long_date(today, lang)), "small"), gap(14)]
    if chapter_titles:
        story.append(para(t["contents"], "h2"))
        story += [para(f"• {title}") for title in chapter_titles]
    if not blank:
        story += [gap(20), para(t["private"], "small")]
    story.append(PageBreak())
    return story
