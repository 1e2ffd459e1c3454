"""The pacing page as a person uses it: plan, move by drag and keyboard, split and re-join,
copy a week, set a flag aside, the chunk calculator, the break timer, the calendar export."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from rugschool_gui.domain.pacing import Activity, ChunkPlan
from rugschool_gui.storage import pacing as repo
from rugschool_gui.ui.chapters.pacing import summary
from rugschool_gui.ui.chapters.pacing.timer_dialog import TimerDialog

from .driving import choose, click, focused, key, press, save, show_active, type_into

MONDAY = date(2026, 11, 23)


@pytest.fixture
def opened(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.open_page("pacing")
    page = s.window.page("pacing")
    page.today = lambda: MONDAY + timedelta(days=1)
    page.show_week(MONDAY)
    return s, page


def week(s, monday=MONDAY):
    return [(a.day, a.part, a.position, a.name) for a in repo.list_week(s.ctx.store, s.ctx.workbook_id, monday)]


def plan(s, name, day=0, part="morning", minutes=30, **kw):
    return repo.save_activity(s.ctx.store, s.ctx.workbook_id, MONDAY, Activity(None, day, part, name, minutes, **kw))


def test_add_an_activity_through_the_form(opened, qtbot, modals):
    s, page = opened

    def fill(dialog):
        type_into(dialog.name, "Stofzuigen")
        choose(dialog.day, "Woensdag")
        choose(dialog.part, "Middag")
        type_into(dialog.minutes, "25")
        click(dialog.findChild(QRadioButton, "motive-want"))
        save(dialog)

    modals.then(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    saved = repo.list_week(s.ctx.store, s.ctx.workbook_id, MONDAY)
    assert [(a.day, a.part, a.name, a.minutes, a.motive) for a in saved] == [(2, "afternoon", "Stofzuigen", 25, "want")]
    cell = page.grid.cells[(2, "afternoon")]
    assert cell.count() == 1 and "♥ Stofzuigen" in cell.item(0).text()


def test_enter_saves_and_esc_cancels_the_form(opened, qtbot, modals):
    s, page = opened

    def typed_then_enter(dialog):
        type_into(dialog.name, "Lezen")
        key(dialog.name, Qt.Key.Key_Return)

    modals.then(typed_then_enter)
    page.add(1, "evening")
    assert week(s) == [(1, "evening", 0, "Lezen")]

    def changed_then_escape(dialog):
        type_into(dialog.name, "Iets anders")
        key(dialog.name, Qt.Key.Key_Escape)

    modals.then(changed_then_escape)
    page.edit(repo.list_week(s.ctx.store, s.ctx.workbook_id, MONDAY)[0].id)
    assert week(s) == [(1, "evening", 0, "Lezen")]


def test_edit_an_activity_and_tick_it_done(opened, qtbot, modals):
    s, page = opened
    a = plan(s, "Wandelen", day=3, part="afternoon", minutes=20)
    page.reload()

    def tick_done(dialog):
        assert dialog.name.text() == "Wandelen"
        click(dialog.done_box)
        type_into(dialog.pain, "3")
        press(dialog, "Opslaan")

    modals.then(tick_done)
    page.grid.select(a.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    saved = repo.list_week(s.ctx.store, s.ctx.workbook_id, MONDAY)[0]
    assert (saved.name, saved.done, saved.pain) == ("Wandelen", True, 3)


def test_an_empty_name_is_refused_in_the_form(opened, qtbot, modals):
    s, page = opened
    messages = []

    def save_empty(dialog):
        type_into(dialog.name, "")
        save(dialog)

    def read_and_cancel(dialog):
        messages.append(dialog.message.text() if dialog.message.isVisibleTo(dialog) else "")
        press(dialog, "Annuleren")

    modals.then(save_empty).then(read_and_cancel)
    page.add(0, "morning")
    assert messages and "naam" in messages[0]
    assert week(s) == []


def test_drop_on_another_cell_moves_and_undo_moves_back(opened):
    s, page = opened
    a = plan(s, "A")
    plan(s, "B")
    page.reload()
    page.grid.cells[(3, "evening")].dropped.emit(a.id, 3, "evening", 0)
    assert week(s) == [(0, "morning", 0, "B"), (3, "evening", 0, "A")]
    s.window.act_undo.trigger()
    assert week(s) == [(0, "morning", 0, "A"), (0, "morning", 1, "B")]


def test_keyboard_moves_a_day_and_a_day_part(opened, qtbot):
    s, page = opened
    a = plan(s, "A")
    page.reload()
    page.grid.select(a.id)
    cell = page.grid.cells[(0, "morning")]
    qtbot.keyClick(cell, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert week(s) == [(1, "morning", 0, "A")]
    qtbot.keyClick(page.grid.cells[(1, "morning")], Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert week(s) == [(1, "afternoon", 0, "A")]
    qtbot.keyClick(page.grid.cells[(1, "afternoon")], Qt.Key.Key_Space)
    assert repo.list_week(s.ctx.store, s.ctx.workbook_id, MONDAY)[0].done


def test_split_and_join_from_the_page(opened, modals):
    s, page = opened
    cook = plan(s, "Eten maken", part="afternoon", minutes=60)
    page.reload()
    page.grid.select(cook.id)
    assert page.split_button.text() == "Opsplitsen…"

    def fill(dialog):
        type_into(dialog.rows[0][0], "Aardappelen schillen")
        choose(dialog.rows[0][2], "Ochtend")
        type_into(dialog.rows[0][3], "20")
        type_into(dialog.rows[1][0], "Koken")
        choose(dialog.rows[1][2], "Middag")
        type_into(dialog.rows[1][3], "40")
        press(dialog, "Opsplitsen")

    modals.then(fill)
    page.split_or_join()
    assert week(s) == [(0, "morning", 0, "Aardappelen schillen"), (0, "afternoon", 0, "Koken")]
    piece = repo.list_week(s.ctx.store, s.ctx.workbook_id, MONDAY)[0]
    page.grid.select(piece.id)
    assert page.split_button.text() == "Stukken samenvoegen"
    page.split_or_join()
    assert week(s) == [(0, "morning", 0, "Eten maken")]
    s.window.act_undo.trigger()  # back to the pieces
    assert len(week(s)) == 2
    s.window.act_undo.trigger()  # back to the one task
    assert week(s) == [(0, "afternoon", 0, "Eten maken")]


def test_copy_week_goes_to_the_next_and_refuses_twice(opened, qtbot, no_modal_boxes):
    s, page = opened
    plan(s, "A")
    page.reload()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.monday == MONDAY + timedelta(days=7)
    assert week(s, MONDAY + timedelta(days=7)) == [(0, "morning", 0, "A")]
    page.show_week(MONDAY)
    rejected = []
    s.ctx.hub.rejected.connect(rejected.append)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert rejected and "volgende week heeft al een planning" in rejected[0].lower()


def test_flags_are_shown_and_can_be_set_aside(opened, qtbot):
    s, page = opened
    plan(s, "Tuin wieden", minutes=90)
    page.reload()
    titles = [f.key for f in page.flags.open_flags()]
    assert "long_physical" in titles and "no_want_day" in titles
    assert "⚑" in page.grid.day_labels[0].text()
    long_flag = next(f for f in page.flags.open_flags() if f.key == "long_physical")
    page.flags.dismiss.emit(long_flag.id, True)
    assert "long_physical" not in [f.key for f in page.flags.open_flags()]
    assert page.flags.folded.text() == "1 genegeerd aandachtspunt"
    page.flags.dismiss.emit(long_flag.id, False)
    assert "long_physical" in [f.key for f in page.flags.open_flags()]


def test_chunk_calculator_shows_the_garden_example(opened):
    _s, page = opened
    c = page.chunks
    c.work.setValue(60)
    c.chunk.setValue(20)
    c.pause.setValue(15)
    c.recovery.setValue(120)
    assert "samen 90 min" in c.result.text() and "180 min" in c.result.text()
    assert "90 min sneller" in c.result.text()
    c.chunk.setValue(0)
    assert "groter is dan nul" in c.result.text() and not c.timer_button.isEnabled()


def test_timer_with_a_fake_clock_records_the_breaks(opened, qtbot):
    s, page = opened
    now = [1000.0]
    dialog = TimerDialog(s.ctx, ChunkPlan(None, "Tuin", 60, 20, 15, 120), page, clock=lambda: now[0])
    qtbot.addWidget(dialog)
    assert dialog.phase.text() == "Werken" and dialog.remaining.text() == "20:00"
    now[0] += 20 * 60 + 5
    dialog.refresh()
    assert dialog.phase.text().startswith("Pauze") and dialog.remaining.text() == "14:55"
    now[0] += 15 * 60
    dialog.refresh()
    dialog.skip()  # skip the rest of the 2nd work block → 2nd break
    dialog.skip()  # … and skip that break: not taken
    now[0] += 20 * 60
    dialog.refresh()
    assert dialog.phase.text() == "Klaar"
    taken, planned = repo.breaks_in_week(s.ctx.store, s.ctx.workbook_id, date.today() - timedelta(days=date.today().weekday()))
    assert (taken, planned) == (1, 2)


def test_ics_export_writes_a_calendar_file(opened, tmp_path, monkeypatch, no_modal_boxes):
    from PySide6.QtWidgets import QFileDialog

    s, page = opened
    plan(s, "Stofzuigen", minutes=30)
    page.reload()
    target = tmp_path / "week.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_ics()
    text = target.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and "SUMMARY:Stofzuigen" in text and "DTSTART:20261123T090000" in text
    assert (target.stat().st_mode & 0o077) == 0  # readable by the user only
    assert no_modal_boxes and "week.ics" in no_modal_boxes[-1]


def test_home_summary(opened):
    s, page = opened
    plan(s, "A", minutes=90)
    text = summary(s.ctx, MONDAY + timedelta(days=2))
    assert text.startswith("Deze week: 1 activiteit, 0 gedaan, ")
    assert "aandachtspunten" in text


def test_the_week_planner_by_keyboard_alone(opened, qtbot, modals):
    """Tab into the grid (one stop), arrows to Wednesday afternoon, Enter plans there, Enter on
    the activity edits it, Delete removes it, Ctrl+Z brings it back."""
    s, page = opened
    show_active(qtbot, page.window())
    first = page.grid.cells[(0, "morning")]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    stops = sum(1 for c in page.grid.cells.values() if c.focusPolicy() & Qt.FocusPolicy.TabFocus)
    assert stops == 1  # the grid is one Tab stop, not 21
    for k in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(focused(), k)
    assert QApplication.focusWidget() is page.grid.cells[(2, "afternoon")]

    def plan_it(dialog):
        assert dialog.day.currentData() == 2 and dialog.part.currentData() == "afternoon"
        qtbot.keyClicks(dialog.name, "Strijken")
        key(dialog.name, Qt.Key.Key_Return)

    modals.then(plan_it)
    qtbot.keyClick(page.grid.cells[(2, "afternoon")], Qt.Key.Key_Return)
    assert week(s) == [(2, "afternoon", 0, "Strijken")]
    # the keyboard is back in the cell (offscreen Qt does not re-activate the window by itself)
    assert page.window().focusWidget() is page.grid.cells[(2, "afternoon")]

    def rename(dialog):
        type_into(dialog.name, "Strijken, 15 minuten")
        key(dialog.name, Qt.Key.Key_Return)

    modals.then(rename)
    qtbot.keyClick(page.window().focusWidget(), Qt.Key.Key_Return)
    assert week(s) == [(2, "afternoon", 0, "Strijken, 15 minuten")]
    # the keyboard is back in the cell (offscreen Qt does not re-activate the window by itself)
    assert page.window().focusWidget() is page.grid.cells[(2, "afternoon")]
    qtbot.keyClick(page.window().focusWidget(), Qt.Key.Key_Delete)
    assert week(s) == []
    show_active(qtbot, page.window())  # shortcuts reach the active window only
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert week(s) == [(2, "afternoon", 0, "Strijken, 15 minuten")]


def test_the_new_activity_button_plans_in_the_cell_last_used(opened, qtbot, modals):
    s, page = opened
    page.grid.focus_cell(4, "evening")
    modals.then(lambda d: (type_into(d.name, "Vrienden bellen"), save(d)))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert week(s) == [(4, "evening", 0, "Vrienden bellen")]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_week_fits_a_laptop_screen_without_scrolling_sideways(startup, qtbot, language, size):
    s = startup("--lang", language)
    qtbot.addWidget(s.window)
    s.window.resize(*size)
    s.window.show()
    s.window.open_page("pacing")
    page = s.window.page("pacing")
    qtbot.waitUntil(lambda: page.viewport().width() > 0)
    assert page.horizontalScrollBar().maximum() == 0, f"{page.body.minimumSizeHint().width()} > {page.viewport().width()}"


def test_the_page_shows_its_own_change_once(opened, monkeypatch):
    s, page = opened
    a = plan(s, "A")
    page.reload()
    calls = []
    reload = page.reload
    monkeypatch.setattr(page, "reload", lambda: (calls.append(1), reload()))
    page.delete(a.id)
    assert calls == [1] and page.grid.cells[(0, "morning")].count() == 0


def test_a_change_from_elsewhere_reaches_the_grid(opened):
    from rugschool_gui.operations import pacing as ops

    s, page = opened
    s.ctx.run(ops.save_activity, MONDAY, Activity(None, 5, "evening", "Uitlaatklep", 30, motive="want"))
    assert "Uitlaatklep" in page.grid.cells[(5, "evening")].item(0).text()


def test_user_text_that_looks_like_a_placeholder_shows_exactly(opened, qtbot):
    from rugschool_gui.ui.chapters.pacing.split_dialog import SplitDialog

    s, page = opened
    name = "tillen %4 keer {x} %1"
    a = plan(s, name, minutes=40)
    page.reload()
    assert page.grid.cells[(0, "morning")].item(0).text().startswith(name)
    dialog = SplitDialog(a, page)
    qtbot.addWidget(dialog)
    assert dialog.intro.text().startswith(f"Verdeel „{name}” (40 min) in stukken")
    page.delete(a.id)
    assert s.window.act_undo.text() == f"&Ongedaan maken: „{name}” verwijderen"
    c = page.chunks
    c.name.setText("%2 klus {name}")
    qtbot.mouseClick(c.save_button, Qt.MouseButton.LeftButton)
    assert c.saved.item(0).text() == "%2 klus {name}: 60 min in blokken van 20 min, 15 min pauze"
    timer = TimerDialog(s.ctx, c.current_plan(), page, clock=lambda: 0.0)
    qtbot.addWidget(timer)
    assert timer.windowTitle() == "Pauzetimer: %2 klus {name}"
    timer.ticker.stop()


def test_undo_follows_the_workbook_on_screen(opened):
    from rugschool_gui.storage.workbooks import create_workbook

    s, page = opened
    anna = s.ctx.workbook_id
    a = plan(s, "Stofzuigen")
    page.reload()
    page.delete(a.id)
    bert = create_workbook(s.ctx.store, "Bert")
    s.window.switch_workbook(bert.id)
    assert not s.window.act_undo.isEnabled()  # Bert's workbook has nothing to undo
    s.window.act_undo.trigger()
    assert repo.list_week(s.ctx.store, anna, MONDAY) == []
    s.window.switch_workbook(anna)
    assert s.window.act_undo.isEnabled()
    s.window.act_undo.trigger()
    assert [x.name for x in repo.list_week(s.ctx.store, anna, MONDAY)] == ["Stofzuigen"]
    assert page.grid.cells[(0, "morning")].count() == 1


def test_a_refused_undo_says_why_and_writes_nothing(opened):
    s, page = opened
    a = plan(s, "A")
    page.reload()
    page.grid.select(a.id)
    page._toggle_done(a.id)
    repo.save_activity(s.ctx.store, s.ctx.workbook_id, MONDAY, Activity(a.id, 0, "morning", "A, elders", 30))
    rejected = []
    s.ctx.hub.rejected.connect(rejected.append)
    s.window.act_undo.trigger()
    assert rejected and "intussen opnieuw veranderd" in rejected[0]
    assert week(s) == [(0, "morning", 0, "A, elders")]


def test_setting_a_flag_aside_and_deleting_a_saved_task_are_undone(opened, qtbot):
    s, page = opened
    plan(s, "Tuin wieden", minutes=90)
    page.reload()
    long_flag = next(f for f in page.flags.open_flags() if f.key == "long_physical")
    page.flags.dismiss.emit(long_flag.id, True)
    assert s.window.act_undo.text() == "&Ongedaan maken: Aandachtspunt negeren"
    s.window.act_undo.trigger()
    assert "long_physical" in [f.key for f in page.flags.open_flags()]
    c = page.chunks
    c.name.setText("Tuin")
    qtbot.mouseClick(c.save_button, Qt.MouseButton.LeftButton)
    c.saved.setCurrentRow(0)
    qtbot.mouseClick(c.delete_button, Qt.MouseButton.LeftButton)
    assert c.saved.count() == 0
    assert s.window.act_undo.text() == "&Ongedaan maken: Klus „Tuin” verwijderen"
    s.window.act_undo.trigger()
    assert c.saved.count() == 1 and c.saved.item(0).text().startswith("Tuin: ")
