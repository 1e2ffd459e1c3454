"""Several clinicians on one practice database: row-level security and the audit log, proven by
connecting as a second clinician with plain SQL (issue #21)."""

from __future__ import annotations

import os

import pytest

from rugschool_gui.storage import errors, exposure, practice
from rugschool_gui.storage.db import Database
from rugschool_gui.storage.workbooks import create_workbook, list_workbooks

from .conftest import admin

# without psycopg these tests are skipped, except in CI (CI_REQUIRE_PG=1) where that is a failure
psycopg = __import__("psycopg") if os.environ.get("CI_REQUIRE_PG") == "1" else pytest.importorskip("psycopg")

CLINICIANS = ("anna", "bram", "chris")


@pytest.fixture(scope="session")
def clinician_roles(pg_server, pg_template):
    """Three clinicians' logins, members of the group role migration 0011 made."""
    with admin(pg_server) as conn:
        for name in CLINICIANS:
            conn.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
                         f"THEN CREATE ROLE {name} LOGIN IN ROLE rugschool_clinician; END IF; END $$")
    return CLINICIANS


@pytest.fixture
def as_clinician(pg_server, pg_url, clinician_roles):
    """``as_clinician("anna")``: the app's Database, logged in as that clinician."""
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    opened: list[Database] = []

    def open_as(name: str) -> Database:
        opened.append(Database(pg_server.url(dbname, user=name)))
        return opened[-1]

    open_as.dbname = dbname  # type: ignore[attr-defined]
    yield open_as
    for database in opened:
        database.close()


def _sql(pg_server, dbname: str, user: str) -> psycopg.Connection:
    return psycopg.connect(pg_server.url(dbname, user=user), autocommit=True)


@pytest.fixture
def annas_workbook(as_clinician):
    anna = as_clinician("anna")
    book = create_workbook(anna, "Patiënt A")
    item = exposure.add_item(anna, book.id, "Bukken", 40)
    return anna, book, item


def test_a_workbook_belongs_to_the_clinician_who_made_it(pg_server, as_clinician, annas_workbook):
    _anna, book, _item = annas_workbook
    with admin(pg_server, as_clinician.dbname) as conn:
        assert conn.execute("SELECT owner FROM workbook WHERE id = %s", (book.id,)).fetchone() == ("anna",)


