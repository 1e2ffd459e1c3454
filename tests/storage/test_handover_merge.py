"""A patient and a psychologist both edit one workbook between hand-overs (issue #17): corrections,
deletions, clears, per-day rows made again, reorder against rename, additions on both sides —
then files go both ways and both databases hold the same rows, with no duplicates, every rule
kept and every page (and the PDF) opening."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.domain.graded_activity import Session
from rugschool_gui.domain.pacing import Activity, ChunkPlan
from rugschool_gui.domain.reminders import CHECKIN, DeclinedReminder
from rugschool_gui.domain.too_little import Score
from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry, Situation
from rugschool_gui.domain.too_much_outlet import Substitute
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.storage import (
    exposure,
    graded_activity,
    pacing,
    reminders,
    too_little,
    too_much,
    too_much_practice,
    understanding,
)
from rugschool_gui.storage.handover_rules import TooManySteps
from rugschool_gui.storage.workbooks import create_workbook

from .handover_fill import DAY, filled_workbook
from .handover_sides import Side, assert_same, every_page_loads, exchange

NEXT = DAY + timedelta(days=1)
MONDAY = DAY - timedelta(days=DAY.weekday())
#: issue #25's tables: edited on both sides in test_handover_consultations.py
CONSULTATION_TABLES = {"consultation", "homework", "entry_comment", "patient_question", "smart_goal"}


@pytest.fixture
def sides(tmp_path):
    """The patient's workbook with something in every table, handed over once to the psychologist."""
    patient, psy = Side("patient", tmp_path), Side("psy", tmp_path)
    wb_id = filled_workbook(patient.db)
    psy.receive(patient.send(wb_id))
    yield patient, psy, wb_id
    patient.close()
    psy.close()


def round_trip(a: Side, b: Side, wb_id: str) -> None:
    """Files both ways, then the checks every test ends with."""
    exchange(a, b, wb_id)
    assert_same(a, b, wb_id)
    again = b.receive(a.send(wb_id))  # a calm round trip changes nothing more
    assert again.changes == 0


def live_count(db, row_class) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(row_class).where(row_class.deleted_at.is_(None)))


# ----- stress signals: corrections, clears, a day made on both sides --------------------------------
def test_a_corrected_intensity_replaces_the_old_one_on_the_other_side(sides):
    patient, psy, wb = sides
    own = too_much.list_own_signals(patient.db, wb)[0][0]
    too_much.save_checkin(patient.db, wb, CheckIn(DAY, (SignalEntry("falling_asleep", 4), SignalEntry(own))))
    round_trip(patient, psy, wb)
    day = too_much.get_checkin(psy.db, wb, DAY)
    assert [(s.key, s.intensity) for s in day.signals] == [("falling_asleep", 4), (own, None)]
    assert too_much.summary(psy.db, wb, DAY)[0] == 2  # two signals this week, not three
    every_page_loads(psy.db, wb, DAY)


def test_a_cleared_day_and_an_emptied_answer_stay_gone(sides):
    patient, psy, wb = sides
    too_much.delete_checkin(patient.db, wb, DAY)
    too_much.save_answer(patient.db, wb, "energy", DAY, "")
    round_trip(patient, psy, wb)
    assert too_much.get_checkin(psy.db, wb, DAY) is None
    assert too_much.list_answers(psy.db, wb, "energy") == []
    assert too_much.summary(psy.db, wb, DAY)[0] == 0


def test_a_day_cleared_then_ticked_again_imports_without_a_conflict(sides):
    """The old app made a new row with a new id for a day cleared and ticked again; the file
    then broke ``UNIQUE(workbook_id, day)``. A tombstone and the new row travel side by side."""
    patient, psy, wb = sides
    too_much.delete_checkin(patient.db, wb, DAY)
    with patient.db.transaction() as s:  # as an older app did it: a second row for the day
        row = too_much.CheckInRow(workbook_id=wb, day=DAY)
        s.add(row)
        s.flush()
        s.add(too_much.SignalRow(checkin_id=row.id, signal="palpitations", intensity=3, note=""))
    round_trip(patient, psy, wb)
    assert [(s.key, s.intensity) for s in too_much.get_checkin(psy.db, wb, DAY).signals] == [("palpitations", 3)]


