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
