"""Long logs and long texts on paper (issue #18): every entry printed once, in order, and a
log read a page at a time (how the time grows with the pages: bench/pdf_history.py, never a timed test)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.storage import exposure
from rugschool_gui.storage.workbooks import create_workbook


def test_a_long_table_prints_every_row_once_in_order(pdf_text):
    from rugschool_gui.export.document import WorkbookDocument
    from rugschool_gui.export.layout import print_language
    from rugschool_gui.export.long_table import LongTable
    from rugschool_gui.export.styles import long_table, para

    rows = list(range(1500))
    t = long_table([para("Nummer", "cellbold"), para("Tekst", "cellbold")], rows,
                   lambda i: [para(f"rij{i:04d}", "cell"), para("een beetje tekst " * (1 + i % 4), "cell")],
                   [40, 400], tail=[para("einde van de lijst", "small")])
    assert isinstance(t, LongTable)
    buffer = io.BytesIO()
    doc = WorkbookDocument(buffer, title="t", lang="nl-BE", footer_label="%1/%2", footer_left="")
    token = print_language.set("nl")
    doc.build_story([t])
    print_language.reset(token)
    text = "\n".join(pdf_text(buffer.getvalue()))
    found = [line for line in text.split() if line.startswith("rij")]
    assert found == [f"rij{i:04d}" for i in rows]
    assert text.count("Nummer") == len(pdf_text(buffer.getvalue()))  # the header on every page
    assert text.rstrip().split("einde van de lijst")[0].split()[-5:]  # the tail closes the table


def test_a_100000_character_note_prints_whole(store, pdf_text):
    wb = create_workbook(store, "Anna")
    item = exposure.add_item(store, wb.id, "Bukken", 30)
    words = " ".join(f"w{i}" for i in range(20000))  # about 120,000 characters
    exposure.save_attempt(store, wb.id, Attempt(id="", item_id=item.id, when=datetime(2026, 11, 2, 9, tzinfo=UTC),
                                                note=words))
    data = build_workbook_pdf(store, wb.id, chapters=["exposure"], today=date(2026, 11, 24))
    printed = [w for w in " ".join(pdf_text(data)).split() if w.startswith("w") and w[1:].isdigit()]
    assert printed == [f"w{i}" for i in range(20000)]


def test_every_attempt_is_read_a_page_at_a_time(store, monkeypatch, pdf_text):
    wb = create_workbook(store, "Anna")
    item = exposure.add_item(store, wb.id, "Bukken", 30)
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for i in range(120):
        exposure.save_attempt(store, wb.id, Attempt(id="", item_id=item.id, when=start + timedelta(days=2 * i),
                                                    expectation=f"poging{i}", expected_fear=50))
    limits = []
    real = exposure.list_attempts

    def spy(*args, **kwargs):
        limits.append(kwargs.get("limit"))
        return real(*args, **kwargs)

    monkeypatch.setattr(exposure, "list_attempts", spy)
    data = build_workbook_pdf(store, wb.id, chapters=["exposure"], today=date(2026, 11, 24), full_history=True)
    assert limits and all(limit is not None and limit <= 500 for limit in limits)  # never all at once
    text = " ".join(" ".join(pdf_text(data)).split())
    assert [w for w in text.split() if w.startswith("poging") and w[6:].isdigit()] == [
        f"poging{i}" for i in range(120)]
    recent = " ".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["exposure"], today=date(2026, 9, 1))))
    flat = " ".join(recent.split())  # twelve weeks back: from 9 June, attempts 80 … 119
    assert "poging119" in flat and "poging80" in flat and "poging79" not in flat
    assert "Daarvoor nog 80 eerdere notities, van 1 januari 2026 tot 8 juni 2026." in flat
