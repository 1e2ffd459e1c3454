"""Migrations: from an empty database, from a fixture of every released schema, and HEAD in step."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from rugschool_gui.storage.db import Store
from rugschool_gui.storage.errors import StorageError, TooNew
from rugschool_gui.storage.migrate import (
    HEAD_REVISION,
    known_revisions,
    stored_revision,
    upgrade_if_needed,
)
from rugschool_gui.storage.probe import inspect_database
from rugschool_gui.storage.url import as_url

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_head_constant_matches_newest_migration():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from rugschool_gui.storage.migrate import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION
    assert HEAD_REVISION in known_revisions()


def test_upgrade_from_nothing(tmp_path):
    url = as_url(tmp_path / "new.sqlite3")
    assert upgrade_if_needed(url) is True
    assert stored_revision(url) == HEAD_REVISION
    assert inspect_database(url) == "ours"
    assert upgrade_if_needed(url) is False  # nothing to do the second time


def test_models_match_migrations(tmp_path):
    """Autogenerate finds no difference between the tables in code and the migrated schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from rugschool_gui.storage.schema import metadata

    path = tmp_path / "m.sqlite3"
    upgrade_if_needed(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    # expression indexes (name COLLATE NOCASE) are not compared by autogenerate
    diff = [d for d in diff if not (isinstance(d, tuple) and d[0] in {"add_index", "remove_index"})]
    # the change counter lives in SQLite alone, kept by triggers (storage/data_change.py), no model
    diff = [d for d in diff if not (isinstance(d, tuple) and d[0] == "remove_table" and d[1].name == "data_change")]
    assert diff == []


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_upgrade_from_released_schema_keeps_data(fixture, tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixture, path)
    con = sqlite3.connect(path)
    before = con.execute("SELECT id, name FROM workbook ORDER BY id").fetchall()
    con.close()
    backups = tmp_path / "backups"
    migrated = upgrade_if_needed(path, backups)
    assert stored_revision(path) == HEAD_REVISION
    # a backup is taken before every migration that actually runs
    assert len(list(backups.glob("*.sqlite3"))) == (1 if migrated else 0)
    store = Store(path)
    with store.engine.connect() as conn:
        after = conn.exec_driver_sql("SELECT id, name FROM workbook ORDER BY id").fetchall()
    assert [tuple(r) for r in after] == before
    assert store.integrity_check() == "ok"
    with store.engine.connect() as conn:
        for table, count in _child_rows(fixture).items():
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == count, table
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def _child_rows(fixture: Path) -> dict[str, int]:
    con = sqlite3.connect(fixture)
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'alembic%' "
        "AND name NOT LIKE 'sqlite%'")]
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    con.close()
    return counts


def test_fixture_of_first_schema_exists():
    assert (FIXTURES / "schema_0001.sqlite3").exists()


def test_database_from_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    upgrade_if_needed(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(TooNew) as refused:
        upgrade_if_needed(as_url(path), tmp_path / "b")
    assert isinstance(refused.value, StorageError)  # one of the typed storage errors the UI words
    assert path.read_bytes() == before


def test_0009_keeps_every_row_in_use_and_lets_a_tombstone_share_its_day(tmp_path):
    """Issue #17: the per-day rows get tombstones, "one per day" holds among the rows in use, and a
    step's clocks start at its last change."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0008.sqlite3", path)
    upgrade_if_needed(path, tmp_path / "backups")
    con = sqlite3.connect(path)
    for table in ("stress_checkin", "stress_signal", "reflection_answer", "score_reflection", "outlet",
                  "pacing_dismissed_flag", "activity_measurement", "activity_schedule"):
        total, live = con.execute(f"SELECT count(*), count(*) FILTER (WHERE deleted_at IS NULL) FROM {table}").fetchone()
        assert total == live > 0, table
    assert con.execute("SELECT count(*) FROM fear_item WHERE placed_at = updated_at AND edited_at = updated_at"
                       ).fetchone()[0] == con.execute("SELECT count(*) FROM fear_item").fetchone()[0] == 2
    workbook, day = con.execute("SELECT workbook_id, day FROM stress_checkin").fetchone()
    con.execute("UPDATE stress_checkin SET deleted_at = '2026-03-03 10:00:00.000000'")
    con.execute("INSERT INTO stress_checkin (id, workbook_id, day, created_at, updated_at) VALUES "
                "('33333333-0000-4000-8000-0000000000ff', ?, ?, '2026-03-03 10:00:00', '2026-03-03 10:00:00')",
                (workbook, day))  # the same day again, beside its tombstone
    with pytest.raises(sqlite3.IntegrityError):  # but never two in use
        con.execute("INSERT INTO stress_checkin (id, workbook_id, day, created_at, updated_at) VALUES "
                    "('33333333-0000-4000-8000-0000000000fe', ?, ?, '2026-03-03 10:00:00', '2026-03-03 10:00:00')",
                    (workbook, day))
    con.close()
