"""The consultation overview: every workbook at a glance, searchable, sortable, keyboard-first."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from rugschool_gui.domain.consultation import signal_weeks
from rugschool_gui.domain.too_little import Score
from rugschool_gui.domain.too_much import CheckIn, SignalEntry
from rugschool_gui.storage import consultation, exposure, too_little, too_much
from rugschool_gui.storage.workbooks import create_workbook, set_archived

TODAY = date.today()
TODAY_FROM_THE_CLOCK = True  # read again as each test starts (conftest)


@pytest.fixture
def clinic(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.resize(1280, 860)  # the nine columns (the largest text shows six: see the fit test)
    s.window.show()
    store = s.ctx.store
    anna = create_workbook(store, "Anna Peeters")
    a = exposure.add_item(store, anna.id, "Bukken", 30)
    exposure.add_item(store, anna.id, "Tillen", 70)
    exposure.set_mastered(store, anna.id, a.id)
    too_much.save_checkin(store, anna.id, CheckIn(TODAY, (SignalEntry("palpitations"), SignalEntry("falling_asleep"))))
    too_little.save_score(store, anna.id, Score(None, "tsk", "", date(2026, 9, 1), "start", 48))
    too_little.save_score(store, anna.id, Score(None, "tsk", "", TODAY, "end", 33))
    bert = create_workbook(store, "Bert Maes")
    set_archived(store, bert.id, True)
    create_workbook(store, "Carla Jacobs")
    return s, anna, bert


def names(page) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_overview_lists_workbooks_with_a_cue_per_chapter(clinic):
    s, anna, _bert = clinic
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    assert names(page) == ["Anna Peeters", "Carla Jacobs", "Mijn werkboek"]  # Bert is archived
    row = names(page).index("Anna Peeters")
    cells = [page.proxy.index(row, c).data() for c in range(page.proxy.columnCount())]
    assert "1 van 2 beheerst" in cells[5] and "nu: Tillen" in cells[5]
    assert cells[7].startswith("2 deze week")
    assert cells[8] == "TSK-17: 48 → 33"


def test_search_then_enter_opens_the_workbook(clinic, qtbot):
    s, _anna, _bert = clinic
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    qtbot.keyClicks(page.search, "carla")
    assert names(page) == ["Carla Jacobs"]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert s.ctx.workbook().name == "Carla Jacobs"
    assert s.window.current_page_id() == "home"


def test_keyboard_down_into_the_list_and_sorting(clinic, qtbot):
    s, _anna, _bert = clinic
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Mijn werkboek"
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert s.ctx.workbook().name == "Mijn werkboek"


def test_archive_hides_and_brings_back(clinic):
    s, _anna, bert = clinic
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    page.show_archived.setChecked(True)
    assert "Bert Maes (gearchiveerd)" in names(page)
    page.select(bert.id)
    assert page.archive_button.text() == "Terug uit het archief"
    changes = []
    s.ctx.hub.changed.connect(lambda change, source: changes.append((change, source)))
    page.archive_button.click()
    assert "Bert Maes" in names(page)  # shown at once, without its mark
    page.show_archived.setChecked(False)
    assert "Bert Maes" in names(page)
    # one operation on Bert's workbook (not the one open), told to the other pages once
    [(change, source)] = changes
    assert change.workbook_id == bert.id and change.chapter == "workbooks" and source is page
    assert s.ctx.workbook_id != bert.id
    page.select(bert.id)
    page.archive_button.click()  # and back into the archive
    assert "Bert Maes" not in names(page)


def test_the_activity_cue_shows_the_week_and_the_goal_the_domain_computed(clinic):
    from datetime import timedelta

    from rugschool_gui.domain.graded_activity import Session
    from rugschool_gui.storage import graded_activity

    s, anna, _bert = clinic
    store = s.ctx.store
    start = TODAY - timedelta(days=15)  # the third week of the plan: week 2 (week 0 is the first)
    plan = graded_activity.new_plan(store, anna.id)
    graded_activity.update_plan(store, anna.id, plan.id, activity="Fietsen", goal=40, weeks=5, start_on=start)
    for i, v in enumerate((25, 28, 27), 1):
        graded_activity.set_measurement(store, anna.id, plan.id, i, start - timedelta(days=i), v)
    graded_activity.start_plan(store, anna.id, plan.id)
    graded_activity.save_session(store, anna.id, plan.id, Session(None, TODAY, 30, 3, ""))
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    cell = page.proxy.index(names(page).index("Anna Peeters"), 6).data()
    assert cell == "Fietsen, week 2 van 5 · 75\u00a0% van het doel"


def test_overview_uses_a_fixed_number_of_queries(clinic):
    """Set-based: the number of statements does not grow with the number of workbooks."""
    s, _anna, _bert = clinic
    from sqlalchemy import event

    def count_statements() -> int:
        seen = []
        listener = lambda *a, **k: seen.append(1)  # noqa: E731
        event.listen(s.ctx.store.engine, "before_cursor_execute", listener)
        consultation.overview_facts(s.ctx.store, signal_weeks(TODAY))
        event.remove(s.ctx.store.engine, "before_cursor_execute", listener)
        return len(seen)

    before = count_statements()
    for n in range(20):
        create_workbook(s.ctx.store, f"Extra {n}")
    assert count_statements() == before


def test_reopening_reads_again_only_the_workbooks_that_changed(clinic, monkeypatch):
    s, anna, _bert = clinic
    w = s.window
    w.act_overview.trigger()
    page = w.page("overview")
    asked = []
    real = consultation.overview_facts
    monkeypatch.setattr(consultation, "overview_facts", lambda *a, **k: (asked.append(a[2] if len(a) > 2 else None),
                                                                         real(*a, **k))[1])
    w.open_page("home")
    w.act_overview.trigger()
    assert asked == []  # nothing changed: the cues on screen are still right
    w.switch_workbook(anna.id)
    exposure.add_item(s.ctx.store, anna.id, "Stofzuigen", 50)  # a save touches the workbook
    s.ctx.hub.data_changed.emit("exposure")
    w.open_page("home")
    w.act_overview.trigger()
    assert asked == [{anna.id}]
    row = names(page).index("Anna Peeters")
    assert "1 van 3 beheerst" in page.proxy.index(row, 5).data()
    s.ctx.hub.data_changed.emit("")  # an import or a restore: everything again
    w.open_page("home")
    w.act_overview.trigger()
    assert asked[-1] is None


def test_the_consultation_columns_show_the_next_appointment_the_briefs_flags_and_this_weeks_homework(
        clinic, qtbot):
    """Issue #25: per workbook the next appointment, how many flags the brief raises (the very
    flags of the brief, listed in the tooltip) and this week's homework with its progress."""
    from datetime import timedelta

    from rugschool_gui.domain import homework as hw
    from rugschool_gui.domain.consultations import Consultation
    from rugschool_gui.operations import consultations as ops
    from rugschool_gui.storage import consultations as repo
    from rugschool_gui.ui.dates import axis_date

    s, anna, _bert = clinic
    store = s.ctx.store
    next_on = TODAY + timedelta(days=14)
    repo.save_consultation(store, anna.id, Consultation(None, TODAY - timedelta(days=7), next_on=next_on))
    monday = TODAY - timedelta(days=TODAY.weekday())
    repo.save_homework(store, anna.id, hw.Homework(None, hw.STRESS, monday, count=2), "therapist")
    repo.save_homework(store, anna.id, hw.Homework(None, hw.FREE, monday, text="Wandelen"), "therapist")
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    row = names(page).index("Anna Peeters")
    cells = [page.proxy.index(row, c).data() for c in range(page.proxy.columnCount())]
    assert cells[2] == axis_date(next_on, with_year=True)
    # the stress check-in of today counts (1 of 2 days), the walk is not ticked yet
    assert cells[4] == "2 van 2 open · 33\u00a0% gedaan"
    expected = ops.brief(store, anna.id, TODAY).flags
    assert cells[3] == (str(len(expected)) if expected else "—")
    tip = page.proxy.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert (tip or "").count("•") == len(expected)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by next appointment: none come last
    assert names(page)[0] == "Anna Peeters"
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # the most open homework first
    assert names(page)[0] == "Anna Peeters"


