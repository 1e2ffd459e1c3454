"""The full history on paper, read a page at a time (issue #18): the same PDF whatever the page
size, every entry once and in order, no log read in one go; and very long texts split over
pages with nothing lost."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.export import history
from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.storage import (
    exposure,
    too_much,
    too_much_pages,
    too_much_practice,
    understanding,
)
from rugschool_gui.storage.workbooks import create_workbook

TODAY = date(2026, 11, 24)


@pytest.fixture
def long_logs(store):
    """150 check-ins (every other day), 90 relaxation sessions (two on many days), 60 chains, 45
    answers to one question (every fifth day) and 25 older ones to another."""
    wb = create_workbook(store, "Anna").id
    for i in range(150):
        too_much.save_checkin(store, wb, CheckIn(TODAY - timedelta(days=2 * i), (
            SignalEntry("falling_asleep", i % 11, f"c{i}x"), SignalEntry("palpitations", None, ""))))
    for i in range(90):
        too_much_practice.save_relaxation(store, wb, RelaxationSession(None, TODAY - timedelta(days=i // 2 * 3), "body_scan",
                                                              7, 3, f"r{i}x"))
    for i in range(60):
        understanding.save_entry(store, wb, ChainEntry(None, TODAY - timedelta(days=i * 4 // 3), (
            ("Trap", "Steek", "Kapot", "Angst", f"L{i}x"),) * (1 + i % 3), None, ""))
    for i in range(45):
        too_much.save_answer(store, wb, "energy", TODAY - timedelta(days=5 * i), f"a{i}x")
    for i in range(25):
        too_much.save_answer(store, wb, "assertive", TODAY - timedelta(days=100 + 3 * i), f"b{i}x")
    return store, wb


def _marks(text: str, prefix: str) -> list[str]:
    return re.findall(rf"\b{prefix}\d+x\b", text)


def test_every_entry_prints_once_in_the_logs_order_and_no_log_is_read_in_one_go(long_logs, pdf_text,
                                                                                monkeypatch):
    store, wb = long_logs
    checkins = [c.signals[0].note for c in too_much.list_checkins(store, wb)[::-1]]
    sessions = [s.note for s in too_much_practice.list_relaxation(store, wb)[::-1]]
    chains = [e.rounds[0][-1] for e in understanding.list_entries(store, wb)]
    asked = []
    real = too_much_pages.checkin_page

    def spy(*args, **kwargs):
        asked.append(kwargs["limit"])
        return real(*args, **kwargs)

    monkeypatch.setattr(too_much_pages, "checkin_page", spy)
    monkeypatch.setattr(history, "PAGE", 7)
    text = " ".join(pdf_text(build_workbook_pdf(store, wb, chapters=["too_much", "understanding"], today=TODAY,
                                                full_history=True)))
    assert _marks(text, "c") == checkins  # latest first, every one once
    assert _marks(text, "r") == sessions
    assert _marks(text, "a") == [f"a{i}x" for i in range(45)]
    assert _marks(text, "b") == [f"b{i}x" for i in range(25)]
    chain_marks = _marks(text, "L")
    assert [m for i, m in enumerate(chain_marks) if i == 0 or m != chain_marks[i - 1]] == chains
    assert asked and max(asked) == 7 and len(asked) >= 150 // 7  # page by page, never all at once


def test_the_pdf_is_the_same_whatever_the_page_size(long_logs, pdf_text, monkeypatch):
    store, wb = long_logs
    for full in (True, False):
        made = []
        for size in (3, 500):
            monkeypatch.setattr(history, "PAGE", size)
            made.append(pdf_text(build_workbook_pdf(store, wb, chapters=["too_much", "understanding"], today=TODAY,
                                                    full_history=full)))
        assert made[0] == made[1]
    recent = " ".join(" ".join(made[0]).split())  # twelve weeks: from 1 September; the rest counted
    assert "c42x" in recent and "c43x" not in recent
    assert "Daarvoor nog 107 eerdere notities, van 30 januari 2026 tot 30 augustus 2026." in recent
    assert "Daarvoor nog 32 eerdere notities, van " in recent
    assert _marks(recent, "a") == [f"a{i}x" for i in range(17)]  # on or after 1 September
    assert "Daarvoor nog 28 eerdere notities, van 18 april 2026 tot 31 augustus 2026." in recent
    # nothing recent: the latest answer still prints, the others are counted
    assert _marks(recent, "b") == ["b0x"]
    assert "Daarvoor nog 24 eerdere notities, van 5 juni 2026 tot 13 augustus 2026." in recent


def test_a_chain_diary_of_many_entries_is_made_while_it_is_laid_out(long_logs, pdf_text):
    from rugschool_gui.export.chapters import understanding as chapter
    from rugschool_gui.export.printout import Printout

    store, wb = long_logs
    story = chapter.build(store, wb, Printout(today=TODAY, width=480))
    assert any(isinstance(f, history.LazyStory) for f in story)  # not 60 × 3 flowables up front
    assert sum(1 for f in story if type(f).__name__ == "DataTable") == 0


# ----- very long texts ----------------------------------------------------------------------
GREEK = "αβγδεζηθικ"


def _word(count: int) -> str:
    """One word of ``4 * count`` letters that never repeats a stretch (read back in order)."""
    return "".join(GREEK[int(d)] for i in range(count) for d in f"{i:04d}")


def _words(prefix: str, length: int) -> str:
    out, i = [], 0
    while sum(len(w) + 1 for w in out) < length:
        out.append(f"{prefix}{i:05d}")
        i += 1
    return " ".join(out)


def _greek(pages: list[str]) -> str:
    return "".join(c for c in "".join(pages) if c in GREEK)


@pytest.mark.parametrize("where", ["relaxation", "answer", "signal", "chain", "attempt"])
def test_a_3000_letter_word_prints_whole_over_lines_and_pages(store, pdf_text, where):
    wb = create_workbook(store, "Lang").id
    word = _word(750)
    chapter = "too_much"
    if where == "relaxation":
        too_much_practice.save_relaxation(store, wb, RelaxationSession(None, TODAY, "body_scan", 7, 3, word))
    elif where == "answer":
        too_much.save_answer(store, wb, "energy", TODAY, word)
    elif where == "signal":
        too_much.save_checkin(store, wb, CheckIn(TODAY, (SignalEntry("falling_asleep", 3, word),)))
    elif where == "chain":
        chapter = "understanding"
        understanding.save_entry(store, wb, ChainEntry(None, TODAY, (("a", word, "c", "d", "e"),), None, word))
        word += word  # in a link and as the note
    else:
        chapter = "exposure"
        item = exposure.add_item(store, wb, "Bukken", 30)
        exposure.save_attempt(store, wb, Attempt(id="", item_id=item.id, when=datetime(2026, 11, 2, 9, tzinfo=UTC),
                                                 note=word))
    pages = pdf_text(build_workbook_pdf(store, wb, chapters=[chapter], today=TODAY, full_history=True))
    assert _greek(pages) == word


def test_a_20000_character_note_fills_its_pages_and_loses_nothing(store, pdf_text):
    wb = create_workbook(store, "Lang").id
    note = _words("n", 20_000)
    understanding.save_entry(store, wb, ChainEntry(None, TODAY, (("a", "b", "c", "d", "e"),), None, note))
    too_much_practice.save_relaxation(store, wb, RelaxationSession(None, TODAY, "body_scan", 7, 3, _words("m", 20_000)))
    diary = pdf_text(build_workbook_pdf(store, wb, chapters=["understanding"], today=TODAY))
    assert re.findall(r"n\d{5}", " ".join(diary)) == note.split()
    # the note runs on under the table, full pages (it took 24 pages when it sat in one table cell)
    assert len(diary) <= 10
    log = " ".join(pdf_text(build_workbook_pdf(store, wb, chapters=["too_much"], today=TODAY)))
    assert re.findall(r"m\d{5}", log) == _words("m", 20_000).split()


def test_years_of_pacing_weeks_print_every_week_once_latest_first(store, pdf_text):
    from rugschool_gui.domain.pacing import Activity
    from rugschool_gui.export.texts import long_date
    from rugschool_gui.storage import pacing

    wb = create_workbook(store, "Weken").id
    first = date(2025, 1, 6)  # a Monday
    mondays = [first + timedelta(weeks=n) for n in range(70)]
    for n, monday in enumerate(mondays):
        for i in range(1 + n % 3):
            pacing.save_activity(store, wb, monday, Activity(None, i, "morning", f"Wandelen {n}", 20))
    pages = pdf_text(build_workbook_pdf(store, wb, chapters=["pacing"], today=mondays[-1] + timedelta(days=2),
                                        full_history=True))
    text = " ".join(" ".join(pages).split())
    weeks = text.split("Hoe je weken gingen", 1)[1]
    found = re.findall(r"\d{1,2} \w+ \d{4}", weeks)
    assert found == [long_date(m, "nl").replace("\u00a0", " ") for m in reversed(mondays)]  # latest first
    assert "Samen in 70 weken: 139 gepland" in weeks
