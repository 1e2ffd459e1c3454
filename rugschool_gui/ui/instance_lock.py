"""One app instance per database *file*, and no lock-out by a lock that nobody holds.

Two locks together:

- ``flock`` on the database file itself (POSIX): it belongs to the file, not to its name, so a
  second instance is refused also when it opens the same file through a hard link or another
  path; the system drops it when the process ends, even after kill -9.
- Qt's ``QLockFile`` beside the database (``werkboek.sqlite3.lock``): it says *who* holds the
  database (process, host), for the message, and works where ``flock`` does not.

When the lock file says "locked" but the file lock is free, the lock file is left over: from a
crash on another computer (a synced folder), or empty or damaged. The person is asked, with a
clear message, whether to take it over; it is never a permanent lock-out.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass
class Outcome:
    taken: bool
    #: why not: "in-use" (a running instance has the file), "left-over" (a lock file nobody holds:
    #: ask before taking over), "unwritable" (the folder: full or read-only)
    reason: str = ""
    holder: str = ""  # "pid on host" of a left-over lock file, "" when unreadable


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.file_lock = QLockFile(str(self.db_path) + ".lock")
        self.file_lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        self._fd: int | None = None

    def take(self) -> Outcome:
        if not self._lock_the_file():
            return Outcome(False, "in-use")
        if self.file_lock.tryLock(100):
            return Outcome(True)
        if self.file_lock.error() != QLockFile.LockError.LockFailedError:
            self._release_the_file()
            return Outcome(False, "unwritable")
        # the lock file says "taken", but no instance holds the database file: left over
        info = self.file_lock.getLockInfo()  # (pid, host, app); some bindings put an ok flag first
        pid, host = (info[1], info[2]) if len(info) == 4 else (info[0], info[1])
        holder = (f"{host}, {pid}" if host != socket.gethostname() else str(pid)) if host else ""
        return Outcome(False, "left-over", holder)

    def hold_the_file(self) -> bool:
        """Lock the database file once it exists (a first start creates it after ``take``)."""
        return self._fd is not None or self._lock_the_file()

    def take_over(self) -> bool:
        """Replace a left-over lock file (after the person agreed)."""
        try:
            os.remove(self.file_lock.fileName())
        except FileNotFoundError:
            pass
        except OSError:
            return False
        return self.file_lock.tryLock(100)

    def release(self) -> None:
        self.file_lock.unlock()
        self._release_the_file()

    # ----- the lock on the file itself ----------------------------------------------------------
    def _lock_the_file(self) -> bool:
        try:
            import fcntl
        except ImportError:  # Windows: QLockFile alone
            return True
        if not self.db_path.exists():
            return True  # a new database: nobody else can have it open yet
        try:
            fd = os.open(self.db_path, os.O_RDONLY)
        except OSError:
            return True  # unreadable: the database checks say so next
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def _release_the_file(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
