"""The home page's snapshot (issue #23): its stamp changes with every change to the workbook and
with nothing of another workbook's; a changed stamp or key means no snapshot; it never travels."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date

from rugschool_gui.domain.too_much import SIGNALS, CheckIn, SignalEntry
from rugschool_gui.storage import exposure, handover
from rugschool_gui.storage import too_much as tm
from rugschool_gui.storage.handover_checks import workbook_tables
from rugschool_gui.storage.home_snapshot import save_snapshot
from rugschool_gui.storage.home_stamp import (
    data_stamp,
    read_snapshot,
    snapshot_key,
    workbook_filters,
)

DAY = date(2026, 11, 24)


def _stamp(db_path, workbook_id: str) -> str:
    with sqlite3.connect(db_path) as conn:
        return data_stamp(conn, workbook_id)


def test_every_table_of_a_workbook_is_in_the_stamp(store, db_path):
    with sqlite3.connect(db_path) as conn:
        covered = set(workbook_filters(conn))
    expected = {t.name for t, _path in workbook_tables()} | {"workbook"}
    expected.discard("home_snapshot")
    # the therapist's private notes do not travel, but a change to them still changes the stamp
    assert expected <= covered
    assert "home_snapshot" not in covered


def test_the_stamp_follows_each_change_of_its_own_workbook_only(store, db_path, make_workbook):
    anna, bert = make_workbook("Anna"), make_workbook("Bert")
    stamps = [_stamp(db_path, anna.id)]

    def changed() -> None:
        stamps.append(_stamp(db_path, anna.id))
        assert stamps[-1] != stamps[-2]

    checkin = tm.save_checkin(store, anna.id, CheckIn(DAY, (SignalEntry(SIGNALS[0], 4),)))
    changed()
    # a child row only (one more signal on the same check-in) is a change too
    tm.save_checkin(store, anna.id, replace(checkin, signals=(SignalEntry(SIGNALS[0], 4), SignalEntry(SIGNALS[1], 2))))
    changed()
    item = exposure.add_item(store, anna.id, "Een krat tillen", 60)
    changed()
    exposure.rate_item(store, anna.id, item.id, 50)
    changed()
    exposure.remove_item(store, anna.id, item.id)
    changed()
    # another workbook's changes leave Anna's stamp alone, and reading changes nothing
    tm.save_checkin(store, bert.id, CheckIn(DAY, (SignalEntry(SIGNALS[2], 7),)))
    exposure.load_hierarchy(store, anna.id)
    assert _stamp(db_path, anna.id) == stamps[-1]


def test_a_snapshot_is_given_back_only_while_nothing_changed(store, db_path, make_workbook):
    anna = make_workbook("Anna")
    key = snapshot_key(anna.id, DAY.isoformat(), "nl", "1.0", "0015")
    view = {"worked_on": "Laatst aan gewerkt: vandaag", "cards": {"pacing": ["Deze week: 3 activiteiten", ""]}}
    assert read_snapshot(str(db_path), anna.id, key) is None  # none kept yet
    assert save_snapshot(store, anna.id, key, view)
    assert not save_snapshot(store, anna.id, key, view)  # the same again: nothing written
    assert read_snapshot(str(db_path), anna.id, key) == view
    # another day, language, version or revision: not this snapshot
    for other in (snapshot_key(anna.id, "2026-11-25", "nl", "1.0", "0015"),
                  snapshot_key(anna.id, DAY.isoformat(), "en", "1.0", "0015"),
                  snapshot_key(anna.id, DAY.isoformat(), "nl", "1.1", "0015")):
        assert read_snapshot(str(db_path), anna.id, other) is None
    tm.save_checkin(store, anna.id, CheckIn(DAY, (SignalEntry(SIGNALS[0], 3),)))
    assert read_snapshot(str(db_path), anna.id, key) is None  # the data changed since


def test_a_damaged_snapshot_or_file_means_no_snapshot(store, db_path, make_workbook, tmp_path):
    anna = make_workbook("Anna")
    key = snapshot_key(anna.id, DAY.isoformat(), "nl", "1.0", "0015")
    save_snapshot(store, anna.id, key, {"worked_on": ""})
    with store.transaction() as s:
        s.connection().exec_driver_sql("UPDATE home_snapshot SET view = 'not json'")
    assert read_snapshot(str(db_path), anna.id, key) is None
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(b"this is not a database" * 100)
    assert read_snapshot(str(foreign), anna.id, key) is None
    assert read_snapshot(str(tmp_path / "missing.sqlite3"), anna.id, key) is None


def test_the_snapshot_never_travels_and_goes_with_its_workbook(store, db_path, make_workbook, tmp_path):
    from rugschool_gui.storage import workbooks

    anna = make_workbook("Anna")
    save_snapshot(store, anna.id, "k", {"worked_on": "Laatst aan gewerkt: GEHEIM-SNAPSHOT"})
    file = handover.export_workbook(store, anna.id, tmp_path / "anna.rugwerk")
    raw = file.read_bytes()
    assert b"GEHEIM-SNAPSHOT" not in raw and b"home_snapshot" not in raw
    workbooks.delete_workbook(store, anna.id)
    assert workbooks.purge_deleted(store) == 1
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM home_snapshot").fetchone() == (0,)


def test_a_read_only_database_keeps_no_snapshot(db_path, store, make_workbook):
    from rugschool_gui.storage.db import Store

    anna = make_workbook("Anna")
    ro = Store(db_path, read_only=True)
    try:
        assert not save_snapshot(ro, anna.id, "k", {"worked_on": ""})
    finally:
        ro.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM home_snapshot").fetchone() == (0,)
    assert json.loads(snapshot_key(anna.id, "2026-11-24", "nl", "1", "0015"))[0] == anna.id
