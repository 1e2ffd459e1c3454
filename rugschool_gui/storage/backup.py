"""Backups of the workbook database with SQLite's online-backup API, and restoring them.

A backup is a complete, consistent copy checked with ``integrity_check``. Copies are kept for
:data:`KEEP_DAYS` days and at most :data:`KEEP_COPIES` of them (the newest always stays). A
backup is taken before every migration, every import, every restore, and once a day.

The functions take the database as a :class:`~rugschool_gui.storage.db.Database` or its URL
(the one to restore onto may be damaged, so no engine is needed: SQLite's own backup API copies
the file under a connection of its own). The copies themselves are files in ``backup_dir``.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .files import ensure_private_dir, make_private
from .identity import backup_key, read_identity
from .url import DatabaseRef, file_of, is_server, label_of

KEEP_COPIES = 10
KEEP_DAYS = 30
DAILY_HOURS = 24


class BackupDamaged(RuntimeError):
    """The chosen backup failed its integrity check; nothing was restored."""


class ForeignBackup(RuntimeError):
    """The chosen copy belongs to another database file; nothing was restored."""


class NoSafetyCopy(OSError):
    """The copy of the current state, promised before a restore, could not be made (a full disk):
    nothing was restored."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime
    size: int
    reason: str
    workbooks: int | None  # None: the copy could not be read


def make_backup(db: DatabaseRef, backup_dir: Path, reason: str = "auto") -> Path:
    """Copy the database into ``backup_dir``; returns the checked copy's file."""
    return _backup(file_of(db), Path(backup_dir), reason)


def _backup(db_path: Path, backup_dir: Path, reason: str) -> Path:
    ensure_private_dir(Path(backup_dir))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    key = backup_key(db_path)
    target = Path(backup_dir) / f"{key}-{stamp}-{reason}.sqlite3"
    for unfinished in Path(backup_dir).glob("*.sqlite3.part*"):  # a copy cut off by closing the app
        unfinished.unlink(missing_ok=True)
    # copied and checked under a ".part" name: only a whole, checked copy ever counts as a backup
    partial = target.with_name(target.name + ".part")
    _copy(db_path, partial)
    make_private(partial)
    if _integrity(partial) != "ok":
        partial.unlink(missing_ok=True)
        raise RuntimeError("backup failed its integrity check")
    os.replace(partial, target)
    _rotate(Path(backup_dir), key)
    if key != db_path.stem:
        _expire_legacy(Path(backup_dir), db_path.stem)
    return target


def backup_if_due(db: DatabaseRef, backup_dir: Path) -> Path | None:
    """The daily backup: made when the newest copy is older than :data:`DAILY_HOURS`. None for a
    practice database on a server: the practice's own server backups (``pg_dump``) apply."""
    if is_server(db):
        return None
    copies = list_backups(Path(backup_dir), db, count_workbooks=False)
    if copies and (datetime.now() - copies[0].when).total_seconds() < DAILY_HOURS * 3600:
        return None
    return make_backup(db, backup_dir, "daily")


def list_backups(backup_dir: Path, db: DatabaseRef, count_workbooks: bool = True) -> list[BackupInfo]:
    """The copies of the database (its own, by identity), newest first."""
    out = []
    for path, key in _own_copies(Path(backup_dir), file_of(db)):
        stat = path.stat()
        parts = path.stem[len(key) + 1:].split("-")
        reason = "-".join(parts[3:]) if len(parts) > 3 else "auto"
        out.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size, reason,
                              _workbook_count(path) if count_workbooks else None))
    return sorted(out, key=lambda b: b.when, reverse=True)


