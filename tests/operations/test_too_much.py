"""The "doing too much" operations without Qt: one transaction each, what they changed, undo and
redo through the workbook's history, refusals worded per chapter, and user text that looks like
a placeholder."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rugschool_gui.domain.errors import DomainError
from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry, Situation
from rugschool_gui.domain.too_much_outlet import Substitute
from rugschool_gui.operations import ChangedSince, History
from rugschool_gui.operations import too_much as ops
from rugschool_gui.storage import pacing, workbooks
from rugschool_gui.storage import too_much as repo
from rugschool_gui.storage import too_much_practice as practice
from rugschool_gui.wording.too_much import words

DAY = date(2026, 11, 25)  # a Wednesday
MONDAY = date(2026, 11, 23)
TRICKY = "tillen %4 keer {name} %1"


def label_text(label, lang="nl"):
    """How the Edit menu names the change."""
    return words(label.key, lang, **dict(label.values))


def tables(refs):
    return {r.table for r in refs}


def recorded(history, change):
    history.record(change)
    return change


def ticks(db, wb_id):
    return [(t.cause, t.label) for t in repo.list_cause_ticks(db, wb_id)]


# ----- one transaction and a change set per action -----------------------------------------------
def _setup(db, wb_id):
    """A workbook with something of everything (written straight, not through operations)."""
    tick = repo.tick_cause(db, wb_id, "guilt", DAY)
    own = repo.add_own_signal(db, wb_id, "Tandenknarsen")
    repo.save_checkin(db, wb_id, CheckIn(DAY, (SignalEntry("palpitations"),)))
    sub = repo.save_substitute(db, wb_id, Substitute(None, "Zwemmen"))
    other = repo.save_substitute(db, wb_id, Substitute(None, "Fietsen"))
    repo.save_outlet(db, wb_id, chosen_id=sub.id)
    session = practice.save_relaxation(db, wb_id, RelaxationSession(None, DAY, "body_scan", 7, 3))
    situation = practice.save_situation(db, wb_id, Situation(None, DAY, "Buurvrouw"))
    return {"tick": tick, "own": own, "sub": sub, "other": other, "session": session, "situation": situation}


ACTIONS = {
    "tick": (lambda d: (ops.tick_cause, "do_well", DAY), {"cause_tick"}),
    "own_cause": (lambda d: (ops.tick_cause, "own", DAY, "Niet lastig zijn"), {"cause_tick"}),
    "untick": (lambda d: (ops.untick_cause, d["tick"].id), {"cause_tick"}),
    "add_signal": (lambda d: (ops.add_own_signal, "Zuchten"), {"stress_own_signal"}),
    "remove_signal": (lambda d: (ops.remove_own_signal, d["own"]), {"stress_own_signal"}),
    "checkin": (lambda d: (ops.save_checkin, DAY, [SignalEntry("falling_asleep", 6, "piekeren")]), {"stress_signal"}),
    "clear_day": (lambda d: (ops.save_checkin, DAY, []), {"stress_checkin"}),
    "answer": (lambda d: (ops.save_answer, "energy", DAY, "Wandelen"), {"reflection_answer"}),
    "outlet_texts": (lambda d: (ops.save_outlet_texts, "Joggen", "Even alles vergeten"), {"outlet"}),
    "gains": (lambda d: (ops.save_gains, ["calm"]), {"outlet"}),
    "choose": (lambda d: (ops.choose_substitute, d["other"].id), {"outlet"}),
    "add_sub": (lambda d: (ops.add_substitute, "Fietsen"), {"outlet_substitute"}),
    "tried": (lambda d: (ops.save_tried, {d["sub"].id: "Deugddoend"}), {"outlet_substitute"}),
    "outcome": (lambda d: (ops.set_outcome, d["sub"].id, "good"), {"outlet_substitute"}),
    "delete_sub": (lambda d: (ops.delete_substitute, d["sub"].id), {"outlet_substitute"}),
    "plan": (lambda d: (ops.plan_outlet, DAY), {"pacing_activity"}),
    "save_session": (lambda d: (ops.save_relaxation, RelaxationSession(None, DAY, "autogenic", 6, 2)),
                     {"relaxation_session"}),
    "delete_session": (lambda d: (ops.delete_relaxation, d["session"].id), {"relaxation_session"}),
    "add_situation": (lambda d: (ops.save_situation, Situation(None, DAY, "Collega")), {"assertive_situation"}),
    "edit_situation": (lambda d: (ops.save_situation, Situation(d["situation"].id, DAY, "Buurvrouw", "Nee")),
                       {"assertive_situation"}),
    "delete_situation": (lambda d: (ops.delete_situation, d["situation"].id), {"assertive_situation"}),
}
UNDOABLE = {"tick", "own_cause", "untick", "add_signal", "remove_signal", "clear_day", "add_sub", "delete_sub",
            "plan", "save_session", "delete_session", "add_situation", "edit_situation", "delete_situation"}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_action_is_one_transaction_of_this_chapter(db, workbook, begins, action):
    made = _setup(db, workbook.id)
    make, touched = ACTIONS[action]
    op, *values = make(made)
    with begins(db) as b:
        change = op(db, workbook.id, *values)
    assert b.count == 1
    assert change.chapter == "too_much" and change.workbook_id == workbook.id
    assert touched <= change.tables() and change.tables() - {"workbook"} <= touched | {"stress_checkin", "stress_signal"}
    assert change.undoable == (action in UNDOABLE)
    if change.undoable:
        assert label_text(change.label) and label_text(change.label, "en")


def test_undo_and_redo_of_every_undoable_action_put_the_rows_back(db, workbook):
    """Undo leaves what the workbook shows as it was before; redo as it was after."""

    def shown(db, wb):
        outlet = repo.get_outlet(db, wb)
        return (ticks(db, wb), repo.list_own_signals(db, wb),
                [(c.day, c.signals) for c in repo.list_checkins(db, wb)],  # a day cleared comes back anew
                [(s.name, s.tried, s.outcome) for s in outlet.substitutes], outlet.chosen_id,
                [(a.name, a.day, a.part) for a in pacing.list_week(db, wb, MONDAY)],
                [(s.exercise, s.before, s.after) for s in practice.list_relaxation(db, wb)],
                [(s.situation, s.say) for s in practice.list_situations(db, wb)])

    history = History()
    for action in sorted(UNDOABLE):
        wb = workbooks.create_workbook(db, f"W {action}").id
        made = _setup(db, wb)
        make, _tables = ACTIONS[action]
        op, *values = make(made)
        before = shown(db, wb)
        recorded(history, op(db, wb, *values))
        after = shown(db, wb)
        assert after != before, action
        history.undo(db, wb)
        assert shown(db, wb) == before, action
        history.redo(db, wb)
        assert shown(db, wb) == after, action


# ----- causes -----------------------------------------------------------------------------------
def test_unticking_a_cause_is_undone_with_the_same_row_and_date(db, workbook):
    history = History()
    tick = recorded(history, ops.tick_cause(db, workbook.id, "guilt", DAY - timedelta(days=3))).result
    change = recorded(history, ops.untick_cause(db, workbook.id, tick.id))
    assert tables(change.deleted) == {"cause_tick"} and label_text(change.label) == "Vinkje weghalen"
    assert ticks(db, workbook.id) == []
    history.undo(db, workbook.id)
    [back] = repo.list_cause_ticks(db, workbook.id)
    assert (back.id, back.day) == (tick.id, DAY - timedelta(days=3))  # the date it was ticked, kept
    history.undo(db, workbook.id)  # and the tick itself
    assert ticks(db, workbook.id) == []


def test_the_checklist_serves_doing_too_little_as_that_chapters_action(db, workbook):
    actions = ops.cause_actions("too_little")
    change = actions.tick(db, workbook.id, "own_tl", DAY, TRICKY)
    assert change.chapter == "too_little" and change.label.chapter == "too_much"
    assert label_text(change.label) == f"Eigen reden „{TRICKY}” toevoegen"
    assert actions.untick(db, workbook.id, change.result.id).chapter == "too_little"
    assert ops.cause_actions("too_little") is actions  # made once


def test_undo_is_refused_when_the_row_changed_since(db, workbook):
    history = History()
    tick = repo.tick_cause(db, workbook.id, "guilt", DAY)
    recorded(history, ops.untick_cause(db, workbook.id, tick.id))
    repo.tick_cause(db, workbook.id, "guilt", DAY + timedelta(days=1), tick_id=tick.id)  # e.g. a hand-over
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert [t.day for t in repo.list_cause_ticks(db, workbook.id)] == [DAY + timedelta(days=1)]


# ----- stress signals ---------------------------------------------------------------------------
def test_own_signal_with_placeholder_text_is_named_exactly(db, workbook):
    history = History()
    added = recorded(history, ops.add_own_signal(db, workbook.id, TRICKY))
    assert label_text(added.label) == f"Eigen signaal „{TRICKY}” toevoegen"
    removed = recorded(history, ops.remove_own_signal(db, workbook.id, added.result))
    assert label_text(removed.label) == f"„{TRICKY}” verwijderen"
    assert label_text(removed.label, "en") == f"Delete “{TRICKY}”"
    history.undo(db, workbook.id)
    assert repo.list_own_signals(db, workbook.id) == [(added.result, TRICKY)]


def test_saving_the_days_signals_is_not_undoable_but_clearing_the_day_is(db, workbook):
    history = History()
    saved = recorded(history, ops.save_checkin(db, workbook.id, DAY, [SignalEntry("falling_asleep", 6, "piekeren")]))
    assert not saved.undoable and tables(saved.created) == {"stress_checkin", "stress_signal"}
    cleared = recorded(history, ops.save_checkin(db, workbook.id, DAY, []))
    # #17: the day and its signals become tombstones (a handed-over copy learns of the deletion)
    assert tables(cleared.deleted) == {"stress_checkin", "stress_signal"} and not cleared.created
    assert repo.get_checkin(db, workbook.id, DAY) is None
    history.undo(db, workbook.id)
    back = repo.get_checkin(db, workbook.id, DAY)
    assert [(s.key, s.intensity, s.note) for s in back.signals] == [("falling_asleep", 6, "piekeren")]
    assert back.id == saved.result.id  # the same rows back, not new ones
    history.redo(db, workbook.id)
    assert repo.get_checkin(db, workbook.id, DAY) is None
    nothing = ops.save_checkin(db, workbook.id, DAY, [])  # an empty day stays empty
    assert nothing.empty and not nothing.undoable


def test_clearing_a_day_is_not_undone_over_signals_noted_since(db, workbook):
    history = History()
    repo.save_checkin(db, workbook.id, CheckIn(DAY, (SignalEntry("palpitations"),)))
    recorded(history, ops.save_checkin(db, workbook.id, DAY, []))
    ops.save_checkin(db, workbook.id, DAY, [SignalEntry("waking_early")])  # noted again that day
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert [s.key for s in repo.get_checkin(db, workbook.id, DAY).signals] == ["waking_early"]


def test_a_refused_checkin_changes_nothing_and_is_worded_for_this_chapter(db, workbook):
    ops.save_checkin(db, workbook.id, DAY, [SignalEntry("palpitations", 4)])
    with pytest.raises(DomainError) as refused:
        ops.save_checkin(db, workbook.id, DAY, [SignalEntry("palpitations"), SignalEntry("palpitations", 12)])
    assert refused.value.key == "too_much.duplicate_signal"
    assert [(s.key, s.intensity) for s in repo.get_checkin(db, workbook.id, DAY).signals] == [("palpitations", 4)]
    with pytest.raises(DomainError) as no_day:
        ops.save_checkin(db, workbook.id, None, [SignalEntry("palpitations")])
    assert no_day.value.key == "too_much.missing_date"
    with pytest.raises(DomainError) as unknown:
        ops.tick_cause(db, workbook.id, "laziness", DAY)
    assert unknown.value.key == "too_much.unknown_key"


def test_every_error_key_of_the_chapter_is_worded_in_both_languages():
    for key in ("unknown_key", "duplicate_signal", "missing_date", "wrong_day", "unknown_field", "nothing_chosen"):
        nl, en = words(f"error.{key}", "nl"), words(f"error.{key}", "en")
        assert nl and en and nl != en


# ----- reflections and the outlet ---------------------------------------------------------------
def test_answers_are_saved_as_typed_and_an_emptied_one_is_a_tombstone(db, workbook):
    change = ops.save_answer(db, workbook.id, "energy", DAY, TRICKY)
    assert not change.undoable and change.result.text == TRICKY
    gone = ops.save_answer(db, workbook.id, "energy", DAY, "  ")
    assert tables(gone.deleted) == {"reflection_answer"} and gone.result is None
    again = ops.save_answer(db, workbook.id, "energy", DAY, "Wandelen")  # typed again: the same row back
    assert again.result.id == change.result.id and not again.created


def test_the_outlet_finder(db, workbook, begins):
    ops.save_outlet_texts(db, workbook.id, " Joggen ", "Even alles vergeten")
    ops.save_gains(db, workbook.id, ["calm", "movement"])
    swim = ops.add_substitute(db, workbook.id, "Zwemmen").result
    bike = ops.add_substitute(db, workbook.id, "Fietsen").result
    with begins(db) as b:
        change = ops.save_tried(db, workbook.id, {swim.id: "Deugddoend", bike.id: "Te druk"})
    assert b.count == 1 and len(tables(change.changed) - {"workbook"}) == 1 and len(change.result) == 2
    assert {r.id for r in change.changed if r.table == "outlet_substitute"} == {swim.id, bike.id}
    ops.set_outcome(db, workbook.id, swim.id, "good")
    outlet = ops.choose_substitute(db, workbook.id, swim.id).result
    assert (outlet.old_outlet, outlet.gains, outlet.chosen_id) == ("Joggen", ("movement", "calm"), swim.id)
    assert [(s.name, s.tried, s.outcome) for s in outlet.substitutes] == [
        ("Zwemmen", "Deugddoend", "good"), ("Fietsen", "Te druk", None)]
    with pytest.raises(DomainError):
        ops.set_outcome(db, workbook.id, swim.id, "great")
    assert repo.get_outlet(db, workbook.id).substitutes[0].outcome == "good"


def test_deleting_the_chosen_substitute_and_undoing_it_brings_the_choice_back(db, workbook):
    history = History()
    sub = ops.add_substitute(db, workbook.id, TRICKY).result
    ops.choose_substitute(db, workbook.id, sub.id)
    change = recorded(history, ops.delete_substitute(db, workbook.id, sub.id))
    assert label_text(change.label) == f"„{TRICKY}” verwijderen"
    assert repo.get_outlet(db, workbook.id).chosen_id is None
    history.undo(db, workbook.id)
    assert repo.get_outlet(db, workbook.id).chosen_id == sub.id


def test_the_chosen_outlet_goes_into_this_weeks_plan_as_one_action_of_this_chapter(db, workbook, begins):
    with pytest.raises(DomainError) as nothing:
        ops.plan_outlet(db, workbook.id, DAY)
    assert nothing.value.key == "too_much.nothing_chosen"
    sub = ops.add_substitute(db, workbook.id, TRICKY).result
    ops.choose_substitute(db, workbook.id, sub.id)
    history = History()
    with begins(db) as b:
        change = recorded(history, ops.plan_outlet(db, workbook.id, DAY))
    assert b.count == 1 and change.chapter == "too_much" and tables(change.created) == {"pacing_activity"}
    assert label_text(change.label) == f"„{TRICKY}” in je weekplanning zetten"
    [planned] = pacing.list_week(db, workbook.id, MONDAY)
    assert (planned.name, planned.day, planned.part, planned.minutes, planned.motive) == (
        TRICKY, DAY.weekday(), "afternoon", 30, "want")
    history.undo(db, workbook.id)
    assert pacing.list_week(db, workbook.id, MONDAY) == []
    history.redo(db, workbook.id)
    assert [a.id for a in pacing.list_week(db, workbook.id, MONDAY)] == [planned.id]


# ----- relaxation and situations ---------------------------------------------------------------
def test_relaxation_sessions(db, workbook):
    history = History()
    saved = recorded(history, ops.save_relaxation(db, workbook.id, RelaxationSession(None, DAY, "body_scan", 7, 3)))
    assert tables(saved.created) == {"relaxation_session"}
    recorded(history, ops.delete_relaxation(db, workbook.id, saved.result.id))
    assert practice.list_relaxation(db, workbook.id) == []
    history.undo(db, workbook.id)
    assert practice.list_relaxation(db, workbook.id) == [saved.result]
    with pytest.raises(DomainError):
        ops.save_relaxation(db, workbook.id, RelaxationSession(None, DAY, "body_scan", 7, 40))


def test_changing_a_session_is_undone_to_what_it_said_not_deleted(db, workbook):
    history = History()
    first = recorded(history, ops.save_relaxation(db, workbook.id, RelaxationSession(None, DAY, "body_scan", 7, 3)))
    changed = RelaxationSession(first.result.id, DAY, "body_scan", 7, 2, "rustiger")
    recorded(history, ops.save_relaxation(db, workbook.id, changed))
    history.undo(db, workbook.id)
    assert practice.list_relaxation(db, workbook.id) == [first.result]
    history.redo(db, workbook.id)
    [again] = practice.list_relaxation(db, workbook.id)
    assert (again.after, again.note) == (2, "rustiger")


def test_filling_in_a_situation_is_undone_to_what_it_said(db, workbook):
    history = History()
    first = recorded(history, ops.save_situation(db, workbook.id, Situation(None, DAY, TRICKY, "Vandaag niet")))
    assert label_text(first.label) == "Situatie toevoegen"
    edited = recorded(history, ops.save_situation(db, workbook.id, Situation(first.result.id, DAY, TRICKY,
                                                                            "Vandaag niet", "Ging goed")))
    assert label_text(edited.label) == "Situatie aanpassen"
    unchanged = ops.save_situation(db, workbook.id, edited.result)
    assert not unchanged.undoable  # nothing changed: nothing to undo
    history.undo(db, workbook.id)
    [back] = practice.list_situations(db, workbook.id)
    assert (back.situation, back.went) == (TRICKY, "")
    practice.save_situation(db, workbook.id, Situation(back.id, DAY, TRICKY, "Nee", "Anders"))  # changed since
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert practice.list_situations(db, workbook.id)[0].say == "Nee"


def test_undo_stays_in_its_own_workbook(db, workbook, make_workbook):
    other = make_workbook("Bert")
    history = History()
    sit = practice.save_situation(db, workbook.id, Situation(None, DAY, "Buurvrouw"))
    recorded(history, ops.delete_situation(db, workbook.id, sit.id))
    assert not history.can_undo(other.id)
    history.undo(db, workbook.id)
    assert [s.situation for s in practice.list_situations(db, workbook.id)] == ["Buurvrouw"]
