"""A filled-in PDF prints the recent weeks of each log in full and counts what came before."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.export.history import (
    CHART_ENTRIES,
    HISTORY_WEEKS,
    for_chart,
    since_for,
    split_recent,
)
from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.storage import exposure, too_much, too_much_practice, understanding

TODAY = date(2026, 11, 24)
ROUND = ("Trap op", "Steek", "Het gaat mis", "Bang", "Stoppen")


def test_split_keeps_the_recent_weeks_and_all_with_full_history():
    days = [TODAY - timedelta(days=d) for d in (0, 10, 7 * HISTORY_WEEKS, 7 * HISTORY_WEEKS + 1, 400)]
    since = since_for(TODAY, full_history=False)
    recent, older = split_recent(days, lambda d: d, since)
    assert recent == days[:3] and older == days[3:]  # the boundary day itself is recent
    assert split_recent(days, lambda d: d, since_for(TODAY, full_history=True)) == (days, [])
    old = days[3:]
    assert split_recent(old, lambda d: d, since, keep_latest=True) == ([old[0]], old[1:])
    assert len(for_chart(list(range(100)), since)) == CHART_ENTRIES
    assert for_chart(list(range(100)), None) == list(range(100))


def _fill(store, wb):
    for d in range(0, 400, 2):  # check-ins over more than a year
        too_much.save_checkin(store, wb, CheckIn(TODAY - timedelta(days=d), (SignalEntry("falling_asleep", 3, f"dag {d}"),)))
    for d in (1, 200, 300):
        too_much_practice.save_relaxation(store, wb, RelaxationSession(None, TODAY - timedelta(days=d), "body_scan", 7, 3))
    for d in (3, 250):
        understanding.save_entry(store, wb, ChainEntry(None, TODAY - timedelta(days=d), (ROUND,), None, f"ketting {d}"))
    item = exposure.add_item(store, wb, "Bukken", 40)
    for d in (2, 180, 365):
        when = datetime(2026, 11, 24, 10, tzinfo=UTC) - timedelta(days=d)
        exposure.save_attempt(store, wb, Attempt(id="", item_id=item.id, when=when, expectation=f"verwacht {d}",
                                                 expected_fear=50, expected_pain=5, actual_fear=30))


def test_the_filled_pdf_prints_recent_entries_and_counts_the_older(store, make_workbook, pdf_text):
    wb = make_workbook("Anna").id
    _fill(store, wb)
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb, today=TODAY)))
    assert "(dag 0)" in text and "(dag 84)" in text and "(dag 86)" not in text  # twelve weeks = 84 days
    assert "Daarvoor nog 157 eerdere notities" in text  # 200 check-ins, 43 in the last twelve weeks
    assert "ketting 3" in text and "ketting 250" not in text and "Daarvoor nog één eerdere notitie" in text
    assert "verwacht 2" in text and "verwacht 365" not in text
    full = "\n".join(pdf_text(build_workbook_pdf(store, wb, today=TODAY, full_history=True)))
    assert "(dag 398)" in full and "ketting 250" in full and "verwacht 365" in full
    assert "eerdere notities" not in full


def test_english_note_about_older_entries(store, make_workbook, pdf_text):
    wb = make_workbook("Anna").id
    _fill(store, wb)
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb, today=TODAY, lang="en", chapters=["understanding"])))
    assert "Before that, one earlier entry" in text and "Include older entries" in text