def restore_backup(db: DatabaseRef, backup_path: Path, backup_dir: Path) -> Path | None:
    """Replace the database's content with ``backup_path``'s. The current state is backed up first
    (returned), so a restore can itself be undone. The caller closes its connections first (an
    open :class:`~rugschool_gui.storage.db.Database` is best dropped and opened again after).

    Raises :class:`BackupDamaged` or :class:`ForeignBackup` (nothing restored) and
    :class:`NoSafetyCopy` when the current state could not be copied first (nothing restored)."""
    db_path = file_of(db)
    if _integrity(Path(backup_path)) != "ok":
        raise BackupDamaged(str(backup_path))
    mine, theirs = read_identity(db_path), read_identity(Path(backup_path))
    if mine and theirs and mine != theirs:
        raise ForeignBackup(str(backup_path))
    before = None
    if db_path.exists():
        try:
            before = _backup(db_path, Path(backup_dir), "before-restore")
        except (sqlite3.DatabaseError, RuntimeError, OSError) as exc:
            if _integrity(db_path) == "ok":
                # a healthy database that could not be copied (a full disk): no copy, no restore
                raise NoSafetyCopy(str(exc)) from exc
            before = None  # a damaged database cannot be copied; set_aside keeps it instead
    _copy(Path(backup_path), db_path)
    make_private(db_path)
    return before


def set_aside(db: DatabaseRef) -> str:
    """Move a damaged or foreign database (and its WAL files) out of the way — renamed beside
    itself, never deleted — so a new one can start in its place. Returns what to show of where
    it went."""
    path = file_of(db)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.onbruikbaar-{stamp}{path.suffix}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return label_of(target)


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        # one self-contained file: a copy in WAL mode would grow -wal/-shm companions when read
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _integrity(path: Path) -> str:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return str(con.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _workbook_count(path: Path) -> int | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(con.execute("SELECT count(*) FROM workbook WHERE deleted_at IS NULL").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None


_NAME = re.compile(r"^(?:(?P<identity>[0-9a-f]{8})-)?(?P<date>\d{8})-")


def _own_copies(backup_dir: Path, db_path: Path) -> list[tuple[Path, str]]:
    """``db_path``'s copies, each with the key its name starts with: named with its identity, or
    from before identities (``<stem>-<date>-…``) and carrying none or its identity. A database
    whose header is destroyed has no identity left: then every copy of that file name counts."""
    identity = read_identity(db_path)
    stem = db_path.stem
    found: list[tuple[Path, str]] = []
    for path in backup_dir.glob(f"{stem}-*.sqlite3"):
        named = _NAME.match(path.name[len(stem) + 1:])
        if not named:
            continue  # another database whose name starts the same (werkboek-2 beside werkboek)
        key = f"{stem}-{named['identity']}" if named["identity"] else stem
        if identity:
            if named["identity"] and int(named["identity"], 16) != identity:
                continue  # a copy of another database file with the same name
            if not named["identity"] and read_identity(path) not in (0, identity):
                continue
        found.append((path, key))
    return found


def _expire_legacy(backup_dir: Path, stem: str) -> None:
    """Copies from before identities: only their age removes them (never their number — they may
    belong to another database of the same name)."""
    cutoff = time.time() - KEEP_DAYS * 86400
    for old in backup_dir.glob(f"{stem}-*.sqlite3"):
        rest = old.name[len(stem) + 1:]
        if rest[:8].isdigit() and rest[8:9] == "-" and old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)


def _rotate(backup_dir: Path, key: str) -> None:
    copies = sorted((p for p in backup_dir.glob(f"{key}-*.sqlite3")
                     if p.name[len(key) + 1:][:8].isdigit()), key=lambda p: p.stat().st_mtime, reverse=True)
    cutoff = time.time() - KEEP_DAYS * 86400
    for i, old in enumerate(copies):
        if i == 0:
            continue  # the newest copy always stays
        if i >= KEEP_COPIES or old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    for companion in [*backup_dir.glob(f"{key}-*.sqlite3-wal"), *backup_dir.glob(f"{key}-*.sqlite3-shm")]:
        if not companion.with_name(companion.name[:-4]).exists():  # left by an older version's copy
            companion.unlink(missing_ok=True)
