"""The chapter icons of the screen in the PDF's table of contents: read from the same SVG files,
drawn as vectors (no Qt in the PDF layer), beside each chapter's line."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing

from rugschool_gui.export import cover, icons
from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.paths import resources_dir


def test_every_chapter_icon_is_drawn_from_its_svg():
    names = sorted(p.stem for p in (resources_dir() / "icons" / "chapters").glob("*.svg"))
    assert names
    for name in names:
        drawing = icons.chapter_icon(name, 12)
        assert isinstance(drawing, Drawing) and drawing.width == drawing.height == 12, name
        assert drawing.contents[0].contents, name  # shapes, not an empty group
    assert icons.chapter_icon("no-such-chapter", 12) is None


def test_a_half_circle_arc_passes_through_its_top():
    # "M7 18 A5 5 0 0 1 17 18": the home icon's sun, a half circle above its centre (12, 18)
    points = icons._arc_points(7, 18, 5, False, True, 17, 18)
    assert points[-1] == pytest.approx((17, 18))
    assert min(y for _x, y in points) == pytest.approx(13, abs=0.05)  # y runs down in SVG


def _strokes(data: bytes) -> int:
    page = PdfReader(io.BytesIO(data)).pages[0]
    return page.get_contents().get_data().count(b" S\n") + page.get_contents().get_data().count(b"\nS\n")


def test_the_contents_page_shows_an_icon_per_chapter(store, make_workbook, monkeypatch, tmp_path):
    from rugschool_gui.storage import exposure

    wb = make_workbook("Els")
    exposure.add_item(store, wb.id, "Bukken", 30)
    chapters = ["understanding", "pacing", "exposure"]
    data = build_workbook_pdf(store, wb.id, chapters=chapters, blank=True)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "De pijn begrijpen" in text and "Stapsgewijze blootstelling" in text
    monkeypatch.setattr(cover, "chapter_icon", lambda *_a, **_k: None)
    without = build_workbook_pdf(store, wb.id, chapters=chapters, blank=True)
    assert _strokes(data) - _strokes(without) >= len(chapters)  # each icon adds its own strokes
    if shutil.which("pdftoppm"):  # rendered for a person to look at (tmp): it renders at all
        (tmp_path / "toc.pdf").write_bytes(data)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(tmp_path / "toc.pdf"),
                        str(tmp_path / "toc")], check=True)
        assert list(tmp_path.glob("toc*.png"))
