"""Each database file carries an identity of its own, so its backups are its own.

The identity is a random number in SQLite's ``user_version`` header field (bytes 60–63 of the
file): it travels into every backup copy (the online backup copies the header), can be read from
the first 100 bytes even when the rest of a file is damaged, and needs no table. Backups are named
``<stem>-<identity>-<when>-<why>.sqlite3``; two databases called ``werkboek.sqlite3`` in different
folders, or ``werkboek`` beside ``werkboek-2``, never see, restore or rotate each other's copies.
"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

_HEADER = b"SQLite format 3\x00"


def read_identity(path: Path) -> int:
    """The identity in ``path``'s header; 0 when it has none or the file is not a database."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError:
        return 0
    if len(header) < 64 or not header.startswith(_HEADER) or header[21:24] != b"\x40\x20\x20":
        return 0  # not a database, or a header too damaged to trust (bytes 21–23 are fixed)
    return int.from_bytes(header[60:64], "big", signed=True) & 0x7FFFFFFF


def ensure_identity(path: Path) -> int:
    """Give ``path`` an identity if it has none yet (a new database, or one from before identities)."""
    current = read_identity(path)
    if current:
        return current
    identity = secrets.randbelow(0x7FFFFFFF - 1) + 1
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA user_version={identity}")
        con.commit()
    finally:
        con.close()
    return identity


def backup_key(db_path: Path) -> str:
    """What the names of ``db_path``'s backups start with."""
    identity = read_identity(db_path)
    stem = Path(db_path).stem
    return f"{stem}-{identity:08x}" if identity else stem
