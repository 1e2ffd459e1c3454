"""The psychologist's overview is read ahead on the housekeeping thread after start-up (#23): its
first opening shows exactly what a fresh read shows, including a change made after the read
ahead, and a patient's single workbook is not read ahead at all."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from rugschool_gui.domain.too_much import CheckIn, SignalEntry
from rugschool_gui.storage import exposure, too_much
from rugschool_gui.storage.workbooks import create_workbook

TODAY = date.today()
TODAY_FROM_THE_CLOCK = True  # read again as each test starts (conftest)


def _cells(page) -> list[list[str]]:
    model = page.proxy
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())]


def _clinic(startup, db_path):
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed

    upgrade_if_needed(db_path)
    store = Store(db_path)
    try:
        anna = create_workbook(store, "Anna Peeters")
        exposure.add_item(store, anna.id, "Bukken", 30)
        bert = create_workbook(store, "Bert Maes")
    finally:
        store.close()
    return startup(), anna, bert


def test_the_overview_read_ahead_is_what_a_fresh_read_shows(startup, qtbot, db_path):
    from rugschool_gui.ui.overview import OverviewPage

    s, anna, bert = _clinic(startup, db_path)
    qtbot.addWidget(s.window)
    s.window.resize(1280, 860)
    s.window.show()
    assert s.ctx.overview_ahead is not None  # read on the worker once start-up settled
    assert {o.name for o in s.ctx.overview_ahead.facts.values()} >= {"Anna Peeters", "Bert Maes"}
    # a change after the read ahead: Bert notes stress signals today
    too_much.save_checkin(s.ctx.store, bert.id, CheckIn(TODAY, (SignalEntry("palpitations"), SignalEntry("falling_asleep"))))
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    assert sorted(r[0] for r in _cells(page)) == ["Anna Peeters", "Bert Maes"]
    assert s.ctx.overview_ahead is None  # taken over by the page
    fresh = OverviewPage(s.ctx)  # the same page reading everything itself
    qtbot.addWidget(fresh)
    fresh.reload()
    assert page.model.rows() == fresh.model.rows()  # every cue of every workbook the same
    row = [r for r in _cells(page) if r[0] == "Bert Maes"][0]
    assert row[7].startswith("2 deze week")  # the change is there, not the read-ahead's view
    QCoreApplication.processEvents()


def test_a_single_patient_workbook_is_not_read_ahead(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.ctx.settings.role = "patient"
    assert s.ctx.overview_ahead is None or len(s.ctx.workbooks()) > 1
    assert len(s.ctx.workbooks()) == 1 and s.ctx.overview_ahead is None


def test_reading_ahead_a_few_workbooks_at_a_time_gives_the_same_overview(db_path, monkeypatch):
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.ui import overview_warmup

    upgrade_if_needed(db_path)
    store = Store(db_path)
    try:
        for i, name in enumerate(["Anna Peeters", "Bert Maes", "Chris Wouters", "Dina Claes", "Els Jacobs"]):
            book = create_workbook(store, name)
            exposure.add_item(store, book.id, f"Stap {i}", 10 * (i + 1))
            signals = (SignalEntry("palpitations"), SignalEntry("falling_asleep"))[: i % 2 + 1]
            too_much.save_checkin(store, book.id, CheckIn(TODAY, signals))
    finally:
        store.close()
    url = f"sqlite:///{db_path}"
    monkeypatch.setattr(overview_warmup, "CHUNK", 2)  # three rounds: 2, 2 and 1 workbooks
    in_rounds = overview_warmup.read_ahead(url, TODAY)
    monkeypatch.setattr(overview_warmup, "CHUNK", 100)
    at_once = overview_warmup.read_ahead(url, TODAY)
    assert len(in_rounds.facts) == 5
    assert in_rounds.facts == at_once.facts and in_rounds.marks == at_once.marks
