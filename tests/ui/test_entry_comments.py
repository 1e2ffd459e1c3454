"""The psychologist's comment shows beside the entry it is about (issue #25): an exposure attempt,
a graded-activity session and a chain in the diary — added through the operation, seen on the
real page (which reloads on its own: the comment is another chapter's change)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from rugschool_gui.domain.consultations import Comment
from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.domain.graded_activity import Session
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.operations import consultations as ops
from rugschool_gui.storage import consultations as comments
from rugschool_gui.storage import exposure, graded_activity, understanding

TODAY = date.today()
TODAY_FROM_THE_CLOCK = True  # read again as each test starts (conftest)
COMMENT = "Mooi dat je bleef staan tot de angst zakte"
LINE = "Opmerking van je psycholoog"


@pytest.fixture
def app(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    return s


def comment_on(s, table: str, target_id: str) -> None:
    assert s.ctx.run(ops.add_comment, Comment(None, table, target_id, COMMENT, TODAY)) is not None


def test_a_comment_on_an_attempt_shows_under_what_was_learned(app):
    s = app
    store, wb = s.ctx.store, s.ctx.workbook_id
    step = exposure.add_item(store, wb, "Bukken", 60)
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    done = exposure.save_attempt(store, wb, Attempt("", step.id, when, actual_fear=40, learned="Het viel mee"))
    other = exposure.save_attempt(store, wb, Attempt("", step.id, when - timedelta(days=2), actual_fear=50))
    s.window.open_page("exposure")
    page = s.window.page("exposure")
    table = page.attempts.table
    assert table.rowCount() == 2 and LINE not in table.item(0, 4).text()
    comment_on(s, "exposure_attempt", done.id)  # the page reloads: an entry_comment changed
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == done.id)
    cell = table.item(row, 4).text()
    assert cell.startswith("Het viel mee\n") and f"{LINE} · " in cell and COMMENT in cell
    assert COMMENT in table.item(row, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert COMMENT in table.item(row, 4).toolTip()
    unrelated = next(r for r in range(table.rowCount()) if r != row)
    assert table.item(unrelated, 0).data(Qt.ItemDataRole.UserRole) == other.id
    assert LINE not in table.item(unrelated, 4).text()  # only beside the entry it concerns


def test_a_comment_on_a_graded_activity_session_shows_beside_it(app):
    s = app
    store, wb = s.ctx.store, s.ctx.workbook_id
    start = TODAY - timedelta(days=10)
    plan = graded_activity.new_plan(store, wb)
    graded_activity.update_plan(store, wb, plan.id, activity="Fietsen", goal=40, weeks=5, start_on=start)
    for i, v in enumerate((25, 28, 27), 1):
        graded_activity.set_measurement(store, wb, plan.id, i, start - timedelta(days=i), v)
    graded_activity.start_plan(store, wb, plan.id)
    session = graded_activity.save_session(store, wb, plan.id, Session(None, TODAY, 22, None, "Wind tegen"))
    s.window.open_page("graded_activity")
    log = s.window.page("graded_activity").running.log
    assert log.rowCount() == 1 and LINE not in log.item(0, 3).text()
    comment_on(s, "activity_session", session.id)
    assert log.item(0, 3).text().startswith("Wind tegen\n") and COMMENT in log.item(0, 3).text()
    assert COMMENT in log.item(0, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)


def test_a_comment_on_a_chain_shows_under_it_in_the_diary_with_the_patients_reply(app):
    s = app
    store, wb = s.ctx.store, s.ctx.workbook_id
    entry = understanding.save_entry(store, wb, ChainEntry(None, TODAY, (("Trap af", "Steek", "Kapot", "Angst",
                                                                           "Blijven liggen"),)))
    s.window.open_page("understanding")
    page = s.window.page("understanding")
    assert LINE not in page.entries.item(0).text()
    comment_on(s, "chain_entry", entry.id)
    text = page.entries.item(0).text()
    assert "Trap af → Steek" in text and f"{LINE} · " in text and COMMENT in text
    [written] = comments.list_comments(store, wb)
    assert s.ctx.run(ops.reply_comment, written.id, "Dank je, ik probeer het", TODAY) is not None
    assert "Jouw antwoord: Dank je, ik probeer het" in page.entries.item(0).text()


def test_comments_for_many_entries_are_read_in_one_query(store, make_workbook):
    from sqlalchemy import event

    wb = make_workbook("Anna")
    step = exposure.add_item(store, wb.id, "Bukken", 60)
    when = datetime.now(UTC).replace(microsecond=0)
    ids = [exposure.save_attempt(store, wb.id, Attempt("", step.id, when - timedelta(days=d), actual_fear=40)).id
           for d in range(5)]
    for target in ids[:3]:
        comments.save_comment(store, wb.id, Comment(None, "exposure_attempt", target, COMMENT, TODAY))
    seen: list[str] = []
    listener = lambda _c, _cur, statement, *_a: seen.append(statement)  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    found = comments.comments_on(store, wb.id, "exposure_attempt", ids)
    event.remove(store.engine, "before_cursor_execute", listener)
    assert set(found) == set(ids[:3])
    assert len([x for x in seen if x.lstrip().upper().startswith("SELECT")]) == 1
    assert comments.comments_on(store, wb.id, "chain_entry", ids) == {}


def test_a_comment_on_a_reflection_answer_shows_under_it_with_the_reply(app):
    from rugschool_gui.storage import too_much

    s = app
    store, wb = s.ctx.store, s.ctx.workbook_id
    earlier = too_much.save_answer(store, wb, "energy", TODAY - timedelta(days=7), "Wandelen met mijn zus")
    too_much.save_answer(store, wb, "energy", TODAY - timedelta(days=3), "Lezen in de zon")
    s.window.open_page("too_much")
    page = s.window.page("too_much")
    page.reload()  # the answers were written under the page, not through it
    box = next(b for b in page.reflections.boxes if b.key == "energy")
    assert "Wandelen met mijn zus" in box.history.text() and LINE not in box.history.text()
    comment_on(s, "reflection_answer", earlier.id)  # the page reloads: an entry_comment changed
    shown = box.history.text()
    assert f"{LINE} · " in shown and COMMENT in shown
    # under the answer it is about, not under the other one
    assert shown.index("Lezen in de zon") < shown.index("Wandelen met mijn zus") < shown.index(COMMENT)
    [written] = comments.list_comments(store, wb)
    assert s.ctx.run(ops.reply_comment, written.id, "Ik ga het vaker doen", TODAY) is not None
    assert "Jouw antwoord: Ik ga het vaker doen" in box.history.text()


def test_the_psychologist_comments_on_a_week_plan_and_a_score_and_the_patient_sees_them(app, qtbot, modals):
    from rugschool_gui.domain.pacing import Activity, week_monday
    from rugschool_gui.domain.too_little import Score
    from rugschool_gui.storage import pacing, too_little

    from .driving import choose, save, show_active, type_into

    s = app
    store, wb = s.ctx.store, s.ctx.workbook_id
    s.ctx.settings.role = "therapist"
    show_active(qtbot, s.window)
    monday = week_monday(TODAY)
    walk = pacing.save_activity(store, wb, monday, Activity(None, 1, "morning", "Wandelen", 30))
    score = too_little.save_score(store, wb, Score(None, "tsk", "", TODAY - timedelta(days=2), "start", 40))
    s.window.open_page("consultations")
    page = s.window.page("consultations")

    def comment(target: str, text: str):
        def step(dialog):
            choose(dialog.entry, next(dialog.entry.itemText(i) for i in range(dialog.entry.count())
                                      if target in dialog.entry.itemText(i)))
            type_into(dialog.text, text)
            save(dialog)
        return step

    modals.then(comment("Weekplanning: Wandelen", "Goed verdeeld over de week"))
    qtbot.mouseClick(page.comment, Qt.MouseButton.LeftButton)
    modals.then(comment("Vragenlijst: Tampa Scale", "Een mooi beginpunt"))
    qtbot.mouseClick(page.comment, Qt.MouseButton.LeftButton)
    written = {c.target_table: c for c in comments.list_comments(store, wb)}
    assert (written["pacing_activity"].target_id, written["questionnaire_score"].target_id) == (walk.id, score.id)

    s.window.open_page("pacing")
    pacing_page = s.window.page("pacing")
    cell = pacing_page.grid.cells[(1, "morning")]
    assert cell.count() == 1
    shown = cell.item(0).text()  # a short line in the small cell, the words in its tooltip and under the grid
    assert shown.startswith("Wandelen") and shown.endswith("\nMet een opmerking")
    assert "Goed verdeeld" in cell.item(0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Goed verdeeld over de week" in cell.item(0).toolTip()
    below = pacing_page.week_comments
    assert below.isVisibleTo(pacing_page)
    assert below.text().startswith("Wandelen (dinsdag) — Opmerking van je psycholoog · ")
    assert below.text().endswith(": Goed verdeeld over de week")

    s.window.open_page("too_little")
    scores = s.window.page("too_little").scores.list
    assert scores.count() == 1 and "Een mooi beginpunt" in scores.item(0).text()
    # the patient answers once; the line under the score says it
    assert s.ctx.run(ops.reply_comment, written["questionnaire_score"].id, "Ik hoop op 30", TODAY) is not None
    assert "Jouw antwoord: Ik hoop op 30" in scores.item(0).text()
