"""Opening a practice database on a real PostgreSQL server, and what happens when it cannot."""

from __future__ import annotations

import pytest

from rugschool_gui.storage import errors
from rugschool_gui.storage.db import Database
from rugschool_gui.storage.migrate import HEAD_REVISION, stored_revision
from rugschool_gui.storage.url import label_of
from rugschool_gui.storage.workbooks import create_workbook, list_workbooks

from .conftest import admin


def test_a_practice_database_opens_through_psycopg_3_and_is_migrated(store, pg_url):
    from rugschool_gui.storage.practice import MINIMUM_SERVER_VERSION, server_version

    assert store.dialect == "postgresql"
    assert store.engine.dialect.driver == "psycopg"
    assert server_version(store) >= MINIMUM_SERVER_VERSION
    assert stored_revision(pg_url) == HEAD_REVISION
    create_workbook(store, "Bram")
    assert [w.name for w in list_workbooks(store)] == ["Bram"]


def test_a_workbook_name_is_unique_whatever_its_case_on_the_server_too(store):
    from rugschool_gui.domain.errors import DomainError

    create_workbook(store, "Bram")
    with pytest.raises(DomainError):
        create_workbook(store, "BRAM")


def test_the_label_never_shows_a_password():
    assert label_of("postgresql://anna:geheim@praktijk/rug") == "postgresql://anna@praktijk/rug"
    assert "geheim" not in label_of("postgresql://praktijk/rug?password=geheim&sslmode=verify-full")
    assert label_of("postgresql://praktijk/rug?password=geheim&sslmode=verify-full").endswith(
        "?sslmode=verify-full")


def test_a_server_that_cannot_be_reached_is_a_typed_error_and_sqlite_still_opens(tmp_path):
    from rugschool_gui.storage.migrate import upgrade_if_needed

    nowhere = Database("postgresql://rugschool@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(errors.Unreachable) as caught, nowhere.transaction() as s:
        s.execute(__import__("sqlalchemy").text("SELECT 1"))
    assert caught.value.kind == "unreachable"
    nowhere.close()
    local = tmp_path / "werkboek.sqlite3"
    upgrade_if_needed(local)
    home = Database(local)
    create_workbook(home, "Thuis")
    assert [w.name for w in list_workbooks(home)] == ["Thuis"]
    home.close()


def test_a_wrong_password_and_a_missing_permission_are_not_allowed(pg_server, pg_url):
    from sqlalchemy import text

    with admin(pg_server) as conn:
        conn.execute("DROP ROLE IF EXISTS stranger")
        conn.execute("CREATE ROLE stranger LOGIN PASSWORD 'juist'")
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    wrong = Database(pg_server.tcp_url(dbname, "stranger").replace("stranger@", "stranger:fout@"))
    with pytest.raises(errors.NotAllowed), wrong.transaction() as s:
        s.execute(text("SELECT 1"))
    wrong.close()
    from rugschool_gui.storage.migrate import stored_revision as revision

    with pytest.raises(errors.NotAllowed):  # logged in, but no right on the workbook tables
        list_workbooks(Database(pg_server.tcp_url(dbname, "stranger").replace("stranger@", "stranger:juist@")))
    assert revision(pg_url) == HEAD_REVISION


def test_tls_with_verify_full_and_the_password_from_pgpass(pg_server, pg_url, tmp_path, monkeypatch):
    """``sslmode=verify-full``: the server's certificate must be signed by the CA named in the URL
    (or the service file) and carry the server's name; another CA is refused. The password is
    libpq's to find (a .pgpass file), never in the URL the app keeps."""
    from sqlalchemy import text

    if pg_server.ca_file is None:
        pytest.skip("openssl is not installed: the test server has no certificate")
    with admin(pg_server) as conn:
        conn.execute("DROP ROLE IF EXISTS tls_user")
        conn.execute("CREATE ROLE tls_user LOGIN SUPERUSER PASSWORD 'tls'")
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{dbname}:tls_user:tls\n")
    pgpass.chmod(0o600)  # libpq ignores a password file others can read
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    url = (f"postgresql://tls_user@127.0.0.1:{pg_server.port}/{dbname}"
           f"?sslmode=verify-full&sslrootcert={pg_server.ca_file}")
    secure = Database(url)
    with secure.transaction() as s:
        assert s.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
    secure.close()
    other_ca = tmp_path / "other.crt"
    __import__("subprocess").run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                                  "-subj", "/CN=other", "-keyout", str(tmp_path / "o.key"), "-out",
                                  str(other_ca)], check=True, capture_output=True)
    doubtful = Database(url.replace(str(pg_server.ca_file), str(other_ca)))
    with pytest.raises(errors.StorageError), doubtful.transaction() as s:
        s.execute(text("SELECT 1"))
    doubtful.close()
