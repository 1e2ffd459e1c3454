"""The graded exposure PDF, read back as text: filled in (table, attempts, chart) and blank."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.export.pdf import available_chapters, build_workbook_pdf
from rugschool_gui.storage import exposure as repo
from rugschool_gui.wording.exposure import REMINDERS, words


def test_exposure_is_in_the_pdf_chapters():
    assert "exposure" in available_chapters()


def _fill(store, wb):
    a = repo.add_item(store, wb.id, "Bukken", 30)
    b = repo.add_item(store, wb.id, "Een krat <water> & bier tillen", 80)
    repo.set_mastered(store, wb.id, a.id)
    repo.rate_item(store, wb.id, b.id, 55)
    t0 = datetime(2026, 11, 2, 9, tzinfo=UTC)
    repo.save_attempt(store, wb.id, Attempt(
        id="", item_id=b.id, when=t0, expectation="Mijn rug schiet vast", expected_fear=80,
        expected_pain=7, actual_fear=40, actual_pain=3, outcome="partly", learned="Het ĳs brak"))
    repo.save_attempt(store, wb.id, Attempt(id="", item_id=b.id, when=t0 + timedelta(days=3),
                                            expected_fear=60))
    return a, b


def test_filled_pdf_has_the_hierarchy_attempts_and_chart(store, make_workbook, pdf_text):
    wb = make_workbook("Anna")
    _fill(store, wb)
    pages = pdf_text(build_workbook_pdf(store, wb.id, chapters=["exposure"], today=date(2026, 11, 24)))
    text = " ".join("\n".join(pages).split())
    assert "Stapsgewijze blootstelling" in text
    assert "Je huidige stap: 2. Een krat <water> & bier tillen" in text  # user text escaped, intact
    assert "30/100" in text and "✓" in text
    assert "Je angstcijfers tot nu toe: 80/100, 55/100. Van 80 naar 55: meer dan 20 punten verschil" in text
    assert "Mijn rug schiet vast" in text and "Het ĳs brak" in text
    assert "gedeeltelijk" in text and "gepland" in text
    assert "Verwachte angst" in text and "Pijn (0–10)" in text  # the chart's legend and axes
    assert "Nog geen pogingen bij: 1. Bukken." in text  # the mastered step has none: one line
    for reminder in REMINDERS:  # the very sentences the screen shows, not a paper version
        assert " ".join(words(reminder, "nl").split()[:4]) in " ".join(text.split())
    assert f"Pagina 1 van {len(pages)}" in pages[0]


def test_filled_pdf_in_english(store, make_workbook, pdf_text):
    wb = make_workbook("Anna")
    _fill(store, wb)
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, lang="en")))
    assert "Graded exposure" in text and "Your current step" in text
    assert "Expected fear" in text and "partly" in text
    assert "Stapsgewijze" not in text and "Verwacht" not in text


def test_empty_hierarchy_prints_what_the_chapter_is_for(store, make_workbook, pdf_text):
    wb = make_workbook("Leeg")
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["exposure"]))).split())
    assert "Nog niet begonnen" in text and words("paper.about", "nl") in text
    assert "Begin zo: " + words("paper.begin", "nl") in text


def test_blank_worksheets_have_ten_lines_and_an_attempt_form(pdf_text):
    pages = pdf_text(build_workbook_pdf(None, None, blank=True, chapters=["exposure"]))
    text = "\n".join(pages)
    assert "1 = minst angst" in text and "10 = meest angst" in text
    for rank in range(2, 10):
        assert f"\n{rank}\n" in text or f"\n{rank} " in text
    assert text.count("☐") >= 10 + 3
    assert "Vooraf" in text and "Achteraf" in text
    assert "Hoe bang zul je zijn? ______ / 100" in text
    assert "Wat heb je geleerd?" in text
    english = "\n".join(pdf_text(build_workbook_pdf(None, None, blank=True, lang="en")))
    assert "1 = least fear" in english and "What did you learn?" in english


def test_user_text_that_looks_like_a_placeholder_prints_exactly(store, make_workbook, pdf_text):
    wb = make_workbook("Anna")
    odd = "tillen %4 keer {label} %1"
    a = repo.add_item(store, wb.id, odd, 30)
    repo.save_attempt(store, wb.id, Attempt(id="", item_id=a.id, when=datetime(2026, 11, 2, 9, tzinfo=UTC),
                                            expectation="{step} en %2", expected_fear=50))
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["exposure"]))).split())
    assert f"Je huidige stap: 1. {odd}" in text
    assert f"Stap 1: {odd}" in text
    assert "Verwachting: {step} en %2" in text


def test_blank_examples_are_the_screens_suggestions(pdf_text):
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(None, None, blank=True, chapters=["exposure"]))).split())
    assert "Voorbeelden: bukken om iets van de grond te rapen, een bak water optillen," in text
    assert "☐ ja ☐ gedeeltelijk ☐ nee" in text  # the options the question expects
