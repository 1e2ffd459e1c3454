"""Backups of the workbook database with SQLite's online-backup API.

A backup is a complete, consistent copy checked with ``integrity_check``; the newest
:data:`KEEP_COPIES` are kept.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from .files import ensure_private_dir, make_private

KEEP_COPIES = 10


def make_backup(db_path: Path, backup_dir: Path, reason: str = "auto") -> Path:
    """Copy ``db_path`` into ``backup_dir``; returns the checked copy's path."""
    ensure_private_dir(Path(backup_dir))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = Path(backup_dir) / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite3"
    src = sqlite3.connect(str(db_path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    make_private(target)
    if ok != "ok":
        target.unlink(missing_ok=True)
        raise RuntimeError(f"backup failed its integrity check: {ok}")
    _rotate(Path(backup_dir), Path(db_path).stem)
    return target


def _rotate(backup_dir: Path, stem: str) -> None:
    copies = sorted(backup_dir.glob(f"{stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for old in copies[:-KEEP_COPIES]:
        old.unlink(missing_ok=True)
