"""A consultation's private note stays its author's on a practice database (issue #25, migration
0012): a colleague the workbook is shared with sees the consultation, never the note — proven
with plain SQL as that colleague, and through the app."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

import pytest

from rugschool_gui.domain.consultations import Consultation
from rugschool_gui.storage import consultations as repo
from rugschool_gui.storage import practice
from rugschool_gui.storage.workbooks import create_workbook

from .conftest import admin
from .test_practice_security import _sql, as_clinician, clinician_roles  # noqa: F401 (fixtures)

psycopg = __import__("psycopg") if os.environ.get("CI_REQUIRE_PG") == "1" else pytest.importorskip("psycopg")

SECRET = "Vermoeden van een burn-out; nog niet met de patiënt besproken."


@pytest.fixture
def shared_consultation(as_clinician):  # noqa: F811
    anna = as_clinician("anna")
    book = create_workbook(anna, "Patiënt P")
    held = repo.save_consultation(anna, book.id, Consultation(
        None, date(2026, 11, 2), notes="Samen de hiërarchie bekeken.", private_note=SECRET))
    practice.share_workbook(anna, book.id, "bram")
    return anna, book, held


def test_the_colleague_sees_the_consultation_but_not_the_private_note_with_plain_sql(
        pg_server, as_clinician, shared_consultation):  # noqa: F811
    _anna, book, held = shared_consultation
    with _sql(pg_server, as_clinician.dbname, "bram") as bram:
        assert bram.execute("SELECT notes FROM consultation WHERE id = %s", (held.id,)).fetchall() == [
            ("Samen de hiërarchie bekeken.",)]
        assert bram.execute("SELECT count(*) FROM consultation_private_note").fetchone() == (0,)
        assert bram.execute("UPDATE consultation_private_note SET text = 'weg'").rowcount == 0
        assert bram.execute("DELETE FROM consultation_private_note").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor writes one in anna's name
            bram.execute("INSERT INTO consultation_private_note (id, workbook_id, consultation_id, text, "
                         "author, created_at, updated_at) VALUES ('x', %s, %s, 'stiekem', 'anna', now(), now())",
                         (book.id, held.id))
    with _sql(pg_server, as_clinician.dbname, "anna") as anna_sql:
        assert anna_sql.execute("SELECT text, author FROM consultation_private_note").fetchall() == [(SECRET, "anna")]


def test_through_the_app_each_therapist_keeps_a_note_of_their_own(
        pg_server, as_clinician, shared_consultation):  # noqa: F811
    anna, book, held = shared_consultation
    bram = as_clinician("bram")
    [seen] = repo.list_consultations(bram, book.id)
    assert (seen.notes, seen.private_note) == ("Samen de hiërarchie bekeken.", "")
    repo.save_consultation(bram, book.id, replace(seen, evaluation="Goed gegaan.", private_note="Mijn eigen notitie."))
    [mine] = repo.list_consultations(anna, book.id)
    assert (mine.evaluation, mine.private_note) == ("Goed gegaan.", SECRET)
    assert repo.list_consultations(bram, book.id)[0].private_note == "Mijn eigen notitie."
    with admin(pg_server, as_clinician.dbname) as conn:
        assert sorted(conn.execute("SELECT author FROM consultation_private_note WHERE consultation_id = %s",
                                   (held.id,)).fetchall()) == [("anna",), ("bram",)]
