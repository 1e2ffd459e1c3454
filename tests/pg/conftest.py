"""A real PostgreSQL server for the practice-database tests (issue #21): one per test session.

``tools/pg-test-server`` starts a throw-away cluster in a temporary folder. Without PostgreSQL's
programs (or psycopg) on this machine the tests here are skipped — except in CI
(``CI_REQUIRE_PG=1``, set by ``.ci/run``), where a missing server fails them.

A template database is migrated once; the tests share one copy of it, emptied
before each test, and a test that needs a database of its own makes one with
:func:`fresh_database`. ``store``/``db``/``workbook`` are the same fixtures the SQLite
tests use, on that copy, so a test module of tests/storage or tests/operations can be run here.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.operations.conftest import counting_begins

TOOL = Path(__file__).resolve().parents[2] / "tools" / "pg-test-server"
TEMPLATE = "rugschool_template"
_numbers = itertools.count(1)


def _load_tool() -> Any:
    loader = importlib.machinery.SourceFileLoader("pg_test_server", str(TOOL))
    spec = importlib.util.spec_from_loader("pg_test_server", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["pg_test_server"] = module  # its dataclass looks itself up there
    loader.exec_module(module)
    return module


def _missing(reason: str) -> None:
    if os.environ.get("CI_REQUIRE_PG") == "1":
        pytest.fail(f"CI_REQUIRE_PG=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """The running server (``.url(dbname)``, ``.tcp_url(dbname, user)``)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing("psycopg is not installed (pip install -e '.[practice]')")
    tool = _load_tool()
    if tool.bindir() is None:
        _missing("PostgreSQL's server programs are not installed (apt-get install postgresql)")
    server = tool.start()
    yield server
    server.stop()


def admin(server: Any, dbname: str = "postgres") -> Any:
    """A plain psycopg connection as the cluster's superuser, in autocommit."""
    import psycopg

    return psycopg.connect(server.url(dbname), autocommit=True)


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """A database migrated to the newest schema, copied for every test."""
    from rugschool_gui.storage.migrate import upgrade_if_needed

    with admin(pg_server) as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    upgrade_if_needed(pg_server.url(TEMPLATE))
    return TEMPLATE


def fresh_database(server: Any, template: str = "template0") -> str:
    name = f"t{os.getpid()}_{next(_numbers)}"
    with admin(server) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    return name


def drop_database(server: Any, name: str) -> None:
    with admin(server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_shared(pg_server, pg_template) -> Iterator[str]:
    """One migrated database the tests take turns on (emptied before each)."""
    name = fresh_database(pg_server, pg_template)
    with admin(pg_server, name) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> 'alembic_version'")]
    yield name, tables
    drop_database(pg_server, name)


@pytest.fixture
def pg_url(pg_server, pg_shared) -> str:
    """The URL of a migrated database with no rows in it (as the superuser); emptying one is
    quicker than copying the template for every test."""
    name, tables = pg_shared
    with admin(pg_server, name) as conn:
        conn.execute("DELETE FROM workbook")  # every other row hangs from one (ON DELETE CASCADE)
        conn.execute("DELETE FROM audit_log")
        leftover = conn.execute(f"SELECT {' + '.join(f'(SELECT count(*) FROM {t})' for t in tables)}").fetchone()[0]
        assert leftover == 0, "a table holds rows that belong to no workbook"
    return pg_server.url(name)


@pytest.fixture
def store(pg_url):
    from rugschool_gui.storage.db import Database

    database = Database(pg_url)
    yield database
    database.close()


@pytest.fixture
def db(store):
    return store


@pytest.fixture
def begins():
    return counting_begins


@pytest.fixture
def make_workbook(store):
    from rugschool_gui.storage.workbooks import create_workbook

    counter = iter(range(1, 10_000))

    def factory(name: str | None = None):
        return create_workbook(store, name or f"Werkboek {next(counter)}")

    return factory


@pytest.fixture
def workbook(make_workbook):
    return make_workbook("Anna")
