"""Files written by hand or by an attacker (issue #17): each is refused as a ``HandoverError`` with a
kind message, and the database stays byte for byte what it was. A file imported as one workbook
never changes another workbook's rows, whatever ids and times it carries. A file that is
accepted leaves every page and the PDF opening."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugschool_gui.storage import handover
from rugschool_gui.storage.handover_checks import HandoverError
from rugschool_gui.storage.workbooks import list_workbooks
from rugschool_gui.wording.handover import words

from .handover_fill import filled_workbook
from .handover_sides import Side, database_bytes, every_page_loads

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A psychologist's database with Anna (handed over by her) and Bert, both filled; Anna's file."""
    folder = tmp_path_factory.mktemp("hostile")
    patient, psy = Side("patient", folder), Side("psy", folder)
    anna = filled_workbook(patient.db)
    psy.receive(patient.send(anna))
    bert = filled_workbook(psy.db, "Bert")
    doc = json.loads(patient.send(anna).read_text(encoding="utf-8"))
    bert_doc = json.loads(psy.send(bert).read_text(encoding="utf-8"))
    patient.close()
    psy.close()
    return {"folder": folder, "url": psy.url, "path": psy.path, "anna": anna, "bert": bert, "doc": doc,
            "bert_doc": bert_doc}


def write(folder: Path, doc: Doc | str, name: str = "hostile.rugwerk") -> Path:
    path = folder / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def first(doc: Doc, table: str) -> dict[str, Any]:
    return doc["tables"][table][0]


def edited(doc: Doc, table: str, **values: Any) -> Doc:
    out = copy.deepcopy(doc)
    out["tables"][table][0].update(values)
    return out


def plan_rows(doc: Doc) -> dict[str, Any]:
    return first(doc, "activity_plan")


NEW_ID = "00000000-0000-4000-8000-000000000abc"