def test_the_same_day_noted_on_both_sides_becomes_one_check_in(sides):
    patient, psy, wb = sides
    too_much.save_checkin(psy.db, wb, CheckIn(NEXT, (SignalEntry("palpitations", 2), SignalEntry("diarrhoea", 5))))
    too_much.save_checkin(patient.db, wb, CheckIn(NEXT, (SignalEntry("waking_early", 3), SignalEntry("diarrhoea", 7))))
    round_trip(patient, psy, wb)
    day = too_much.get_checkin(patient.db, wb, NEXT)
    assert sorted((s.key, s.intensity) for s in day.signals) == [
        ("diarrhoea", 7), ("palpitations", 2), ("waking_early", 3)]  # both kept; the newer 7 wins
    assert live_count(patient.db, too_much.CheckInRow) == 2
    every_page_loads(patient.db, wb, NEXT)


# ----- one per moment / one outlet / one answer per day / one tick of a listed cause ----------------
def test_rows_that_exist_once_are_folded_into_one_whatever_their_ids(sides):
    patient, psy, wb = sides
    # the psychologist fills the reflections and the outlet of a fresh workbook of his own view
    too_little.save_reflection(patient.db, wb, "middle", "Het gaat beter")
    too_little.save_reflection(psy.db, wb, "middle", "Minder angst")  # later: wins
    too_much.save_answer(patient.db, wb, "relax", NEXT, "Moeilijk")
    too_much.save_answer(psy.db, wb, "relax", NEXT, "Lukt soms")
    too_much.tick_cause(patient.db, wb, "pressured", NEXT)
    too_much.tick_cause(psy.db, wb, "pressured", NEXT)
    pacing.set_flag_dismissed(patient.db, wb, MONDAY, "piled_up", True)
    pacing.set_flag_dismissed(psy.db, wb, MONDAY, "piled_up", True)
    round_trip(patient, psy, wb)
    assert too_little.reflections(patient.db, wb)["middle"] == "Minder angst"
    assert [a.text for a in too_much.list_answers(patient.db, wb, "relax")] == ["Lukt soms"]
    assert [t.cause for t in too_much.list_cause_ticks(patient.db, wb)].count("pressured") == 1
    assert pacing.dismissed_flags(patient.db, wb, MONDAY) == {"no_want_day:0", "piled_up"}


def test_two_outlets_made_on_two_sides_become_one(tmp_path):
    a, b = Side("a", tmp_path), Side("b", tmp_path)
    wb = create_workbook(a.db, "Anna")
    b.receive(a.send(wb.id))
    too_much.save_outlet(a.db, wb.id, old_outlet="Joggen")
    too_much.save_outlet(b.db, wb.id, old_outlet="Dansen", why="Muziek")  # later: wins
    round_trip(a, b, wb.id)
    assert (too_much.get_outlet(a.db, wb.id).old_outlet, too_much.get_outlet(a.db, wb.id).why) == ("Dansen", "Muziek")
    assert live_count(a.db, too_much.OutletRow) == 1
    a.close(), b.close()


def test_reflection_of_a_moment_made_on_both_sides_before_the_first_hand_over(tmp_path):
    a, b = Side("a", tmp_path), Side("b", tmp_path)
    wb = create_workbook(a.db, "Anna")
    b.receive(a.send(wb.id))
    too_little.save_reflection(b.db, wb.id, "start", "Psycholoog")
    too_little.save_reflection(a.db, wb.id, "start", "Patiënt")
    round_trip(b, a, wb.id)
    assert too_little.reflections(b.db, wb.id) == {"start": "Patiënt"}
    a.close(), b.close()


# ----- the fear hierarchy: reorder against rename, deletion, additions ------------------------------
def labels(db, wb):
    return [(i.rank, i.label) for i in exposure.load_hierarchy(db, wb).items]


@pytest.mark.parametrize("rename_first", [True, False])
def test_a_reorder_on_one_side_and_a_rename_on_the_other_both_survive(sides, rename_first):
    patient, psy, wb = sides
    bend, lift = exposure.load_hierarchy(patient.db, wb).items
    exposure.add_item(patient.db, wb, "Stofzuigen", 50)
    psy.receive(patient.send(wb))
    steps = [i.id for i in exposure.load_hierarchy(psy.db, wb).items]
    if rename_first:
        exposure.update_item(patient.db, wb, lift.id, label="Een krat tillen")
        exposure.move_item(psy.db, wb, steps[2], 1)
    else:
        exposure.move_item(psy.db, wb, steps[2], 1)
        exposure.update_item(patient.db, wb, lift.id, label="Een krat tillen")
    round_trip(patient, psy, wb)
    assert labels(psy.db, wb) == [(1, "Stofzuigen"), (2, bend.label), (3, "Een krat tillen")]


