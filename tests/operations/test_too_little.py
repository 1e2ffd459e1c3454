"""Doing too little's actions without Qt: value weighing (also sent to the fear hierarchy and the
week planner), questionnaire scores and their reflections — one transaction each, undo and redo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rugschool_gui.domain.errors import DomainError
from rugschool_gui.domain.pacing import week_monday
from rugschool_gui.domain.too_little import Score, ValuedActivity
from rugschool_gui.operations import ChangedSince, History
from rugschool_gui.operations import too_little as ops
from rugschool_gui.storage import exposure, pacing
from rugschool_gui.storage import too_little as repo
from rugschool_gui.wording import understanding
from rugschool_gui.wording.too_little import words

DAY = date(2026, 11, 24)  # a Tuesday
FOOTBALL = ValuedActivity(None, "Voetbal", 9, "De ploeg", "Supporteren bij de ploeg\nen wandelen")


def tables(refs) -> set[str]:
    """The tables among ``refs`` but the workbook's own row (every write stamps it)."""
    return {r.table for r in refs} - {"workbook"}


def label(change) -> str:
    return words(change.label.key, "nl", **dict(change.label.values))


# ----- value weighing -----------------------------------------------------------------------
def test_weighing_an_activity_is_one_transaction_and_can_be_undone(db, workbook, begins):
    history = History()
    with begins(db) as b:
        change = ops.save_value(db, workbook.id, FOOTBALL)
    assert b.count == 1
    assert change.chapter == "too_little" and tables(change.created) == {"valued_activity"}
    assert label(change) == "„Voetbal” toevoegen"
    history.record(change)
    history.undo(db, workbook.id)
    assert repo.list_valued(db, workbook.id) == []
    history.redo(db, workbook.id)
    assert repo.list_valued(db, workbook.id) == [change.result]


def test_changing_and_deleting_a_valued_activity_are_undone(db, workbook):
    saved = ops.save_value(db, workbook.id, FOOTBALL).result
    history = History()
    change = ops.save_value(db, workbook.id, replace(saved, value=7))
    assert tables(change.changed) == {"valued_activity"} and change.label.key == "undo_change_value"
    history.record(change)
    gone = ops.delete_value(db, workbook.id, saved.id)
    assert tables(gone.deleted) == {"valued_activity"} and label(gone) == "„Voetbal” verwijderen"
    history.record(gone)
    history.undo(db, workbook.id)
    assert repo.get_valued(db, workbook.id, saved.id).value == 7
    history.undo(db, workbook.id)
    assert repo.get_valued(db, workbook.id, saved.id).value == 9
    history.redo(db, workbook.id)
    history.redo(db, workbook.id)
    assert repo.list_valued(db, workbook.id) == []
    assert ops.save_value(db, workbook.id, repo.save_valued(db, workbook.id, saved)).empty  # unchanged


def test_undo_is_refused_when_the_activity_changed_since(db, workbook):
    saved = ops.save_value(db, workbook.id, FOOTBALL).result
    history = History()
    history.record(ops.delete_value(db, workbook.id, saved.id))
    repo.save_valued(db, workbook.id, replace(saved, name="Voetbal kijken"))  # brought back elsewhere
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert [a.name for a in repo.list_valued(db, workbook.id)] == ["Voetbal kijken"]


def test_a_refused_activity_writes_nothing(db, workbook):
    with pytest.raises(DomainError) as refused:
        ops.save_value(db, workbook.id, ValuedActivity(None, "Voetbal", 11))
    assert refused.value.key == "out_of_range"
    assert repo.list_valued(db, workbook.id) == []


def test_names_like_placeholders_come_out_exactly(db, workbook):
    typed = "tillen %1 keer {name} %4"
    change = ops.save_value(db, workbook.id, ValuedActivity(None, typed, 5))
    assert repo.list_valued(db, workbook.id)[0].name == typed
    assert label(change) == f"„{typed}” toevoegen"
    assert words("undo_delete_value", "en", name=typed) == f"Delete “{typed}”"


# ----- to the fear hierarchy and the week planner ------------------------------------------
def test_sending_to_the_hierarchy_adds_a_step_in_one_transaction(db, workbook, begins):
    saved = ops.save_value(db, workbook.id, FOOTBALL).result
    history = History()
    with begins(db) as b:
        change = ops.send_to_hierarchy(db, workbook.id, saved.id)
    assert b.count == 1
    assert change.chapter == "too_little" and tables(change.created) == {"fear_item"}
    assert change.result.label == "Supporteren bij de ploeg"  # the adapted way's first line
    assert label(change) == "„Supporteren bij de ploeg” in je angsthiërarchie zetten"
    assert [i.label for i in exposure.load_hierarchy(db, workbook.id).items] == ["Supporteren bij de ploeg"]
    history.record(change)
    history.undo(db, workbook.id)
    assert len(exposure.load_hierarchy(db, workbook.id)) == 0
    history.redo(db, workbook.id)
    assert [i.id for i in exposure.load_hierarchy(db, workbook.id).items] == [change.result.id]