def variants(w: dict[str, Any]) -> Iterator[tuple[str, Doc | str]]:
    """The refusals of the issue, one by one."""
    doc, bert = w["doc"], w["bert_doc"]
    yield "stress intensity 11", edited(doc, "stress_signal", intensity=11)
    yield "unknown signal key", edited(doc, "stress_signal", signal="sneezing")
    yield "own signal of nobody", edited(doc, "stress_signal", signal=f"own:{NEW_ID}")
    yield "own signal of Bert", edited(doc, "stress_signal", signal=f"own:{first(bert, 'stress_own_signal')['id']}")
    yield "fear 500 in the history", edited(doc, "fear_rating", fear=500)
    yield "fear 500 on a step", edited(doc, "fear_item", fear=500)
    yield "baseline measurement -5", edited(doc, "activity_measurement", amount=-5)
    yield "reduction 90 %", edited(doc, "activity_plan", reduction=0.9)
    yield "one session a week", edited(doc, "activity_plan", sessions_per_week=1)
    yield "a 0-week plan", edited(doc, "activity_plan", weeks=0)
    yield "a 0-week schedule", edited(doc, "activity_schedule", weeks=0)
    yield "goal below the start level", edited(doc, "activity_schedule", goal=1)
    yield "reduction 90 % in a schedule", edited(doc, "activity_schedule", reduction=0.9)
    yield "session amount 0", edited(doc, "activity_session", amount=0)
    yield "an active plan's schedule deleted", edited(doc, "activity_schedule", deleted_at="2099-01-01T00:00:00.000000Z",
                                                       updated_at="2099-01-01T00:00:00.000000Z")
    for rounds in ("[[", "{}", '[["a", 5]]', '"text"', '[["a","b","c","d","e","f"]]', "[]", "[" * 5000):
        yield f"chain rounds {rounds[:10]!r}", edited(doc, "chain_entry", rounds=rounds)
    yield "unknown outcome", edited(doc, "exposure_attempt", outcome="maybe")
    yield "unknown unit", edited(doc, "activity_plan", unit="km")
    yield "unknown status", edited(doc, "activity_plan", status="paused")
    yield "unknown moment", edited(doc, "questionnaire_score", moment="later")
    yield "unknown reflection moment", edited(doc, "score_reflection", moment="later")
    yield "unknown exercise", edited(doc, "relaxation_session", exercise="yoga")
    yield "unknown day part", edited(doc, "pacing_activity", part="night")
    yield "unknown gain", edited(doc, "outlet", gains="money")
    yield "unknown cause", edited(doc, "cause_tick", cause="laziness")
    yield "unknown question", edited(doc, "reflection_answer", question="weather")
    yield "unknown scale", edited(doc, "questionnaire_score", scale="xyz")
    yield "TSK score 99", edited(doc, "questionnaire_score", total=99)
    yield "unknown flag", edited(doc, "pacing_dismissed_flag", flag_id="nonsense")
    yield "unknown link", edited(doc, "chain_entry", change_link="mood")
    yield "week not a Monday", edited(doc, "pacing_activity", week_of="2026-11-25")
    yield "negative position", edited(doc, "pacing_activity", position=-1)
    yield "pain 11 after an activity", edited(doc, "pacing_activity", pain=11)
    yield "zero minutes", edited(doc, "pacing_activity", minutes=0)
    yield "breaks taken above planned", edited(doc, "pacing_timer_run", breaks_taken=9)
    yield "chunk of zero minutes", edited(doc, "pacing_chunk_plan", chunk=0)
    yield "value 11", edited(doc, "valued_activity", value=11)
    yield "empty step label", edited(doc, "fear_item", label="   ")
    yield "rank 0", edited(doc, "fear_item", rank=0)
    yield "empty workbook name", {**copy.deepcopy(doc), "workbook": {**doc["workbook"], "name": " "}}
    huge = "9" * 4400
    yield "huge integer", write_raw(edited(doc, "stress_signal", intensity=0), '"intensity":0', f'"intensity":{huge}')
    yield "huge float", write_raw(edited(doc, "activity_session", amount=20.5), '"amount":20.5', f'"amount":{huge}.5')
    yield "huge exponent", write_raw(edited(doc, "activity_session", amount=20.5), '"amount":20.5', '"amount":1e999')
    yield "NaN", write_raw(edited(doc, "activity_session", amount=20.5), '"amount":20.5', '"amount":NaN')
    yield "Infinity", write_raw(edited(doc, "fear_item", fear=40), '"fear":40', '"fear":Infinity')
    for stamp in ("0001-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00", "0001-01-01T00:00:00Z",
                  "9999-12-31T00:00:00Z", "2026-02-30T00:00:00Z"):
        yield f"moment {stamp}", edited(doc, "exposure_attempt", happened_at=stamp)
    for day in ("0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"):
        yield f"day {day}", edited(doc, "stress_checkin", day=day)
    yield "lone surrogate", write_raw(edited(doc, "fear_item", note="xx"), '"note":"xx"', '"note":"\\ud800"')
    yield "lone surrogate in a name", write_raw(edited(doc, "outlet_substitute", name="xx"), '"name":"xx"',
                                                '"name":"a\\udfffb"')
    yield "the same id twice", {**copy.deepcopy(doc), "tables": {
        **doc["tables"], "fear_rating": doc["tables"]["fear_rating"] + [first(doc, "fear_rating")]}}
    eleven = [dict(first(doc, "fear_item"), id=str(uuid.UUID(int=n, version=4)), rank=n) for n in range(1, 12)]
    yield "eleven steps", {**copy.deepcopy(doc), "tables": {**doc["tables"], "fear_item": eleven,
                                                            "fear_rating": [], "exposure_attempt": []}}
    # ----- another workbook: ids, parents, pointers ---------------------------------------------
    yield "the workbook deleted", {**copy.deepcopy(doc), "workbook": {**doc["workbook"],
                                                                      "deleted_at": "2026-11-30T10:00:00.000000Z"}}
    for when in ("2099-01-01T00:00:00.000000Z", "2001-01-01T00:00:00.000000Z"):  # newer and older
        yield f"Bert's step id ({when[:4]})", edited(doc, "fear_item", id=first(bert, "fear_item")["id"], updated_at=when,
                                                     placed_at=when, edited_at=when)
        yield f"Bert's answer id ({when[:4]})", edited(doc, "reflection_answer", id=first(bert, "reflection_answer")["id"],
                                                       updated_at=when)
        yield f"Bert's chain entry as a tombstone ({when[:4]})", edited(
            doc, "chain_entry", id=first(bert, "chain_entry")["id"], updated_at=when, deleted_at=when)
    yield "a row of Bert's workbook", edited(doc, "valued_activity", workbook_id=w["bert"])
    bert_item = first(bert, "fear_item")
    yield "a rating under Bert's step", {**copy.deepcopy(doc), "tables": {
        **doc["tables"], "fear_rating": [*doc["tables"]["fear_rating"],
                                         dict(first(doc, "fear_rating"), id=NEW_ID, item_id=bert_item["id"])]}}
    yield "Bert's step carried along", {**copy.deepcopy(doc), "tables": {
        **doc["tables"], "fear_item": [*doc["tables"]["fear_item"], dict(bert_item, workbook_id=w["anna"])]}}
    yield "the outlet chooses Bert's substitute", edited(doc, "outlet", chosen_id=first(bert, "outlet_substitute")["id"])
    yield "a piece of Bert's task", edited(doc, "pacing_activity", task_id=first(bert, "pacing_activity")["id"])
    yield "a new workbook made of Bert's ids", {
        **copy.deepcopy(bert), "workbook": {**bert["workbook"], "id": NEW_ID, "name": "B"},
        "tables": {t: [dict(r, **({"workbook_id": NEW_ID} if "workbook_id" in r else {})) for r in rows]
                   for t, rows in bert["tables"].items()}}
    yield "Bert's workbook deleted by a file", {**copy.deepcopy(bert), "workbook": {
        **bert["workbook"], "deleted_at": "2099-01-01T00:00:00.000000Z"}, "tables": {}}


