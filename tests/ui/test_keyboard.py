"""Keyboard and wheel rules that every page shares: dates typed in one field, the wheel that
scrolls past fields, F1 for the page on screen, Enter in a number field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QSpinBox, QVBoxLayout, QWidget

from rugschool_gui.ui.widgets.date_field import DateField
from rugschool_gui.ui.widgets.keyboard import calm_inputs

from .driving import key, show_active


@pytest.fixture(autouse=True)
def dutch_dates():
    """The app sets its locale from the language at start; these tests build widgets alone."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    yield
    QLocale.setDefault(before)


def _wheel(widget, steps: int = -1) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_a_date_is_typed_day_first_in_one_field(qtbot):
    field = DateField(QDate(2026, 11, 24))
    qtbot.addWidget(field)
    field.show()
    changed = []
    field.dateChanged.connect(changed.append)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "15-3")
    key(field, Qt.Key.Key_Return)
    assert field.date() == QDate(QDate.currentDate().year(), 3, 15) and changed
    assert "maart" in field.text()


def test_a_typed_non_date_puts_the_earlier_date_back_and_says_how(qtbot):
    field = DateField(QDate(2026, 11, 24))
    qtbot.addWidget(field)
    field.show()
    field.setText("31-2")
    key(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 11, 24)
    assert field.text() == "24 november 2026"
    assert "15-3" in field.accessibleDescription()


def test_limits_are_kept_and_explained(qtbot):
    field = DateField(QDate(2026, 11, 24))
    qtbot.addWidget(field)
    field.setMinimumDate(QDate(2026, 11, 1))
    field.setText("1-1-2020")
    key(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 11, 1)
    assert "1 november 2026" in field.accessibleDescription()


def test_alt_down_opens_a_calendar_and_enter_takes_its_day(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    field = DateField(QDate(2026, 11, 24), host)
    QVBoxLayout(host).addWidget(field)
    show_active(qtbot, host)
    field.setFocus()
    key(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar()
    qtbot.waitUntil(calendar.isVisible)
    calendar.setSelectedDate(QDate(2026, 11, 20))
    calendar.activated.emit(calendar.selectedDate())  # what Enter on a day does
    assert not calendar.isVisible() and field.date() == QDate(2026, 11, 20)


def test_the_wheel_scrolls_past_a_field_without_focus_and_changes_one_with_focus(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    spin, other = QSpinBox(host), QSpinBox(host)
    lay = QVBoxLayout(host)
    lay.addWidget(spin)
    lay.addWidget(other)
    spin.setValue(40)
    calm_inputs(host)
    show_active(qtbot, host)
    other.setFocus()
    _wheel(spin)
    assert spin.value() == 40  # not focused: untouched (the page scrolls instead)
    spin.setFocus()
    _wheel(spin)
    assert spin.value() == 39


def test_the_wheel_on_the_graded_activity_goal_scrolls_the_page(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    show_active(qtbot, s.window)
    s.window.open_page("graded_activity")
    page = s.window.page("graded_activity")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.setup.goal.setValue(40)
    s.window.nav.setFocus()
    _wheel(page.setup.goal)
    assert page.setup.goal.value() == 40


def test_f1_opens_help_for_the_page_on_screen(startup, qtbot, modals):
    s = startup()
    qtbot.addWidget(s.window)
    show_active(qtbot, s.window)
    s.window.open_page("pacing")
    texts = []

    def read(dialog):
        texts.append(dialog.windowTitle() + "\n" + dialog.text.text())
        key(dialog, Qt.Key.Key_Escape)

    modals.then(read)
    qtbot.keyClick(s.window.focusWidget() or s.window, Qt.Key.Key_F1)
    assert texts and texts[0].startswith("Hulp bij deze pagina") and "weekrooster" in texts[0]
    assert not any(m for m in modals.shown)  # not the About box


def test_enter_in_the_fear_field_adds_the_step(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    show_active(qtbot, s.window)
    s.window.open_page("exposure")
    form = s.window.page("exposure").add_form
    qtbot.keyClicks(form.label, "Bukken")
    form.fear.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab from the description: all selected
    qtbot.keyClicks(form.fear, "30")
    key(form.fear, Qt.Key.Key_Return)
    from rugschool_gui.storage import exposure as repo

    [item] = repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items
    assert (item.label, item.fear) == ("Bukken", 30)
    assert form.label.text() == ""  # the form is ready for the next step


def test_a_larger_text_size_reaches_the_chapter_list_at_once(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    before = s.window.nav.font().pointSizeF()
    s.apply_setting("text_size", "larger")
    assert s.window.nav.font().pointSizeF() > before
    s.apply_setting("text_size", "normal")
