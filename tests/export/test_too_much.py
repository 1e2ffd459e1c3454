"""The "doing too much" PDF, read back as text: answers with histories and charts; the blank forms."""

from __future__ import annotations

from datetime import date, timedelta

from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry, Situation
from rugschool_gui.domain.too_much_outlet import Substitute
from rugschool_gui.export.pdf import available_chapters, build_workbook_pdf
from rugschool_gui.storage import too_much as repo
from rugschool_gui.storage import too_much_practice as practice

TODAY = date(2026, 11, 25)


def test_chapter_order():
    chapters = available_chapters()
    assert chapters.index("too_much") < chapters.index("pacing")


def _fill(store, wb):
    repo.tick_cause(store, wb, "guilt", TODAY)
    repo.tick_cause(store, wb, "own", TODAY, "Ik wil <niemand> & niets missen")
    own = repo.add_own_signal(store, wb, "Tandenknarsen")
    repo.save_checkin(store, wb, CheckIn(TODAY, (SignalEntry("falling_asleep", 6, "piekeren"), SignalEntry(own))))
    repo.save_answer(store, wb, "energy", TODAY - timedelta(days=30), "Eigenlijk niets")
    repo.save_answer(store, wb, "energy", TODAY, "Wandelen met mijn zus")
    repo.save_outlet(store, wb, old_outlet="Joggen", why="Even alles vergeten", gains=["calm"])
    sub = repo.save_substitute(store, wb, Substitute(None, "Zwemmen", "Deugddoend", "good"))
    repo.save_outlet(store, wb, chosen_id=sub.id)
    practice.save_relaxation(store, wb, RelaxationSession(None, TODAY, "body_scan", 7, 3, "", 12 * 60 + 10))
    practice.save_situation(store, wb, Situation(None, TODAY, "Buurvrouw vraagt hulp", "Vandaag niet", "Goed"))


def test_filled_pdf_has_every_page_with_histories_and_charts(store, make_workbook, pdf_text):
    wb = make_workbook("Anna")
    _fill(store, wb.id)
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["too_much"], today=TODAY)))
    assert "✓ Ik voel me schuldig als ik niets doe. (aangevinkt op 25 november 2026)" in text
    assert "Ik wil <niemand> & niets missen" in text
    assert "Moeilijk inslapen 6/10 (piekeren); Tandenknarsen" in text
    assert "Hoe vaak je stresssignalen opmerkte" in text
    energy = text.index("Wandelen met mijn zus")
    assert energy < text.index("Eigenlijk niets")  # latest first
    assert "Mijn vroegere uitlaatklep: Joggen" in text and "★ Zwemmen" in text
    assert "Dit doe ik regelmatig: Zwemmen" in text
    assert "Spanning voor en na het ontspannen" in text and "7/10" in text
    assert "12 min gevolgd" in text  # the practice meter (issue #20), said plainly
    assert "Buurvrouw vraagt hulp" in text


def test_blank_pdf_has_all_six_worksheets(pdf_text):
    text = "\n".join(pdf_text(build_workbook_pdf(None, None, chapters=["too_much"], blank=True)))
    for piece in ("☐ Ik wil geen watje zijn.", "Stresssignalen van deze week", "Moeilijk inslapen", "zo",
                  "Kan ik nog ontspannen, ondanks de rugpijn?", "Mijn vroegere uitlaatklep:", "Logboek ontspanning",
                  "Een situatie waarin je je grens wilt aangeven."):
        assert piece in text
    en = "\n".join(pdf_text(build_workbook_pdf(None, None, chapters=["too_much"], blank=True, lang="en")))
    assert "This week's stress signals" in en and "Relaxation log" in en and "Slaap" not in en


def test_user_text_that_looks_like_a_placeholder_is_printed_exactly(store, make_workbook, pdf_text):
    tricky = "tillen %4 keer {name} %1"
    wb = make_workbook("Anna").id
    repo.tick_cause(store, wb, "own", TODAY, tricky)
    own = repo.add_own_signal(store, wb, "%2 knarsen")
    repo.save_checkin(store, wb, CheckIn(TODAY, (SignalEntry(own, 3, "{day}"),)))
    sub = repo.save_substitute(store, wb, Substitute(None, tricky, "%1"))
    repo.save_outlet(store, wb, chosen_id=sub.id)
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb, chapters=["too_much"], today=TODAY)))
    assert f"✓ {tricky} (aangevinkt op 25 november 2026)" in text
    assert "%2 knarsen 3/10 ({day})" in text
    assert f"Dit doe ik regelmatig: {tricky}" in text


def test_paper_and_screen_share_their_wording():
    """The sentences both say come from one catalogue: none is copied into the PDF builder."""
    from rugschool_gui.export.chapters import too_much as builder
    from rugschool_gui.wording.too_much import words

    assert not hasattr(builder, "TEXTS")
    for lang in ("nl", "en"):
        assert builder.title(lang) == words("title", lang)