def write_raw(doc: Doc, find: str, put: str) -> str:
    """The document as JSON text with one value written the way no encoder would."""
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    assert find in text, find
    return text.replace(find, put, 1)


def test_every_hostile_variant_is_refused_and_the_database_is_byte_identical(world):
    folder, url, path = world["folder"], world["url"], world["path"]
    handover.import_workbook(url, write(folder, world["doc"]))  # settles the database (nothing new)
    before = database_bytes(path)
    seen = []
    for label, variant in variants(world):
        file = write(folder, variant)
        for step in (handover.preview_import, handover.import_workbook):
            try:
                step(url, file)
            except HandoverError as exc:
                refused = exc
            else:
                pytest.fail(f"accepted: {label}")
            kind = refused.key.removeprefix("handover.")
            assert refused.key.startswith("handover.") and f"error.{kind}" in words, label
            assert words(f"error.{kind}", "nl") and words(f"error.{kind}", "en"), label
        assert database_bytes(path) == before, label
        seen.append(label)
    assert len(seen) > 70


def test_a_refused_file_says_which_chapter_it_concerns(world):
    file = write(world["folder"], edited(world["doc"], "stress_signal", intensity=11))
    with pytest.raises(HandoverError) as refused:
        handover.preview_import(world["url"], file)
    assert refused.value.params["chapter"] == "too_much"
    assert refused.value.params["problem"] == "out_of_range"


# ----- accepted files leave every page and the PDF working --------------------------------------
BOUNDARY = ["intensity 10 and 0", "fear 100", "reduction 30 %", "104 weeks", "the earliest day", "the latest day",
            "a session far ahead", "a long text", "an empty chain note", "emoji and right-to-left"]


def boundary_variants(doc: Doc) -> Iterator[tuple[str, Doc]]:
    """Values at the edge of every rule: accepted, and the app must live with them."""
    yield "intensity 10 and 0", edited(edited(doc, "stress_signal", intensity=10), "relaxation_session", before=0)
    yield "fear 100", edited(doc, "fear_item", fear=100)
    yield "reduction 30 %", edited(doc, "activity_schedule", reduction=0.3, start_level=18.9)
    yield "104 weeks", edited(doc, "activity_schedule", weeks=104)
    yield "the earliest day", edited(doc, "stress_checkin", day="1900-01-01")
    yield "the latest day", edited(doc, "reflection_answer", answered_on="2199-12-31")
    yield "a session far ahead", edited(doc, "activity_session", done_on="2199-12-31")
    yield "a long text", edited(doc, "assertive_situation", went="x" * 50_000)
    yield "an empty chain note", edited(doc, "chain_entry", note="", change_link=None)
    yield "emoji and right-to-left", edited(doc, "valued_activity", name="😀 שלום %1 {name}")


