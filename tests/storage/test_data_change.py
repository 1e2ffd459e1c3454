"""The file's change counter (issue #23): SQLite's triggers raise it with every row written to
any data table, whatever writes it; the home page's snapshot is accepted on the same counter, or
else on its own workbook's unchanged fingerprint."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from rugschool_gui.domain.too_much import SIGNALS, CheckIn, SignalEntry
from rugschool_gui.storage import data_change, exposure, handover
from rugschool_gui.storage import too_much as tm
from rugschool_gui.storage.home_snapshot import save_snapshot
from rugschool_gui.storage.home_stamp import read_snapshot, snapshot_key, still_valid
from rugschool_gui.storage.migrate import upgrade_if_needed

DAY = date(2026, 11, 30)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _counter(db_path) -> int | None:
    with sqlite3.connect(db_path) as conn:
        return data_change.read_counter(conn)


def test_every_data_table_counts_its_inserts_changes_and_deletes(store, db_path):
    with sqlite3.connect(db_path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    counted = data_change.counted_tables(tables)
    assert "workbook" in counted and "home_snapshot" not in counted and "data_change" not in counted
    # a table added by a later migration without its triggers would fail here
    for table in counted:
        for short in ("ins", "upd", "del"):
            assert f"data_change_{table}_{short}" in triggers, (table, short)


def test_each_write_raises_the_counter_and_reading_does_not(store, db_path, make_workbook):
    seen = [_counter(db_path)]

    def raised() -> None:
        seen.append(_counter(db_path))
        assert seen[-1] > seen[-2]

    anna = make_workbook("Anna")
    raised()
    item = exposure.add_item(store, anna.id, "Een krat tillen", 60)
    raised()
    exposure.rate_item(store, anna.id, item.id, 50)
    raised()
    exposure.remove_item(store, anna.id, item.id)
    raised()
    exposure.load_hierarchy(store, anna.id)
    assert _counter(db_path) == seen[-1]


def test_a_handover_file_read_in_raises_the_counter(store, db_path, make_workbook, tmp_path):
    anna = make_workbook("Anna")
    tm.save_checkin(store, anna.id, CheckIn(DAY, (SignalEntry(SIGNALS[0], 4),)))
    file = handover.export_workbook(store, anna.id, tmp_path / "anna.rugwerk")
    other = tmp_path / "other.sqlite3"
    upgrade_if_needed(other)
    from rugschool_gui.storage.db import Store

    there = Store(other)
    try:
        before = _counter(other)
        handover.import_workbook(there, file)
        assert _counter(other) > before
    finally:
        there.close()


def test_the_snapshot_is_kept_on_the_counter_or_on_its_own_fingerprint(store, db_path, make_workbook):
    anna, bert = make_workbook("Anna"), make_workbook("Bert")
    key = snapshot_key(anna.id, DAY.isoformat(), "nl", "1.0", "0016")
    view = {"worked_on": "Laatst aan gewerkt: vandaag"}
    assert save_snapshot(store, anna.id, key, view)
    assert read_snapshot(str(db_path), anna.id, key) == view
    # Bert changes: the counter moves on, Anna's fingerprint is the same, her snapshot stays good
    tm.save_checkin(store, bert.id, CheckIn(DAY, (SignalEntry(SIGNALS[1], 2),)))
    assert read_snapshot(str(db_path), anna.id, key) == view
    with sqlite3.connect(db_path) as conn:
        now = data_change.read_counter(conn)
        assert still_valid(conn, anna.id, key, f"{key}|{now}|not-the-fingerprint")  # the counter alone
        assert not still_valid(conn, anna.id, key, f"{key}|{now - 1}|not-the-fingerprint")
        assert not still_valid(conn, anna.id, snapshot_key(anna.id, DAY.isoformat(), "en", "1.0", "0016"),
                               f"{key}|{now}|x")
    # Anna changes: neither the counter nor her fingerprint match
    tm.save_checkin(store, anna.id, CheckIn(DAY, (SignalEntry(SIGNALS[0], 3),)))
    assert read_snapshot(str(db_path), anna.id, key) is None


def test_an_older_file_gets_the_counter_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0001.sqlite3", path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT id, name FROM workbook ORDER BY id").fetchall()
    assert _counter(path) is None
    upgrade_if_needed(path, tmp_path / "backups")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, name FROM workbook ORDER BY id").fetchall() == before
    assert _counter(path) == 0
