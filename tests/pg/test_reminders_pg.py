"""A "Vandaag niet" kept in a practice database (issue #20, migration 0014): the new table is
protected like every workbook table — another clinician neither sees nor writes its rows with
plain SQL, and the audit log records who wrote one."""

from __future__ import annotations

import os
from datetime import date

import pytest

from rugschool_gui.domain.reminders import CHECKIN, DeclinedReminder
from rugschool_gui.operations.reminders import keep_declined
from rugschool_gui.storage import practice
from rugschool_gui.storage.db import Database
from rugschool_gui.storage.reminders import list_declined
from rugschool_gui.storage.workbooks import create_workbook

from .conftest import admin

psycopg = __import__("psycopg") if os.environ.get("CI_REQUIRE_PG") == "1" else pytest.importorskip("psycopg")


@pytest.fixture
def two_clinicians(pg_server, pg_url):
    with admin(pg_server) as conn:
        for name in ("anna", "bram"):
            conn.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
                         f"THEN CREATE ROLE {name} LOGIN IN ROLE rugschool_clinician; END IF; END $$")
    dbname = pg_url.split("?")[0].rsplit("/", 1)[1]
    anna = Database(pg_server.url(dbname, user="anna"))
    yield anna, dbname
    anna.close()


def test_declined_reminders_are_protected_and_audited(pg_server, two_clinicians):
    anna, dbname = two_clinicians
    book = create_workbook(anna, "Patiënt A")
    keep_declined(anna, book.id, DeclinedReminder(None, date(2026, 11, 30), CHECKIN, "inside", "te moe"))
    assert [d.words for d in list_declined(anna, book.id)] == ["te moe"]
    with psycopg.connect(pg_server.url(dbname, user="bram"), autocommit=True) as bram:
        assert bram.execute("SELECT count(*) FROM declined_reminder").fetchone() == (0,)
        assert bram.execute("UPDATE declined_reminder SET words = 'weg'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bram.execute("INSERT INTO declined_reminder (id, workbook_id, day, kind, barrier, words, created_at, "
                         "updated_at) VALUES ('x', %s, '2026-11-30', 'checkin', 'inside', 'stiekem', now(), now())",
                         (book.id,))
    with admin(pg_server, dbname) as conn:
        assert conn.execute("SELECT words FROM declined_reminder").fetchall() == [("te moe",)]
    seen = {(line.who, line.action, line.table) for line in practice.audit_log(anna, book.id)}
    assert ("anna", "insert", "declined_reminder") in seen