@pytest.mark.parametrize("label", BOUNDARY)
def test_an_accepted_file_at_the_edges_opens_every_page_and_the_pdf(world, tmp_path, label):
    made = dict(boundary_variants(world["doc"]))
    assert list(made) == BOUNDARY
    doc = made[label]
    side = Side("fresh", tmp_path)
    side.receive(write(tmp_path, doc))
    every_page_loads(side.db, world["anna"])
    side.close()


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
                           | st.sampled_from(["2026-11-24", "2026-11-24T09:00:00.000000Z", "own:" + NEW_ID, "[]",
                                              "[[\"a\"]]", "start", "minutes", "yes", "guilt", "morning"]),
                           lambda children: st.lists(children, max_size=3) | st.dictionaries(
                               st.text(max_size=6), children, max_size=3), max_leaves=6)


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_a_fuzzed_file_is_refused_cleanly_or_leaves_every_page_working(world, tmp_path_factory, data):
    doc = copy.deepcopy(world["doc"])
    table = data.draw(st.sampled_from(sorted(doc["tables"])))
    row = data.draw(st.sampled_from(doc["tables"][table]))
    key = data.draw(st.sampled_from(sorted(row)))
    row[key] = data.draw(json_values)
    folder = tmp_path_factory.mktemp("fuzz")
    side = Side("fuzz", folder)
    empty = database_bytes(side.path)
    try:
        side.receive(write(folder, doc))
    except HandoverError:
        assert list_workbooks(side.db) == [] and database_bytes(side.path) == empty
    else:
        every_page_loads(side.db, world["anna"], pdf=data.draw(st.integers(0, 4)) == 0)
    finally:
        side.close()


# ----- two workbooks: a file for B never changes A --------------------------------------------------
def ids_of(doc: Doc) -> list[tuple[str, str]]:
    return [(t, r["id"]) for t, rows in doc["tables"].items() for r in rows]


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_file_imported_as_b_changes_a_whatever_its_ids_and_times(world, tmp_path_factory, data):
    """Anna's rows are byte for byte the same after any file for Bert (or a new workbook): its
    rows may reuse Anna's ids — in their own table or another —, point at her rows, and carry
    newer or older times and tombstones."""
    folder = tmp_path_factory.mktemp("isolation")
    target = Side("target", folder)
    target.receive(write(folder, world["doc"]))  # Anna is here
    anna_before = target.content(world["anna"])
    anna_ids = ids_of(world["doc"])
    doc = copy.deepcopy(world["bert_doc"])
    if data.draw(st.booleans()):  # a workbook new here
        wb_id = str(uuid.uuid4())
        doc["workbook"] = {**doc["workbook"], "id": wb_id, "name": "B"}
        for rows in doc["tables"].values():
            for r in rows:
                if "workbook_id" in r:
                    r["workbook_id"] = wb_id
    stamp = st.sampled_from(["2001-01-01T00:00:00.000000Z", "2099-01-01T00:00:00.000000Z"])
    for _ in range(data.draw(st.integers(1, 6))):
        table = data.draw(st.sampled_from(sorted(t for t, rows in doc["tables"].items() if rows)))
        row = data.draw(st.sampled_from(doc["tables"][table]))
        what = data.draw(st.sampled_from(["id", "parent", "stamp", "tombstone", "workbook"]))
        if what == "id":
            row["id"] = data.draw(st.sampled_from(anna_ids))[1]
        elif what == "parent":
            column = data.draw(st.sampled_from([k for k in row if k.endswith("_id") and k != "workbook_id"] or ["id"]))
            row[column] = data.draw(st.sampled_from(anna_ids))[1]
        elif what == "stamp":
            row["updated_at"] = data.draw(stamp)
        elif what == "tombstone" and "deleted_at" in row:
            row["deleted_at"] = data.draw(stamp)
        elif what == "workbook" and "workbook_id" in row:
            row["workbook_id"] = world["anna"]
    try:
        target.receive(write(folder, doc))
    except HandoverError:
        pass
    else:
        every_page_loads(target.db, doc["workbook"]["id"], pdf=False)
    assert target.content(world["anna"]) == anna_before
    target.close()


def test_a_file_cannot_delete_or_purge_a_workbook(world, tmp_path):
    from rugschool_gui.storage.workbooks import list_workbooks, purge_deleted

    side = Side("psy2", tmp_path)
    side.receive(write(tmp_path, world["doc"]))
    for doc in (world["doc"], world["bert_doc"]):
        deleted = {**copy.deepcopy(doc), "workbook": {**doc["workbook"], "deleted_at": "2099-01-01T00:00:00.000000Z",
                                                      "updated_at": "2099-01-01T00:00:00.000000Z"}}
        with pytest.raises(HandoverError):
            side.receive(write(tmp_path, deleted))
    purge_deleted(side.db)
    assert [w.name for w in list_workbooks(side.db)] == ["Anna"]
    side.close()



def test_a_refused_file_never_creates_the_database_it_was_meant_for(world, tmp_path):
    from rugschool_gui.storage.url import as_url

    file = write(tmp_path, edited(world["doc"], "fear_item", fear=500))
    target = tmp_path / "nieuw.sqlite3"
    for step in (handover.preview_import, handover.import_workbook):
        with pytest.raises(HandoverError):
            step(as_url(target), file)
    assert not target.exists()
