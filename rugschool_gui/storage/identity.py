"""Each database file carries an identity of its own, so its backups are its own.

The identity is a random number in SQLite's ``user_version`` header field (bytes 60–63 of the
file): it travels into every backup copy (the online backup copies the header), can be read from
the first 100 bytes even when the rest of a file is damaged, and needs no table. Backups are named
``<stem>-<identity>-<when>-<why>.sqlite3``; two databases called ``werkboek.sqlite3`` in different
folders, or ``werkboek`` beside ``werkboek-2``, never see, restore or rotate each other's copies.

The functions take a :class:`~rugschool_gui.storage.db.Database` or its URL — or, for
:func:`read_identity`, a backup copy's file, since a copy is a file and not an open database.
They read and write the SQLite header directly, without an engine: the header can be read even
when the rest of the file is damaged.
"""

from __future__ import annotations

import os
import sqlite3
from random import SystemRandom

from .url import DatabaseRef, file_of

_HEADER = b"SQLite format 3\x00"


def read_identity(ref: DatabaseRef | os.PathLike[str]) -> int:
    """The identity in the header of a database (or of a backup copy's file); 0 when it has none
    or the file is not a database."""
    path = file_of(ref)
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError:
        return 0
    if len(header) < 64 or not header.startswith(_HEADER) or header[21:24] != b"\x40\x20\x20":
        return 0  # not a database, or a header too damaged to trust (bytes 21–23 are fixed)
    return int.from_bytes(header[60:64], "big", signed=True) & 0x7FFFFFFF


def ensure_identity(ref: DatabaseRef) -> int:
    """Give the database an identity if it has none yet (a new one, or one from before identities)."""
    path = file_of(ref)
    current = read_identity(path)
    if current:
        return current
    identity = SystemRandom().randrange(1, 0x7FFFFFFF)  # the OS's randomness (as ``secrets``), 1 … 2³¹−2
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA user_version={identity}")
        con.commit()
    finally:
        con.close()
    return identity


def backup_key(ref: DatabaseRef | os.PathLike[str]) -> str:
    """What the names of the database's backups start with."""
    path = file_of(ref)
    identity = read_identity(path)
    stem = path.stem
    return f"{stem}-{identity:08x}" if identity else stem
