"""The pacing PDF, read back as text: the landscape week grid, flags, chunk plans; the blank form."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from rugschool_gui.domain.pacing import Activity, ChunkPlan
from rugschool_gui.export.pdf import available_chapters, build_workbook_pdf
from rugschool_gui.storage import pacing as repo

MONDAY = date(2026, 11, 23)


def test_pacing_comes_first_of_the_built_chapters():
    chapters = available_chapters()
    assert chapters.index("pacing") < chapters.index("exposure")


def _fill(store, wb_id):
    for day, part, name, minutes, kind, motive in (
            (0, "morning", "Stofzuigen <boven> & trap", 30, "physical", "must"),
            (0, "afternoon", "Krant lezen", 30, "mental", "want"),
            (2, "morning", "Tuin wieden", 90, "physical", "must")):
        repo.save_activity(store, wb_id, MONDAY, Activity(None, day, part, name, minutes, kind, motive))
    repo.save_chunk_plan(store, wb_id, ChunkPlan(None, "Tuin", 60, 20, 15, 120))


def test_filled_pdf_has_the_week_grid_on_a_landscape_page_flags_and_chunks(store, make_workbook, pdf_text):
    wb = make_workbook("Anna")
    _fill(store, wb.id)
    data = build_workbook_pdf(store, wb.id, chapters=["pacing"], today=date(2026, 11, 25))
    pages = pdf_text(data)
    text = "\n".join(pages)
    assert "Week van 23 november 2026 tot 29 november 2026" in text
    assert "<boven> & trap" in text and "30 min · L" in text and "90 min · L" in text  # escaped, intact
    assert "♥ Krant lezen" in text
    assert "Lang lichamelijk bezig zonder pauze: woensdag, ochtend." in text
    assert "Op woensdag staat niets wat je graag doet." in text
    assert "Tuin: 60 min werk in blokken van 20 min met 15 min pauze = 90 min." in text
    assert "= 180 min" in text
    reader = PdfReader(__import__("io").BytesIO(data))
    grid_page = next(p for p, t in zip(reader.pages, pages, strict=True) if "Ochtend" in t)
    assert grid_page.mediabox.width > grid_page.mediabox.height  # landscape


def test_blank_pdf_has_an_empty_landscape_grid_and_a_chunk_form(pdf_text):
    data = build_workbook_pdf(None, None, chapters=["pacing"], blank=True)
    text = "\n".join(pdf_text(data))
    for word in ("Maandag", "Zondag", "Ochtend", "Middag", "Avond", "Een klus in blokken",
                 "Pauze tussen de blokken: ______ min"):
        assert word in text
    en = "\n".join(pdf_text(build_workbook_pdf(None, None, chapters=["pacing"], blank=True, lang="en")))
    assert "Morning" in en and "A task in blocks" in en and "Ochtend" not in en


def test_empty_workbook_says_what_the_chapter_is_for(store, make_workbook, pdf_text):
    from rugschool_gui.wording.pacing import words

    wb = make_workbook("Bert")
    data = build_workbook_pdf(store, wb.id, chapters=["pacing"])
    text = " ".join(" ".join(pdf_text(data)).split())
    assert "Nog niet begonnen" in text and words("paper.begin", "nl") in text
    page = PdfReader(__import__("io").BytesIO(data)).pages[0]
    assert page.mediabox.width < page.mediabox.height  # no landscape page holding one line


def test_user_text_that_looks_like_a_placeholder_reaches_the_pdf_exactly(store, make_workbook, pdf_text):
    wb = make_workbook("Anna")
    repo.save_activity(store, wb.id, MONDAY, Activity(None, 1, "evening", "til %4 {x}", 30))
    repo.save_chunk_plan(store, wb.id, ChunkPlan(None, "%1 {name} %7", 60, 20, 15, 120))
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["pacing"], today=date(2026, 11, 25))))
    assert "til %4 {x}" in text
    assert "%1 {name} %7: 60 min werk in blokken van 20 min met 15 min pauze = 90 min." in text


def test_flags_read_the_same_on_paper_as_on_screen(store, make_workbook, pdf_text):
    from rugschool_gui.domain.pacing import balance_flags
    from rugschool_gui.wording.pacing import flag_title, flag_why

    wb = make_workbook("Anna")
    _fill(store, wb.id)
    flags = balance_flags(repo.list_week(store, wb.id, MONDAY))
    for lang in ("nl", "en"):
        data = build_workbook_pdf(store, wb.id, chapters=["pacing"], today=date(2026, 11, 25), lang=lang)
        text = " ".join(" ".join(pdf_text(data)).split())
        for f in flags:  # the screen shows flag_title (bold) and flag_why under it
            assert f"{flag_title(f.key, f.day, f.part, f.kind, lang)}. {flag_why(f.key, lang)}" in text
    assert "Nothing you enjoy is planned on Wednesday." in text
