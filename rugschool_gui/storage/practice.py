"""A practice database on a PostgreSQL server (issue #21): the engine, and what only a server has.

A practice (a team of clinicians) keeps its workbooks on one PostgreSQL server, 15 or newer,
reached through SQLAlchemy with psycopg 3 (``pip install rugschool-werkboek[practice]``). The URL
is libpq's own (``postgresql://host/dbname``, ``postgresql:///dbname?service=practice``); the app
never stores a password: libpq finds it in ``~/.pgpass`` or a service file (``~/.pg_service.conf``),
and TLS is asked for in the URL or the service file (``sslmode=verify-full`` with ``sslrootcert``).

* Transactions are ``REPEATABLE READ``: when two clinicians change the same row at the same time,
  the second write fails with :class:`~rugschool_gui.storage.errors.Conflict` (PostgreSQL's
  "could not serialize access due to concurrent update") instead of overwriting the first.
* Migration 0011 (``practice``) gives every workbook an owner, a table of colleagues it is shared
  with, row-level security on every table with a ``workbook_id``, and an audit log written by
  triggers. A trigger sees writes only; reading a workbook is logged by :func:`log_read`, which the
  app calls when it opens a workbook (a ``SECURITY DEFINER`` function: a clinician can add a line
  to the log through it, never write the log directly).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from .url import SERVER_SCHEMES

if TYPE_CHECKING:
    from .db import Database

#: seconds libpq waits for a server before it gives up (the app stays usable meanwhile)
CONNECT_TIMEOUT_S = 5
MINIMUM_SERVER_VERSION = 150000  # PostgreSQL 15


def engine_url(url: str) -> str:
    """SQLAlchemy's URL for a libpq URL: the psycopg 3 driver named explicitly."""
    scheme, sep, rest = url.partition("://")
    if scheme.split("+", 1)[0] not in SERVER_SCHEMES:
        raise ValueError(f"not a PostgreSQL URL: {scheme}")
    return f"postgresql+psycopg{sep}{rest}"


def make_engine(url: str, read_only: bool = False) -> Engine:
    """An engine on the server; every connection says who it is (``application_name``)."""
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S,
                                       "application_name": "rugschool"}
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    try:
        import psycopg  # noqa: F401  (the optional extra "practice")
    except ImportError as exc:
        from .errors import Unavailable

        raise Unavailable("psycopg 3 is not installed: pip install 'rugschool-werkboek[practice]'") from exc
    return create_engine(engine_url(url), future=True, hide_parameters=True,
                         isolation_level="REPEATABLE READ", pool_pre_ping=True,
                         connect_args=connect_args)


def has_practice_schema(db: Database) -> bool:
    """Whether migration 0011's functions are there (an older schema has none yet)."""
    with db.transaction() as session:
        return bool(session.execute(
            text("SELECT to_regprocedure('rugschool_log_read(character varying)') IS NOT NULL")).scalar())


def log_read(db: Database, workbook_id: str) -> None:
    """Write "read" for this workbook and the current clinician into the audit log. The app calls
    it when a workbook is opened; a no-op on SQLite (one person's own file has no access log)."""
    if db.dialect != "postgresql":
        return
    with db.transaction() as session:
        session.execute(text("SELECT rugschool_log_read(:w)"), {"w": workbook_id})


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    who: str
    action: str  # "read", "insert", "update", "delete"
    table: str


def audit_log(db: Database, workbook_id: str, limit: int = 200) -> list[AuditLine]:
    """The newest lines of a workbook's audit log (only its owner may read them: a policy)."""
    with db.transaction() as session:
        rows = session.execute(text(
            "SELECT at, who, action, table_name FROM audit_log WHERE workbook_id = :w "
            "ORDER BY at DESC, id DESC LIMIT :n"), {"w": workbook_id, "n": limit}).all()
    return [AuditLine(at, who, action, table) for at, who, action, table in rows]


def share_workbook(db: Database, workbook_id: str, colleague: str) -> None:
    """Let ``colleague`` (a PostgreSQL role) see and change the workbook; only its owner may."""
    with db.transaction() as session:
        session.execute(text(
            "INSERT INTO workbook_share (workbook_id, grantee) VALUES (:w, :g) "
            "ON CONFLICT DO NOTHING"), {"w": workbook_id, "g": colleague})


def unshare_workbook(db: Database, workbook_id: str, colleague: str) -> None:
    with db.transaction() as session:
        session.execute(text("DELETE FROM workbook_share WHERE workbook_id = :w AND grantee = :g"),
                        {"w": workbook_id, "g": colleague})


def shared_with(db: Database, workbook_id: str) -> list[str]:
    with db.transaction() as session:
        return list(session.scalars(text(
            "SELECT grantee FROM workbook_share WHERE workbook_id = :w ORDER BY grantee"),
            {"w": workbook_id}))


def server_version(db: Database) -> int:
    """``server_version_num`` (150000 for 15.0)."""
    with db.transaction() as session:
        return int(session.execute(text("SHOW server_version_num")).scalar_one())
