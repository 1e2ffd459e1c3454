"""The one PDF document class: portrait and landscape pages, "Pagina x van y", title and language.

The footer's page total, the page numbers in the table of contents and the outline need the
whole document first, so a canvas subclass keeps the pages and writes them at the end
(reportlab's "numbered canvas" pattern): one layout pass, not the two of ``multiBuild``.
"""

from __future__ import annotations

import zlib

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from ..wording import numbered
from .fonts import REGULAR, register_fonts
from .layout import KeepWithStart, Mark, PageRef
from .styles import INK, SOFT

MARGIN = 18 * mm
PORTRAIT = "portrait"
LANDSCAPE = "landscape"


def _page_canvas(footer_label: str, footer_left: str):
    class PageCanvas(Canvas):
        """Keeps every page until the end, then writes what needs the whole document: the footer's
        page total, the page numbers of the table of contents, and the outline (bookmarks)."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.marks: list[Mark] = []  # headings, as drawn (layout.Heading)
            self.refs: list[PageRef] = []  # page numbers to write (layout.PageNumber)

        def showPage(self) -> None:
            state = dict(self.__dict__)
            # a page kept for the end costs what its drawing commands cost: compressed, a
            # thousands-page printout stays small in memory (issue #18)
            state["_code"] = zlib.compress("\n".join(self._code).encode("utf-8", "surrogatepass"), 1)
            self._pages.append(state)
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            page_of: dict[str, int] = {}
            for m in self.marks:
                page_of.setdefault(m.key, m.page)
            marks: dict[int, list[Mark]] = {}
            for m in self.marks:
                marks.setdefault(m.page, []).append(m)
            refs: dict[int, list[PageRef]] = {}
            for r in self.refs:
                refs.setdefault(r.page, []).append(r)
            level = -1
            pages, self._pages = self._pages, []
            for state in pages:
                self.__dict__.update(state)
                self._code = [zlib.decompress(state["_code"]).decode("utf-8", "surrogatepass")]
                page = self._pageNumber
                for m in marks.get(page, ()):
                    # the outline may go one level deeper at a time (reportlab's rule)
                    level = min(m.level, level + 1)
                    self.bookmarkPage(m.key, fit="XYZ", left=0, top=m.top)
                    self.addOutlineEntry(m.title.replace("\u00a0", " "), m.key, level=level, closed=level > 0)
                for r in refs.get(page, ()):
                    self.saveState()
                    self.setFont(r.font, r.size)
                    self.setFillColor(INK)
                    self.drawRightString(r.x, r.y, str(page_of.get(r.key, "")))
                    self.restoreState()
                self._footer(total)
                super().showPage()
                state.clear()  # written: its memory can go
            if self.marks:
                self.showOutline()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(SOFT)
            text = numbered(footer_label, self._pageNumber, total)
            self.drawRightString(width - MARGIN, 10 * mm, text)
            self.drawString(MARGIN, 10 * mm, footer_left)
            self.restoreState()

    return PageCanvas


class WorkbookDocument(BaseDocTemplate):
    """A4 document with a portrait and a landscape template; use :func:`landscape_pages`."""

    def __init__(self, stream, *, title: str, lang: str, footer_label: str, footer_left: str,
                 subject: str = "", first_page: str = PORTRAIT) -> None:
        register_fonts()
        super().__init__(stream, pagesize=A4, title=title, author="", subject=subject or title,
                         creator="Rugschool werkboek", lang=lang, initialFontName=REGULAR,
                         leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN + 6 * mm)
        pw, ph = A4
        lw, lh = landscape(A4)
        templates = [
            PageTemplate(id=PORTRAIT, pagesize=A4, frames=[
                Frame(MARGIN, MARGIN + 6 * mm, pw - 2 * MARGIN, ph - 2 * MARGIN - 6 * mm, id="p")]),
            PageTemplate(id=LANDSCAPE, pagesize=landscape(A4), frames=[
                Frame(MARGIN, MARGIN + 6 * mm, lw - 2 * MARGIN, lh - 2 * MARGIN - 6 * mm, id="l")]),
        ]
        if first_page == LANDSCAPE:  # the first template is the first page's
            templates.reverse()
        self.addPageTemplates(templates)
        self._canvas = _page_canvas(footer_label, footer_left)
        # headings stay with the start of what follows them, not with all of it
        self.keepTogetherClass = KeepWithStart

    def build_story(self, story) -> None:
        self.build(story, canvasmaker=self._canvas)

    @property
    def text_width(self) -> float:
        return self.width


def switch_to(template: str):
    """A flowable that makes the *next* page portrait or landscape."""
    return NextPageTemplate(template)


class LandscapeStart(Flowable):
    """Put first in a chapter's flowables: the chapter starts on a landscape page."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def first_page(flowables: list) -> str:
    """The page a chapter's flowables start on."""
    return LANDSCAPE if flowables and isinstance(flowables[0], LandscapeStart) else PORTRAIT