def test_a_deletion_on_one_side_is_not_undone_by_a_reorder_on_the_other(sides):
    patient, psy, wb = sides
    bend, lift = exposure.load_hierarchy(patient.db, wb).items
    exposure.remove_item(patient.db, wb, bend.id)
    exposure.move_item(psy.db, wb, lift.id, 1)  # later: moves the deleted step too
    round_trip(patient, psy, wb)
    assert labels(patient.db, wb) == [(1, "Tillen")]


def test_steps_added_on_both_sides_are_ranked_gaplessly_by_fear(sides):
    patient, psy, wb = sides
    exposure.add_item(patient.db, wb, "Stofzuigen", 90)
    exposure.add_item(psy.db, wb, "Fles uit koffer", 20)
    exposure.add_item(psy.db, wb, "Strijken", None)
    round_trip(patient, psy, wb)
    ranked = labels(patient.db, wb)
    assert [r for r, _ in ranked] == [1, 2, 3, 4, 5]
    assert [label for _, label in ranked][2:] == ["Fles uit koffer", "Stofzuigen", "Strijken"]  # rank 3: by fear
    every_page_loads(patient.db, wb, DAY, pdf=False)


def test_more_steps_than_the_hierarchy_holds_is_refused_and_changes_nothing(sides):
    patient, psy, wb = sides
    for n in range(5):
        exposure.add_item(patient.db, wb, f"Patiënt {n}", 10 * n)
    for n in range(4):
        exposure.add_item(psy.db, wb, f"Psycholoog {n}", 10 * n)
    before = psy.content(wb)
    with pytest.raises(TooManySteps) as refused:
        psy.receive(patient.send(wb))
    assert refused.value.params == {"count": 11, "max": 10}
    assert psy.content(wb) == before


