"""The parts of "Te veel" and "Te weinig" are built when first shown (#23): opening the chapter
builds the part on screen only; a change made elsewhere to a part not built yet shows when that
part is opened; every part is still reached by keyboard and named for a screen reader."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rugschool_gui.domain.too_much import SignalEntry
from rugschool_gui.storage import too_much as repo
from rugschool_gui.ui.widgets.inputs import rating_value

from .driving import focused, show_active

TODAY = date.today()
TODAY_FROM_THE_CLOCK = True  # read again as each test starts (conftest)


@pytest.fixture
def too_much(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.open_page("too_much")
    return s, s.window.page("too_much")


def test_opening_the_chapter_builds_only_the_part_on_screen(too_much, qtbot):
    _s, page = too_much
    assert list(page._built) == [0]
    assert page.tabs.widget(1).widget() is None  # "Signalen": its scroll area is still empty
    # every part is named for a screen reader before it is built
    names = [page.tabs.widget(i).accessibleName() for i in range(page.tabs.count())]
    assert names[1] == "Inhoud van Stresssignalen" and all(n.startswith("Inhoud van ") for n in names)
    qtbot.mouseClick(page.section_button(1), Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == 1
    assert page.tabs.widget(1).widget() is page.signals
    assert sorted(page._built) == [0, 1]


def test_a_change_made_elsewhere_shows_in_a_part_opened_later(too_much, qtbot):
    s, page = too_much
    from rugschool_gui.operations import too_much as ops

    # another page notes today's stress signals (the home page, a reminder): this page hears of it
    elsewhere = object()
    assert s.ctx.run(ops.save_checkin, TODAY, [SignalEntry("falling_asleep", 6, "piekeren")],
                     source=elsewhere) is not None
    assert 1 not in page._built
    qtbot.mouseClick(page.section_button(1), Qt.MouseButton.LeftButton)
    row = next(r for r in page.signals.rows if r.key == "falling_asleep")
    assert row.box.isChecked() and rating_value(row.intensity) == 6 and row.note.text() == "piekeren"


def test_the_questions_show_earlier_answers_the_first_time_they_are_opened(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    repo.save_answer(s.ctx.store, s.ctx.workbook_id, "energy", TODAY - timedelta(days=20), "Niets eigenlijk")
    s.window.open_page("too_much")
    page = s.window.page("too_much")
    qtbot.mouseClick(page.section_button(2), Qt.MouseButton.LeftButton)
    box = next(b for b in page.reflections.boxes if b.key == "energy")
    assert "Niets eigenlijk" in box.history.text()


def test_a_part_chosen_by_keyboard_is_built_and_tab_goes_into_it(too_much, qtbot):
    s, page = too_much
    show_active(qtbot, s.window)
    button = page.section_button(1)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=3000)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.tabs.currentIndex() == 1
    for _ in range(len(page._tab_pages)):  # past the other parts' choices
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if page.signals.isAncestorOf(focused()):
            break
    assert page.signals.isAncestorOf(focused()), f"Tab went to {focused().objectName()!r}"


def test_doing_too_little_builds_its_parts_when_asked(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.open_page("too_little")
    page = s.window.page("too_little")
    assert list(page._built) == [0]
    scores = page.scores  # asked for (a reminder, a test): built then, with its rows read
    assert sorted(page._built) == [0, 2] and page.tabs.widget(2).widget() is scores
    assert scores in page._tab_pages and page._tab_pages.index(scores) == 2
    assert page.tabs.currentIndex() == 0  # asking does not change what is on screen


def test_each_questions_earlier_answers_say_which_question_they_answer(startup, qtbot):
    """Five "earlier answers" boxes on one tab: a screen reader hears which question each is for."""
    from datetime import date, timedelta

    from rugschool_gui.domain.too_much import QUESTIONS
    from rugschool_gui.storage import too_much as repo
    from rugschool_gui.ui.chapters.too_much.texts import question

    s = startup()
    qtbot.addWidget(s.window)
    earlier = date.today() - timedelta(days=7)
    for key in QUESTIONS:
        repo.save_answer(s.ctx.store, s.ctx.workbook_id, key, earlier, "Rustiger aan doen.")
    s.window.open_page("too_much")
    boxes = s.window.page("too_much").reflections.boxes
    names = [box.history.accessibleName() for box in boxes]
    assert len(set(names)) == len(QUESTIONS)
    for box, name in zip(boxes, names, strict=True):
        assert question(box.key) in name
        assert "Rustiger aan doen." in box.history.accessibleDescription()


def test_arrow_keys_follow_the_parts_in_order_also_when_their_row_wraps(startup, qtbot):
    """At the largest text the parts wrap onto two rows; Right still goes to the next part in order
    (Qt's own arrows went by position: from the end of the first row, nowhere)."""
    from PySide6.QtCore import Qt

    from .driving import show_active

    s = startup()
    qtbot.addWidget(s.window)
    s.apply_setting("text_size", "larger")
    s.window.resize(1280, 720)
    show_active(qtbot, s.window)
    s.window.open_page("too_much")
    page = s.window.page("too_much")
    buttons = [page.section_button(i) for i in range(page.tabs.count())]
    rows = {b.y() for b in buttons}
    assert len(rows) > 1, "the parts wrap at this size (else this test proves nothing)"
    buttons[0].setFocus()
    seen = []
    for _ in range(len(buttons)):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Right)
        seen.append(page.tabs.currentIndex())
        assert page.focusWidget() is buttons[page.tabs.currentIndex()]
    assert seen == [*range(1, len(buttons)), 0]  # in order, round to the first
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_End)
    assert page.tabs.currentIndex() == len(buttons) - 1
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Up)
    assert page.tabs.currentIndex() == len(buttons) - 2
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Home)
    assert page.tabs.currentIndex() == 0 and buttons[0].isChecked()


def test_the_page_scrolls_as_one_and_page_down_reaches_it_from_any_control(too_much, qtbot):
    """At the largest text on a 1280×720 screen the chosen part had ~280 px under a fixed title:
    now the title, the row of parts and the part scroll together. A short part leaves no room
    the size of a long one seen before, and Page Down scrolls from the row of parts and from a
    check box alike (keys a control leaves unused reach the page)."""
    s, page = too_much
    s.apply_setting("text_size", "larger")
    s.window.resize(1280, 720)
    show_active(qtbot, s.window)
    bar = page.scroller.verticalScrollBar()
    assert bar.maximum() > 0 and not page.tabs.widget(0).findChildren(type(page.scroller))  # one scroller
    button = page.section_button(0)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    box = next(iter(page.causes.boxes.values()))
    box.setFocus()
    before = bar.value()
    qtbot.keyClick(box, Qt.Key.Key_PageUp)
    assert bar.value() < before
    # the long part first, then a short one: the page is as tall as the short one needs
    def height_after_choosing(part: int) -> int:
        qtbot.mouseClick(page.section_button(part), Qt.MouseButton.LeftButton)
        for _ in range(5):  # the layouts, each a posted event
            QApplication.processEvents()
        return page.scroller.widget().height()

    long_height = height_after_choosing(1)  # "Stresssignalen": every signal, and the chart
    assert height_after_choosing(3) < long_height * 0.75  # "Uitlaatklep"
    s.apply_setting("text_size", "normal")