def test_the_nine_columns_fit_1280_by_720_without_sideways_scrolling(clinic, qtbot):
    s, _anna, _bert = clinic
    s.window.resize(1280, 720)
    s.window.show()
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    header = page.table.horizontalHeader()
    assert header.count() == 9
    assert header.length() <= page.table.viewport().width() + 1  # every column in view
    narrowest = min(header.sectionSize(c) for c in range(header.count()))
    assert narrowest >= page.fontMetrics().horizontalAdvance("TSK-17:")  # room for a word in each


def test_at_the_largest_text_two_cues_share_a_cell_and_nothing_is_left_out(clinic):
    """Nine columns do not fit 1280 pixels at the largest text: six columns, every cue kept."""
    from datetime import timedelta

    from rugschool_gui.domain.consultations import Consultation
    from rugschool_gui.storage import consultations as repo
    from rugschool_gui.ui.dates import axis_date

    s, anna, _bert = clinic
    next_on = TODAY + timedelta(days=14)
    repo.save_consultation(s.ctx.store, anna.id, Consultation(None, TODAY - timedelta(days=7), next_on=next_on))
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    page.model.set_compact(True)
    assert page.proxy.columnCount() == 6
    row = [page.proxy.index(r, 0).data().split("\n")[0] for r in range(page.proxy.rowCount())].index("Anna Peeters")
    cells = [page.proxy.index(row, c).data() for c in range(6)]
    assert cells[0].split("\n")[1] == axis_date(page._facts[anna.id].worked_on_at, with_year=True)
    assert cells[1].startswith(axis_date(next_on, with_year=True) + "\n") and cells[1].endswith("om naar te kijken")
    assert "1 van 2 beheerst" in cells[3] and cells[5].endswith("TSK-17: 48 → 33")
    # under "Volgende afspraak" the first line is about the appointment, also without one
    other = next(r for r in range(page.proxy.rowCount()) if r != row)
    assert page.proxy.index(other, 1).data().split("\n")[0] == "—"
    page.model.set_compact(False)
    assert page.proxy.columnCount() == 9


