"""The same Alembic migrations on PostgreSQL: from nothing, from every released schema's data
(the SQLite fixtures, copied into a server at that revision), down and up again, and the models
in step with what they create."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from rugschool_gui.storage.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    stored_revision,
    upgrade_if_needed,
)

from .conftest import drop_database, fresh_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def empty_url(pg_server):
    name = fresh_database(pg_server)
    yield pg_server.url(name)
    drop_database(pg_server, name)


def _alembic(url: str, command_name: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    from rugschool_gui.storage.practice import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        getattr(command, command_name)(cfg, revision)
    engine.dispose()


def test_upgrade_from_nothing_on_postgresql(empty_url):
    assert stored_revision(empty_url) is None
    assert upgrade_if_needed(empty_url) is True
    assert stored_revision(empty_url) == HEAD_REVISION
    assert upgrade_if_needed(empty_url) is False


def _copy_rows(fixture: Path, url: str) -> dict[str, int]:
    """Every row of the SQLite fixture into the server's tables of the same revision."""
    from rugschool_gui.storage.practice import make_engine

    con = sqlite3.connect(fixture)
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'alembic%' "
        "AND name NOT LIKE 'sqlite%'")]
    engine = make_engine(url)
    meta = sa.MetaData()
    meta.reflect(engine)
    counts = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:  # parents first
            if table.name not in names:
                continue
            cursor = con.execute(f"SELECT * FROM {table.name}")
            columns = [d[0] for d in cursor.description]
            rows = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
            for row in rows:
                for column in table.columns:
                    if isinstance(column.type, sa.Boolean) and row.get(column.name) is not None:
                        row[column.name] = bool(row[column.name])
            if rows:
                conn.execute(table.insert(), rows)
            counts[table.name] = len(rows)
    engine.dispose()
    con.close()
    return counts


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_upgrade_from_released_schema_keeps_data_on_postgresql(fixture, empty_url):
    revision = fixture.stem.split("_", 1)[1]
    _alembic(empty_url, "upgrade", revision)
    counts = _copy_rows(fixture, empty_url)
    assert sum(counts.values()) > 0
    assert upgrade_if_needed(empty_url) is True
    assert stored_revision(empty_url) == HEAD_REVISION
    engine = sa.create_engine(empty_url.replace("postgresql:", "postgresql+psycopg:"))
    with engine.connect() as conn:
        for table, count in counts.items():
            assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() == count, table
    engine.dispose()


def test_down_to_0010_and_up_again_on_postgresql(empty_url):
    upgrade_if_needed(empty_url)
    _alembic(empty_url, "downgrade", "0010")
    assert stored_revision(empty_url) == "0010"
    engine = sa.create_engine(empty_url.replace("postgresql:", "postgresql+psycopg:"))
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT to_regclass('audit_log')")).scalar() is None
        assert not conn.execute(sa.text(
            "SELECT bool_or(relrowsecurity) FROM pg_class WHERE relname = 'workbook'")).scalar()
    engine.dispose()
    assert upgrade_if_needed(empty_url) is True
    assert stored_revision(empty_url) == HEAD_REVISION


def test_models_match_migrations_on_postgresql(pg_url):
    """Autogenerate finds no difference between the tables in code and the migrated schema
    (beyond what migration 0011 adds on a server only: the owner, the share and the audit log)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rugschool_gui.storage.schema import metadata

    engine = sa.create_engine(pg_url.replace("postgresql:", "postgresql+psycopg:"))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()

    def server_only(d) -> bool:
        if isinstance(d, tuple) and d[0] in {"add_index", "remove_index"}:
            return True  # expression and partial indexes are not compared by autogenerate
        if isinstance(d, tuple) and d[0] == "remove_table":
            return d[1].name in {"audit_log", "workbook_share"}
        if isinstance(d, tuple) and d[0] == "remove_column":
            return (d[2], d[3].name) in {("workbook", "owner"), ("consultation_private_note", "author")}
        if isinstance(d, tuple) and d[0] in {"remove_constraint", "add_constraint"}:
            # migration 0012: one private note per consultation *and author* on a server
            return d[1].table.name == "consultation_private_note"
        return False

    assert [d for d in diff if not server_only(d)] == []


def test_one_per_day_holds_among_rows_in_use_and_a_tombstone_shares_its_day(store, workbook):
    """0009's partial unique indexes exist on PostgreSQL too (``postgresql_where``)."""
    from sqlalchemy.exc import IntegrityError

    insert = sa.text("INSERT INTO stress_checkin (id, workbook_id, day, created_at, updated_at, deleted_at) "
                     "VALUES (:id, :w, '2026-03-03', now(), now(), :gone)")
    with store.engine.begin() as conn:
        conn.execute(insert, {"id": "a", "w": workbook.id, "gone": "2026-03-03 10:00"})
        conn.execute(insert, {"id": "b", "w": workbook.id, "gone": None})
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(insert, {"id": "c", "w": workbook.id, "gone": None})
