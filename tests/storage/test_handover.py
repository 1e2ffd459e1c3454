"""Handing a workbook over: a full round trip of every table, merging, and hostile files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugschool_gui.storage import handover
from rugschool_gui.storage.db import Database, Store
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.url import as_url, file_of
from rugschool_gui.storage.workbooks import create_workbook

from .handover_fill import PRIVATE_WORDS, empty_db, snapshot


def test_every_table_is_carried(source):
    names = {t.name for t, _ in handover.workbook_tables()}
    path, _ = source
    filled = {t for t, rows in snapshot(path).items() if rows}
    # the fill reaches every table that belongs to a workbook; the private note stays behind
    assert names | {"workbook", "consultation_private_note"} == filled
    assert "consultation_private_note" not in names


def test_round_trip_into_an_empty_database_keeps_everything(source, tmp_path):
    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk")
    assert (file.stat().st_mode & 0o077) == 0
    target = empty_db(tmp_path)
    summary = handover.import_workbook(target, file)
    assert summary.new_workbook and summary.updated == 0 and summary.new > 25
    before, after = snapshot(path), snapshot(target)
    for table in before:
        if table != "consultation_private_note":  # never travels (issue #25)
            assert after[table] == before[table], table
    assert after["consultation_private_note"] == [] and before["consultation_private_note"]


def test_a_private_note_never_leaves_the_database(source, tmp_path):
    """Issue #25: the therapist's private note is not in the hand-over file's bytes, and a file
    that names the private table is refused."""
    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk")
    raw = file.read_bytes()
    assert PRIVATE_WORDS.encode() not in raw and b"consultation_private_note" not in raw
    assert b"Samen het werkboek doorlopen" in raw  # the shared notes do travel
    document = json.loads(raw)
    document["tables"]["consultation_private_note"] = []
    sneaky = tmp_path / "sneaky.rugwerk"
    sneaky.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(handover.HandoverError):
        handover.read_file(sneaky)


def test_importing_twice_changes_nothing_the_second_time(source, tmp_path):
    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk")
    target = empty_db(tmp_path)
    handover.import_workbook(target, file)
    once = snapshot(target)
    again = handover.import_workbook(target, file)
    assert (again.new, again.updated) == (0, 0) and again.unchanged > 25
    assert snapshot(target) == once


def test_patient_psychologist_patient_merge_newest_wins(source, tmp_path):
    from rugschool_gui.storage import exposure

    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "to_psy.rugwerk")
    psy = empty_db(tmp_path)
    handover.import_workbook(psy, file)
    store = Store(psy)  # the psychologist renames a step and deletes the other
    items = exposure.load_hierarchy(store, wb_id).items
    exposure.update_item(store, wb_id, items[1].id, label="Een krat tillen")
    exposure.remove_item(store, wb_id, items[0].id)
    store.close()
    back = handover.export_workbook(psy, wb_id, tmp_path / "to_patient.rugwerk")
    preview = handover.preview_import(path, back)
    assert preview.updated >= 2 and preview.new == 0
    assert snapshot(path) == snapshot(path)  # preview changed nothing
    handover.import_workbook(path, back, tmp_path / "backups")
    store = Store(path)
    assert [i.label for i in exposure.load_hierarchy(store, wb_id).items] == ["Een krat tillen"]
    store.close()
    assert list((tmp_path / "backups").glob("*.sqlite3"))


def test_a_workbook_with_a_taken_name_is_added_under_a_free_one(source, tmp_path):
    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk")
    target = empty_db(tmp_path)
    store = Store(target)
    create_workbook(store, "Anna")
    store.close()
    summary = handover.import_workbook(target, file)
    assert summary.workbook_name == "Anna (2)"


def _document(source, tmp_path) -> dict:
    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "x.rugwerk")
    return json.loads(file.read_text(encoding="utf-8"))


def _write(tmp_path, document, name="bad.rugwerk") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(document), encoding="utf-8")
    return p


def _mutations(doc):
    items = doc["tables"]["fear_item"]
    yield "newer schema", dict(doc, schema="9999")
    yield "newer format", dict(doc, version=99)
    yield "foreign", {"hello": "world"}
    yield "wrong type", {**doc, "tables": {**doc["tables"], "fear_item": [dict(items[0], fear="veel")]}}
    yield "out of range", {**doc, "tables": {**doc["tables"], "fear_item": [dict(items[0], fear=150)]}}
    yield "huge string", {**doc, "tables": {**doc["tables"], "fear_item": [dict(items[0], label="x" * 300)]}}
    yield "unknown field", {**doc, "tables": {**doc["tables"], "fear_item": [dict(items[0], evil=1)]}}
    yield "unknown table", {**doc, "tables": {**doc["tables"], "sqlite_master": []}}
    yield "bad identity", {**doc, "tables": {**doc["tables"], "fear_item": [dict(items[0], id="../../etc")]}}
    eleven = [dict(items[0], id=f"00000000-0000-4000-8000-{n:012d}", rank=n) for n in range(1, 12)]
    yield "eleventh item", {**doc, "tables": {**doc["tables"], "fear_item": eleven, "fear_rating": [],
                                              "exposure_attempt": []}}
    yield "dangling", {**doc, "tables": {**doc["tables"], "fear_item": []}}


def test_bad_files_are_refused_and_the_database_is_unchanged(source, tmp_path):
    doc = _document(source, tmp_path)
    target = empty_db(tmp_path)
    before = snapshot(target)
    for label, bad in _mutations(doc):
        with pytest.raises(ValueError):
            handover.import_workbook(target, _write(tmp_path, bad))
        assert snapshot(target) == before, label
    for raw in (b"", b"\x00\xff garbage", b"[" * 100_000, b'{"format": "rugschool-werkboek"'):
        p = tmp_path / "raw.rugwerk"
        p.write_bytes(raw)
        with pytest.raises(ValueError):
            handover.import_workbook(target, p)
    assert snapshot(target) == before


def test_a_newer_file_gets_its_own_message(source, tmp_path):
    doc = _document(source, tmp_path)
    with pytest.raises(handover.NewerFile):
        handover.import_workbook(empty_db(tmp_path), _write(tmp_path, dict(doc, schema="9999")))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                           lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
                           max_leaves=12)


@settings(max_examples=1500, deadline=None, derandomize=True,  # the same 1,500 files every run
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_files_never_crash_and_never_change_the_database(source, tmp_path, data):
    doc = _document(source, tmp_path) if not hasattr(test_fuzzed_files_never_crash_and_never_change_the_database, "_doc") else test_fuzzed_files_never_crash_and_never_change_the_database._doc
    test_fuzzed_files_never_crash_and_never_change_the_database._doc = doc
    target = as_url(tmp_path / "fuzz.sqlite3")
    if not file_of(target).exists():
        upgrade_if_needed(target)
    before = snapshot(target)
    table = data.draw(st.sampled_from(sorted(doc["tables"])))
    mutated = json.loads(json.dumps(doc))
    rows = mutated["tables"][table]
    if rows:
        row = rows[data.draw(st.integers(0, len(rows) - 1))]
        key = data.draw(st.sampled_from(sorted(row)))
        row[key] = data.draw(json_values)
    else:
        mutated["tables"][table] = data.draw(json_values)
    try:
        handover.import_workbook(target, _write(tmp_path, mutated, "fuzz.rugwerk"))
    except ValueError:
        assert snapshot(target) == before


def test_importing_into_a_new_database_path_creates_it(source, tmp_path):
    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk")
    summary = handover.import_workbook(as_url(tmp_path / "brand-new.sqlite3"), file)
    assert summary.new_workbook and summary.unchanged == 0


def test_the_apps_open_database_is_used_as_it_is_and_stays_open(source, tmp_path):
    """The window hands over its own Database: the merge is one transaction on it (one BEGIN),
    nothing is migrated or reopened, and the database is still usable afterwards."""
    from sqlalchemy import event

    from rugschool_gui.storage.workbooks import list_workbooks

    url, wb_id = source
    file = handover.export_workbook(url, wb_id, tmp_path / "anna.rugwerk")
    target = Database(empty_db(tmp_path))
    statements: list[str] = []
    event.listen(target.engine, "before_cursor_execute", lambda _c, _cur, stmt, *_a: statements.append(stmt))
    assert handover.preview_import(target, file).new_workbook
    summary = handover.import_workbook(target, file, tmp_path / "backups")
    assert summary.new_workbook and summary.new > 25
    assert statements.count("BEGIN IMMEDIATE") == 2  # the preview's (rolled back) and the merge
    assert [w.name for w in list_workbooks(target)] == ["Anna"]  # still open, on the merged content
    again = handover.export_workbook(target, wb_id, tmp_path / "again.rugwerk")
    assert json.loads(again.read_text(encoding="utf-8"))["workbook"]["name"] == "Anna"
    assert list((tmp_path / "backups").glob("*-import.sqlite3"))  # a backup first, as always
    target.close()
