"""The graded activity page as a person uses it: the guided form, starting, logging, stagnation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from rugschool_gui.domain.graded_activity import Session
from rugschool_gui.storage import graded_activity as repo
from rugschool_gui.ui.chapters.graded_activity import summary

from ..operations.conftest import counting_begins
from .driving import answer, press, save, type_into

START = date(2026, 11, 2)  # a Monday


@pytest.fixture
def opened(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.open_page("graded_activity")
    page = s.window.page("graded_activity")
    page.today = lambda: START + timedelta(days=8)  # week 1
    return s, page


def fill_form(qtbot, page, amounts=(25, 28, 27), goal=40, weeks=5, reduction=25, activity="Fietsen"):
    form = page.setup
    qtbot.keyClicks(form.activity, activity)
    form.unit.setCurrentIndex(0)  # minutes
    for box, value in zip(form.measure_amounts, amounts, strict=True):
        box.setValue(value)
    form.reduction.setValue(reduction)
    form.goal.setValue(goal)
    form.weeks.setValue(weeks)
    form.start_on.setDate(QDate(START.year, START.month, START.day))


def start_plan(qtbot, page, activity="Fietsen"):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    fill_form(qtbot, page, activity=activity)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)


def test_empty_page_invites_to_make_a_plan(opened):
    _s, page = opened
    assert page.empty.isVisibleTo(page) and not page.setup.isVisibleTo(page)
    assert page.new_button.text() == "Een plan maken"


def test_guided_form_computes_live_and_saves_the_draft(opened, qtbot):
    s, page = opened
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.setup
    assert form.isVisibleTo(page)
    qtbot.keyClicks(form.activity, "Fietsen")
    form.measure_amounts[0].setValue(25)
    assert "Nog 2 metingen nodig" in form.baseline_result.text()
    assert not form.start_button.isEnabled()
    form.measure_amounts[1].setValue(28)
    form.measure_amounts[2].setValue(27)
    assert "(25 + 28 + 27) / 3 = 26,7 min" in form.baseline_result.text()
    assert "26,7 min − 25\u00a0% = 20 min" in form.start_result.text()
    form.goal.setValue(40)
    form.weeks.setValue(5)
    assert "Elke week komt er 4 min bij: (40 − 20) / 5." in form.increment_result.text()
    assert [form.table.item(r, 1).text() for r in range(form.table.rowCount())] == [
        "20 min", "24 min", "28 min", "32 min", "36 min", "40 min"]
    assert form.start_button.isEnabled()
    assert form.chart.spec() is not None and not form.chart.spec().is_empty
    form.saver.flush()
    draft = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    assert (draft.activity, draft.goal, draft.weeks) == ("Fietsen", 40, 5)
    assert [m.amount for m in draft.measurements] == [25, 28, 27]


def test_refused_values_are_explained_and_not_saved(opened, qtbot):
    s, page = opened
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    fill_form(qtbot, page)
    form = page.setup
    form.reduction.setValue(35)
    assert form.reduction_message.isVisibleTo(form)
    assert "20 tot en met 30\u00a0%" in form.reduction_message.text()
    form.per_week.setValue(2)
    assert "minstens 3 keer per week" in form.goal_message.text()
    assert not form.start_button.isEnabled()
    form.saver.flush()
    stored = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    assert stored.reduction == 0.25 and stored.sessions_per_week == 3
    form.per_week.setValue(3)
    form.reduction.setValue(25)
    form.goal.setValue(15)  # below the start level of 20
    assert "hoger liggen dan je startniveau" in form.goal_message.text()
    form.goal.setValue(40)
    form.weeks.setValue(0)
    assert "van 1 tot en met" in form.goal_message.text()
    assert not form.start_button.isEnabled()


def test_start_then_log_sessions_with_gentle_notes(opened, qtbot, modals):
    s, page = opened
    start_plan(qtbot, page)
    assert page.running.isVisibleTo(page) and not page.setup.isVisibleTo(page)
    assert page.window().focusWidget() is page.running.log_button  # the keyboard is where the next step is
    view = page.running
    assert view.week_heading.text() == "Fietsen · week 1 van 5"
    assert view.week_quota.text() == "24 min per keer"
    assert view.week_done.text() == "0 van 3 keer gedaan deze week"
    seen = []

    def log(amount, pain=None, note=""):
        def fill(dialog):
            seen.append((dialog.day.date(), dialog.quota.text()))
            type_into(dialog.day, "10-11-2026")
            type_into(dialog.amount, str(amount))
            if pain is not None:
                type_into(dialog.pain, str(pain))
            if note:
                type_into(dialog.note, note)
            press(dialog, "Opslaan")
        modals.then(fill)
        qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)

    log(30)
    assert "afgesproken was 24 min" in view.feedback.text()
    # time-contingent (§5, GLOSSARY): a gentle note, no praise and no exclamation mark for doing more
    assert "!" not in view.feedback.text() and "Fijn" not in view.feedback.text()
    log(15, pain=7, note="Rug stijf")
    assert "trager, of verdeeld over de dag" in view.feedback.text()
    log(24)
    assert "zoals afgesproken" in view.feedback.text()
    # the form opens on today (week 1) and shows what was agreed for that week
    assert seen == [(QDate(2026, 11, 10), "afgesproken: 24 min")] * 3
    assert view.week_done.text() == "3 van 3 keer gedaan deze week"
    assert view.log.rowCount() == 3
    sessions = repo.list_sessions(s.ctx.store, repo.open_plan(s.ctx.store, s.ctx.workbook_id).id)
    assert sorted((x.day, x.amount, x.pain, x.note) for x in sessions) == [
        (START + timedelta(days=8), 15, 7, "Rug stijf"), (START + timedelta(days=8), 24, None, ""),
        (START + timedelta(days=8), 30, None, "")]
    spec = view.chart.chart.spec()
    assert [ser.key for ser in spec.panels[0].series] == ["planned", "baseline", "sessions"]


def test_an_empty_session_is_refused_in_the_dialog(opened, qtbot, modals):
    s, page = opened
    start_plan(qtbot, page)
    messages = []

    def submit_empty(dialog):
        assert dialog.amount.text() == "—"  # nothing filled in yet
        type_into(dialog.note, "Vergeten te meten")
        save(dialog)

    def read_and_cancel(dialog):
        messages.append(dialog.message.text() if dialog.message.isVisibleTo(dialog) else "")
        assert dialog.note.toPlainText() == "Vergeten te meten"  # what was typed stays
        press(dialog, "Annuleren")

    modals.then(submit_empty).then(read_and_cancel)
    qtbot.mouseClick(page.running.log_button, Qt.MouseButton.LeftButton)
    assert messages and "groter is dan nul" in messages[0]
    plan = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    assert repo.list_sessions(s.ctx.store, plan.id) == []
    assert page.running.log.rowCount() == 0


def test_delete_a_session_and_undo(opened, qtbot):
    s, page = opened
    start_plan(qtbot, page)
    plan = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    repo.save_session(s.ctx.store, s.ctx.workbook_id, plan.id, Session(None, START, 20))
    page.reload()
    page.running.log.selectRow(0)
    qtbot.mouseClick(page.running.delete_button, Qt.MouseButton.LeftButton)
    assert repo.list_sessions(s.ctx.store, plan.id) == []
    assert page.running.log.rowCount() == 0
    assert "Oefening verwijderen" in s.window.act_undo.text()
    with counting_begins(s.ctx.store) as begins:
        s.window.act_undo.trigger()
    assert begins.count == 2  # the undo, then one reload of the page (not one per signal)
    assert len(repo.list_sessions(s.ctx.store, plan.id)) == 1
    assert page.running.log.rowCount() == 1


def test_a_session_logged_elsewhere_shows_on_the_page(opened, qtbot):
    from rugschool_gui.operations import graded_activity as ops

    s, page = opened
    start_plan(qtbot, page)
    plan = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    with counting_begins(s.ctx.store) as begins:
        s.ctx.run(ops.save_session, plan.id, Session(None, START + timedelta(days=8), 24))  # e.g. a reminder
    assert begins.count == 2 and page.running.log.rowCount() == 1
    assert page.running.week_done.text() == "1 van 3 keer gedaan deze week"


def test_stagnation_asks_about_barriers_and_recomputes(opened, qtbot, modals):
    s, page = opened
    start_plan(qtbot, page)
    plan = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    for day, amount in ((0, 20), (2, 20), (7, 22), (9, 22)):  # weeks 0 and 1 both missed
        repo.save_session(s.ctx.store, s.ctx.workbook_id, plan.id, Session(None, START + timedelta(days=day), amount))
    page.today = lambda: START + timedelta(days=15)
    page.reload()
    view = page.running
    assert view.stagnation.isVisibleTo(page)
    qtbot.keyClicks(view.reflection_boxes[1], "Het regende de hele week")
    view.reflection_saver.flush()
    assert repo.open_plan(s.ctx.store, s.ctx.workbook_id).barriers_outside == "Het regende de hele week"

    previews = []

    def accept(dialog):
        assert dialog.level.value() == 21  # mean of the latest three: 20, 22, 22 → 21.3
        type_into(dialog.weeks, "4")
        previews.append(dialog.outcome.text())
        press(dialog, "Nieuw schema gebruiken")

    modals.then(accept)
    qtbot.mouseClick(view.recompute_button, Qt.MouseButton.LeftButton)
    assert previews and "Van 21 min naar 40 min in 4 weken" in previews[0]
    plan = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    assert len(plan.versions) == 2
    assert plan.current.schedule.start == 21 and plan.current.schedule.weeks == 4
    assert not view.stagnation.isVisibleTo(page)  # a fresh schedule: no missed weeks yet
    assert "Herberekend op" in view.facts.text()
    assert "Schema herberekenen" in s.window.act_undo.text()
    s.window.act_undo.trigger()  # the previous schedule is back, and so is the question
    plan = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    assert len(plan.versions) == 1 and plan.current.schedule.weeks == 5
    assert view.stagnation.isVisibleTo(page) and "Herberekend op" not in view.facts.text()
    s.window.act_redo.trigger()
    assert len(repo.open_plan(s.ctx.store, s.ctx.workbook_id).versions) == 2
    assert "Herberekend op" in view.facts.text()


def test_finish_keeps_the_plan_in_history_and_undo_reopens(opened, qtbot, modals, no_modal_boxes):
    s, page = opened
    start_plan(qtbot, page)
    # "Nee" (the default) keeps the plan running
    qtbot.mouseClick(page.running.finish_button, Qt.MouseButton.LeftButton)
    assert no_modal_boxes and "„Fietsen” afronden?" in no_modal_boxes[0]
    assert page.running.isVisibleTo(page)
    assert repo.open_plan(s.ctx.store, s.ctx.workbook_id).status == "active"
    modals.then(answer("Afronden"))
    qtbot.mouseClick(page.running.finish_button, Qt.MouseButton.LeftButton)
    assert page.empty.isVisibleTo(page)
    assert "Fietsen (minuten)" in page.history.text() and "afgerond" in page.history.text()
    s.window.act_undo.trigger()
    assert page.running.isVisibleTo(page)


def test_home_summary_line(opened, qtbot):
    s, page = opened
    start_plan(qtbot, page)
    plan = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    repo.save_session(s.ctx.store, s.ctx.workbook_id, plan.id, Session(None, START + timedelta(days=15), 28))
    assert summary(s.ctx, START + timedelta(days=16)) == "Fietsen: week 2 van 5, 28 min, 1 van 3 keer deze week"


def test_draft_survives_a_restart(startup, qtbot):
    s = startup()
    s.window.open_page("graded_activity")
    page = s.window.page("graded_activity")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.setup.activity, "Zwemmen")
    page.setup.measure_amounts[0].setValue(12)
    s.window.close()  # flushes the debounced edits
    s.shutdown()
    s2 = startup()
    s2.window.open_page("graded_activity")
    page2 = s2.window.page("graded_activity")
    assert page2.setup.activity.text() == "Zwemmen"
    assert page2.setup.measure_amounts[0].value() == 12


def test_a_pause_in_typing_is_one_write_and_a_start_one_more(opened, qtbot):
    s, page = opened
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    with counting_begins(s.ctx.store) as writes:
        fill_form(qtbot, page)  # activity, three measurements, goal, weeks, start date
        page.setup.saver.flush()
    assert writes.count == 1  # one operation, one BEGIN: never a half-written draft
    draft = repo.open_plan(s.ctx.store, s.ctx.workbook_id)
    assert (draft.activity, draft.goal, [m.amount for m in draft.measurements]) == ("Fietsen", 40, [25, 28, 27])
    with counting_begins(s.ctx.store) as writes:
        page.setup.saver.flush()  # nothing typed since: nothing written
    assert writes.count == 0


def test_a_name_with_placeholders_comes_out_as_typed(opened, qtbot, modals):
    s, page = opened
    name = "tillen %4 keer {activity} %1"
    start_plan(qtbot, page, activity=name)
    assert page.running.week_heading.text() == name + " · week 1 van 5"
    assert page.running.facts.text().startswith(name + ", gemeten in minuten.")
    assert summary(s.ctx, START + timedelta(days=8)).startswith(name + ": week 1 van 5, 24 min")
    modals.then(answer("Afronden"))
    qtbot.mouseClick(page.running.finish_button, Qt.MouseButton.LeftButton)
    assert page.history.text().startswith(f"• {name} (minuten), ")
    assert s.window.act_undo.text().endswith(f"Plan „{name}” afronden")


def pdf_text(data: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def test_screen_and_paper_say_the_same_in_english(opened, qtbot):
    from PySide6.QtCore import QCoreApplication

    from rugschool_gui.export.pdf import build_workbook_pdf
    from rugschool_gui.wording.graded_activity import reminders, words

    s, page = opened
    start_plan(qtbot, page)
    s.translations.apply("en")
    QCoreApplication.processEvents()
    view = page.running
    assert page.title.text() == words("title", "en") == "Graded activity"
    assert view.schedule_heading.text() == words("schedule_heading", "en")
    assert view.reminders.text() == "\n".join("• " + line for line in reminders("en"))
    assert view.week_done.text() == "0 of 3 times done this week"
    paper = "\n".join(pdf_text(build_workbook_pdf(s.ctx.store, s.ctx.workbook_id, chapters=["graded_activity"],
                                                    lang="en", today=START + timedelta(days=8))))
    flat = " ".join(paper.split())
    for line in reminders("en"):
        assert " ".join(line.split()) in flat
    assert words("schedule_heading", "en") in paper and words("intro", "en")[:40] in flat


def test_the_page_follows_every_table_of_the_chapter():
    from rugschool_gui.storage import graded_activity as storage
    from rugschool_gui.ui.chapters.graded_activity.page import TABLES

    mine = {cls.__tablename__ for cls in vars(storage).values()
            if isinstance(cls, type) and hasattr(cls, "__tablename__")}
    assert mine | {"entry_comment"} == TABLES  # and the psychologist's comments on the sessions
