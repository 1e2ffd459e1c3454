"""The database engine: safety PRAGMAs, private files, damaged and foreign files, backups."""

import sqlite3
import stat

import pytest

from rugschool_gui.storage.backup import KEEP_COPIES, make_backup
from rugschool_gui.storage.db import APPLICATION_ID, DatabaseProblem, inspect_database
from rugschool_gui.storage.errors import Damaged
from rugschool_gui.storage.url import as_url


def test_pragmas_read_back(store):
    assert store.read_pragma("journal_mode") == "wal"
    assert store.read_pragma("synchronous") == 2  # FULL
    assert store.read_pragma("foreign_keys") == 1
    assert store.read_pragma("busy_timeout") >= 1000
    assert store.read_pragma("secure_delete") == 1
    assert store.read_pragma("application_id") == APPLICATION_ID


def test_transactions_are_begin_immediate(store):
    statements = []
    from sqlalchemy import event

    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cur, stmt, *a: statements.append(stmt))
    with store.transaction() as s:
        s.execute(__import__("sqlalchemy").text("SELECT 1"))
    assert "BEGIN IMMEDIATE" in statements


def test_failed_transaction_rolls_back(store, make_workbook):
    from rugschool_gui.storage.workbooks import WorkbookRow, list_workbooks

    make_workbook("Eerste")

    def half_written() -> None:
        with store.transaction() as s:
            s.add(WorkbookRow(name="Half"))
            s.flush()
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        half_written()
    assert [w.name for w in list_workbooks(store)] == ["Eerste"]


def test_database_file_is_private(store, make_workbook):
    make_workbook()
    mode = stat.S_IMODE(store.path.stat().st_mode)
    assert mode & 0o077 == 0


def test_inspect_new_and_ours(store, tmp_path):
    assert inspect_database(as_url(tmp_path / "nothing.sqlite3")) == "new"
    assert not (tmp_path / "nothing.sqlite3").exists()  # a look creates nothing
    assert inspect_database(store.url) == "ours"
    assert inspect_database(store) == "ours"  # an open Database is looked at through its URL


def test_garbage_file_is_damaged_and_left_untouched(tmp_path):
    bad = tmp_path / "werkboek.sqlite3"
    payload = b"this is not a database at all" * 100
    bad.write_bytes(payload)
    with pytest.raises(DatabaseProblem) as info:
        inspect_database(as_url(bad))
    assert info.value.kind in {"damaged", "unreadable"}
    assert isinstance(info.value, Damaged)  # a typed storage error: worded without reading its text
    assert info.value.label == str(bad)  # what a person is shown: the file
    assert bad.read_bytes() == payload


def test_someone_elses_sqlite_file_is_foreign(tmp_path):
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(DatabaseProblem) as info:
        inspect_database(as_url(other))
    assert info.value.kind == "foreign"
    assert other.read_bytes() == before


def test_truncated_database_is_damaged(store, make_workbook, tmp_path):
    for i in range(50):
        make_workbook(f"Werkboek {i}")
    store.close()
    con = sqlite3.connect(store.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = store.path.read_bytes()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(data[:4096] + b"\x00" * 50 + data[4146:len(data) // 2])
    with pytest.raises(DatabaseProblem):
        inspect_database(as_url(broken), deep=True)


def test_backup_is_complete_checked_and_rotated(store, make_workbook, tmp_path):
    make_workbook("Bewaard")
    folder = tmp_path / "backups"
    for _ in range(KEEP_COPIES + 2):
        copy = make_backup(store, folder)
    assert len(list(folder.glob("*.sqlite3"))) == KEEP_COPIES
    con = sqlite3.connect(copy)
    assert con.execute("SELECT name FROM workbook").fetchall() == [("Bewaard",)]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert stat.S_IMODE(copy.stat().st_mode) & 0o077 == 0


def test_a_database_is_named_by_a_url_and_shown_without_secrets(tmp_path):
    from rugschool_gui.storage.db import Database
    from rugschool_gui.storage.url import NotAFile, file_of, label_of, sqlite_path, stable_name

    path = tmp_path / "werkboek.sqlite3"
    url = as_url(path)
    assert url == f"sqlite:///{path}" and as_url(url) == url  # a URL stays what it is
    assert sqlite_path(url) == path and file_of(url) == path and label_of(url) == str(path)
    db = Database(url)
    assert (db.url, db.path, db.label) == (url, path, str(path))
    assert file_of(db) == path  # a Database is taken for its URL
    db.close()
    assert stable_name(as_url(tmp_path / "x" / ".." / "werkboek.sqlite3")) == str(path.resolve())
    server = "postgresql://praktijk:geheim@db.example/werkboeken"
    assert label_of(server) == "postgresql://praktijk@db.example/werkboeken"  # never the password
    assert sqlite_path(server) is None
    with pytest.raises(NotAFile):
        file_of(server)  # no file to copy, lock or look at