def test_another_clinician_can_neither_read_nor_change_it_with_plain_sql(pg_server, as_clinician,
                                                                          annas_workbook):
    _anna, book, item = annas_workbook
    with _sql(pg_server, as_clinician.dbname, "bram") as bram:
        assert bram.execute("SELECT count(*) FROM workbook").fetchone() == (0,)
        assert bram.execute("SELECT count(*) FROM fear_item").fetchone() == (0,)
        assert bram.execute("SELECT count(*) FROM fear_rating").fetchone() == (0,)  # a child table
        assert bram.execute("UPDATE fear_item SET label = 'weg' WHERE id = %s", (item.id,)).rowcount == 0
        assert bram.execute("DELETE FROM workbook WHERE id = %s", (book.id,)).rowcount == 0
        assert bram.execute("UPDATE workbook SET owner = 'bram'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no rows into someone else's
            bram.execute("INSERT INTO fear_item (id, workbook_id, rank, label, note, mastered, created_at, "
                         "updated_at, placed_at, edited_at) VALUES ('x', %s, 9, 'stiekem', '', false, "
                         "now(), now(), now(), now())", (book.id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor share it with oneself
            bram.execute("INSERT INTO workbook_share (workbook_id, grantee) VALUES (%s, 'bram')", (book.id,))
    with admin(pg_server, as_clinician.dbname) as conn:
        assert conn.execute("SELECT label FROM fear_item WHERE id = %s", (item.id,)).fetchone() == ("Bukken",)
        assert conn.execute("SELECT owner FROM workbook").fetchone() == ("anna",)


def test_through_the_app_another_clinician_sees_nothing_and_a_write_is_not_allowed(as_clinician,
                                                                                    annas_workbook):
    _anna, book, _item = annas_workbook
    bram = as_clinician("bram")
    assert list_workbooks(bram) == []
    with pytest.raises(errors.NotAllowed):
        exposure.add_item(bram, book.id, "Tillen", 50)


def test_a_shared_workbook_is_seen_and_changed_by_the_colleague_only_while_shared(
        pg_server, as_clinician, annas_workbook):
    anna, book, item = annas_workbook
    practice.share_workbook(anna, book.id, "bram")
    assert practice.shared_with(anna, book.id) == ["bram"]
    bram = as_clinician("bram")
    assert [w.name for w in list_workbooks(bram)] == ["Patiënt A"]
    exposure.update_item(bram, book.id, item.id, label="Bukken naar de vaatwasser")
    with _sql(pg_server, as_clinician.dbname, "bram") as sql:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a colleague never takes it over
            sql.execute("UPDATE workbook SET owner = 'bram' WHERE id = %s", (book.id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor passes it on
            sql.execute("INSERT INTO workbook_share (workbook_id, grantee) VALUES (%s, 'chris')", (book.id,))
    with _sql(pg_server, as_clinician.dbname, "chris") as chris:
        assert chris.execute("SELECT count(*) FROM fear_item").fetchone() == (0,)
    practice.unshare_workbook(anna, book.id, "bram")
    assert list_workbooks(bram) == []


def test_the_audit_log_records_who_read_and_changed_which_workbook(pg_server, as_clinician,
                                                                   annas_workbook):
    anna, book, item = annas_workbook
    practice.share_workbook(anna, book.id, "bram")
    bram = as_clinician("bram")
    practice.log_read(bram, book.id)
    exposure.update_item(bram, book.id, item.id, label="Anders")
    lines = practice.audit_log(anna, book.id)
    seen = {(line.who, line.action, line.table) for line in lines}
    assert ("anna", "insert", "workbook") in seen
    assert ("anna", "insert", "fear_item") in seen
    assert ("bram", "read", "workbook") in seen
    assert ("bram", "update", "fear_item") in seen
    assert practice.audit_log(bram, book.id) == []  # only the owner reads a workbook's log


def test_no_clinician_can_write_change_or_delete_the_audit_log(pg_server, as_clinician, annas_workbook):
    anna, book, _item = annas_workbook
    practice.log_read(anna, book.id)
    for who in ("anna", "bram"):
        with _sql(pg_server, as_clinician.dbname, who) as sql:
            for statement in ("INSERT INTO audit_log (action, table_name, workbook_id) VALUES ('read', 'x', 'y')",
                              "UPDATE audit_log SET who = 'niemand'", "DELETE FROM audit_log",
                              "TRUNCATE audit_log"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    sql.execute(statement)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor the trigger's function
                sql.execute("ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY")
    assert len(practice.audit_log(anna, book.id)) >= 3  # still all there


def test_reading_an_unshared_workbook_cannot_be_logged_into_the_open(as_clinician, annas_workbook):
    _anna, book, _item = annas_workbook
    with pytest.raises(errors.NotAllowed):
        practice.log_read(as_clinician("chris"), book.id)


def test_the_readme_set_up_an_owner_without_superuser_migrates_and_clinicians_work(pg_server,
                                                                                    clinician_roles):
    """README "Practice database": the owner (CREATEROLE, not a superuser) runs the migrations;
    a clinician's login then works in the app and sees only their own workbooks."""
    from rugschool_gui.storage.migrate import HEAD_REVISION, stored_revision, upgrade_if_needed

    from .conftest import drop_database

    with admin(pg_server) as conn:
        conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rugschool_admin') "
                     "THEN CREATE ROLE rugschool_admin LOGIN CREATEROLE; END IF; END $$")
        conn.execute("DROP DATABASE IF EXISTS readme_practice WITH (FORCE)")
        conn.execute("CREATE DATABASE readme_practice OWNER rugschool_admin")
    try:
        assert upgrade_if_needed(pg_server.url("readme_practice", user="rugschool_admin")) is True
        anna_url = pg_server.url("readme_practice", user="anna")
        assert stored_revision(anna_url) == HEAD_REVISION
        assert upgrade_if_needed(anna_url) is False  # a clinician's start: nothing to migrate
        anna, bram = Database(anna_url), Database(pg_server.url("readme_practice", user="bram"))
        book = create_workbook(anna, "Patiënt A")
        exposure.add_item(anna, book.id, "Bukken", 40)
        create_workbook(bram, "Patiënt B")
        assert [w.name for w in list_workbooks(anna)] == ["Patiënt A"]
        assert [w.name for w in list_workbooks(bram)] == ["Patiënt B"]
        practice.log_read(anna, book.id)
        assert {line.who for line in practice.audit_log(anna, book.id)} == {"anna"}
        anna.close()
        bram.close()
    finally:
        drop_database(pg_server, "readme_practice")


def test_two_clinicians_may_each_have_a_patient_of_the_same_name(as_clinician):
    from rugschool_gui.domain.errors import DomainError

    anna, bram = as_clinician("anna"), as_clinician("bram")
    create_workbook(anna, "Jan Peeters")
    create_workbook(bram, "Jan Peeters")  # nothing tells bram that anna has one too
    assert [w.name for w in list_workbooks(bram)] == ["Jan Peeters"]
    with pytest.raises(DomainError):  # still one per name for each clinician
        create_workbook(anna, "jan peeters")
