"""Graded activity operations without Qt: one BEGIN each, what they changed, undo and redo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rugschool_gui.domain.errors import DomainError
from rugschool_gui.domain.graded_activity import (
    ABANDONED,
    ACTIVE,
    DRAFT,
    FINISHED,
    Measurement,
    Session,
)
from rugschool_gui.domain.graded_activity_plan import PlanInProgress
from rugschool_gui.operations import ChangedSince, History
from rugschool_gui.operations import graded_activity as ops
from rugschool_gui.storage import graded_activity as repo
from rugschool_gui.wording.graded_activity import words

START = date(2026, 11, 2)  # a Monday


def tables(change) -> dict[str, set[str]]:
    """The chapter's tables each kind of change touched (the workbook's "worked on" stamp aside)."""
    def of(refs):
        return {r.table for r in refs} - {"workbook"}

    return {"created": of(change.created), "changed": of(change.changed), "deleted": of(change.deleted)}


def label_text(change) -> str:
    return words(change.label.key, "nl", **dict(change.label.values))


def filled(plan, activity="Fietsen", amounts=(25, 28, 27), goal=40, weeks=5):
    """The draft as the set-up form shows it once everything is filled in."""
    days = [START - timedelta(days=7 - i) for i in range(3)]
    return replace(plan, activity=activity, goal=goal, weeks=weeks, start_on=START,
                   measurements=tuple(Measurement(d, a) for d, a in zip(days, amounts, strict=True)))


def running(db, workbook_id, activity="Fietsen"):
    plan = ops.new_plan(db, workbook_id).result
    ops.save_draft(db, workbook_id, plan.id, filled(plan, activity))
    return ops.start_plan(db, workbook_id, plan.id).result


# ----- setting a plan up --------------------------------------------------------------------
def test_a_new_plan_is_one_transaction_and_not_undoable(db, workbook, begins):
    with begins(db) as b:
        change = ops.new_plan(db, workbook.id)
    assert b.count == 1
    assert change.chapter == "graded_activity" and change.workbook_id == workbook.id
    assert tables(change)["created"] == {"activity_plan"}
    assert change.result.status == DRAFT and not change.undoable
    with pytest.raises(PlanInProgress) as refused:
        ops.new_plan(db, workbook.id)
    assert refused.value.key == "graded_activity.plan_in_progress"


def test_the_set_up_form_saves_every_edit_in_one_transaction(db, workbook, begins):
    plan = ops.new_plan(db, workbook.id).result
    with begins(db) as b:
        change = ops.save_draft(db, workbook.id, plan.id, filled(plan))
    assert b.count == 1  # four fields and three measurements: one BEGIN
    assert tables(change) == {"created": {"activity_measurement"}, "changed": {"activity_plan"},
                              "deleted": set()}
    assert not change.undoable
    stored = repo.open_plan(db, workbook.id)
    assert (stored.activity, stored.goal, stored.weeks, stored.start_on) == ("Fietsen", 40, 5, START)
    assert [m.amount for m in stored.measurements] == [25, 28, 27]
    cleared = replace(stored, measurements=(None, *stored.measurements[1:]))
    change = ops.save_draft(db, workbook.id, plan.id, cleared)
    assert tables(change)["deleted"] == {"activity_measurement"}
    assert ops.save_draft(db, workbook.id, plan.id, cleared).empty  # nothing new: nothing written


def test_a_refused_value_stays_out_but_the_rest_of_the_edit_lands(db, workbook):
    plan = ops.new_plan(db, workbook.id).result
    ops.save_draft(db, workbook.id, plan.id, replace(plan, activity="Wandelen", reduction=0.35,
                                                       sessions_per_week=2))
    stored = repo.open_plan(db, workbook.id)
    assert (stored.activity, stored.reduction, stored.sessions_per_week) == ("Wandelen", 0.25, 3)


def test_a_half_written_edit_never_lands(db, workbook):
    plan = ops.new_plan(db, workbook.id).result
    bad = replace(filled(plan, activity="Zwemmen"),
                  measurements=(Measurement(START, 25), Measurement(START, 10**9), None))
    with pytest.raises(DomainError):
        ops.save_draft(db, workbook.id, plan.id, bad)
    stored = repo.open_plan(db, workbook.id)
    assert stored.activity == "" and stored.missing_measurements == 3  # not even the activity


def test_starting_writes_the_first_schedule_in_one_transaction(db, workbook, begins):
    plan = ops.new_plan(db, workbook.id).result
    ops.save_draft(db, workbook.id, plan.id, filled(plan))
    with begins(db) as b:
        change = ops.start_plan(db, workbook.id, plan.id)
    assert b.count == 1
    assert tables(change)["created"] == {"activity_schedule"}
    assert tables(change)["changed"] == {"activity_plan"}
    assert change.result.status == ACTIVE and change.result.current.schedule.start == pytest.approx(20)


def test_starting_an_incomplete_draft_is_refused_with_a_chapter_key(db, workbook):
    plan = ops.new_plan(db, workbook.id).result
    ops.save_draft(db, workbook.id, plan.id, replace(plan, activity="Fietsen"))
    with pytest.raises(DomainError) as refused:
        ops.start_plan(db, workbook.id, plan.id)
    assert refused.value.key == "graded_activity.not_enough_measurements"
    assert words("error.not_enough_measurements", "nl", **refused.value.params).startswith(
        "Het schema kan nog niet gemaakt worden: je basisniveau komt uit 3 metingen")
    assert repo.open_plan(db, workbook.id).status == DRAFT


# ----- sessions -----------------------------------------------------------------------------
def test_logging_a_session_can_be_undone_and_redone(db, workbook, begins):
    plan = running(db, workbook.id)
    history = History()
    with begins(db) as b:
        change = ops.save_session(db, workbook.id, plan.id, Session(None, START, 24, 3, "ok"))
    assert b.count == 1
    assert tables(change)["created"] == {"activity_session"}
    assert change.undoable and change.label.key == "undo_log_session"
    history.record(change)
    with begins(db) as b:
        undone = history.undo(db, workbook.id)
    assert b.count == 1
    assert tables(undone)["deleted"] == {"activity_session"}
    assert repo.list_sessions(db, plan.id) == []
    history.redo(db, workbook.id)
    assert [(s.id, s.amount, s.pain, s.note) for s in repo.list_sessions(db, plan.id)] == [
        (change.result.id, 24, 3, "ok")]


def test_changing_a_session_undoes_to_the_old_values(db, workbook):
    plan = running(db, workbook.id)
    history = History()
    logged = ops.save_session(db, workbook.id, plan.id, Session(None, START, 24)).result
    change = ops.save_session(db, workbook.id, plan.id, replace(logged, amount=30, note="beter"))
    assert tables(change)["changed"] == {"activity_session"} and change.label.key == "undo_change_session"
    history.record(change)
    history.undo(db, workbook.id)
    assert [(s.amount, s.note) for s in repo.list_sessions(db, plan.id)] == [(24, "")]
    history.redo(db, workbook.id)
    assert [(s.amount, s.note) for s in repo.list_sessions(db, plan.id)] == [(30, "beter")]


def test_deleting_a_session_undoes_and_is_refused_after_a_newer_change(db, workbook, begins):
    plan = running(db, workbook.id)
    history = History()
    logged = ops.save_session(db, workbook.id, plan.id, Session(None, START, 24, note="tillen %4 keer {x}")).result
    with begins(db) as b:
        change = ops.delete_session(db, workbook.id, plan.id, logged.id)
    assert b.count == 1 and tables(change)["deleted"] == {"activity_session"}
    history.record(change)
    history.undo(db, workbook.id)
    assert [s.note for s in repo.list_sessions(db, plan.id)] == ["tillen %4 keer {x}"]
    history.redo(db, workbook.id)
    assert repo.list_sessions(db, plan.id) == []
    repo.save_session(db, workbook.id, plan.id, replace(logged, amount=20))  # e.g. a hand-over
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert [s.amount for s in repo.list_sessions(db, plan.id)] == [20]  # nothing written


def test_a_refused_session_writes_nothing_and_says_which_chapter(db, workbook):
    plan = running(db, workbook.id)
    for bad, key in ((Session(None, START, 0), "graded_activity.amount_not_positive"),
                     (Session(None, None, 10), "graded_activity.missing_date"),
                     (Session(None, START - timedelta(days=1), 10), "graded_activity.date_before_plan")):
        with pytest.raises(DomainError) as refused:
            ops.save_session(db, workbook.id, plan.id, bad)
        assert refused.value.key == key
        assert "error." + key.split(".", 1)[1] in words
    assert repo.list_sessions(db, plan.id) == []


# ----- recompute ----------------------------------------------------------------------------
def test_recompute_is_one_transaction_and_undo_restores_the_previous_schedule(db, workbook, begins):
    plan = running(db, workbook.id)
    history = History()
    ops.save_session(db, workbook.id, plan.id, Session(None, START, 20))
    later = START + timedelta(days=21)
    with begins(db) as b:
        change = ops.recompute(db, workbook.id, plan.id, later, 22, 45, 3)
    assert b.count == 1
    assert tables(change) == {"created": {"activity_schedule"}, "changed": {"activity_plan"},
                              "deleted": set()}
    assert change.undoable and label_text(change) == "Schema herberekenen"
    history.record(change)
    new_version = change.result.current
    with begins(db) as b:
        undone = history.undo(db, workbook.id)
    assert b.count == 1 and tables(undone)["deleted"] == {"activity_schedule"}
    back = repo.open_plan(db, workbook.id)
    assert [v.start_on for v in back.versions] == [START]
    assert (back.goal, back.weeks) == (40, 5) and back.current.schedule.goal == 40
    assert len(repo.list_sessions(db, plan.id)) == 1  # sessions are never touched
    history.redo(db, workbook.id)
    again = repo.open_plan(db, workbook.id)
    assert again.current == new_version  # the same version, id and all
    assert (again.goal, again.weeks) == (45, 3)


def test_undo_of_a_recompute_that_replaced_a_version_writes_the_old_one_back(db, workbook):
    plan = running(db, workbook.id)
    history = History()
    first = plan.current
    history.record(ops.recompute(db, workbook.id, plan.id, START, 18, 40, 6))  # same day: replaces
    assert len(repo.open_plan(db, workbook.id).versions) == 1
    history.undo(db, workbook.id)
    assert repo.open_plan(db, workbook.id).versions == (first,)


def test_undo_of_a_recompute_is_refused_when_the_schedule_changed_since(db, workbook):
    plan = running(db, workbook.id)
    history = History()
    later = START + timedelta(days=14)
    history.record(ops.recompute(db, workbook.id, plan.id, later, 22, 40, 3))
    repo.recompute(db, workbook.id, plan.id, later, 23, 40, 4)  # the same version, changed outside
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert repo.open_plan(db, workbook.id).current.schedule.start == 23


def test_a_refused_recompute_changes_nothing(db, workbook):
    plan = running(db, workbook.id)
    with pytest.raises(DomainError) as refused:
        ops.recompute(db, workbook.id, plan.id, START - timedelta(days=1), 22, 40, 3)
    assert refused.value.key == "graded_activity.date_before_plan"
    with pytest.raises(DomainError) as refused:
        ops.recompute(db, workbook.id, plan.id, START + timedelta(days=7), 40, 40, 3)
    assert refused.value.key == "graded_activity.goal_not_above_start"
    assert words("error.goal_not_above_start", "nl", **refused.value.params) == (
        "Je doel moet hoger liggen dan je startniveau (40). Kies een hoger doel.")
    assert repo.open_plan(db, workbook.id).versions == plan.versions


# ----- ending a plan ------------------------------------------------------------------------
def test_ending_a_plan_is_undoable_and_its_label_keeps_the_name_as_typed(db, workbook, begins):
    plan = running(db, workbook.id, activity="tillen %4 keer {activity}")
    history = History()
    with begins(db) as b:
        change = ops.end_plan(db, workbook.id, plan.id, FINISHED, START + timedelta(days=40))
    assert b.count == 1 and tables(change)["changed"] == {"activity_plan"}
    assert label_text(change) == "Plan „tillen %4 keer {activity}” afronden"
    history.record(change)
    assert repo.open_plan(db, workbook.id) is None
    history.undo(db, workbook.id)
    assert repo.open_plan(db, workbook.id).status == ACTIVE
    history.redo(db, workbook.id)
    assert [p.status for p in repo.plan_history(db, workbook.id)] == [FINISHED]


def test_throwing_a_draft_away_and_the_undo_waits_for_no_other_plan(db, workbook):
    plan = ops.new_plan(db, workbook.id).result
    history = History()
    change = ops.end_plan(db, workbook.id, plan.id, ABANDONED, START)
    assert label_text(change) == "Plan in voorbereiding weggooien"
    history.record(change)
    other = ops.new_plan(db, workbook.id).result  # a new plan begun meanwhile
    with pytest.raises(PlanInProgress):
        history.undo(db, workbook.id)
    ops.end_plan(db, workbook.id, other.id, ABANDONED, START)
    history.undo(db, workbook.id)  # the thrown-away draft is back
    assert repo.open_plan(db, workbook.id).id == plan.id


def test_undo_stays_in_its_own_workbook(db, workbook, make_workbook):
    other = make_workbook("Bert")
    mine, theirs = running(db, workbook.id), running(db, other.id, activity="Zwemmen")
    history = History()
    history.record(ops.save_session(db, workbook.id, mine.id, Session(None, START, 24)))
    history.record(ops.save_session(db, other.id, theirs.id, Session(None, START, 10)))
    history.undo(db, other.id)  # viewing Bert: only Bert's session goes
    assert len(repo.list_sessions(db, mine.id)) == 1 and repo.list_sessions(db, theirs.id) == []
    assert not history.can_undo(other.id) and history.can_undo(workbook.id)


def test_the_reflection_is_typing_one_transaction_not_undoable(db, workbook, begins):
    plan = running(db, workbook.id)
    with begins(db) as b:
        change = ops.save_reflection(db, workbook.id, plan.id, "moe", "regen %1", " te snel ")
    assert b.count == 1 and not change.undoable
    again = repo.open_plan(db, workbook.id)
    assert (again.barriers_inside, again.barriers_outside, again.realistic) == ("moe", "regen %1", "te snel")


def test_an_undone_recompute_leaves_a_tombstone_and_redo_brings_it_back(db, workbook):
    """#17: the version an undo takes back is a tombstone (a handed-over copy learns of it)."""
    from sqlalchemy import func, select

    plan = running(db, workbook.id)
    history = History()
    change = ops.recompute(db, workbook.id, plan.id, START + timedelta(days=21), 22, 45, 3)
    history.record(change)
    history.undo(db, workbook.id)
    with db.transaction() as s:
        rows = s.execute(select(repo.ActivityScheduleRow.id, repo.ActivityScheduleRow.deleted_at)).all()
    assert len(rows) == 2 and sum(1 for _id, gone in rows if gone is not None) == 1
    history.redo(db, workbook.id)
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(repo.ActivityScheduleRow).where(
            repo.ActivityScheduleRow.deleted_at.is_(None))) == 2


def test_a_cleared_measurement_is_a_tombstone_and_measuring_again_reuses_it(db, workbook):
    from sqlalchemy import func, select

    plan = ops.new_plan(db, workbook.id).result
    repo.set_measurement(db, workbook.id, plan.id, 2, START, 12.5)
    repo.set_measurement(db, workbook.id, plan.id, 2, None, None)
    assert repo.get_plan(db, workbook.id, plan.id).measurements[1] is None
    repo.set_measurement(db, workbook.id, plan.id, 2, START, 14)
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(repo.ActivityMeasurementRow)) == 1
    assert repo.get_plan(db, workbook.id, plan.id).measurements[1].amount == 14