# ----- the other chapters: edits, deletions and additions on both sides ----------------------------
def test_every_chapter_edited_on_both_sides_ends_the_same(sides):
    patient, psy, wb = sides
    p, s = patient.db, psy.db
    before = patient.content(wb)
    # too much: own signals, the day's signals, causes, answers, the outlet's words
    own = too_much.list_own_signals(p, wb)[0][0]
    too_much.remove_own_signal(p, wb, own)
    sighing = too_much.add_own_signal(s, wb, "Zuchten")
    too_much.save_checkin(s, wb, CheckIn(NEXT, (SignalEntry(sighing, 5),)))
    too_much.untick_cause(p, wb, too_much.list_cause_ticks(p, wb)[0].id)
    too_much.save_answer(s, wb, "energy", DAY, "Wandelen met de hond")
    too_much.save_outlet(p, wb, why="Hoofd leeg")
    too_little.save_reflection(s, wb, "start", "Minder angst dan gedacht")
    pacing.set_flag_dismissed(p, wb, MONDAY, "no_want_day:0", False)
    pacing.record_timer_run(s, wb, "Tuin", datetime(2026, 11, 25, 9, tzinfo=UTC), 3, 3, 60)
    # understanding: one side edits the entry, the other adds one
    entry = understanding.list_entries(p, wb)[0]
    understanding.save_entry(p, wb, replace(entry, note="Beter gezien"))
    understanding.save_entry(s, wb, ChainEntry(None, NEXT, (("Zitten", "Stijf", "", "", ""),)))
    # too much: sessions, situations, substitutes
    session = too_much_practice.list_relaxation(p, wb)[0]
    too_much_practice.delete_relaxation(s, wb, session.id)
    too_much_practice.save_relaxation(p, wb, RelaxationSession(None, NEXT, "progressive", 6, 2))
    situation = too_much_practice.list_situations(p, wb)[0]
    too_much_practice.save_situation(p, wb, replace(situation, went="Goed gegaan"))
    too_much_practice.save_situation(s, wb, Situation(None, NEXT, "Collega vraagt overuren"))
    sub = too_much.get_outlet(p, wb).substitutes[0]
    too_much.save_substitute(s, wb, replace(sub, tried="Na drie keer fijn"))
    extra = too_much.save_substitute(p, wb, Substitute(None, "Fietsen"))
    too_much.save_outlet(p, wb, chosen_id=extra.id)
    # pacing: a move on one side, a new activity in the same cell on the other
    act = pacing.list_week(p, wb, MONDAY)[0]
    pacing.save_activity(s, wb, MONDAY, Activity(None, act.day, act.part, "Koken", 40))
    pacing.save_activity(p, wb, MONDAY, Activity(None, act.day, act.part, "Strijken", 20))
    plan = pacing.list_chunk_plans(p, wb)[0]
    pacing.delete_chunk_plan(s, wb, plan.id)
    pacing.save_chunk_plan(p, wb, ChunkPlan(None, "Ramen", 90, 30, 10, 60))
    # too little: value corrected on one side, a score added and one deleted on the other
    valued = too_little.list_valued(p, wb)[0]
    too_little.save_valued(p, wb, replace(valued, value=7))
    too_little.save_score(s, wb, Score(None, "pcs", "", NEXT, "middle", 20))
    too_little.delete_score(s, wb, too_little.list_scores(s, wb)[0].id)
    # exposure: an attempt completed on one side, rated on the other
    item = exposure.load_hierarchy(p, wb).items[0]
    attempt = exposure.list_attempts(p, wb)[0]
    exposure.save_attempt(p, wb, replace(attempt, actual_pain=3, learned="Viel mee"))
    exposure.rate_item(s, wb, item.id, 25)
    exposure.save_attempt(s, wb, Attempt(id="", item_id=item.id, when=datetime(2026, 11, 25, 9, tzinfo=UTC),
                                         expected_fear=60))
    # graded activity: sessions on both sides, one deleted, the schedule recomputed on one
    open_plan = graded_activity.open_plan(p, wb)
    first = graded_activity.list_sessions(p, open_plan.id)[0]
    graded_activity.save_session(p, wb, open_plan.id, Session(None, NEXT, 22))
    graded_activity.delete_session(s, wb, open_plan.id, first.id)
    graded_activity.save_session(s, wb, open_plan.id, Session(None, NEXT + timedelta(days=1), 24, 2))
    graded_activity.recompute(s, wb, open_plan.id, NEXT + timedelta(days=7), 25, 40, 4)
    # reminders: a "not today" on the other side too
    reminders.save_declined(s, wb, DeclinedReminder(None, NEXT, CHECKIN, "outside", "Visite"))
    round_trip(patient, psy, wb)
    after = patient.content(wb)
    untouched = {t for t in before if before[t] == after[t]} - CONSULTATION_TABLES  # (their own test)
    assert untouched == {"activity_measurement"}, untouched  # every other table changed (slots: below)
    for db in (p, s):
        assert too_much.list_own_signals(db, wb) == [(sighing, "Zuchten")]
        assert [x.key for x in too_much.get_checkin(db, wb, NEXT).signals] == [sighing]
        assert too_much.list_cause_ticks(db, wb) == [] and pacing.dismissed_flags(db, wb, MONDAY) == set()
        assert too_much.get_outlet(db, wb).why == "Hoofd leeg"
        assert len(understanding.list_entries(db, wb)) == 2
        assert understanding.list_entries(db, wb)[1].note == "Beter gezien"
        assert [x.exercise for x in too_much_practice.list_relaxation(db, wb)] == ["progressive"]
        assert {x.situation for x in too_much_practice.list_situations(db, wb)} == {"Buurvrouw", "Collega vraagt overuren"}
        outlet = too_much.get_outlet(db, wb)
        assert outlet.chosen_id == extra.id and outlet.substitutes[0].tried == "Na drie keer fijn"
        cell = [a for a in pacing.list_week(db, wb, MONDAY) if (a.day, a.part) == (act.day, act.part)]
        assert sorted(a.position for a in cell) == [0, 1, 2]
        assert [c.name for c in pacing.list_chunk_plans(db, wb)] == ["Ramen"]
        assert too_little.list_valued(db, wb)[0].value == 7
        assert [x.scale for x in too_little.list_scores(db, wb)] == ["pcs"]
        assert exposure.load_hierarchy(db, wb).items[0].fear == 25
        assert len(exposure.list_attempts(db, wb)) == 2
        plan_now = graded_activity.open_plan(db, wb)
        assert len(plan_now.versions) == 2
        assert sorted(x.amount for x in graded_activity.list_sessions(db, plan_now.id)) == [22, 24]
        assert sorted(d.words for d in reminders.list_declined(db, wb)) == ["Te moe", "Visite"]
    every_page_loads(p, wb, NEXT)


