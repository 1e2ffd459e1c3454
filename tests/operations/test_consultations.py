"""The psychologist's loop as operations (issue #25): one BEGIN each, undo and redo, homework
progress computed from what the patient logs, the brief, and warm wording."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain.consultations import Comment, Consultation
from rugschool_gui.domain.errors import DomainError
from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.operations import History
from rugschool_gui.operations import consultations as ops
from rugschool_gui.storage import consultations as repo
from rugschool_gui.storage import exposure
from rugschool_gui.wording import consultations as wording
from rugschool_gui.wording import set_language

MON = date(2026, 12, 7)


def test_saving_a_consultation_is_one_begin_and_undo_takes_it_away(db, workbook, begins):
    history = History()
    with begins(db) as b:
        change = ops.save_consultation(db, workbook.id, Consultation(None, MON, "intake", agenda="Doelen",
                                                                     private_note="Alleen voor mij"))
    assert b.count == 1 and change.undoable and change.label.key == "undo_add_consultation"
    assert {r.table for r in change.created} >= {"consultation", "consultation_private_note"}
    history.record(change)
    [saved] = repo.list_consultations(db, workbook.id)
    assert saved.private_note == "Alleen voor mij" and saved.agenda == "Doelen"
    history.undo(db, workbook.id)
    assert repo.list_consultations(db, workbook.id) == []
    history.redo(db, workbook.id)
    assert [c.agenda for c in repo.list_consultations(db, workbook.id)] == ["Doelen"]


def test_a_refused_consultation_changes_nothing(db, workbook):
    with pytest.raises(DomainError) as refused:
        ops.save_consultation(db, workbook.id, Consultation(None, MON, next_on=MON - timedelta(days=1)))
    assert refused.value.key == "consultations.next_before"
    assert repo.list_consultations(db, workbook.id) == []


def test_homework_progress_comes_from_the_attempts_the_patient_logged(db, workbook):
    step = exposure.add_item(db, workbook.id, "Bukken", 40)
    ops.save_homework(db, workbook.id, hw.Homework(None, hw.EXPOSURE, MON, hw.WEEKLY, count=3, item_id=step.id))
    for day in (0, 2):
        exposure.save_attempt(db, workbook.id, Attempt(id="", item_id=step.id, actual_fear=30,
                                                       when=datetime(2026, 12, 7 + day, 10, tzinfo=UTC)))
    exposure.save_attempt(db, workbook.id, Attempt(id="", item_id=step.id,  # planned only: does not count
                                                   when=datetime(2026, 12, 10, 10, tzinfo=UTC)))
    [p] = ops.homework_this_week(db, workbook.id, MON + timedelta(days=3))
    assert (p.done, p.target, p.state) == (2, 3, hw.PARTLY)
    set_language("nl")
    assert wording.progress_text(p) == "2 van 3 · nog 1 poging te gaan"
    assert "achterstand" not in wording.progress_text(p)
    assert wording.progress_text(p, "en") == "2 of 3 · 1 more attempt to go"


def test_the_patient_postpones_with_a_barrier_and_undo_takes_it_back(db, workbook):
    history = History()
    h = ops.save_homework(db, workbook.id, hw.Homework(None, hw.STRESS, MON, count=4)).result
    history.record(ops.postpone_homework(db, workbook.id, h.id, MON + timedelta(days=1), hw.EXTERNAL, "griep"))
    [p] = ops.homework_this_week(db, workbook.id, MON + timedelta(days=2))
    assert p.state == hw.POSTPONED and wording.progress_text(p, "nl") == "Uitgesteld: griep"
    history.undo(db, workbook.id)
    [p] = ops.homework_this_week(db, workbook.id, MON + timedelta(days=2))
    assert p.state == hw.OPEN and p.homework.barrier == ""


def test_a_free_task_is_ticked_and_counts_in_its_week(db, workbook):
    h = ops.save_homework(db, workbook.id, hw.Homework(None, hw.FREE, MON, text="Wandel elke avond")).result
    ops.tick_homework(db, workbook.id, h.id, MON + timedelta(days=1))
    [p] = ops.homework_this_week(db, workbook.id, MON + timedelta(days=3))
    assert p.state == hw.DONE and wording.task_text(p.homework, "nl") == "Wandel elke avond"


def test_comment_reply_once_and_the_brief(db, workbook):
    ops.save_consultation(db, workbook.id, Consultation(None, MON - timedelta(days=7), next_on=MON + timedelta(days=7)))
    c = ops.add_comment(db, workbook.id, Comment(None, "chain_entry", "x" * 36, "Mooi gezien", MON)).result
    ops.reply_comment(db, workbook.id, c.id, "Dank je", MON + timedelta(days=1))
    with pytest.raises(DomainError) as again:
        ops.reply_comment(db, workbook.id, c.id, "Nog eens", MON + timedelta(days=2))
    assert again.value.key == "consultations.already_replied"
    ops.ask_question(db, workbook.id, "Mag ik zwemmen?", MON)
    ops.save_homework(db, workbook.id, hw.Homework(None, hw.CHAIN_DIARY, MON, count=2))
    brief = ops.brief(db, workbook.id, MON + timedelta(days=2))
    assert brief.since == MON - timedelta(days=7) and brief.next_on == MON + timedelta(days=7)
    assert [q.text for q in brief.questions] == ["Mag ik zwemmen?"]
    assert [x.reply for x in brief.comments] == ["Dank je"]
    assert brief.tally[hw.OPEN] == 1


def test_the_brief_flags_come_from_what_was_logged(db, workbook):
    from rugschool_gui.domain import brief as b
    from rugschool_gui.domain.too_little import Score
    from rugschool_gui.storage import too_little

    step = exposure.add_item(db, workbook.id, "Tillen", 80)
    ops.save_consultation(db, workbook.id, Consultation(None, MON - timedelta(days=14)))
    assert [f.key for f in ops.brief(db, workbook.id, MON).flags] == [b.NO_ENTRIES]  # nothing noted yet
    exposure.save_attempt(db, workbook.id, Attempt(id="", item_id=step.id, actual_pain=8, actual_fear=50,
                                                   when=datetime(2026, 12, 3, 10, tzinfo=UTC)))
    exposure.rate_item(db, workbook.id, step.id, 50)
    too_little.save_score(db, workbook.id, Score(None, "tsk", "", MON - timedelta(days=20), "start", 44))
    too_little.save_score(db, workbook.id, Score(None, "tsk", "", MON - timedelta(days=2), "middle", 35))
    found = {f.key: f.values for f in ops.brief(db, workbook.id, MON).flags}
    assert found[b.HIGH_PAIN_FLAG]["highest"] == 8 and found[b.HIGH_PAIN_FLAG]["where"] == ["exposure"]
    assert found[b.FEAR_CHANGE] == {"step": "Tillen", "old": 80, "new": 50}
    assert found[b.SCORE_MOVED]["from"] == 44 and found[b.SCORE_MOVED]["to"] == 35
    assert b.NO_ENTRIES not in found  # an entry four days ago


def test_the_brief_shows_the_relaxation_of_the_period_with_minutes_followed(db, workbook):
    from rugschool_gui.domain.too_much import RelaxationSession
    from rugschool_gui.storage import too_much_practice

    ops.save_consultation(db, workbook.id, Consultation(None, MON - timedelta(days=7)))
    for day, followed in ((MON - timedelta(days=9), 600), (MON - timedelta(days=2), 754), (MON, None)):
        too_much_practice.save_relaxation(db, workbook.id, RelaxationSession(None, day, "progressive", 6, 3, "", followed))
    shown = ops.brief(db, workbook.id, MON).relaxation
    assert [(p.day, p.followed_minutes, p.before, p.after) for p in shown] == [
        (MON - timedelta(days=2), 13, 6, 3), (MON, None, 6, 3)]  # before the last consultation: not in it


def test_a_goal_added_is_undone_and_redone_and_a_change_is_put_back(db, workbook):
    from rugschool_gui.domain.consultations import Goal

    history = History()
    history.record(ops.save_goal(db, workbook.id, Goal(None, 1, "Weer fietsen")))
    [goal] = repo.list_goals(db, workbook.id)
    history.record(ops.save_goal(db, workbook.id, Goal(goal.id, 1, "Weer fietsen", specific="naar de markt")))
    history.undo(db, workbook.id)
    assert [g.specific for g in repo.list_goals(db, workbook.id)] == [""]
    history.undo(db, workbook.id)
    assert repo.list_goals(db, workbook.id) == []  # a tombstone, through the repository
    history.redo(db, workbook.id)
    assert [g.goal for g in repo.list_goals(db, workbook.id)] == ["Weer fietsen"]
