"""The graded exposure page as a person uses it: add, refuse an 11th, reorder, undo, attempts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.storage import exposure as repo
from rugschool_gui.ui.chapters.exposure.attempt_dialog import AttemptDialog
from rugschool_gui.ui.chapters.exposure.hierarchy_model import HierarchyModel

from .driving import answer, click, key, press, read_into, save, show_active, type_into


@pytest.fixture
def opened(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.open_page("exposure")
    page = s.window.page("exposure")
    return s, page


def ranks_and_labels(s):
    return [(i.rank, i.label) for i in repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items]


def add(qtbot, page, label, fear=None):
    page.add_form.label.clear()
    qtbot.keyClicks(page.add_form.label, label)
    page.add_form.fear.setValue(-1 if fear is None else fear)
    qtbot.keyClick(page.add_form.label, Qt.Key.Key_Return)


def test_navigation_lists_the_chapter_and_home_shows_where_you_are(startup, qtbot):
    s = startup()
    w = s.window
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == [
        "Vandaag", "De pijn begrijpen", "Over je grenzen gaan", "Activiteiten spreiden", "Te weinig doen",
        "Stapsgewijze blootstelling", "Stapsgewijze opbouw", "Tot slot", "Gesprekken en huiswerk"]
    home = w.page("home")
    card = home.cards["exposure"]  # not begun: what the chapter offers and how to begin
    assert card.next.text().startswith("Begin zo: schrijf drie bewegingen op")
    a = repo.add_item(s.ctx.store, s.ctx.workbook_id, "Bukken")
    repo.add_item(s.ctx.store, s.ctx.workbook_id, "Tillen")
    repo.set_mastered(s.ctx.store, s.ctx.workbook_id, a.id)
    now = datetime.now(UTC)
    for _ in range(2):
        repo.save_attempt(s.ctx.store, s.ctx.workbook_id, Attempt(id="", item_id=a.id, when=now))
    home.refresh()
    assert card.line.text() == "Stap 2 van 2: Tillen, 2 pogingen deze week"
    assert card.next.text() == "Volgende stap: plan een poging voor stap 2, of noteer hoe ze ging."
    assert "Je huidige stap: 2. Tillen." in home.rows["exposure"].text.text()


def test_add_items_by_typing_and_pick_a_suggestion(opened, qtbot):
    s, page = opened
    add(qtbot, page, "  Bukken  ", 30)
    page.add_form.suggestions.activated.emit(2)  # "Een bak water optillen"
    assert page.add_form.label.text() == page.add_form.suggestions.itemText(2) or page.add_form.label.text()
    qtbot.mouseClick(page.add_form.button, Qt.MouseButton.LeftButton)
    assert ranks_and_labels(s) == [(1, "Bukken"), (2, "Een bak water optillen")]
    assert page.add_form.label.text() == ""
    assert page.model.rowCount() == 2
    assert page.step_label.text() == "1. Bukken — angst 30/100"
    assert s.window.saved_label.text() == "Opgeslagen"


def test_an_eleventh_item_is_refused_in_place_and_the_text_stays(opened, qtbot):
    s, page = opened
    for n in range(10):
        repo.add_item(s.ctx.store, s.ctx.workbook_id, f"stap {n + 1}")
    page.reload()
    add(qtbot, page, "De vuilniszak buitenzetten", 55)
    assert page.add_form.message.isVisibleTo(page)
    assert "al 10 bewegingen" in page.add_form.message.text()
    assert page.add_form.label.text() == "De vuilniszak buitenzetten"
    assert page.add_form.fear.value() == 55
    assert len(ranks_and_labels(s)) == 10
    assert not s.ctx.history.can_undo(s.ctx.workbook_id)


def test_empty_label_is_refused_kindly(opened, qtbot):
    s, page = opened
    add(qtbot, page, "   ")
    assert "Vul eerst" in page.add_form.message.text()
    assert ranks_and_labels(s) == []


def test_keyboard_move_and_undo_keep_ranks_gapless(opened, qtbot):
    s, page = opened
    for label in ("a", "b", "c"):
        add(qtbot, page, label)
    page.select_item(repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items[2].id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ranks_and_labels(s) == [(1, "a"), (2, "c"), (3, "b")]
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ranks_and_labels(s) == [(1, "c"), (2, "a"), (3, "b")]
    assert page.selected_item().label == "c"  # the moved item stays selected
    s.window.act_undo.trigger()
    s.window.act_undo.trigger()
    assert ranks_and_labels(s) == [(1, "a"), (2, "b"), (3, "c")]
    s.window.act_redo.trigger()
    assert ranks_and_labels(s) == [(1, "a"), (2, "c"), (3, "b")]
    assert [page.model.item(r).label for r in range(3)] == ["a", "c", "b"]


def test_drag_and_drop_reorders_through_the_model(opened, qtbot):
    s, page = opened
    for label in ("a", "b", "c", "d"):
        add(qtbot, page, label)
    mime = page.model.mimeData([page.model.index(0, HierarchyModel.LABEL)])
    # drop "a" between "c" and "d" (row 3 = before "d")
    page.model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert ranks_and_labels(s) == [(1, "b"), (2, "c"), (3, "a"), (4, "d")]
    # drop "d" onto the first row
    mime = page.model.mimeData([page.model.index(3, HierarchyModel.LABEL)])
    page.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, page.model.index(0, 0))
    assert ranks_and_labels(s) == [(1, "d"), (2, "b"), (3, "c"), (4, "a")]
    s.window.act_undo.trigger()
    s.window.act_undo.trigger()
    assert ranks_and_labels(s) == [(1, "a"), (2, "b"), (3, "c"), (4, "d")]


def test_delete_with_confirmation_then_undo(opened, qtbot, modals):
    s, page = opened
    for label in ("a", "b", "c"):
        add(qtbot, page, label)
    page.select_item(repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items[1].id)
    asked = []

    def confirm(box):
        asked.append(box.text())
        press(box, "Verwijderen")

    modals.then(confirm)
    page.remove_selected()
    assert asked and "„b” uit je lijst halen" in asked[0]
    assert ranks_and_labels(s) == [(1, "a"), (2, "c")]
    assert [page.model.item(r).label for r in range(page.model.rowCount())] == ["a", "c"]
    s.window.act_undo.trigger()
    assert ranks_and_labels(s) == [(1, "a"), (2, "b"), (3, "c")]
    page.select_item(repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items[1].id)
    modals.then(answer("Nee"))
    page.remove_selected()
    assert len(ranks_and_labels(s)) == 3
    assert page.model.rowCount() == 3


def test_rating_in_the_table_keeps_history_and_marks_a_real_change(opened, qtbot):
    s, page = opened
    add(qtbot, page, "Tillen", 80)
    index = page.model.index(0, HierarchyModel.FEAR)
    page.model.setData(index, 50)
    item = repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items[0]
    assert item.fear == 50
    assert [r.fear for r in repo.rating_history(s.ctx.store, item.id)] == [80, 50]
    assert "▼" in page.model.data(page.model.index(0, HierarchyModel.FEAR))
    assert "echte verandering" in page.history_label.text()
    page.model.setData(index, 101)  # the editor cannot give it, but a bad value changes nothing
    assert repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items[0].fear == 50


def test_disagreement_is_shown_gently_and_order_by_fear_fixes_it(opened, qtbot):
    s, page = opened
    add(qtbot, page, "veel", 90)
    add(qtbot, page, "weinig", 10)
    assert page.disagree_hint.isVisibleTo(page)
    qtbot.mouseClick(page.order_button, Qt.MouseButton.LeftButton)
    assert ranks_and_labels(s) == [(1, "weinig"), (2, "veel")]
    assert not page.disagree_hint.isVisibleTo(page)


def test_mastering_moves_the_current_step(opened, qtbot):
    s, page = opened
    add(qtbot, page, "a")
    add(qtbot, page, "b")
    qtbot.mouseClick(page.master_step_button, Qt.MouseButton.LeftButton)
    assert page.step_label.text() == "2. b"
    page.model.setData(page.model.index(1, HierarchyModel.MASTERED), Qt.CheckState.Checked.value,
                       Qt.ItemDataRole.CheckStateRole)
    assert "Alle stappen" in page.step_label.text()
    assert not page.log_step_button.isEnabled()
    s.window.act_undo.trigger()
    assert page.step_label.text() == "2. b"


def test_plan_an_attempt_then_complete_it(opened, qtbot, modals):
    s, page = opened
    add(qtbot, page, "Bukken")

    def plan_it(dialog):
        assert dialog.item_box.currentText() == "1. Bukken"
        type_into(dialog.expectation, "Ik kom niet meer recht")
        type_into(dialog.expected_fear, "70")
        type_into(dialog.expected_pain, "6")
        save(dialog)

    modals.then(plan_it)
    qtbot.mouseClick(page.log_step_button, Qt.MouseButton.LeftButton)
    [planned] = repo.list_attempts(s.ctx.store, s.ctx.workbook_id)
    assert (planned.expectation, planned.expected_fear, planned.expected_pain, planned.completed) == (
        "Ik kom niet meer recht", 70, 6, False)
    assert "gepland" in page.attempts.table.item(0, 3).text()

    def complete_it(dialog):
        assert dialog.expectation.toPlainText() == "Ik kom niet meer recht"  # the plan is still there
        assert dialog.focusWidget() is dialog.actual_fear  # a planned attempt opens on the "after" part
        type_into(dialog.actual_fear, "30")
        type_into(dialog.actual_pain, "3")
        click(dialog.outcome_buttons["no"])
        type_into(dialog.learned, "Het viel mee")
        press(dialog, "Opslaan")

    modals.then(complete_it)
    page.attempts.table.selectRow(0)
    page.attempts.open_selected_attempt()
    [done] = repo.list_attempts(s.ctx.store, s.ctx.workbook_id)
    assert (done.id, done.actual_fear, done.actual_pain, done.outcome, done.learned) == (
        planned.id, 30, 3, "no", "Het viel mee")
    assert page.attempts.table.item(0, 1).text() == "70/100 → 30/100"
    assert not page.attempts.chart.chart.spec().is_empty
    s.window.act_undo.trigger()  # back to only the plan
    assert repo.list_attempts(s.ctx.store, s.ctx.workbook_id)[0].actual_fear is None
    s.window.act_undo.trigger()  # and no attempt at all
    assert repo.list_attempts(s.ctx.store, s.ctx.workbook_id) == []


def test_an_out_of_range_attempt_cannot_be_typed_and_nothing_is_saved(opened, qtbot, modals):
    s, page = opened
    add(qtbot, page, "Bukken")
    shown = []

    def type_too_much_then_cancel(dialog):
        type_into(dialog.actual_pain, "15")
        type_into(dialog.actual_fear, "150")
        shown.append((dialog.actual_pain.value(), dialog.actual_fear.value()))
        press(dialog, "Annuleren")

    modals.then(type_too_much_then_cancel)
    page.attempts.new_attempt(page.selected_item().id)
    pain, fear = shown[0]
    assert (pain, fear) == (1, 15)  # the last digit does not fit the scale: the box refuses it
    assert repo.list_attempts(s.ctx.store, s.ctx.workbook_id) == []
    # what the storage refuses is still explained to the person, in a message box
    messages = []
    modals.then(read_into(messages))
    bad = Attempt(id="", item_id=page.selected_item().id, when=datetime.now(UTC), actual_pain=15)
    assert page.save_attempt(bad) is False
    assert messages and "0 tot en met 10" in messages[0]
    assert repo.list_attempts(s.ctx.store, s.ctx.workbook_id) == []


def test_chart_renders_offscreen_and_shows_as_table(opened, qtbot):
    s, page = opened
    add(qtbot, page, "Bukken")
    item = page.selected_item()
    t0 = datetime(2026, 11, 1, 10, tzinfo=UTC)
    for n, (ef, af) in enumerate([(80, 50), (70, 40), (60, 20)]):
        repo.save_attempt(s.ctx.store, s.ctx.workbook_id, Attempt(
            id="", item_id=item.id, when=t0 + timedelta(days=n), expected_fear=ef, actual_fear=af,
            expected_pain=5, actual_pain=3))
    page.reload()
    page.attempts.chart.resize(700, 500)
    image = page.attempts.chart.chart.grab().toImage()
    assert image.width() > 0
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 5  # lines, axes and text were drawn, not a blank box
    assert "Werkelijke angst: 20" in page.attempts.chart.chart.accessibleDescription()
    page.attempts.chart.as_table.setChecked(True)
    assert page.attempts.chart.stack.currentWidget() is page.attempts.chart.table
    assert page.attempts.chart.table.rowCount() == 3
    assert page.attempts.chart.table.horizontalHeaderItem(1).text() == "Verwachte angst"
    assert page.attempts.chart.table.item(2, 2).text() == "20"


def test_note_is_saved_after_typing_pauses_and_on_close(opened, qtbot):
    s, page = opened
    add(qtbot, page, "Bukken")
    qtbot.keyClicks(page.note_edit, "Liefst 's ochtends")
    qtbot.waitUntil(lambda: repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items[0].note
                    == "Liefst 's ochtends", timeout=3000)
    qtbot.keyClicks(page.note_edit, ", rustig")
    s.window.close()  # flushes what is still pending
    assert repo.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items[0].note == "Liefst 's ochtends, rustig"


def test_switching_workbook_shows_the_other_hierarchy(opened, qtbot, modals):
    s, page = opened
    add(qtbot, page, "Bukken")
    first = s.ctx.workbook_id

    def name_it(dialog):
        assert isinstance(dialog, QInputDialog) and dialog.windowTitle() == "Nieuw werkboek"
        type_into(dialog.findChild(QLineEdit), "Tweede")
        press(dialog, "Bewaren")

    modals.then(name_it)
    s.window.act_new.trigger()
    assert s.ctx.workbook_id != first and s.ctx.workbook().name == "Tweede"
    assert page.model.rowCount() == 0
    assert page.step_label.text() == "Nog geen stappen"
    s.window.act_undo.trigger()  # Ctrl+Z in the second workbook never reaches into the first
    assert [i.label for i in repo.load_hierarchy(s.ctx.store, first).items] == ["Bukken"]
    s.window.switch_workbook(first)
    assert [page.model.item(r).label for r in range(page.model.rowCount())] == ["Bukken"]
    s.window.act_undo.trigger()  # back in the first: its own history, adding "Bukken"
    assert repo.load_hierarchy(s.ctx.store, first).items == () and page.model.rowCount() == 0


def test_english_page_has_english_texts(startup, qtbot):
    s = startup("--lang", "en")
    s.window.open_page("exposure")
    page = s.window.page("exposure")
    assert page.title.text() == "Graded exposure"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Movement or activity"
    assert page.add_form.button.text() == "Add"


def test_attempt_dialog_speaks_dutch_and_round_trips_its_values(opened, qtbot):
    s, page = opened
    add(qtbot, page, "Bukken")
    item = page.selected_item()
    when = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    original = Attempt(id="x", item_id=item.id, when=when, expectation="Vast", expected_fear=60,
                       expected_pain=5, outcome="partly")
    dialog = AttemptDialog(list(page.hierarchy.items), original, page)
    qtbot.addWidget(dialog)
    assert "november" in dialog.when_day.text() and dialog.when_time.text() == when.astimezone().strftime("%H:%M")
    assert dialog.actual_fear.text() == "—"
    assert dialog.attempt() == original


def test_many_attempts_at_one_step_page_back_from_the_latest(opened, qtbot):
    from datetime import UTC, datetime, timedelta

    from rugschool_gui.domain.exposure import Attempt

    s, page = opened
    item = repo.add_item(s.ctx.store, s.ctx.workbook_id, "Bukken", 30)
    start = datetime(2026, 1, 1, 10, tzinfo=UTC)
    for n in range(40):
        repo.save_attempt(s.ctx.store, s.ctx.workbook_id, Attempt(id="", item_id=item.id, when=start + timedelta(days=n),
                                                                  expectation=f"poging {n}", expected_fear=50))
    page.reload()
    panel = page.attempts
    assert len(panel._attempts) == 30 and panel.pager.isVisibleTo(page) and "40 in totaal" in panel.pager.where.text()
    qtbot.mouseClick(panel.pager.earlier, Qt.MouseButton.LeftButton)
    assert len(panel._attempts) == 10 and panel._attempts[0].expectation == "poging 9"  # newest first


def test_the_attempt_dialog_by_keyboard_date_time_and_outcome(opened, qtbot, modals):
    """A typed date and time, the outcome chosen with the arrow keys, Enter saves."""
    s, page = opened
    add(qtbot, page, "Bukken")

    def fill(dialog):
        show_active(qtbot, dialog)  # arrows in a radio group follow the real keyboard focus
        type_into(dialog.when_day, "27-11")
        key(dialog.when_day, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.when_time  # the date field is one Tab stop
        qtbot.keyClicks(dialog.when_time, "1030")  # as typed after Tab: hours, then minutes
        dialog.outcome_buttons[None].setFocus(Qt.FocusReason.TabFocusReason)
        key(dialog.outcome_buttons[None], Qt.Key.Key_Up)  # "nog niet ingevuld" → "nee" (one above)
        assert dialog.outcome_buttons["no"].isChecked() and not dialog.outcome_buttons[None].isChecked()
        key(dialog.outcome_buttons["no"], Qt.Key.Key_Return)

    modals.then(fill)
    qtbot.mouseClick(page.log_step_button, Qt.MouseButton.LeftButton)
    [attempt] = repo.list_attempts(s.ctx.store, s.ctx.workbook_id)
    local = attempt.when.astimezone()
    assert (local.month, local.day, local.hour, local.minute, attempt.outcome) == (11, 27, 10, 30, "no")


class _Begins:
    """Counts the transactions the app opens on its database while in the ``with`` block."""

    def __init__(self, ctx):
        self.engine, self.count = ctx.store.engine, 0

    def _seen(self, _conn):
        self.count += 1

    def __enter__(self):
        from sqlalchemy import event

        event.listen(self.engine, "begin", self._seen)
        return self

    def __exit__(self, *_exc):
        from sqlalchemy import event

        event.remove(self.engine, "begin", self._seen)


def test_saving_one_attempt_is_one_transaction_redraw_included(opened, qtbot, modals):
    """Issue #26: one attempt saved through the form issued 11 BEGIN IMMEDIATE; now one."""
    s, page = opened
    add(qtbot, page, "Bukken")
    counted = []

    def plan_it(dialog):
        type_into(dialog.expectation, "Ik kom niet meer recht")
        type_into(dialog.expected_fear, "70")
        begins = _Begins(s.ctx).__enter__()
        counted.append(begins)
        save(dialog)

    modals.then(plan_it)
    qtbot.mouseClick(page.log_step_button, Qt.MouseButton.LeftButton)
    begins = counted[0]
    begins.__exit__()
    assert begins.count == 1
    assert page.attempts.table.rowCount() == 1 and "gepland" in page.attempts.table.item(0, 3).text()
    assert s.window.act_undo.text() == "&Ongedaan maken: Poging bij „Bukken” bewaren"


