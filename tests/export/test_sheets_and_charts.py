"""Blank worksheets that stand alone, and charts whose legends never drop a series (issue #19)."""

from __future__ import annotations

import io
import math
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from rugschool_gui.domain.charts import (
    LINE,
    ChartSpec,
    Panel,
    Series,
    legend_keys,
    legend_rows,
    wrap_words,
)
from rugschool_gui.export.layout import ChapterMark, Heading, flowables_in
from rugschool_gui.export.pdf import build_workbook_pdf, workbook_document
from rugschool_gui.export.sheets import SHEET_LINE

LONG_NAMES = ("Hospital Anxiety and Depression Scale (HADS), total", "Pain Catastrophizing Scale (PCS)",
              "Tampa Scale for Kinesiophobia (TSK-17)", "Een eigen vragenlijst met een heel lange naam",
              "Nog een", "En de zesde reeks")


def _spec(names=LONG_NAMES) -> ChartSpec:
    series = tuple(Series(n, ((0, 1.0), (1, 2.0)), LINE) for n in names)
    return ChartSpec("title", ("a", "b"), (Panel("axis", 0, 5, (0, 5), series),))


# ----- the legend: one rule, screen and paper ---------------------------------------------------
def test_legend_rows_wrap_and_never_drop_an_item():
    widths = [120, 80, 200, 50, 300, 40]
    rows = legend_rows(widths, 250)
    assert sorted(i for row in rows for i in row) == list(range(6))
    for row in rows:
        assert len(row) == 1 or sum(widths[i] for i in row) <= 250
    assert wrap_words("een twee drie", len, 7) == ["een", "twee", "drie"]


@pytest.mark.parametrize("width", [120, 250, 480])
def test_a_printed_legend_names_every_series(width):
    from reportlab.graphics.shapes import Group, String

    from rugschool_gui.export.charts import chart_drawing

    drawing = chart_drawing(_spec(), lambda k: k, width)

    def texts(node):
        for child in node.contents:
            if isinstance(child, String):
                yield child.text
            elif isinstance(child, Group):
                yield from texts(child)

    printed = " ".join(texts(drawing))
    for name in LONG_NAMES:
        assert " ".join(name.split()) in printed or all(w in printed for w in name.split())
    for child in drawing.contents:  # nothing drawn outside the chart's width
        if isinstance(child, String) and child.textAnchor == "start":
            from reportlab.pdfbase.pdfmetrics import stringWidth

            assert child.x + stringWidth(child.text, child.fontName, child.fontSize) <= width + 1


def test_the_questionnaire_legend_on_paper_names_all_three(store, pdf_text):
    from rugschool_gui.domain.too_little import Score
    from rugschool_gui.storage import too_little
    from rugschool_gui.storage.workbooks import create_workbook

    wb = create_workbook(store, "Anna")
    day = date(2026, 1, 5)
    for offset, moment in ((0, "start"), (120, "middle"), (240, "end")):
        for scale, total in (("hads", 20), ("pcs", 30), ("tsk", 40)):
            too_little.save_score(store, wb.id, Score(None, scale, "", day + timedelta(days=offset), moment, total))
    pages = pdf_text(build_workbook_pdf(store, wb.id, chapters=["too_little"], today=date(2026, 11, 24)))
    chart_page = " ".join(next(p for p in pages if "Je scores door de tijd" in p).split())
    legend = chart_page.split("Je scores door de tijd", 1)[1][:400]
    for name in ("Angst- en depressieschaal (HADS), totaal", "Pijncatastroferingsschaal (PCS)",
                 "Tampa-schaal voor kinesiofobie (TSK-17)"):  # the names the screen gives them
        assert name in legend


def test_the_stress_chart_tells_its_series_apart():
    from rugschool_gui.domain.too_much import CheckIn, SignalEntry, signal_chart

    today = date(2026, 11, 24)
    keys = ("shoulder_neck_pain", "no_appetite", "hyperventilation", "palpitations", "falling_asleep")
    checkins = [CheckIn(today - timedelta(days=d), tuple(SignalEntry(k, 3) for k in keys)) for d in range(10)]
    series = legend_keys(signal_chart(checkins, today, str))
    assert len(series) == 5
    assert len({s.role for s in series}) == 5 and len({s.marker for s in series}) == 5  # colour and shape


def test_the_questionnaire_axis_is_spaced_by_time_with_round_ticks():
    from rugschool_gui.domain.too_little import Score, score_chart

    day = date(2026, 1, 1)
    spec = score_chart([Score(None, "hads", "", day, "start", 20), Score(None, "hads", "", day + timedelta(days=10),
                                                                            "middle", 22),
                        Score(None, "hads", "", day + timedelta(days=100), "end", 30)], str)
    assert spec.x_fraction(1) == pytest.approx(0.1)  # ten days of a hundred, not half way
    assert spec.panels[0].y_ticks == (0, 10, 20, 30, 40)  # HADS 0–42: round steps


