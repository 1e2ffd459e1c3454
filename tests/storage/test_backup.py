"""Backups: checked copies, rotation by count and age, listing, and restoring (undoable)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from rugschool_gui.storage import backup
from rugschool_gui.storage.db import Store
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.url import as_url
from rugschool_gui.storage.workbooks import create_workbook, list_workbooks


@pytest.fixture
def db(tmp_path):
    """The URL of a database holding one workbook, "Anna"."""
    url = as_url(tmp_path / "werkboek.sqlite3")
    upgrade_if_needed(url)
    store = Store(url)
    create_workbook(store, "Anna")
    store.close()
    return url


def test_backup_is_checked_private_and_listed(db, tmp_path):
    folder = tmp_path / "backups"
    copy = backup.make_backup(db, folder, "manual")
    assert (copy.stat().st_mode & 0o077) == 0
    listed = backup.list_backups(folder, db)
    assert [(b.path, b.reason, b.workbooks) for b in listed] == [(copy, "manual", 1)]


def test_rotation_keeps_count_and_age_but_always_the_newest(db, tmp_path):
    folder = tmp_path / "backups"
    for _ in range(backup.KEEP_COPIES + 3):
        backup.make_backup(db, folder)
    assert len(backup.list_backups(folder, db)) == backup.KEEP_COPIES
    old = time.time() - (backup.KEEP_DAYS + 1) * 86400
    for b in backup.list_backups(folder, db):
        os.utime(b.path, (old, old))
    backup.make_backup(db, folder)
    assert len(backup.list_backups(folder, db)) == 1


def test_daily_backup_only_when_due(db, tmp_path):
    folder = tmp_path / "backups"
    assert backup.backup_if_due(db, folder) is not None
    assert backup.backup_if_due(db, folder) is None


def test_restore_brings_back_the_copy_and_can_be_undone(db, tmp_path):
    folder = tmp_path / "backups"
    copy = backup.make_backup(db, folder)
    store = Store(db)
    create_workbook(store, "Bert")
    store.close()
    before = backup.restore_backup(db, copy, folder)
    store = Store(db)
    assert [w.name for w in list_workbooks(store)] == ["Anna"]
    store.close()
    backup.restore_backup(db, before, folder)  # the restore undone
    store = Store(db)
    assert sorted(w.name for w in list_workbooks(store)) == ["Anna", "Bert"]
    store.close()


def test_a_damaged_backup_is_not_restored(db, tmp_path):
    bad = tmp_path / "backups" / "werkboek-x.sqlite3"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 4000)
    with pytest.raises(backup.BackupDamaged):
        backup.restore_backup(db, bad, tmp_path / "backups")
    store = Store(db)
    assert [w.name for w in list_workbooks(store)] == ["Anna"]
    store.close()


def test_no_copy_of_the_current_state_means_no_restore(db, tmp_path, monkeypatch):
    """A full disk while the safety copy is made: the restore is refused, nothing is lost."""
    import sqlite3

    folder = tmp_path / "backups"
    copy = backup.make_backup(db, folder)
    store = Store(db)
    create_workbook(store, "Bert")  # only in the current state, in no backup
    store.close()
    real_copy = backup._copy

    def disk_full_for_the_safety_copy(source, target):
        if "before-restore" in Path(target).name:
            raise sqlite3.OperationalError("database or disk is full")
        real_copy(source, target)

    monkeypatch.setattr(backup, "_copy", disk_full_for_the_safety_copy)
    with pytest.raises(backup.NoSafetyCopy):
        backup.restore_backup(db, copy, folder)
    store = Store(db)
    assert sorted(w.name for w in list_workbooks(store)) == ["Anna", "Bert"]
    store.close()


def test_an_error_never_carries_typed_text(db):
    """Health text stays out of error messages, and so out of the log."""
    from sqlalchemy import text

    store = Store(db)
    secret = "mijn rug doet pijn sinds de val van de trap"
    with pytest.raises(Exception) as failed, store.engine.begin() as conn:
        conn.execute(text("INSERT INTO no_such_table (x) VALUES (:x)"), {"x": secret})
    store.close()
    assert secret not in str(failed.value)


def _database(path: Path, name: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    url = as_url(path)
    upgrade_if_needed(url)
    store = Store(url)
    create_workbook(store, name)
    store.close()
    return url


def test_each_database_has_its_own_identity_in_its_header(tmp_path):
    from rugschool_gui.storage.identity import read_identity

    a = _database(tmp_path / "thuis" / "werkboek.sqlite3", "Anna")
    b = _database(tmp_path / "praktijk" / "werkboek.sqlite3", "Bert")
    assert read_identity(a) and read_identity(b) and read_identity(a) != read_identity(b)
    copy = backup.make_backup(a, tmp_path / "backups")
    assert read_identity(copy) == read_identity(a)  # the copy carries it


def test_databases_of_the_same_name_never_see_or_rotate_each_others_backups(tmp_path):
    folder = tmp_path / "backups"  # one shared folder, as when both use the same data folder
    a = _database(tmp_path / "thuis" / "werkboek.sqlite3", "Anna")
    b = _database(tmp_path / "praktijk" / "werkboek.sqlite3", "Bert")
    c = _database(tmp_path / "thuis" / "werkboek-2.sqlite3", "Chris")
    b_copy = backup.make_backup(b, folder, "daily")
    backup.make_backup(c, folder, "daily")
    assert backup.backup_if_due(a, folder) is not None  # b's and c's copies are not a's
    for _ in range(backup.KEEP_COPIES + 2):  # many imports into a …
        backup.make_backup(a, folder, "import")
    assert b_copy.exists()  # … rotate none of b's away
    assert [x.path for x in backup.list_backups(folder, b)] == [b_copy]
    assert len(backup.list_backups(folder, c)) == 1
    assert len(backup.list_backups(folder, a)) == backup.KEEP_COPIES
    with pytest.raises(backup.ForeignBackup):
        backup.restore_backup(a, b_copy, folder)
    store = Store(a)
    assert [w.name for w in list_workbooks(store)] == ["Anna"]
    store.close()


def test_an_open_database_is_backed_up_and_listed_as_itself(db, tmp_path):
    """The app hands over its open Database; its copies are the same as its URL's."""
    folder = tmp_path / "backups"
    store = Store(db)
    copy = backup.make_backup(store, folder, "manual")
    assert [b.path for b in backup.list_backups(folder, store)] == [copy]
    assert backup.backup_if_due(store, folder) is None  # a copy from just now: no daily one due
    store.close()


def test_a_damaged_database_is_set_aside_never_deleted(db, tmp_path):
    from rugschool_gui.storage.url import file_of

    path = file_of(db)
    path.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 4000)
    shown = backup.set_aside(db)
    kept = list(tmp_path.glob("werkboek.onbruikbaar-*.sqlite3"))
    assert len(kept) == 1 and shown == str(kept[0]) and not path.exists()
    assert kept[0].read_bytes().endswith(b"\xa5" * 64)
