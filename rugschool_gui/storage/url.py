"""Where a workbook database is: its URL, and what the URL means — with the standard library only.

A database is named by a URL (``sqlite:///path`` by default). This module turns a URL into what
storage needs before any engine exists (the SQLite file behind it) and into what a person is
shown (:func:`label_of`). It imports neither SQLAlchemy nor Qt, so start-up can use it before
the first paint; :class:`~rugschool_gui.storage.db.Database` is built on it.

Functions here take a :data:`DatabaseRef`: an open ``Database`` or its URL. A plain string
without ``://`` (or a ``Path``) is read as the file of a SQLite database, the same way
``Database()`` reads it, so scripts and tests that still hold a file keep working.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol, TypeAlias

SQLITE_PREFIX = "sqlite:///"
#: URL schemes of a practice database on a PostgreSQL server (``postgresql+psycopg`` too)
SERVER_SCHEMES = ("postgresql", "postgres")


class HasUrl(Protocol):
    """Anything that knows its database URL (a :class:`~rugschool_gui.storage.db.Database`)."""

    @property
    def url(self) -> str: ...


#: a Database, or its URL (see the module docstring for plain paths)
DatabaseRef: TypeAlias = "str | HasUrl"


class NotAFile(ValueError):
    """A database that is not a file (a server): there is no file to look at, copy or lock."""


def as_url(url_or_path: str | os.PathLike[str]) -> str:
    """``sqlite:///…`` for a path; a URL as it is."""
    text = os.fspath(url_or_path)
    if "://" in text:
        return text
    return f"{SQLITE_PREFIX}{Path(text)}"


def url_of(ref: DatabaseRef | os.PathLike[str]) -> str:
    """The URL of a Database, of a URL, or of a SQLite file."""
    if isinstance(ref, str | os.PathLike):
        return as_url(ref)
    return ref.url


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL, else None."""
    if not url.startswith(SQLITE_PREFIX):
        return None
    return Path(url[len(SQLITE_PREFIX):])


def is_server(ref: DatabaseRef | os.PathLike[str]) -> bool:
    """Whether the database is on a PostgreSQL server (``postgresql://…``), not in a file."""
    return url_of(ref).split(":", 1)[0].split("+", 1)[0] in SERVER_SCHEMES


def file_of(ref: DatabaseRef | os.PathLike[str]) -> Path:
    """The SQLite file of ``ref``; :class:`NotAFile` for a database on a server."""
    url = url_of(ref)
    path = sqlite_path(url)
    if path is None:
        raise NotAFile(url.split(":", 1)[0])
    return path


def label_of(ref: DatabaseRef | os.PathLike[str]) -> str:
    """What to show a person: the file of a SQLite database; a server's URL without a password."""
    url = url_of(ref)
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    scheme, _, rest = url.partition("://")
    rest, _, query = rest.partition("?")
    if "@" in rest:
        credentials, _, host = rest.rpartition("@")
        rest = f"{credentials.split(':', 1)[0]}@{host}"
    kept = [p for p in query.split("&") if p and not p.lower().startswith("password=")]
    return f"{scheme}://{rest}" + (f"?{'&'.join(kept)}" if kept else "")


def stable_name(ref: DatabaseRef | os.PathLike[str]) -> str:
    """The same text for the same database however it was named (a relative path, a symlinked
    folder): the resolved file of a SQLite database, else the URL without a password. Settings
    remembered per database are keyed on it."""
    url = url_of(ref)
    path = sqlite_path(url)
    return str(path.resolve()) if path is not None else label_of(url)
