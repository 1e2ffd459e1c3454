"""Doing too much storage: dated causes, one check-in a day, answers with history, outlet,
relaxation sessions, assertiveness situations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry, Situation
from rugschool_gui.domain.too_much_outlet import Substitute
from rugschool_gui.storage import too_much as repo
from rugschool_gui.storage import too_much_practice as practice

DAY = date(2026, 11, 25)


@pytest.fixture
def wb(make_workbook):
    return make_workbook("Anna")


def test_causes_are_ticked_with_a_date_and_can_be_unticked_and_back(store, wb):
    t = repo.tick_cause(store, wb.id, "guilt", DAY)
    own = repo.tick_cause(store, wb.id, "own", DAY, "  Ik wil niet lastig zijn ")
    assert [(c.cause, c.label, c.day) for c in repo.list_cause_ticks(store, wb.id)] == [
        ("guilt", "", DAY), ("own", "Ik wil niet lastig zijn", DAY)]
    repo.untick_cause(store, wb.id, t.id)
    assert [c.cause for c in repo.list_cause_ticks(store, wb.id)] == ["own"]
    repo.tick_cause(store, wb.id, "guilt", DAY, tick_id=t.id)  # undo
    assert len(repo.list_cause_ticks(store, wb.id)) == 2
    with pytest.raises(ValueError):
        repo.tick_cause(store, wb.id, "laziness", DAY)
    with pytest.raises(ValueError):
        repo.tick_cause(store, wb.id, "own", DAY, "  ")
    assert own.label


def test_one_checkin_per_day_and_a_second_edits_the_first(store, wb):
    key = repo.add_own_signal(store, wb.id, "Tandenknarsen")
    repo.save_checkin(store, wb.id, CheckIn(DAY, (SignalEntry("falling_asleep", 6, "piekeren"), SignalEntry(key))))
    repo.save_checkin(store, wb.id, CheckIn(DAY, (SignalEntry("tension_headache", 4),)))
    got = repo.get_checkin(store, wb.id, DAY)
    assert [(s.key, s.intensity) for s in got.signals] == [("tension_headache", 4)]
    assert len(repo.list_checkins(store, wb.id)) == 1
    with pytest.raises(ValueError):
        repo.save_checkin(store, wb.id, CheckIn(DAY, (SignalEntry("tension_headache", 12),)))
    assert repo.get_checkin(store, wb.id, DAY).signals[0].intensity == 4  # unchanged
    assert repo.list_own_signals(store, wb.id) == [(key, "Tandenknarsen")]
    repo.remove_own_signal(store, wb.id, key)
    assert repo.list_own_signals(store, wb.id) == []
    repo.delete_checkin(store, wb.id, DAY)
    assert repo.get_checkin(store, wb.id, DAY) is None


def test_answers_one_per_day_with_history(store, wb):
    repo.save_answer(store, wb.id, "energy", DAY - timedelta(days=30), "Niets eigenlijk")
    repo.save_answer(store, wb.id, "energy", DAY, "Wandel")
    repo.save_answer(store, wb.id, "energy", DAY, "Wandelen met mijn zus")  # same day: edits
    answers = repo.list_answers(store, wb.id, "energy")
    assert [(a.day, a.text) for a in answers] == [(DAY, "Wandelen met mijn zus"),
                                                  (DAY - timedelta(days=30), "Niets eigenlijk")]
    repo.save_answer(store, wb.id, "energy", DAY, "   ")  # emptied today: removed, history stays
    assert [a.text for a in repo.list_answers(store, wb.id, "energy")] == ["Niets eigenlijk"]
    with pytest.raises(ValueError):
        repo.save_answer(store, wb.id, "weather", DAY, "x")


def test_outlet_round_trip(store, wb):
    repo.save_outlet(store, wb.id, old_outlet=" Joggen ", why="Even alles vergeten", gains=["calm", "movement"])
    swim = repo.save_substitute(store, wb.id, Substitute(None, "Zwemmen", "Deugddoend", "good"))
    repo.save_substitute(store, wb.id, Substitute(None, "Fietsen"))
    outlet = repo.save_outlet(store, wb.id, chosen_id=swim.id)
    assert (outlet.old_outlet, outlet.gains, outlet.chosen_id) == ("Joggen", ("movement", "calm"), swim.id)
    assert [x.name for x in outlet.substitutes] == ["Zwemmen", "Fietsen"]
    repo.delete_substitute(store, wb.id, swim.id)
    assert repo.get_outlet(store, wb.id).chosen_id is None  # the chosen one is gone
    with pytest.raises(ValueError):
        repo.save_outlet(store, wb.id, gains=["money"])


def test_relaxation_and_situations(store, wb):
    s = practice.save_relaxation(store, wb.id, RelaxationSession(None, DAY, "body_scan", 7, 4))
    assert practice.list_relaxation(store, wb.id) == [s]
    with pytest.raises(ValueError):
        practice.save_relaxation(store, wb.id, RelaxationSession(None, DAY, "body_scan", 7, 40))
    practice.delete_relaxation(store, wb.id, s.id)
    assert practice.list_relaxation(store, wb.id) == []
    sit = practice.save_situation(store, wb.id, Situation(None, DAY, "Buurvrouw vraagt hulp", "Vandaag niet"))
    practice.save_situation(store, wb.id, Situation(sit.id, DAY, "Buurvrouw vraagt hulp", "Vandaag niet", "Ging goed"))
    assert [x.went for x in practice.list_situations(store, wb.id)] == ["Ging goed"]
    with pytest.raises(ValueError):
        practice.save_situation(store, wb.id, Situation(None, DAY, " "))


def test_summary(store, wb):
    repo.save_checkin(store, wb.id, CheckIn(DAY, (SignalEntry("falling_asleep"), SignalEntry("waking_early"))))
    repo.save_checkin(store, wb.id, CheckIn(DAY - timedelta(days=1), (SignalEntry("palpitations"),)))
    repo.tick_cause(store, wb.id, "guilt", DAY)
    assert repo.summary(store, wb.id, DAY) == (3, "sleep", 1)


def test_one_row_read_back_by_id_for_undo(store, wb, make_workbook):
    from rugschool_gui.domain.errors import NotFound

    tick = repo.tick_cause(store, wb.id, "guilt", DAY)
    assert repo.get_cause_tick(store, wb.id, tick.id) == tick
    key = repo.add_own_signal(store, wb.id, "Tandenknarsen")
    assert repo.get_own_signal(store, wb.id, key) == "Tandenknarsen"
    sub = repo.save_substitute(store, wb.id, Substitute(None, "Zwemmen"))
    assert repo.get_substitute(store, wb.id, sub.id) == sub
    session = practice.save_relaxation(store, wb.id, RelaxationSession(None, DAY, "body_scan", 7, 4))
    assert practice.get_relaxation(store, wb.id, session.id) == session
    sit = practice.save_situation(store, wb.id, Situation(None, DAY, "Buurvrouw"))
    assert practice.get_situation(store, wb.id, sit.id) == sit
    other = make_workbook("Bert")
    with pytest.raises(NotFound):
        practice.get_situation(store, other.id, sit.id)  # never another workbook's row


def test_deleting_a_checkin_leaves_tombstones_and_ticking_again_brings_the_same_rows_back(store, wb):
    """#17: a cleared day travels with a handed-over workbook (tombstones, not a hard delete), and
    a correction edits the signal's row instead of making a second one."""
    from sqlalchemy import func, select

    first = repo.save_checkin(store, wb.id, CheckIn(DAY, (SignalEntry("falling_asleep", 6),
                                                          SignalEntry("palpitations"))))
    repo.save_checkin(store, wb.id, CheckIn(DAY, (SignalEntry("falling_asleep", 4), SignalEntry("palpitations"))))
    with store.transaction() as s:
        rows = s.execute(select(repo.SignalRow.signal, repo.SignalRow.intensity)).all()
    assert sorted(rows) == [("falling_asleep", 4), ("palpitations", None)]  # 6 → 4 in place
    repo.delete_checkin(store, wb.id, DAY)
    repo.delete_checkin(store, wb.id, DAY)  # nothing left to delete: fine
    assert repo.get_checkin(store, wb.id, DAY) is None and repo.list_checkins(store, wb.id) == []
    with store.transaction() as s:
        live = repo.SignalRow.deleted_at.is_(None)
        assert s.scalar(select(func.count()).select_from(repo.SignalRow).where(live)) == 0
        assert s.scalar(select(func.count()).select_from(repo.SignalRow)) == 2  # tombstones
        assert s.scalar(select(func.count()).select_from(repo.CheckInRow)) == 1
    again = repo.save_checkin(store, wb.id, CheckIn(DAY, (SignalEntry("palpitations", 2),)))
    assert again.id == first.id and [(x.key, x.intensity) for x in again.signals] == [("palpitations", 2)]
    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(repo.SignalRow)) == 2  # no third row


def test_an_emptied_answer_is_a_tombstone_and_typing_again_reuses_it(store, wb):
    from sqlalchemy import func, select

    first = repo.save_answer(store, wb.id, "energy", DAY, "Wandelen")
    assert repo.save_answer(store, wb.id, "energy", DAY, "") is None
    assert repo.list_answers(store, wb.id, "energy") == []
    again = repo.save_answer(store, wb.id, "energy", DAY, "Fietsen")
    assert again.id == first.id
    with store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(repo.AnswerRow)) == 1


def test_summary_counts_this_chapters_causes_only(store, wb):
    repo.tick_cause(store, wb.id, "guilt", DAY)
    repo.tick_cause(store, wb.id, "fear_of_movement", DAY)  # "doing too little" shares the table
    repo.save_checkin(store, wb.id, CheckIn(DAY - timedelta(days=7), (SignalEntry("palpitations"),)))  # last week
    assert repo.summary(store, wb.id, DAY) == (0, None, 1)
