"""One instance per database: a second start is told kindly; a crashed owner's lock is taken over."""

import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from rugschool_gui.cli import parse_args
from rugschool_gui.ui.startup import Startup


def test_second_start_on_same_database_is_refused_kindly(startup, qapp, db_path, monkeypatch):
    first = startup()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    second = Startup(qapp, parse_args(["--database", str(db_path)]))
    assert second.prepare() is False
    assert shown and "al geopend" in shown[0]
    assert first.window is not None


def test_stale_lock_of_killed_process_is_taken_over(tmp_path):
    lock_path = tmp_path / "werkboek.sqlite3.lock"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        from PySide6.QtCore import QLockFile
        import sys, time
        lock = QLockFile({str(lock_path)!r})
        assert lock.tryLock(0)
        print("locked", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)
    assert lock.tryLock(500)
    lock.unlock()
