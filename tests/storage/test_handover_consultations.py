"""Issue #25 across a hand-over: consultations (minus private notes), homework, comments,
replies, questions and goals travel both ways and merge with the same guarantees as every other
table — a patient → psychologist → patient round trip with edits on both sides loses and
duplicates nothing; the private note stays on the psychologist's side."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain.consultations import Comment, Consultation, Goal
from rugschool_gui.operations import consultations as ops
from rugschool_gui.storage import consultations as repo
from rugschool_gui.storage.workbooks import create_workbook

from .handover_sides import Side, assert_same

DAY = date(2026, 12, 7)
SECRET = "Privé: partner lijkt de klachten te versterken"


@pytest.fixture
def sides(tmp_path):
    patient, psy = Side("patient", tmp_path), Side("psy", tmp_path)
    wb = create_workbook(patient.db, "Anna").id
    ops.ask_question(patient.db, wb, "Mag ik zwemmen?", DAY)
    psy.receive(patient.send(wb))
    yield patient, psy, wb
    patient.close()
    psy.close()


def test_a_round_trip_with_edits_on_both_sides_loses_and_duplicates_nothing(sides):
    patient, psy, wb = sides
    # the psychologist: a consultation with a private note, homework, a comment, a goal
    c = ops.save_consultation(psy.db, wb, Consultation(None, DAY, "intake", "Doelen", "Samen gekeken",
                                                       next_on=DAY + timedelta(days=14),
                                                       private_note=SECRET)).result
    stress = ops.save_homework(psy.db, wb, hw.Homework(None, hw.STRESS, DAY, count=4, consultation_id=c.id)).result
    free = ops.save_homework(psy.db, wb, hw.Homework(None, hw.FREE, DAY, text="Wandelen")).result
    comment = ops.add_comment(psy.db, wb, Comment(None, "chain_entry", "1" * 36, "Goed opgemerkt", DAY)).result
    [question] = repo.list_questions(psy.db, wb)
    ops.mark_discussed(psy.db, wb, question.id, c.id)
    file = psy.send(wb)
    assert SECRET.encode() not in file.read_bytes()
    patient.receive(file)
    # the patient: postpones one, ticks the other, replies, asks again, writes a goal
    ops.postpone_homework(patient.db, wb, stress.id, DAY + timedelta(days=1), hw.INTERNAL, "te moe")
    ops.tick_homework(patient.db, wb, free.id, DAY + timedelta(days=2))
    ops.reply_comment(patient.db, wb, comment.id, "Dank je", DAY + timedelta(days=2))
    ops.ask_question(patient.db, wb, "Hoe lang nog?", DAY + timedelta(days=3))
    ops.save_goal(patient.db, wb, Goal(None, 1, "Weer fietsen", specific="naar het werk"))
    # meanwhile the psychologist edits the consultation and removes the free task's twin
    ops.save_consultation(psy.db, wb, replace(repo.list_consultations(psy.db, wb)[0], evaluation="Goed gesprek"))
    extra = ops.save_homework(psy.db, wb, hw.Homework(None, hw.CHAIN_DIARY, DAY, count=2)).result
    ops.delete_homework(psy.db, wb, extra.id)
    psy.receive(patient.send(wb))
    patient.receive(psy.send(wb))
    assert_same(patient, psy, wb)
    assert psy.receive(patient.send(wb)).changes == 0
    for side in (patient, psy):
        [consult] = repo.list_consultations(side.db, wb)
        assert consult.evaluation == "Goed gesprek" and consult.agenda == "Doelen"
        homework = {h.kind: h for h in repo.list_homework(side.db, wb)}
        assert set(homework) == {hw.STRESS, hw.FREE}
        assert homework[hw.STRESS].barrier == "te moe" and homework[hw.FREE].ticked_on == DAY + timedelta(days=2)
        [reply] = repo.list_comments(side.db, wb)
        assert reply.reply == "Dank je"
        assert sorted(q.text for q in repo.list_questions(side.db, wb)) == ["Hoe lang nog?", "Mag ik zwemmen?"]
        assert [q.text for q in repo.list_questions(side.db, wb, open_only=True)] == ["Hoe lang nog?"]
        assert [g.goal for g in repo.list_goals(side.db, wb)] == ["Weer fietsen"]
    assert repo.list_consultations(psy.db, wb)[0].private_note == SECRET
    assert repo.list_consultations(patient.db, wb)[0].private_note == ""
    assert SECRET.encode() not in patient.path.read_bytes()


def test_a_file_with_homework_of_an_unknown_kind_is_refused(sides, tmp_path):
    import json

    from rugschool_gui.storage import handover

    patient, psy, wb = sides
    ops.save_homework(psy.db, wb, hw.Homework(None, hw.STRESS, DAY, count=3))
    document = json.loads(psy.send(wb).read_text(encoding="utf-8"))
    document["tables"]["homework"][0]["kind"] = "dance"
    bad = tmp_path / "bad.rugwerk"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(handover.HandoverError):
        handover.read_file(bad)
