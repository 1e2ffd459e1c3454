"""The one PDF document class: portrait and landscape pages, "Pagina x van y", title and language.

The footer's page total needs the whole document first, so a canvas subclass collects the
pages and writes every footer at the end (reportlab's two-pass "numbered canvas" pattern).
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from ..wording import numbered
from .fonts import REGULAR, register_fonts
from .styles import SOFT

MARGIN = 18 * mm
PORTRAIT = "portrait"
LANDSCAPE = "landscape"


def _numbered_canvas(footer_label: str, footer_left: str):
    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
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

    return NumberedCanvas


class WorkbookDocument(BaseDocTemplate):
    """A4 document with a portrait and a landscape template; use :func:`landscape_pages`."""

    def __init__(self, stream, *, title: str, lang: str, footer_label: str, footer_left: str) -> None:
        register_fonts()
        super().__init__(stream, pagesize=A4, title=title, author="", subject=title,
                         creator="Rugschool werkboek", lang=lang, initialFontName=REGULAR,
                         leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN + 6 * mm)
        pw, ph = A4
        lw, lh = landscape(A4)
        self.addPageTemplates([
            PageTemplate(id=PORTRAIT, pagesize=A4, frames=[
                Frame(MARGIN, MARGIN + 6 * mm, pw - 2 * MARGIN, ph - 2 * MARGIN - 6 * mm, id="p")]),
            PageTemplate(id=LANDSCAPE, pagesize=landscape(A4), frames=[
                Frame(MARGIN, MARGIN + 6 * mm, lw - 2 * MARGIN, lh - 2 * MARGIN - 6 * mm, id="l")]),
        ])
        self._canvas = _numbered_canvas(footer_label, footer_left)

    def build_story(self, story) -> None:
        self.build(story, canvasmaker=self._canvas)

    @property
    def text_width(self) -> float:
        return self.width


def switch_to(template: str):
    """A flowable that makes the *next* page portrait or landscape."""
    return NextPageTemplate(template)