def test_each_action_on_the_page_is_one_transaction_and_an_undo_reloads_once(opened, qtbot):
    s, page = opened
    with _Begins(s.ctx) as begins:
        add(qtbot, page, "a")
    assert begins.count == 1 and page.model.rowCount() == 1
    add(qtbot, page, "b")
    with _Begins(s.ctx) as begins:
        page.move_selected(-1)
    assert begins.count == 1 and ranks_and_labels(s) == [(1, "b"), (2, "a")]
    with _Begins(s.ctx) as begins:
        page.model.setData(page.model.index(0, HierarchyModel.FEAR), 40)
    assert begins.count == 1 and page.model.data(page.model.index(0, HierarchyModel.FEAR)) == "40"
    with _Begins(s.ctx) as begins:
        s.window.act_undo.trigger()
    assert begins.count == 2  # the undo, then one reload of the page (not one per signal)
    assert page.model.data(page.model.index(0, HierarchyModel.FEAR)) == "—"


def test_another_pages_change_reloads_the_page(opened, qtbot):
    from rugschool_gui.operations import exposure as ops

    s, page = opened
    add(qtbot, page, "Bukken")
    s.ctx.run(ops.add_item, "Tillen", None, "")  # e.g. a value sent here from "Te weinig doen"
    assert [page.model.item(r).label for r in range(page.model.rowCount())] == ["Bukken", "Tillen"]


def test_user_text_with_placeholders_shows_exactly(opened, qtbot, modals):
    s, page = opened
    odd = "tillen %4 keer {label} %1"
    add(qtbot, page, odd, 30)
    assert page.step_label.text() == f"1. {odd} — angst 30/100"
    assert page.attempts.heading.text() == f"Pogingen bij stap 1: {odd}"
    assert s.window.act_undo.text() == f"&Ongedaan maken: „{odd}” toevoegen"
    asked = []
    modals.then(lambda box: (asked.append(box.text()), press(box, "Nee")))
    page.remove_selected()
    assert asked == [f"„{odd}” uit je lijst halen, met de pogingen erbij? Je kunt dit ongedaan maken met Ctrl+Z."]


def test_the_reminders_are_the_words_the_paper_prints(opened):
    from rugschool_gui.wording.exposure import REMINDERS, words

    _s, page = opened
    assert page.reminders.text().split("\n") == [f"• {words(key)}" for key in REMINDERS]
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == words("mastered")
