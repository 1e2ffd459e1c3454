"""Build the workbook PDF as bytes: cover, then each chosen chapter's builder.

Tests read the bytes back with pypdf; the UI writes them atomically and opens the file.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.platypus import PageBreak

from ..domain.chapters import in_workbook_order
from ..storage.db import Store
from ..storage.workbooks import get_workbook
from .chapters import builders
from .cover import cover
from .document import PORTRAIT, WorkbookDocument, switch_to
from .history import since_for
from .texts import TEXTS, pick


def available_chapters() -> list[str]:
    return in_workbook_order(builders())


def build_workbook_pdf(store: Store | None, workbook_id: str | None, *, chapters=None,
                       blank: bool = False, lang: str = "nl", today: date | None = None,
                       full_history: bool = False) -> bytes:
    """The PDF of ``chapters`` (all by default), filled in from the workbook or blank.

    A filled-in PDF prints the recent weeks of every log (``export.history``) unless
    ``full_history`` asks for everything."""
    t = pick(TEXTS, lang)
    known = builders()
    chosen = [c for c in in_workbook_order(chapters if chapters is not None else known) if c in known]
    if not blank and "closing" in chosen:  # the workbook in one page opens a filled-in PDF
        chosen.insert(0, chosen.pop(chosen.index("closing")))
    name = None
    if not blank and store is not None and workbook_id:
        name = get_workbook(store, workbook_id).name
    title = f"{t['brand']} — {t['blank'] if blank else name}"
    buffer = io.BytesIO()
    doc = WorkbookDocument(buffer, title=title, lang="nl-BE" if lang == "nl" else "en-GB",
                           footer_label=t["footer"], footer_left=t["brand"] if blank else (name or ""))
    today = today or date.today()
    since = since_for(today, full_history)
    story = cover(name, lang=lang, blank=blank, today=today,
                  chapter_titles=[known[c].title(lang) for c in chosen])
    for cid in chosen:
        # a chapter may start on a landscape page: the switch goes before the page break
        first_page = getattr(known[cid], "FIRST_PAGE", PORTRAIT)
        if story and isinstance(story[-1], PageBreak):
            story.insert(len(story) - 1, switch_to(first_page))
        story += known[cid].build(store, workbook_id, lang=lang, blank=blank, width=doc.text_width, today=today,
                                   since=since)
    doc.build_story(story)
    return buffer.getvalue()
