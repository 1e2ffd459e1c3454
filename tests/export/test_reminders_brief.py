"""The "Vandaag niet" on reminders in the printed brief (issue #20): shown with barrier and words
in both languages, right after the brief's page: the brief of a five-year workbook stays one page
of its own however many there are."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rugschool_gui.domain import reminders as r
from rugschool_gui.domain.consultations import Consultation
from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.operations import consultations as co_ops
from rugschool_gui.operations.reminders import keep_declined

TODAY = date(2026, 12, 9)


@pytest.mark.parametrize(("lang", "heading", "line"), [
    ("nl", "„Vandaag niet” bij een herinnering", "geplande activiteit: iets rondom mij — „bezoek”"),
    ("en", "“Not today” on a reminder", "planned activity: something around me — “bezoek”")])
def test_the_brief_prints_them(store, make_workbook, pdf_text, lang, heading, line):
    wb = make_workbook("Anna").id
    co_ops.save_consultation(store, wb, Consultation(None, TODAY - timedelta(days=7), "intake"))
    keep_declined(store, wb, r.DeclinedReminder(None, TODAY - timedelta(days=1), r.PACING, "outside", "bezoek"))
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb, lang=lang, chapters=["consultations"],
                                                         today=TODAY))).split())
    assert heading in text and line in text


def test_many_of_them_keep_the_five_year_brief_on_one_page(tmp_path, pdf_text):
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
        for k in range(15):
            co_ops.ask_question(store, wb, f"Vraag nummer {k + 1} over het oefenen thuis", TODAY)
        for k in range(10):
            keep_declined(store, wb, r.DeclinedReminder(None, TODAY - timedelta(days=k % 5), r.CHECKIN, "inside",
                                                        "te moe na een lange dag op het werk en veel gedoe " * 3))
        pages = pdf_text(build_workbook_pdf(store, wb, lang="nl", today=TODAY))
    finally:
        store.close()
    [start] = [i for i, page in enumerate(pages) if "Sinds de vorige keer" in page and "Om naar te kijken" in page]
    brief = " ".join(pages[start].split())
    assert "Om te bespreken" in brief  # the brief's last part, still on its own page
    after = " ".join(pages[start + 1].split())  # the "Vandaag niet" follow right after it, whole
    assert after.startswith("„Vandaag niet” bij een herinnering")
    assert after.count("iets in mezelf — „te moe na een lange dag") == 10