def test_at_the_largest_text_on_a_small_screen_the_introduction_makes_room_for_the_workbooks(clinic, qtbot):
    """Five lines of introduction left room for one workbook on 1280×720 at the largest text:
    there only how to search and open is said (the rest is F1's help), in one or two lines."""
    from PySide6.QtWidgets import QApplication

    from rugschool_gui.ui import theme
    from rugschool_gui.ui.page_help import help_text

    s, _anna, _bert = clinic
    s.window.resize(1280, 720)
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    qtbot.waitUntil(lambda: page.isVisible())
    full = page.intro.text()
    assert full.startswith("Per werkboek:") and "sorteren" in help_text("overview")
    try:
        theme.apply_text_size(QApplication.instance(), "larger")
        s.window.follow_text_size()
        qtbot.waitUntil(lambda: page.proxy.columnCount() == 6)
        assert page.intro.text() == "Typ om te zoeken, Enter om te openen. Meer uitleg: F1."
        qtbot.waitUntil(lambda: page.intro.height() <= page.intro.fontMetrics().lineSpacing() * 2 + 8)
    finally:
        theme.apply_text_size(QApplication.instance(), "normal")
        s.window.follow_text_size()
    qtbot.waitUntil(lambda: page.proxy.columnCount() == 9)
    assert page.intro.text() == full


def test_a_narrow_window_shows_six_columns_and_a_wide_one_nine(clinic, qtbot):
    """At the normal text size a window of 1180 pixels left 72 pixels for each cue of the nine
    columns, and half their words ended in "…": six columns there, nine again when it widens."""
    s, _anna, _bert = clinic
    s.window.act_overview.trigger()
    page = s.window.page("overview")
    for width, columns in ((1180, 6), (1366, 9), (1024, 6), (1280, 9)):
        s.window.resize(width, 720)
        qtbot.waitUntil(lambda columns=columns: page.proxy.columnCount() == columns)
        header = page.table.horizontalHeader()
        narrowest = min(header.sectionSize(c) for c in range(header.count()))
        assert narrowest >= page.fontMetrics().averageCharWidth() * 9, (width, narrowest)
    assert page.intro.text().startswith("Per werkboek:")


def test_a_new_text_size_on_the_overview_lights_up_no_chapter(clinic, qtbot):
    """The overview is not a chapter: after Ctrl+plus there, "Vandaag" was highlighted as if open."""
    s, _anna, _bert = clinic
    s.window.act_overview.trigger()
    assert not s.window.nav.selectedItems()
    s.window.act_bigger.trigger()
    try:
        assert not s.window.nav.selectedItems()
        assert s.window.stack.currentWidget() is s.window.page("overview")
    finally:
        s.window.act_smaller.trigger()
    s.window.open_page("pacing")
    assert [i.data(256) for i in s.window.nav.selectedItems()] == ["pacing"]
    s.window.act_bigger.trigger()
    try:
        assert [i.data(256) for i in s.window.nav.selectedItems()] == ["pacing"]
    finally:
        s.window.act_smaller.trigger()
