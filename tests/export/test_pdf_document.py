"""The PDF skeleton: cover, footer "Pagina x van y", metadata, Dutch characters, escaping."""

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.storage.workbooks import create_workbook


def test_filled_cover_has_name_date_and_footer(store, pdf_text):
    wb = create_workbook(store, "Zoë Van den Bijl — ĳs € ✓")
    data = build_workbook_pdf(store, wb.id, today=date(2026, 11, 24))
    pages = pdf_text(data)
    assert "Zoë Van den Bijl — ĳs € ✓" in pages[0]
    assert "Ingevuld werkboek" in pages[0]
    assert "24 november 2026" in pages[0]
    assert f"Pagina 1 van {len(pages)}" in pages[0]
    reader = PdfReader(io.BytesIO(data))
    assert "Zoë" not in reader.metadata.title  # names stay out of the metadata by default
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_name_with_placeholders_is_printed_as_typed(store, pdf_text, lang):
    """The cover's date and the footer's page numbers are filled in one pass: a name holding
    "%1", "%2" or "{x}" is never filled in again (cover title, footer on every page, metadata)."""
    name = "Tillen %1 keer, %2 pauze {x}"
    wb = create_workbook(store, name)
    data = build_workbook_pdf(store, wb.id, lang=lang, today=date(2026, 3, 1), names_in_metadata=True)
    pages = pdf_text(data)
    assert name in pages[0].splitlines()
    made_on = "Gemaakt op 1 maart 2026" if lang == "nl" else "Made on 1 March 2026"
    assert made_on in pages[0]
    page_word = "Pagina {} van {}" if lang == "nl" else "Page {} of {}"
    for number, text in enumerate(pages, start=1):
        assert name in text and page_word.format(number, len(pages)) in text
    assert name in PdfReader(io.BytesIO(data)).metadata.title


def test_user_text_is_escaped_not_interpreted(store, pdf_text):
    wb = create_workbook(store, "<b>Jan</b> & <i>co</i>")
    pages = pdf_text(build_workbook_pdf(store, wb.id))
    assert "<b>Jan</b> & <i>co</i>" in pages[0]


def test_blank_worksheets_have_a_name_line_and_english_works(pdf_text):
    nl = pdf_text(build_workbook_pdf(None, None, blank=True))
    assert "Lege werkbladen" in nl[0] and "In dit document" in nl[0]
    sheets = [page for page in nl[1:] if "Naam:" in page]  # every sheet its own name field
    assert len(sheets) >= 15 and all("Datum:" in page or "Week van:" in page for page in sheets)
    en = pdf_text(build_workbook_pdf(None, None, blank=True, lang="en", today=date(2026, 3, 1)))
    assert "Blank worksheets" in en[0] and "1 March 2026" in en[0] and "Page 1 of" in en[0]
    assert "Lege" not in en[0]


@pytest.mark.parametrize("blank", [False, True])
def test_fonts_are_embedded_dejavu(store, blank):
    wb = create_workbook(store, "Anna")
    reader = PdfReader(io.BytesIO(build_workbook_pdf(store, wb.id, blank=blank)))
    fonts = set()
    for page in reader.pages:
        for f in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    assert fonts and all("DejaVu" in f for f in fonts)  # no Helvetica sneaking in (not embedded, no ✓)


def test_right_to_left_user_text_is_put_in_display_order():
    from rugschool_gui.export.styles import visual_order

    assert visual_order("gewoon <b>&</b>") == "gewoon <b>&</b>"
    assert visual_order("Bukken שלום") == "Bukken םולש"  # drawn left to right, it reads right to left


def test_hostile_and_foreign_user_text_reaches_the_pdf_intact(store, pdf_text):
    from rugschool_gui.domain.exposure import Attempt
    from rugschool_gui.storage import exposure

    wb = create_workbook(store, "Anna")
    item = exposure.add_item(store, wb.id, "Bukken <b>&</b> 😀", 30)
    long_text = "lang " * 2000  # 10,000 characters
    exposure.save_attempt(store, wb.id, Attempt(id="", item_id=item.id, when=datetime(2026, 11, 2, 9, tzinfo=UTC),
                                                learned=long_text))
    text = "".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["exposure"])))
    assert "Bukken <b>&</b>" in text
    assert text.count("lang") >= 2000
