"""Housekeeping runs off the GUI thread and reports back on it; a cut-off backup never counts."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from rugschool_gui.storage import backup
from rugschool_gui.ui.background import Background


def test_jobs_run_in_order_on_a_worker_and_report_on_the_gui_thread(qapp):
    bg = Background()
    ran, delivered = [], []

    def job(n):
        ran.append((n, threading.current_thread() is threading.main_thread()))
        if n == 2:
            raise OSError("disk full")
        return n * 10

    for n in (1, 2):
        bg.run(lambda n=n: job(n), lambda result, error: delivered.append(
            (result, type(error).__name__ if error else None, threading.current_thread() is threading.main_thread())))
    bg.wait()
    QCoreApplication.processEvents()
    assert ran == [(1, False), (2, False)]
    assert delivered == [(10, None, True), (None, "OSError", True)]
    bg.shutdown()


def test_a_backup_cut_off_halfway_is_not_a_backup_and_is_cleared(store, db_path, tmp_path):
    folder = tmp_path / "kopieen"
    folder.mkdir()
    (folder / f"{db_path.stem}-20261124-101010-000000-daily.sqlite3.part").write_bytes(b"half a copy")
    assert backup.list_backups(folder, db_path) == []
    made = backup.make_backup(db_path, folder, "daily")
    assert [b.path for b in backup.list_backups(folder, db_path)] == [made]
    assert sorted(p.name for p in folder.iterdir()) == [made.name]  # one file: no .part, -wal or -shm