def test_the_venn_circles_share_a_centre_and_no_outline_crosses_a_label():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from rugschool_gui.domain.understanding import bio_psycho_social
    from rugschool_gui.export.fonts import REGULAR, register_fonts
    from rugschool_gui.wording.understanding import figure_label

    register_fonts()
    spec = bio_psycho_social()
    width = 460.0
    height = width * spec.aspect
    circles = {n.key: (n.x * width, n.y * height, n.w * width / 2) for n in spec.nodes if n.shape == "circle"}
    pain = next(n for n in spec.nodes if n.key == "pain")
    px, py = pain.x * width, pain.y * height
    for cx, cy, r in circles.values():  # the pain box lies inside all three: a real centre
        for dx in (-1, 1):
            for dy in (-1, 1):
                assert math.hypot(px + dx * pain.w * width / 2 - cx, py + dy * pain.h * height / 2 - cy) < r
    for lang in ("nl", "en"):
        for n in spec.nodes:
            if n.shape != "circle":
                continue
            lx, ly = n.x * width + n.label_dx * n.w * width, n.y * height + n.label_dy * n.h * height
            half = stringWidth(figure_label(n.key, lang), REGULAR, 9) / 2 + 2
            corners = [(lx + sx * half, ly + sy * 7) for sx in (-1, 1) for sy in (-1, 1)]
            for cx, cy, r in circles.values():
                inside = [math.hypot(x - cx, y - cy) < r for x, y in corners]
                assert all(inside) or not any(inside), (lang, n.key)  # no outline through it
            own_cx, own_cy, own_r = circles[n.key]
            assert all(math.hypot(x - own_cx, y - own_cy) < own_r for x, y in corners)


# ----- blank worksheets ----------------------------------------------------------------------
def _sheets(lang: str = "nl") -> list[list]:
    """The story of all blank sheets, cut into sheets (each starts with its heading)."""
    _doc, story = workbook_document(io.BytesIO(), None, None, blank=True, lang=lang)
    flat = list(flowables_in(story))
    sheets: list[list] = []
    for f in flat:
        if isinstance(f, Heading) and f.style.name == "h1" and f.level == 1:
            sheets.append([])
        if sheets:
            sheets[-1].append(f)
    return sheets


def test_every_blank_sheet_stands_alone():
    from reportlab.platypus import Paragraph, Table

    sheets = _sheets()
    assert len(sheets) >= 18
    for sheet in sheets:
        title = sheet[0].title
        fields = next(f for f in sheet if isinstance(f, Table))  # name and date, right under the title
        texts = [getattr(c, "plain", "") for c in fields._cellvalues[0]]
        assert "Naam:" in texts and ("Datum:" in texts or "Week van:" in texts), title
        lead = next((f for f in sheet if isinstance(f, Paragraph) and f.style.name == "lead"), None)
        assert lead is not None and lead.style.fontSize >= 10, title  # a one-line instruction, ≥ 10 pt


def test_reflection_questions_have_room_to_write():
    from reportlab.platypus import Paragraph, Table

    for sheet in _sheets():
        if sheet[0].title not in ("Om over na te denken", "Wat in de weg zat"):
            continue
        questions = 0
        for i, f in enumerate(sheet):
            if isinstance(f, Paragraph) and f.style.name == "label" and f.plain.endswith("?"):
                lines = next(g for g in sheet[i + 1:] if isinstance(g, Table))
                assert len(lines._cellvalues) >= 6 and lines._argH[0] >= SHEET_LINE - 0.1, f.plain
                questions += 1
        assert questions >= 3


def test_blank_columns_name_their_scale_and_options(pdf_text):
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(None, None, blank=True))).split())
    for piece in ("Spanning voor (0–10)", "Spanning na (0–10)", "Pijn (0–10)", "Angst (0–100)",
                  "Resultaat (omcirkel)", "dit werkt voor mij / half / niets voor mij", "begin / midden / einde",
                  "☐ ja ☐ gedeeltelijk ☐ nee"):
        assert piece in text, piece


def test_every_exercise_of_the_workbook_has_a_blank_sheet():
    titles = {s[0].title for s in _sheets()}
    for sheet in ("Een ketting noteren", "Waarom ga ik over mijn grenzen?", "Stresssignalen van deze week",
                  "Om over na te denken", "Je uitlaatklep", "Logboek ontspanning", "Assertiviteit: opkomen voor jezelf",
                  "Mijn weekplanning", "Een klus in blokken", "Waarom doe ik te weinig?", "Wat is het je waard?",
                  "Vragenlijsten", "Mijn angsthiërarchie", "Een poging (gedragsexperiment)", "Mijn opbouwplan",
                  "Mijn schema en grafiek", "Mijn oefeningen", "Wat in de weg zat", "Mijn werkboek op één blad"):
        assert sheet in titles, sheet


def test_blank_sheets_each_start_a_page_and_the_cover_lists_them(pdf_text):
    data = build_workbook_pdf(None, None, blank=True)
    pages = pdf_text(data)
    chapters = [f for f in flowables_in(workbook_document(io.BytesIO(), None, None, blank=True)[1])
                if isinstance(f, (ChapterMark, Heading)) and f.level == 0]
    assert len(chapters) == 7  # every chapter in the outline and the contents
    for title in ("Mijn angsthiërarchie", "Logboek ontspanning", "Wat in de weg zat"):
        assert title in pages[0]  # the cover lists exactly what is in it
        assert sum(1 for p in pages[1:] if title in p.splitlines()[:3]) == 1  # at the top of its page
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.outline) >= 14  # chapters and their sheets
