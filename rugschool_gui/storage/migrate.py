"""Bring a database to the current schema at start-up, with a backup first.

Reading the stored revision costs one cheap query; Alembic itself (≈0.5 s to import)
is loaded only when that revision differs from :data:`HEAD_REVISION`.

The functions take the database's **URL** (a :class:`~rugschool_gui.storage.db.Database` is
accepted too; its URL is used): a migration runs before the app's engine is opened, on an engine
of its own with foreign keys off (the app's engine turns them on for every connection).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from .errors import TooNew
from .files import touch_private
from .probe import APPLICATION_ID
from .url import DatabaseRef, file_of, is_server, url_of

#: The newest migration in ``storage/migrations/versions`` (a test keeps the two in step).
HEAD_REVISION = "0016"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")



def stored_revision(ref: DatabaseRef) -> str | None:
    """The schema revision the database is at; None for a new or unmigrated one."""
    if is_server(ref):
        return _server_revision(url_of(ref))
    return _revision(file_of(ref))


def _server_revision(url: str) -> str | None:
    from sqlalchemy import text

    from .errors import classify
    from .practice import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return str(row[0]) if row else None
    except Exception as exc:  # a server that cannot be reached: a typed error
        typed = classify(exc)
        if typed is None or typed is exc:
            raise
        raise typed from exc
    finally:
        engine.dispose()


def _revision(path: Path) -> str | None:
    con = sqlite3.connect(str(path))
    try:
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
        return str(row[0]) if row else None
    finally:
        con.close()


def known_revisions() -> set[str]:
    return {p.stem.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py")}


def upgrade_if_needed(ref: DatabaseRef, backup_dir: Path | None = None) -> bool:
    """Upgrade the database to :data:`HEAD_REVISION`; returns True when a migration ran.

    Raises :class:`~rugschool_gui.storage.errors.TooNew` for a database of a newer version of
    the app (nothing is changed). An existing database is backed up to ``backup_dir`` first.
    Foreign keys are off while the migration runs (batch mode recreates tables, and a DROP
    TABLE would otherwise cascade) and checked with ``foreign_key_check`` afterwards.

    A practice database on a server is migrated in one transaction (PostgreSQL's DDL is
    transactional: a failed migration leaves it as it was); its backups are the server's own
    (``pg_dump``), so ``backup_dir`` is not used for it.
    """
    if is_server(ref):
        return _upgrade_server(url_of(ref))
    path = file_of(ref)
    if not path.exists():
        touch_private(path)
    current = _revision(path)
    if current == HEAD_REVISION:
        _give_identity(ref)
        return False
    if current is not None and current not in known_revisions():
        raise TooNew(current)
    if current is not None and backup_dir is not None:
        from .backup import make_backup

        make_backup(ref, backup_dir, reason=f"before-migration-{current}")
    _run_alembic(path)
    _give_identity(ref)
    return True


def _upgrade_server(url: str) -> bool:
    current = _server_revision(url)
    if current == HEAD_REVISION:
        return False
    if current is not None and current not in known_revisions():
        raise TooNew(current)
    from alembic import command
    from alembic.config import Config

    from .errors import classify
    from .practice import make_engine

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:  # no permission to create tables: a typed error
        typed = classify(exc)
        if typed is None or typed is exc:
            raise
        raise typed from exc
    finally:
        engine.dispose()
    return True


def _give_identity(ref: DatabaseRef) -> None:
    """Every database gets its own identity (``storage.identity``): its backups are its own."""
    from .identity import ensure_identity

    with contextlib.suppress(sqlite3.Error, OSError):  # a read-only file: its backups keep
        ensure_identity(ref)  # the older naming


def _run_alembic(path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            conn.commit()
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.commit()
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key problems after migration: {len(problems)}")
    finally:
        engine.dispose()