def test_a_full_hierarchy_refuses_the_step_and_nothing_is_written(db, workbook):
    saved = ops.save_value(db, workbook.id, ValuedActivity(None, "Tuinieren")).result
    for n in range(10):
        exposure.add_item(db, workbook.id, f"Stap {n}")
    with pytest.raises(DomainError):
        ops.send_to_hierarchy(db, workbook.id, saved.id)
    assert "Tuinieren" not in [i.label for i in exposure.load_hierarchy(db, workbook.id).items]


def test_sending_to_the_planner_plans_it_today_as_a_want_to_do(db, workbook, begins):
    saved = ops.save_value(db, workbook.id, FOOTBALL).result
    history = History()
    with begins(db) as b:
        change = ops.send_to_planner(db, workbook.id, saved.id, DAY)
    assert b.count == 1
    assert tables(change.created) == {"pacing_activity"}
    [planned] = pacing.list_week(db, workbook.id, week_monday(DAY))
    assert (planned.day, planned.part, planned.name, planned.motive) == (1, "afternoon", "Supporteren bij de ploeg",
                                                                         "want")
    history.record(change)
    history.undo(db, workbook.id)
    assert pacing.list_week(db, workbook.id, week_monday(DAY)) == []
    history.redo(db, workbook.id)
    assert [a.id for a in pacing.list_week(db, workbook.id, week_monday(DAY))] == [planned.id]


# ----- questionnaire scores -----------------------------------------------------------------
def test_a_score_is_saved_and_deleted_with_undo(db, workbook, begins):
    history = History()
    with begins(db) as b:
        change = ops.save_score(db, workbook.id, Score(None, "tsk", "", DAY, "start", 44))
    assert b.count == 1 and tables(change.created) == {"questionnaire_score"}
    assert label(change) == "Score TSK-17 bewaren"
    history.record(change)
    gone = ops.delete_score(db, workbook.id, change.result.id)
    assert tables(gone.deleted) == {"questionnaire_score"} and label(gone) == "Score TSK-17 verwijderen"
    history.record(gone)
    history.undo(db, workbook.id)
    assert [s.total for s in repo.list_scores(db, workbook.id)] == [44]
    history.undo(db, workbook.id)
    assert repo.list_scores(db, workbook.id) == []
    history.redo(db, workbook.id)
    assert [s.total for s in repo.list_scores(db, workbook.id)] == [44]


def test_a_score_out_of_range_is_refused_with_the_range(db, workbook):
    with pytest.raises(DomainError) as refused:
        ops.save_score(db, workbook.id, Score(None, "tsk", "", DAY, "end", 70))
    assert refused.value.key == "too_little.score_out_of_range"
    key = refused.value.key.removeprefix("too_little.")
    assert words(f"error.{key}", "nl", **refused.value.params).startswith(
        "Die score kan niet: de totaalscore van de TSK-17 ligt tussen 17 en 68.")
    with pytest.raises(DomainError) as refused:
        ops.save_score(db, workbook.id, Score(None, "other", "Stress", DAY, "end", 1001))
    assert refused.value.key == "too_little.total_out_of_range"
    assert repo.list_scores(db, workbook.id) == []


def test_undo_of_a_score_is_refused_when_it_changed_since(db, workbook):
    history = History()
    change = ops.save_score(db, workbook.id, Score(None, "other", "Stress", DAY, "start", 30))
    history.record(change)
    repo.save_score(db, workbook.id, replace(change.result, total=31))
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert [s.total for s in repo.list_scores(db, workbook.id)] == [31]


def test_reflections_are_one_transaction_and_not_undoable(db, workbook, begins):
    texts = {"start": "Veel angst, %1 {x}", "middle": "", "end": "Minder bang", "other": ""}
    with begins(db) as b:
        change = ops.save_reflections(db, workbook.id, texts)
    assert b.count == 1 and not change.undoable
    assert change.result == ("start", "end") and tables(change.created) == {"score_reflection"}
    assert repo.reflections(db, workbook.id)["start"] == "Veel angst, %1 {x}"
    again = ops.save_reflections(db, workbook.id, texts)
    assert again.result == () and again.empty  # nothing typed since: nothing written
    with pytest.raises(DomainError) as refused:
        ops.save_reflections(db, workbook.id, {"later": "x"})
    assert refused.value.key == "too_little.unknown_moment"


def test_missing_date_reads_differently_per_chapter(db, workbook):
    with pytest.raises(DomainError) as refused:
        ops.save_score(db, workbook.id, Score(None, "tsk", "", None, "start", 40))  # type: ignore[arg-type]
    assert refused.value.key == "too_little.missing_date"
    for lang in ("nl", "en"):
        assert words("error.missing_date", lang) != understanding.words("error.missing_date", lang)
