"""Start-up shows the home page as it was last shown, before SQLAlchemy has loaded (issue #23) —
only while nothing changed — and reads it properly a moment later; its buttons work at once."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain.too_much import SIGNALS, CheckIn, SignalEntry
from rugschool_gui.storage import consultations, exposure
from rugschool_gui.storage import too_much as tm
from rugschool_gui.storage.db import Store

from .driving import show_active


@pytest.fixture(autouse=True)
def no_freeze(monkeypatch):
    """The app freezes the garbage collector once started; a test process must not."""
    monkeypatch.setattr(gc, "freeze", lambda: None)


def _texts(page) -> list[str]:
    """What a person sees on the page below its date line: every visible label and button."""
    out = []
    for w in [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]:
        if w.isVisibleTo(page) and w.objectName() != "home-date":
            text = w.text()
            if text:
                out.append(f"{w.objectName()}:{text}")
    return sorted(out)


def _all_text(page) -> str:
    """Every text on a page: labels, buttons and the cells of its lists and tables."""
    from PySide6.QtWidgets import QAbstractItemView

    parts = [w.text() for w in [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]]
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                parts.append(str(model.index(row, col).data() or ""))
    return " ".join(parts)


def _fill(db_path, workbook_id: str) -> None:
    store = Store(db_path)
    try:
        tm.save_checkin(store, workbook_id, CheckIn(date.today(), (SignalEntry(SIGNALS[0], 4),)))
        exposure.add_item(store, workbook_id, "Een krat tillen", 60)
        consultations.save_homework(store, workbook_id, hw.Homework(
            None, hw.FREE, date.today(), text="De folder over pijn lezen"), "psycholoog")
    finally:
        store.close()


def _start_as_the_app_does(startup_cls, qapp, db_path):
    from rugschool_gui.cli import parse_args

    s = startup_cls(qapp, parse_args(["--database", str(db_path)]))
    assert s.prepare()
    return s


def test_the_home_page_comes_back_from_its_snapshot_then_is_read_again(startup, qapp, qtbot, db_path):
    from rugschool_gui.ui.startup import Startup

    first = startup()
    _fill(db_path, first.ctx.workbook_id)
    home = first.window.page("home")
    home.refresh()  # read properly: the texts are kept
    seen = _texts(home)
    assert any("De folder over pijn lezen" in t for t in seen) and any("Een krat tillen" in t for t in seen)
    first.window.close()
    first.shutdown()

    again = _start_as_the_app_does(Startup, qapp, db_path)
    try:
        qtbot.addWidget(again.window)
        again._settle()  # what runs right after the first paint
        home = again.window.page("home")
        assert not again.ctx.store_ready  # shown without SQLAlchemy's store …
        assert _texts(home) == seen  # … exactly as it was
        qtbot.waitUntil(lambda: again.ctx.store_ready and again.reminders is not None, timeout=20_000)
        assert _texts(home) == seen  # read properly again: the same
    finally:
        again.window.close()
        again.shutdown()


def test_a_change_since_means_the_page_is_read_properly(startup, qapp, qtbot, db_path):
    from rugschool_gui.ui.startup import Startup

    first = startup()
    home = first.window.page("home")
    home.refresh()
    first.window.close()
    first.shutdown()
    _fill(db_path, first.ctx.workbook_id)  # e.g. a hand-over read in by another tool

    again = _start_as_the_app_does(Startup, qapp, db_path)
    try:
        qtbot.addWidget(again.window)
        assert not again.window.page("home").show_snapshot()
        again._settle()
        assert again.ctx.store_ready  # read at once, not from the old snapshot
        assert any("De folder over pijn lezen" in t for t in _texts(again.window.page("home")))
    finally:
        again.window.close()
        again.shutdown()


def test_a_button_of_the_snapshot_acts_on_its_task_at_once(startup, qapp, qtbot, db_path, monkeypatch):
    import threading

    from rugschool_gui.ui import after_paint as startup_module
    from rugschool_gui.ui.startup import Startup

    # the loading on the worker waits until the person has clicked: the page is still the snapshot
    clicked = threading.Event()
    load = startup_module._load_storage_modules
    monkeypatch.setattr(startup_module, "_load_storage_modules", lambda: (clicked.wait(20), load()))

    first = startup()
    _fill(db_path, first.ctx.workbook_id)
    first.window.page("home").refresh()
    first.window.close()
    first.shutdown()

    again = _start_as_the_app_does(Startup, qapp, db_path)
    try:
        qtbot.addWidget(again.window)
        show_active(qtbot, again.window)
        again._settle()
        home = again.window.page("home")
        [row] = [r for r in home.homework.rows if r.isVisibleTo(home)]
        assert row.button.text() == "Gedaan" and not home.homework.progress  # the snapshot's
        qtbot.waitUntil(lambda: row.button.isVisible() and row.button.width() > 0)
        qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)  # before the proper read finished
        clicked.set()
        [task] = consultations.list_homework(again.ctx.store, again.ctx.workbook_id)
        assert task.ticked_on == date.today()
        assert row.button.text() == "Nog niet gedaan"
    finally:
        again.window.close()
        again.shutdown()


def test_a_chapter_opened_while_start_up_still_loads_waits_for_it(startup, qapp, qtbot, db_path, monkeypatch):
    """The page's modules import the storage modules the worker is importing: the window waits for
    the worker (never two threads importing them at once), then builds the page as always."""
    import threading

    from rugschool_gui.ui import after_paint as startup_module
    from rugschool_gui.ui.startup import Startup

    first = startup()
    _fill(db_path, first.ctx.workbook_id)
    first.window.page("home").refresh()
    first.window.close()
    first.shutdown()

    order: list[str] = []
    go_on = threading.Event()
    load = startup_module._load_storage_modules

    def slow_load() -> None:
        go_on.wait(20)
        load()
        order.append("loaded")

    monkeypatch.setattr(startup_module, "_load_storage_modules", slow_load)
    again = _start_as_the_app_does(Startup, qapp, db_path)
    try:
        qtbot.addWidget(again.window)
        again._settle()
        qtbot.waitUntil(lambda: not again.ctx.storage_loaded.is_set())  # the worker has started
        threading.Timer(0.3, go_on.set).start()  # the worker goes on a moment later, by itself
        again.window.open_page("exposure")
        order.append("page")
        assert order == ["loaded", "page"]
        page = again.window.page("exposure")
        assert again.window.stack.currentWidget() is page
        assert again.ctx.store_ready
        assert "Een krat tillen" in _all_text(page)  # the page read the workbook as always
    finally:
        go_on.set()
        again.window.close()
        again.shutdown()


def _kept(db_path) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM home_snapshot").fetchone()[0]


def test_the_snapshot_is_kept_when_the_app_closes_and_matches_the_data_then(startup, qapp, qtbot, db_path):
    """Not written at each refresh (a psychologist's every switch paid for it): at closing, for
    the workbook open then — read again when something changed after the page was last read."""
    from rugschool_gui.storage.home_stamp import read_snapshot
    from rugschool_gui.storage.workbooks import create_workbook

    first = startup()
    qtbot.addWidget(first.window)
    anna = first.ctx.workbook_id
    bert = create_workbook(first.ctx.store, "Bert").id
    home = first.window.page("home")
    home.refresh()
    first.window.switch_workbook(bert)
    first.window.switch_workbook(anna)
    assert _kept(db_path) == 0  # reading and switching write nothing
    _fill(db_path, anna)  # a change after the page was last read (another tool, a hand-over)
    key = home.snapshot_key()
    first.window.close()
    first.shutdown()
    assert _kept(db_path) == 1
    kept = read_snapshot(str(db_path), anna, key)
    assert kept is not None and "De folder over pijn lezen" in str(kept)  # read again at closing
