"""The printed workbook reads as a document (issue #19), read back with pypdf: the table of
contents with its page numbers, the outline, every chart legend naming every series, no word
split inside a table cell, no name in the metadata by default, the order of the parts."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table

from rugschool_gui.export.layout import Heading, flowables_in, plain_text, words_of
from rugschool_gui.export.long_table import LongTable
from rugschool_gui.export.pdf import build_workbook_pdf, workbook_document
from rugschool_gui.storage.workbooks import create_workbook

TODAY = date.today()  # bench/make_data.py writes a year up to today


def _lines_with_y(page) -> list[tuple[float, str]]:
    """(y, text) of each piece of text on a page, as drawn."""
    out: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():  # where the text stands on the page: its matrix within the current one
            out.append((round(cm[1] * tm[4] + cm[3] * tm[5] + cm[5], 1), text.strip()))

    page.extract_text(visitor_text=visit)
    return out


def _first_page_with(pages: list[str], text: str, start: int = 1) -> int:
    """The 1-based number of the first page from ``start`` whose text holds ``text``."""
    flat = [" ".join(p.split()) for p in pages]
    return next(i + 1 for i in range(start, len(flat)) if text in flat[i])


@pytest.fixture
def filled(year_workbook):
    store, wb = year_workbook
    data = build_workbook_pdf(store, wb, today=TODAY)
    return data, PdfReader(io.BytesIO(data))


def test_the_contents_list_every_chapter_and_section_with_its_page(filled, pdf_text):
    data, reader = filled
    pages = pdf_text(data)
    cover = _lines_with_y(reader.pages[0])
    numbers = {y: t for y, t in cover if t.isdigit()}
    titles = {"Mijn werkboek op één blad", "De pijn begrijpen", "Over je grenzen gaan", "Activiteiten spreiden",
              "Te weinig doen", "Stapsgewijze blootstelling", "Stapsgewijze opbouw", "Tot slot",
              "Stresssignalen", "Hoe je weken gingen", "Vragenlijsten", "Mijn kettingen"}
    found = {}
    for y, text in cover:
        if text in titles:
            # the number sits on the entry's line (same baseline, written at the very end)
            number = next(v for ny, v in numbers.items() if abs(ny - y) < 3)
            found[text] = int(number)
    assert set(found) == titles
    for title, page in found.items():
        assert title in " ".join(pages[page - 1].split()), (title, page)
    assert found["Mijn werkboek op één blad"] == 2  # the summary opens the document, named as such
    assert found["Tot slot"] == len(pages)  # and "Tot slot" closes it


def test_the_outline_has_every_chapter_and_section(filled, pdf_text):
    data, reader = filled
    pages = pdf_text(data)

    def walk(items, level=0):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, level + 1)
            else:
                yield level, item.title, reader.get_destination_page_number(item) + 1

    outline = list(walk(reader.outline))
    chapters = [t for level, t, _p in outline if level == 0]
    assert chapters == ["Mijn werkboek op één blad", "De pijn begrijpen", "Over je grenzen gaan",
                        "Activiteiten spreiden", "Te weinig doen", "Stapsgewijze blootstelling",
                        "Stapsgewijze opbouw", "Gesprekken en huiswerk", "Tot slot"]  # closing stays last
    sections = {t for level, t, _p in outline if level == 1}
    assert {"Stresssignalen", "Om over na te denken", "Hoe je weken gingen", "Vragenlijsten",
            "Om mee te nemen"} <= sections
    assert any(t.startswith("Stap 1:") for t in sections)  # each step of the ladder, in the outline
    for _level, title, page in outline:
        assert title.split(":")[0] in " ".join(pages[page - 1].split()), (title, page)


def test_the_metadata_holds_no_name_unless_names_are_allowed(store):
    wb = create_workbook(store, "Zoë Peeters")
    plain = PdfReader(io.BytesIO(build_workbook_pdf(store, wb.id))).metadata
    assert "Zoë" not in (plain.title or "") and "Zoë" not in (plain.subject or "")
    assert "Zoë" not in (plain.author or "")
    assert plain.title == "Rugschool werkboek — Ingevuld werkboek"
    allowed = PdfReader(io.BytesIO(build_workbook_pdf(store, wb.id, names_in_metadata=True))).metadata
    assert allowed.title == "Rugschool werkboek — Ingevuld werkboek — Zoë Peeters"


# ----- words in table cells ------------------------------------------------------------------
def _vocabulary(story) -> set[str]:
    """Every word the story puts on paper (its paragraphs, table cells, drawings)."""
    from reportlab.graphics.shapes import Drawing, Group, String

    words: set[str] = set()

    def add(text):
        if text:  # a date's no-break spaces read back as spaces
            words.update(piece for word in words_of(text) for piece in word.split("\u00a0") if piece)

    def strings(node):
        for child in getattr(node, "contents", []):
            if isinstance(child, String):
                add(child.text)
            elif isinstance(child, (Group, Drawing)):
                strings(child)

    for f in flowables_in(story):
        add(plain_text(f))
        rows = f._cellvalues if isinstance(f, Table) else []
        if isinstance(f, LongTable):  # its rows are made as they are laid out: make them here too
            rows = [f.header, *f.source.rows(0, len(f.source)), *[[t] for t in f.tail]]
        if rows:
            for row in rows:
                for cell in row:
                    for piece in cell if isinstance(cell, list) else [cell]:
                        add(plain_text(piece))
        if isinstance(f, Drawing):
            strings(f)
    return words


def _split_words(text: str, vocabulary: set[str], lang: str) -> list[str]:
    """Tokens of ``text`` that are no word put in: a word cut at an arbitrary letter. A piece
    ending in "-" at a real syllable break, and the rest of that word, are fine."""
    import pyphen

    dic = pyphen.Pyphen(lang={"nl": "nl_NL", "en": "en_GB"}[lang])
    heads = {w[:i] for w in vocabulary for i in dic.positions(w)}
    tails = {w[i:] for w in vocabulary for i in dic.positions(w)}
    bad = []
    for token in text.split():
        if token in vocabulary or token.isdigit() or not re.search(r"[A-Za-zÀ-ÿ]", token):
            continue
        if token.endswith("-") and token[:-1] in heads:
            continue
        if token in tails:
            continue
        bad.append(token)
    return bad


def _story_and_text(store, wb, pdf_raw, **kwargs) -> tuple[list, str]:
    buffer = io.BytesIO()
    doc, story = workbook_document(buffer, store, wb, today=TODAY, **kwargs)
    vocabulary = _vocabulary(story)
    from rugschool_gui.export.layout import print_language

    token = print_language.set(kwargs.get("lang", "nl"))
    try:
        doc.build_story(story)
    finally:
        print_language.reset(token)
    pages = pdf_raw(buffer.getvalue())
    for label in ("Pagina", "van", "Page", "of", "Rugschool", "werkboek", "Back", "school", "workbook"):
        vocabulary.add(label)
    return vocabulary, "\n".join(pages)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("blank", [False, True])
def test_no_word_is_cut_inside_a_table_cell(year_workbook, pdf_raw, lang, blank):
    """"herhali/ngen", "Afternoo/n", "Measurem/ent": every word on paper is a word that was put
    in, or is hyphenated at a syllable break with a "-"."""
    store, wb = year_workbook
    vocabulary, text = _story_and_text(None if blank else store, None if blank else wb, pdf_raw,
                                       blank=blank, lang=lang)
    vocabulary |= {w.rstrip(".,:;") for w in vocabulary}
    assert _split_words(text, vocabulary, lang) == []


def test_a_word_wider_than_its_column_is_hyphenated_not_cut(store, pdf_raw):
    from rugschool_gui.domain.too_little import ValuedActivity
    from rugschool_gui.storage import too_little

    wb = create_workbook(store, "Anna")
    long_word = "Arbeidsongeschiktheidsverzekeringsmaatschappij"  # wider than any column of its table
    too_little.save_valued(store, wb.id, ValuedActivity(None, long_word, 9, long_word, "Fietsen"))
    vocabulary, text = _story_and_text(store, wb.id, pdf_raw, chapters=["too_little"])
    assert _split_words(text, vocabulary, "nl") == []
    assert long_word not in text.split()  # it did not fit whole: it broke at a syllable, with "-"


def test_columns_are_widened_to_fit_their_longest_word():
    from reportlab.lib.units import mm

    from rugschool_gui.export.layout import PADDING, fit_columns, longest_word
    from rugschool_gui.export.styles import para

    rows = [[para("Afternoon", "cellbold"), para("Een lange notitie met korte woorden", "cell")]]
    widths = fit_columns(rows, [15 * mm, 100 * mm])
    assert widths[0] >= longest_word(rows[0][0]) + PADDING - 0.01
    assert sum(widths) == pytest.approx(115 * mm)


# ----- the order and the front of the document -------------------------------------------------
def test_a_single_chapter_has_no_cover_page(store, pdf_text):
    from rugschool_gui.storage import exposure

    wb = create_workbook(store, "Anna")
    exposure.add_item(store, wb.id, "Bukken", 30)
    pages = pdf_text(build_workbook_pdf(store, wb.id, chapters=["exposure"], today=date(2026, 11, 24)))
    assert "In dit document" not in pages[0] and "Stapsgewijze blootstelling" in pages[0]
    assert "Anna" in pages[0].splitlines()[0] or "Anna" in pages[0]  # whose it is, in one line
    blank = pdf_text(build_workbook_pdf(None, None, chapters=["exposure"], blank=True))
    assert "Lege werkbladen" not in blank[0] and "Mijn angsthiërarchie" in blank[0]


def test_the_empty_workbook_is_a_short_guide(store, pdf_text):
    wb = create_workbook(store, "Leeg")
    for lang, start, chapter in (("nl", "Waar begin je?", "Stapsgewijze opbouw"),
                                 ("en", "Where to start?", "Graded activity")):
        pages = pdf_text(build_workbook_pdf(store, wb.id, lang=lang))
        text = "\n".join(pages)
        assert len(pages) <= 2
        assert start in text and chapter in text
        assert "Nog niets" not in text and "Nog geen" not in text  # not pages of "nothing yet"


def test_the_history_instruction_is_said_once(year_workbook, pdf_text):
    store, wb = year_workbook
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb, today=TODAY))).split())
    assert text.count("Ook oudere notities") == 1  # in "about this printout", on the cover
    assert text.count("eerdere notities") >= 3  # each log still says what it left out
    full = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb, today=TODAY, full_history=True))).split())
    assert "Ook oudere notities" not in full and "eerdere notities" not in full


def test_dates_have_one_style_and_never_split(year_workbook, pdf_raw):
    store, wb = year_workbook
    text = "\n".join(pdf_raw(build_workbook_pdf(store, wb, today=TODAY)))
    assert not re.search(r"\b\d{2}-\d{2}-\d{4}\b", text)  # no "30-11-2026" beside "30 november 2026"
    months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    assert len(re.findall(rf"\d ({months}) \d{{4}}", text)) > 100
    assert not re.search(rf"\d\n({months})\b", text)  # never "1 / september 2026"
    assert not re.search(rf"\b({months})\n\d{{4}}", text)


def test_the_figure_below_is_below_on_the_same_page(pdf_text):
    for blank in (True,):
        pages = pdf_text(build_workbook_pdf(None, None, chapters=["understanding"], blank=blank))
        page = next(p for p in pages if "De figuur hieronder" in p)
        assert "Op en neer, of gespreid" in page  # the figure's own title


# ----- what the chapters print ---------------------------------------------------------------
def test_pacing_prints_what_was_done_week_by_week(year_workbook, pdf_text):
    store, wb = year_workbook
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb, chapters=["pacing"], today=TODAY))).split())
    assert "Hoe je weken gingen" in text and "Pauzes met de timer" in text
    found = re.search(r"Samen in (\d+) weken: (\d+) gepland, (\d+) gedaan", text)
    assert found and int(found.group(1)) >= 10 and int(found.group(3)) > 0


def test_the_graded_working_uses_one_start_number(store, pdf_text):
    from datetime import timedelta

    from rugschool_gui.storage import graded_activity as repo

    wb = create_workbook(store, "Anna")
    start = date(2026, 11, 2)
    plan = repo.new_plan(store, wb.id)
    repo.update_plan(store, wb.id, plan.id, activity="Squats", unit="repetitions", goal=35, weeks=8,
                     start_on=start)
    for i, amount in enumerate((20, 22, 23), 1):  # baseline 21,67; start 25 % lower = 16,25
        repo.set_measurement(store, wb.id, plan.id, i, start - timedelta(days=7 - i), amount)
    repo.start_plan(store, wb.id, plan.id)
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["graded_activity"],
                                                         today=start))).split())
    assert "21,7 herhalingen − 25 % = 16,3 herhalingen" in text
    assert "(35 − 16,3) / 8 = 2,3 herhalingen" in text


def test_every_heading_is_kept_with_what_follows(year_workbook):
    """A heading never ends a page: in the laid-out PDF, no page's last text line is a heading."""
    store, wb = year_workbook
    buffer = io.BytesIO()
    doc, story = workbook_document(buffer, store, wb, today=TODAY)
    titles = {h.title for h in flowables_in(story) if isinstance(h, Heading)}
    doc.build_story(story)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    for number, page in enumerate(reader.pages[1:], start=2):
        lines = sorted(_lines_with_y(page), key=lambda yt: yt[0])
        body = [t for y, t in lines if y > 60]  # above the footer
        assert body and body[0] not in titles, (number, body[0])
