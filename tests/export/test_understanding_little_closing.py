"""PDFs of understanding, doing too little and closing, read back as text."""

from __future__ import annotations

from datetime import date, timedelta

from rugschool_gui.domain.too_little import Score, ValuedActivity
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.storage import exposure, too_little, too_much, understanding

DAY = date(2026, 11, 24)


def test_understanding_pdf_has_texts_figures_and_diary(store, make_workbook, pdf_text):
    wb = make_workbook("Anna")
    understanding.save_entry(store, wb.id, ChainEntry(None, DAY, (("Trap <af> & val", "Steek", "Kapot", "Angst",
                                                                   "Blijven liggen"),), "behaviour"))
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["understanding"], today=DAY)))
    for piece in ("Pijn heeft meer dan één kant", "Lichamelijk", "Negatieve gevoelens", "Gedrag", "Bovengrens",
                  "Trap <af> & val", "Wat ik de volgende keer verander: Gedrag"):
        assert piece in text


def test_too_little_pdf_has_causes_values_and_scores(store, make_workbook, pdf_text):
    wb = make_workbook("Bert")
    too_much.tick_cause(store, wb.id, "fear_of_movement", DAY)
    too_little.save_valued(store, wb.id, ValuedActivity(None, "Voetbal", 9, "De ploeg", "Supporteren"))
    too_little.save_score(store, wb.id, Score(None, "tsk", "", DAY - timedelta(days=60), "start", 48))
    too_little.save_score(store, wb.id, Score(None, "tsk", "", DAY, "end", 33))
    too_little.save_reflection(store, wb.id, "end", "Minder bang")
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["too_little"], today=DAY)))
    for piece in ("✓ Ik ben bang om te bewegen", "Voetbal", "9/10", "Supporteren", "Je scores door de tijd",
                  "Tampa-schaal voor kinesiofobie (TSK-17)", "Op het einde: Minder bang"):
        assert piece in text


def test_filled_pdf_opens_with_the_summary(store, make_workbook, pdf_text):
    wb = make_workbook("Carla")
    a = exposure.add_item(store, wb.id, "Bukken", 30)
    exposure.set_mastered(store, wb.id, a.id)
    pages = pdf_text(build_workbook_pdf(store, wb.id, today=DAY))
    assert "Mijn werkboek op één blad" in pages[1]  # right after the cover
    assert "1 van 1 stappen beheerst." in pages[1]


def test_blank_handouts(pdf_text):
    text = "\n".join(pdf_text(build_workbook_pdf(None, None, chapters=["understanding", "too_little", "closing"],
                                                 blank=True)))
    for piece in ("Een ketting noteren", "Van situatie tot gedrag", "Te veel en te weinig", "Wat is het je waard?",
                  "Vragenlijsten", "Respecteer je grenzen."):
        assert piece in text
    en = "\n".join(pdf_text(build_workbook_pdf(None, None, chapters=["understanding"], blank=True, lang="en")))
    assert "Noting a chain" in en and "Pain has more than one side" in en and "Lichamelijk" not in en


def test_typed_text_that_looks_like_placeholders_is_printed_exactly(store, make_workbook, pdf_text):
    wb = make_workbook("Dirk")
    typed = "tillen %1 keer {name} & <b>%4</b>"
    understanding.save_entry(store, wb.id, ChainEntry(None, DAY, ((typed, "", "", "", ""),), "thought", typed))
    too_little.save_valued(store, wb.id, ValuedActivity(None, "Voetbal %2", 9, typed, typed))
    too_little.save_reflection(store, wb.id, "start", typed)
    too_much.save_outlet(store, wb.id, old_outlet="Joggen {outlet}")
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["understanding", "too_little", "closing"],
                                                 today=DAY)))
    for piece in (f"Notitie: {typed}", "Wat ik de volgende keer verander: Gedachte", f"Bij het begin: {typed}",
                  "Waardevol voor mij: Voetbal %2.", "Uitlaatklep: Joggen {outlet}.", "1 ketting genoteerd."):
        assert piece in text, piece


def test_closing_pdf_says_what_the_closing_page_says_in_english(store, make_workbook, pdf_text):
    wb = make_workbook("Eva")
    a = exposure.add_item(store, wb.id, "Bending", 30)
    exposure.add_item(store, wb.id, "Lifting", 60)
    exposure.set_mastered(store, wb.id, a.id)
    too_little.save_score(store, wb.id, Score(None, "tsk", "", DAY - timedelta(days=60), "start", 48))
    too_little.save_score(store, wb.id, Score(None, "tsk", "", DAY, "end", 33))
    pages = pdf_text(build_workbook_pdf(store, wb.id, chapters=["closing", "too_little"], today=DAY, lang="en"))
    summary = " ".join(pages[1].split())
    for piece in ("My workbook on one page", "1 of 2 steps mastered. Next up: Lifting.",
                  "Tampa Scale for Kinesiophobia (TSK-17): from 48 to 33.", "Graded exposure", "Doing too little"):
        assert piece in summary, piece
    text = "\n".join(pages)
    assert "Why do I do too little?" in text and "Your scores over time" in text and "Te weinig" not in text
