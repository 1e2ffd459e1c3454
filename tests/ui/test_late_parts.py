"""Parts of a page made when first needed (#23): the pacing page's flags and chunk calculator,
the exposure page's attempts, the graded-activity page's set-up form and running plan. Opening
the page builds what is on screen; a later part, once made, shows what it showed before and
the keyboard reaches it in the same order."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QVBoxLayout, QWidget

from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.domain.pacing import ChunkPlan
from rugschool_gui.operations import exposure as exposure_ops
from rugschool_gui.storage import pacing as pacing_repo
from rugschool_gui.ui.widgets.late_parts import LaterPart

from .driving import focused, show_active

SIZE = (1280, 860)  # the page-opening benchmark's window: the later parts lie out of view


def _chain(window: QWidget) -> list[QWidget]:
    """The window's focus chain, in order."""
    out, widget = [], window.nextInFocusChain()
    while widget is not None and widget is not window:
        out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def _tab_to(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


@pytest.fixture
def shown(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.resize(*SIZE)
    show_active(qtbot, s.window)
    return s


# ----- the pacing page ----------------------------------------------------------------------
def test_pacing_makes_the_part_below_the_grid_when_it_scrolls_into_view(shown, qtbot):
    s = shown
    pacing_repo.save_chunk_plan(s.ctx.store, s.ctx.workbook_id, ChunkPlan(None, "Tuin wieden", 60, 20, 15, 120))
    s.window.open_page("pacing")
    page = s.window.page("pacing")
    qtbot.waitExposed(page)
    assert not page.below_grid.is_made()  # out of view: not built when the page opened
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(page.below_grid.is_made, timeout=3000)
    # what it shows is read when it is made: the saved plan, the (empty) week's flags
    assert page.chunks.saved.count() == 1 and "Tuin wieden" in page.chunks.saved.item(0).text()
    assert page.chunks.saved.isVisibleTo(page) and page.flags.open_flags() == []
    assert page.chunks.isVisibleTo(page) and page.flags.isVisibleTo(page)


def test_tab_from_the_week_grid_goes_on_into_the_part_below_and_back(shown, qtbot):
    s = shown
    s.window.open_page("pacing")
    page = s.window.page("pacing")
    assert not page.below_grid.is_made()
    cell = page.grid.current_cell()
    _tab_to(qtbot, cell)
    qtbot.keyClick(cell, Qt.Key.Key_Tab)
    assert page.below_grid.is_made()
    # an empty week has no flags to set aside: the chunk calculator's first field is next
    assert focused() is page.chunks.name
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert page.chunks.isAncestorOf(focused()) and focused() is not page.chunks.name  # on through the part
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is page.chunks.name
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is cell  # Shift+Tab goes back to the grid, as before


def test_opening_the_page_again_leaves_the_part_below_for_the_first_tab(shown, qtbot):
    """The page takes over the focus from the page put away for it: that alone does not make the
    part (it made it at every second opening, ~70 ms); the first Tab on the page does, and Tab
    then goes through the page's own controls first, as always."""
    s = shown
    s.window.open_page("pacing")
    page = s.window.page("pacing")
    s.window.open_page("home")
    home = s.window.page("home")
    home.setFocus(Qt.FocusReason.OtherFocusReason)  # the focus on the page, as a person leaves it
    qtbot.waitUntil(lambda: focused() is home, timeout=3000)
    s.window.open_page("pacing")
    qtbot.waitUntil(lambda: focused() is page, timeout=3000)  # the page has the focus (Page Up/Down)
    assert not page.below_grid.is_made()
    qtbot.keyClick(page, Qt.Key.Key_Tab)
    assert page.below_grid.is_made()
    assert page.isAncestorOf(focused()) and not page.below_grid.isAncestorOf(focused())


def test_a_change_to_the_week_before_the_part_is_made_shows_when_it_is(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.open_page("pacing")
    page = s.window.page("pacing")
    assert not page.below_grid.is_made()
    plan = ChunkPlan(None, "Ramen lappen", 90, 30, 10, 180)
    from rugschool_gui.operations import pacing as ops

    assert s.ctx.run(ops.save_chunk_plan, plan, source=object()) is not None  # written elsewhere
    assert not page.below_grid.is_made()  # the reload did not build it
    texts = [page.chunks.saved.item(i).text() for i in range(page.chunks.saved.count())]  # asked for: made
    assert any("Ramen lappen" in t for t in texts)


# ----- the exposure page --------------------------------------------------------------------
def test_exposure_makes_the_attempts_when_they_scroll_into_view(shown, qtbot):
    s = shown
    elsewhere = object()
    added = s.ctx.run(exposure_ops.add_item, "Bukken", 40, source=elsewhere)
    assert added is not None
    item = added.result.value
    when = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert s.ctx.run(exposure_ops.save_attempt, Attempt(id="", item_id=item.id, when=when, expected_fear=60),
                     source=elsewhere) is not None
    s.window.open_page("exposure")
    page = s.window.page("exposure")
    qtbot.waitExposed(page)
    assert not page.attempts_place.is_made()
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(page.attempts_place.is_made, timeout=3000)
    panel = page.attempts
    assert panel.table.rowCount() == 1 and "gepland" in panel.table.item(0, 3).text()
    assert "Bukken" in panel.heading.text() and panel.new_button.isEnabled()


# ----- the graded-activity page ---------------------------------------------------------------
def test_graded_activity_builds_only_the_part_its_plan_needs(startup, qtbot):
    from .test_graded_activity import fill_form

    s = startup()
    qtbot.addWidget(s.window)
    s.window.open_page("graded_activity")
    page = s.window.page("graded_activity")
    assert page._setup is None and page._running is None  # no plan: neither form is built
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page._setup is not None and page._running is None and page.setup.isVisibleTo(page)
    fill_form(qtbot, page)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page._running is not None and page.running.isVisibleTo(page) and not page.setup.isVisibleTo(page)
    # the keyboard order is the page's order: the invitation, the set-up form, the running plan
    chain = _chain(s.window)
    assert chain.index(page.new_button) < chain.index(page.setup.activity) < chain.index(page.setup.start_button)
    assert chain.index(page.setup.start_button) < chain.index(page.running.log_button)


# ----- the place itself -------------------------------------------------------------------------
@pytest.fixture
def place(qtbot):
    area = QScrollArea()
    area.setWidgetResizable(True)
    body = QWidget()
    v = QVBoxLayout(body)
    before = QPushButton("before")
    tall = QWidget()
    tall.setMinimumHeight(2000)  # the place lies far below the fold
    v.addWidget(before)
    v.addWidget(tall)
    made: list[QWidget] = []

    def make() -> QWidget:
        part = QWidget()
        inner = QVBoxLayout(part)
        for text in ("first", "last"):
            inner.addWidget(QPushButton(text))
        made.append(part)
        return part

    later = LaterPart(make, area, body, estimate=10)
    v.addWidget(later)
    after = QPushButton("after")
    v.addWidget(after)
    area.setWidget(body)
    # a window with a control outside the page that has the focus first (as the chapter list has)
    window = QWidget()
    outer = QVBoxLayout(window)
    outside = QPushButton("outside")
    outer.addWidget(outside)
    outer.addWidget(area)
    window.resize(400, 340)
    qtbot.addWidget(window)
    outside.setFocus()
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is outside, timeout=3000)
    yield area, later, before, after, made  # (the window is kept alive until the test ends)
    window.close()


def _buttons(part: QWidget) -> list[QPushButton]:
    return part.findChildren(QPushButton)


def test_a_later_part_is_not_made_out_of_view_and_holds_its_room(place):
    _area, later, _before, _after, made = place
    assert made == [] and not later.is_made()
    assert later.height() >= 10 * later.fontMetrics().height()  # the scroll bar is about as long


def test_tab_into_a_later_part_makes_it_and_goes_to_its_first_control(place, qtbot):
    _area, later, before, after, made = place
    _tab_to(qtbot, before)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert len(made) == 1 and focused().text() == "first"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused().text() == "last"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is after


def test_shift_tab_into_a_later_part_goes_to_its_last_control(place, qtbot):
    _area, later, _before, after, made = place
    _tab_to(qtbot, after)
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert len(made) == 1 and focused().text() == "last"


def test_scrolling_a_later_part_into_view_makes_it_once(place, qtbot):
    area, later, _before, _after, made = place
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(later.is_made, timeout=3000)
    bar.setValue(0)
    bar.setValue(bar.maximum())
    assert len(made) == 1 and [b.text() for b in _buttons(later)] == ["first", "last"]


def test_the_place_of_a_later_part_is_never_a_tab_stop(place, qtbot):
    """A screen reader would announce an empty, unnamed stop: the keyboard coming onto the page
    makes the part, and Tab goes from the control before it straight to the part's first."""
    _area, later, before, after, made = place
    assert later.focusPolicy() == Qt.FocusPolicy.NoFocus
    seen = []

    def note(_old, new) -> None:
        seen.append(new)

    app = QApplication.instance()
    app.focusChanged.connect(note)
    try:
        _tab_to(qtbot, before)
        assert len(made) == 1  # made as the keyboard came onto the page
        for _ in range(3):
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    finally:
        app.focusChanged.disconnect(note)
    assert later not in seen and [w.text() for w in seen[-3:]] == ["first", "last", "after"]
