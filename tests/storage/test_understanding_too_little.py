"""Storage of the chain diary, the value weighing, questionnaire scores and too-little causes."""

from __future__ import annotations

from datetime import date

import pytest

from rugschool_gui.domain.errors import DomainError, NotFound
from rugschool_gui.domain.too_little import Score, ValuedActivity
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.storage import too_little, too_much, understanding

DAY = date(2026, 11, 24)


@pytest.fixture
def wb(make_workbook):
    return make_workbook("Anna")


def test_chain_entries_round_trip_with_rounds(store, wb):
    e = understanding.save_entry(store, wb.id, ChainEntry(None, DAY, (
        ("Trap af", "Steek", "Kapot", "Angst", "Liggen"), ("Op de grond", "Stijf", "", "Paniek", "Hulp roepen")),
        "thought", "Volgende keer: rustig ademen"))
    got = understanding.list_entries(store, wb.id)
    assert got == [e] and len(got[0].rounds) == 2 and got[0].change_link == "thought"
    with pytest.raises(ValueError):
        understanding.save_entry(store, wb.id, ChainEntry(None, DAY, (("", "", "", "", ""),)))
    understanding.delete_entry(store, wb.id, e.id)
    assert understanding.list_entries(store, wb.id) == []
    understanding.save_entry(store, wb.id, e)  # undo brings it back
    assert len(understanding.list_entries(store, wb.id)) == 1


def test_value_weighing_most_valuable_first(store, wb):
    too_little.save_valued(store, wb.id, ValuedActivity(None, "Recepties", 5, "mensen zien", "rondlopen, stoel vragen"))
    v = too_little.save_valued(store, wb.id, ValuedActivity(None, "Voetbal", 9, "de ploeg", "supporteren"))
    too_little.save_valued(store, wb.id, ValuedActivity(None, "Tuinieren"))
    assert [a.name for a in too_little.list_valued(store, wb.id)] == ["Voetbal", "Recepties", "Tuinieren"]
    with pytest.raises(ValueError):
        too_little.save_valued(store, wb.id, ValuedActivity(v.id, "Voetbal", 12))
    assert too_little.list_valued(store, wb.id)[0].value == 9


def test_scores_are_range_checked_and_nothing_is_written_when_refused(store, wb):
    too_little.save_score(store, wb.id, Score(None, "tsk", "", DAY, "start", 44))
    with pytest.raises(ValueError) as info:
        too_little.save_score(store, wb.id, Score(None, "tsk", "", DAY, "end", 70))
    assert info.value.params["high"] == 68
    assert [s.total for s in too_little.list_scores(store, wb.id)] == [44]
    assert too_little.save_reflection(store, wb.id, "start", " Veel angst ")
    assert too_little.reflections(store, wb.id) == {"start": "Veel angst"}
    assert not too_little.save_reflection(store, wb.id, "start", "Veel angst ")  # unchanged: nothing written
    assert not too_little.save_reflection(store, wb.id, "end", "")
    with pytest.raises(DomainError) as info:
        too_little.save_reflection(store, wb.id, "later", "x")
    assert info.value.key == "too_little.unknown_moment"


def test_one_row_is_read_back_only_while_it_lives_in_its_own_workbook(store, wb, make_workbook):
    other = make_workbook("Bert")
    e = understanding.save_entry(store, wb.id, ChainEntry(None, DAY, (("Trap af", "", "", "", ""),)))
    v = too_little.save_valued(store, wb.id, ValuedActivity(None, "Voetbal", 9))
    sc = too_little.save_score(store, wb.id, Score(None, "tsk", "", DAY, "start", 44))
    assert understanding.get_entry(store, wb.id, e.id) == e
    assert too_little.get_valued(store, wb.id, v.id) == v and too_little.get_score(store, wb.id, sc.id) == sc
    for get, row_id in ((understanding.get_entry, e.id), (too_little.get_valued, v.id), (too_little.get_score, sc.id)):
        with pytest.raises(NotFound):
            get(store, other.id, row_id)
    understanding.delete_entry(store, wb.id, e.id)
    too_little.delete_valued(store, wb.id, v.id)
    too_little.delete_score(store, wb.id, sc.id)
    for get, row_id in ((understanding.get_entry, e.id), (too_little.get_valued, v.id), (too_little.get_score, sc.id)):
        with pytest.raises(NotFound):
            get(store, wb.id, row_id)


def test_the_closing_summary_is_read_in_one_transaction(store, wb):
    from sqlalchemy import event

    from rugschool_gui.storage import exposure
    from rugschool_gui.storage.closing import workbook_summary

    understanding.save_entry(store, wb.id, ChainEntry(None, DAY, (("Trap af", "", "", "", ""),)))
    too_little.save_valued(store, wb.id, ValuedActivity(None, "Voetbal", 9))
    step = exposure.add_item(store, wb.id, "Bukken", 30)
    exposure.add_item(store, wb.id, "Tillen", 60)
    exposure.set_mastered(store, wb.id, step.id)
    begins = []
    seen = begins.append
    event.listen(store.engine, "begin", seen)
    try:
        s = workbook_summary(store, wb.id, DAY)
    finally:
        event.remove(store.engine, "begin", seen)
    assert len(begins) == 1
    assert (s.chains, s.valued, s.exposure_items, s.exposure_mastered, s.exposure_step) == (
        1, ("Voetbal",), 2, 1, "Tillen")


def test_too_little_causes_share_the_tick_table_but_not_the_list(store, wb):
    too_much.tick_cause(store, wb.id, "fear_of_movement", DAY)
    too_much.tick_cause(store, wb.id, "own_tl", DAY, "Ik schaam me")
    too_much.tick_cause(store, wb.id, "guilt", DAY)
    tl_keys = ("fear_of_movement", "negative_thoughts", "unsure_capacity", "pain_memory", "own_tl")
    assert [t.cause for t in too_much.list_cause_ticks(store, wb.id, tl_keys)] == ["fear_of_movement", "own_tl"]
    assert [t.cause for t in too_much.list_cause_ticks(store, wb.id)] == ["guilt"]
