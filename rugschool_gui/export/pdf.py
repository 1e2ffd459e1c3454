"""Build the workbook PDF as bytes: a document, not a dump (issue #19).

A filled-in PDF of several chapters: a cover (who, what, when, one line about the history it
leaves out, and the table of contents with page numbers), "My workbook on one page" (the
closing chapter's summary) first, then each chapter that has something in it, then the
chapters not started yet in a few lines (what each is for, how to start), and "Tot slot" last.
An empty workbook prints just that short guide. One chapter alone has no cover, only a line
saying whose it is and when it was made. Blank worksheets: a cover with the contents when
there are several chapters; every sheet stands on its own page. Every chapter and section is in
the PDF outline (bookmarks). The patient's name is in the document (cover, footer) but not in
the file's title/subject metadata unless names are allowed in the settings.

Tests read the bytes back with pypdf; the UI writes them atomically and opens the file.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak

from ..domain.chapters import in_workbook_order
from ..storage.db import Store
from ..storage.workbooks import get_workbook
from .chapters import builders
from .cover import contents, cover, one_chapter_header, start_here
from .document import MARGIN, PORTRAIT, WorkbookDocument, first_page, switch_to
from .history import HISTORY_WEEKS, since_for
from .layout import headings_in, print_language
from .printout import Printout
from .styles import gap
from .texts import TEXTS, pick

CLOSING = "closing"


def available_chapters() -> list[str]:
    return in_workbook_order(builders())


def metadata_title(lang: str, blank: bool, name: str | None, names_allowed: bool) -> str:
    t = pick(TEXTS, lang)
    kind = t["blank"] if blank else t["filled"]
    return f"{t['brand']} — {kind}" + (f" — {name}" if name and names_allowed and not blank else "")


def build_workbook_pdf(store: Store | None, workbook_id: str | None, *, chapters=None,
                       blank: bool = False, lang: str = "nl", today: date | None = None,
                       full_history: bool = False, names_in_metadata: bool = False) -> bytes:
    """The PDF of ``chapters`` (all by default), filled in from the workbook or blank.

    A filled-in PDF prints the recent weeks of every log (``export.history``) unless
    ``full_history`` asks for everything. ``names_in_metadata``: the settings allow the
    workbook's name in the file's title (as in window titles and file names)."""
    token = print_language.set(lang)
    try:
        buffer = io.BytesIO()
        doc, story = workbook_document(buffer, store, workbook_id, chapters=chapters, blank=blank, lang=lang,
                                       today=today, full_history=full_history,
                                       names_in_metadata=names_in_metadata)
        doc.build_story(story)
        return buffer.getvalue()
    finally:
        print_language.reset(token)


def workbook_document(stream, store: Store | None, workbook_id: str | None, *, chapters=None,
                      blank: bool = False, lang: str = "nl", today: date | None = None,
                      full_history: bool = False, names_in_metadata: bool = False):
    """The document and its story, not yet laid out (tests inspect the story)."""
    t = pick(TEXTS, lang)
    known = builders()
    chosen = [c for c in in_workbook_order(chapters if chapters is not None else known) if c in known]
    name = None
    if not blank and store is not None and workbook_id:
        name = get_workbook(store, workbook_id).name
    p = Printout(lang=lang, blank=blank, today=today or date.today(), since=since_for(today or date.today(),
                 full_history))
    # the frames' own padding (6 pt a side) is not the text's: a full-width table fits exactly
    p.width = A4[0] - 2 * MARGIN - 12
    p.wide = landscape(A4)[0] - 2 * MARGIN - 12

    opening: list = []  # the workbook on one page opens a filled-in PDF
    parts: list[tuple[str, list]] = []
    not_started: list[str] = []
    for cid in chosen:
        module = known[cid]
        if cid == CLOSING and not blank:
            opening = module.summary(store, workbook_id, p)
        flowables = module.build(store, workbook_id, p)
        if flowables:
            parts.append((cid, flowables))
            top = next((h for h in headings_in(flowables) if h.level == 0), None)
            if top is not None:
                top.chapter = cid  # the table of contents shows the chapter's icon beside it
        elif not getattr(module, "ONLY_WHEN_FILLED", False):  # issue #25: sessions print only when held
            not_started.append(cid)
    # nothing filled in anywhere: a short guide on the cover, not pages of "nothing yet"
    empty = not blank and not opening and not [c for c, _f in parts if c != CLOSING]
    body: list[list] = []
    if opening:
        body.append(opening)
    body += [flowables for cid, flowables in parts if cid != CLOSING]
    guide = start_here(not_started, lang, p.width, empty=empty and set(chosen) == set(known)) \
        if not_started else []
    if guide and not empty:
        body.append(guide)
    body += [flowables for cid, flowables in parts if cid == CLOSING]  # "Tot slot" last, as a reader expects

    story: list = []
    for flowables in body:
        if story:
            story += [switch_to(first_page(flowables)), PageBreak()]
        story += flowables
    if empty and story:  # the guide and the closing tips: one short document, one page
        story = [gap(8), *story]
    entries = [h for h in headings_in(story) if h.in_contents]  # every heading gets its outline key
    if len(chosen) > 1:  # several chapters: a cover with what the document holds
        front = cover(name, p, blank=blank, contents=None if empty else contents(entries, p.width),
                      about=HISTORY_WEEKS if p.left_out else None)
        if empty:
            front += guide
        start = PORTRAIT
        if story and not empty:
            front += [switch_to(first_page(body[0])), PageBreak()]
        story = front + story
    else:  # one chapter or sheet alone: no cover page
        if empty:
            story = guide + story
        start = first_page(story)
        if not blank:
            story = one_chapter_header(name, p, about=HISTORY_WEEKS if p.left_out else None) + story
    headings_in(story)  # the guide's heading too
    title = metadata_title(lang, blank, name, names_in_metadata)
    subject = ", ".join(known[c].title(lang) for c in chosen)
    doc = WorkbookDocument(stream, title=title, subject=subject, lang="nl-BE" if lang == "nl" else "en-GB",
                           footer_label=t["footer"], footer_left=t["brand"] if blank else (name or ""),
                           first_page=start)
    return doc, story