def test_a_baseline_measurement_cleared_and_a_version_taken_back_travel(tmp_path):
    a, b = Side("a", tmp_path), Side("b", tmp_path)
    wb = create_workbook(a.db, "Anna").id
    plan = graded_activity.new_plan(a.db, wb)
    graded_activity.update_plan(a.db, wb, plan.id, activity="Wandelen", goal=40, weeks=5, start_on=DAY)
    for i in (1, 2, 3):
        graded_activity.set_measurement(a.db, wb, plan.id, i, DAY - timedelta(days=i), 20 + i)
    b.receive(a.send(wb))
    graded_activity.set_measurement(a.db, wb, plan.id, 2, None, None)  # cleared on the patient's side
    graded_activity.set_measurement(b.db, wb, plan.id, 3, DAY, 30)  # slot 3 measured again on the other
    round_trip(a, b, wb)
    assert [m and m.amount for m in graded_activity.get_plan(b.db, wb, plan.id).measurements] == [21, None, 30]
    graded_activity.set_measurement(b.db, wb, plan.id, 2, DAY, 25)
    graded_activity.start_plan(b.db, wb, plan.id)
    before = graded_activity.get_plan(b.db, wb, plan.id)
    graded_activity.recompute(b.db, wb, plan.id, DAY + timedelta(days=14), 30, 45, 3)
    round_trip(b, a, wb)
    graded_activity.put_schedule(a.db, wb, plan.id, before.versions, before.goal, before.weeks)  # the undo
    round_trip(a, b, wb)
    assert [v.start_on for v in graded_activity.get_plan(b.db, wb, plan.id).versions] == [DAY]
    every_page_loads(b.db, wb, DAY)
    a.close(), b.close()


def test_two_plans_begun_on_two_sides_leave_the_later_one_open(tmp_path):
    a, b = Side("a", tmp_path), Side("b", tmp_path)
    wb = create_workbook(a.db, "Anna").id
    b.receive(a.send(wb))
    first = graded_activity.new_plan(a.db, wb)
    graded_activity.update_plan(a.db, wb, first.id, activity="Fietsen")
    second = graded_activity.new_plan(b.db, wb)
    graded_activity.update_plan(b.db, wb, second.id, activity="Zwemmen")  # changed last
    summary = a.receive(b.send(wb))
    assert ("activity_plan", "plan_closed") in summary.repairs
    b.receive(a.send(wb))
    assert_same(a, b, wb)
    for side in (a, b):
        assert graded_activity.open_plan(side.db, wb).activity == "Zwemmen"
        assert [p.activity for p in graded_activity.plan_history(side.db, wb)] == ["Fietsen"]
        every_page_loads(side.db, wb, DAY, pdf=False)
    a.close(), b.close()


# ----- the summary and the same file twice --------------------------------------------------------
def test_the_summary_names_what_the_newer_version_replaced(sides):
    patient, psy, wb = sides
    bend = exposure.load_hierarchy(psy.db, wb).items[0]
    exposure.update_item(psy.db, wb, bend.id, label="Diep bukken")
    situation = too_much_practice.list_situations(psy.db, wb)[0]
    too_much_practice.delete_situation(psy.db, wb, situation.id)
    summary = patient.receive(psy.send(wb))
    assert (summary.new, summary.folded) == (0, 0) and summary.updated >= 2
    replaced = {(r.chapter, r.what, r.deleted) for r in summary.replaced}
    assert ("exposure", bend.label, False) in replaced and ("too_much", "Buurvrouw", True) in replaced
    assert patient.receive(psy.send(wb)).changes == 0  # the same file again: nothing


def test_the_workbooks_name_and_archive_here_stay_its_own(sides):
    from rugschool_gui.storage.workbooks import get_workbook, rename_workbook, set_archived

    patient, psy, wb = sides
    rename_workbook(psy.db, wb, "Anna Peeters")
    set_archived(psy.db, wb, True)
    too_much.save_answer(patient.db, wb, "energy", NEXT, "Zwemmen")
    summary = psy.receive(patient.send(wb))
    assert summary.workbook_name == "Anna Peeters" and summary.new == 1
    assert get_workbook(psy.db, wb).name == "Anna Peeters"
    patient.receive(psy.send(wb))
    assert get_workbook(patient.db, wb).name == "Anna"


def test_an_older_file_without_the_new_columns_is_read(sides):
    """A file of schema 0008 has no tombstones on per-day rows and no ``placed_at``/``edited_at``:
    those start at ``updated_at``, as the migration starts them."""
    import json

    patient, psy, wb = sides
    file = patient.send(wb)
    doc = json.loads(file.read_text(encoding="utf-8"))
    doc["schema"] = "0008"
    for row in doc["tables"]["fear_item"]:
        del row["placed_at"], row["edited_at"]
    for table in ("stress_checkin", "stress_signal", "reflection_answer", "outlet"):
        for row in doc["tables"][table]:
            del row["deleted_at"]
    file.write_text(json.dumps(doc), encoding="utf-8")
    before = labels(psy.db, wb)
    psy.receive(file)
    assert labels(psy.db, wb) == before and too_much.get_checkin(psy.db, wb, DAY) is not None
