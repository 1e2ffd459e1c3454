"""Files holding health data: created readable by the user only, written atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) accessible to the user only. A folder that already exists
    keeps its modes: it may be a shared or sticky folder the app did not make (the files the app
    writes in it are private anyway)."""
    if path.is_dir():
        return path
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # e.g. a file system without modes
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


#: less free space than this and a start cannot even write its lock file and log
NEARLY_FULL = 256 * 1024


def why_unwritable(folder: Path) -> str:
    """Why the app cannot write in ``folder``: "full", "read-only", or "" when it can."""
    import shutil

    probe = Path(folder)
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        if shutil.disk_usage(probe).free < NEARLY_FULL:
            return "full"
    except OSError:
        pass
    return "" if os.access(probe, os.W_OK) else "read-only"


def make_private(path: Path) -> None:
    """Restrict an existing file to the user (no-op where the OS has no such modes)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE_MODE)


def touch_private(path: Path) -> None:
    """Create ``path`` empty with user-only permissions, if it does not exist yet."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see either the old or the new file.

    The bytes go to a private temporary file in the same folder, are flushed to disk, and then
    replace ``path`` in one ``os.replace``.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, PRIVATE_FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def is_writable(database: Path) -> bool:
    """Whether the app may write ``database`` and the files SQLite keeps beside it (-wal, -shm)."""
    database = Path(database)
    if not database.exists():
        return os.access(database.parent, os.W_OK)
    return os.access(database, os.W_OK) and os.access(database.parent, os.W_OK)
