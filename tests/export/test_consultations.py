"""The printout of the psychologist's loop (issue #25): the brief with its flags, the homework with
its progress, the comments with replies and the goals — and never a private note."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain.consultations import Comment, Consultation, Goal
from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.operations import consultations as ops

TODAY = date(2026, 12, 9)
SECRET = "Alleen voor de psycholoog"


@pytest.fixture
def filled(store, make_workbook):
    wb = make_workbook("Anna").id
    c = ops.save_consultation(store, wb, Consultation(None, TODAY - timedelta(days=7), "intake", "Doelen",
                                                      "Samen begonnen", next_on=TODAY + timedelta(days=7),
                                                      private_note=SECRET)).result
    ops.save_homework(store, wb, hw.Homework(None, hw.CHAIN_DIARY, TODAY - timedelta(days=7), count=2,
                                             consultation_id=c.id))
    comment = ops.add_comment(store, wb, Comment(None, "chain_entry", "2" * 36, "Mooi gezien", TODAY)).result
    ops.reply_comment(store, wb, comment.id, "Dank je", TODAY)
    ops.ask_question(store, wb, "Mag ik zwemmen?", TODAY)
    ops.save_goal(store, wb, Goal(None, 1, "Weer fietsen", measurable="drie keer per week"))
    return wb


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_filled_printout_has_the_brief_comments_and_goals_but_no_private_note(store, filled, pdf_text, lang):
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, filled, lang=lang, today=TODAY))).split())
    expected = {"nl": ("Gesprekken en huiswerk", "Sinds de vorige keer", "Om naar te kijken",
                       "2 keer je dagboek van de pijnketen invullen", "nog 2 keer te gaan",
                       "Opmerking van je psycholoog · 9 dec", "Jouw antwoord · 9 dec", "Mijn doelen",
                       "Meetbaar: drie keer per week", "Om te bespreken"),
                "en": ("Sessions and homework", "Since last time", "Worth a look",
                       "Fill in your pain-chain diary 2 times", "2 more to go",
                       "Comment from your psychologist · 9 Dec", "Your reply · 9 Dec", "My goals",
                       "Measurable: drie keer per week", "To discuss")}[lang]
    for words in expected:
        assert words in text, words
    for words in ("Mooi gezien", "Dank je", "Weer fietsen", "Mag ik zwemmen?", "Samen begonnen"):
        assert words in text, words
    assert SECRET not in text


def test_without_sessions_homework_or_goals_the_part_is_left_out(store, make_workbook, pdf_text):
    wb = make_workbook("Bert").id
    text = " ".join(pdf_text(build_workbook_pdf(store, wb, lang="nl", today=TODAY)))
    assert "Gesprekken en huiswerk" not in text
    assert "Gesprekken en huiswerk" not in " ".join(pdf_text(build_workbook_pdf(None, None, blank=True)))


def test_the_brief_of_a_five_year_workbook_is_one_page_of_its_own(tmp_path, pdf_text):
    import subprocess
    import sys
    from pathlib import Path

    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.storage.workbooks import list_workbooks

    data = tmp_path / "five-years.sqlite3"
    subprocess.run([sys.executable, str(Path(__file__).resolve().parents[2] / "bench" / "make_data.py"), str(data),
                    "--workbooks", "1", "--years", "5"], check=True, capture_output=True)
    upgrade_if_needed(data)
    store = Store(data)
    try:
        [wb] = [w.id for w in list_workbooks(store)]
        for k in range(15):  # more questions than one page holds beside the rest
            ops.ask_question(store, wb, f"Vraag nummer {k + 1} over het oefenen thuis", TODAY)
        pages = pdf_text(build_workbook_pdf(store, wb, lang="nl", today=TODAY))
    finally:
        store.close()
    # the brief's heading with its first label (the contents name the heading too)
    [start] = [i for i, page in enumerate(pages) if "Sinds de vorige keer" in page and "Om naar te kijken" in page]
    brief = pages[start]
    assert "Gesprekken en huiswerk" in brief  # the chapter starts with it, on a new page
    assert "Om te bespreken" in brief and "… en nog " in brief  # the last line, on the same page
    assert "Mijn doelen" not in brief and "Gesprekken" not in pages[start - 1]


def test_the_brief_shows_the_relaxation_followed_since_last_time(store, pdf_text):
    """The practice meter on the brief's page: minutes followed and tension, neutrally."""
    from datetime import date, timedelta

    from rugschool_gui.domain.consultations import Consultation
    from rugschool_gui.domain.too_much import RelaxationSession
    from rugschool_gui.export.pdf import build_workbook_pdf
    from rugschool_gui.storage import consultations as repo
    from rugschool_gui.storage import too_much_practice
    from rugschool_gui.storage.workbooks import create_workbook

    today = date(2026, 11, 30)
    wb = create_workbook(store, "Anna")
    repo.save_consultation(store, wb.id, Consultation(None, today - timedelta(days=10)))
    too_much_practice.save_relaxation(store, wb.id, RelaxationSession(None, today - timedelta(days=3), "body_scan", 6, 3,
                                                             followed_seconds=12 * 60))
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["consultations"],
                                                         today=today))).split())
    assert "Ontspanning sinds de vorige keer" in text
    assert "12 min gevolgd" in text and "spanning 6/10 → 3/10" in text
