"""Operation tests run without Qt: a migrated database, a workbook, and a BEGIN counter."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event


class Begins:
    """Counts the transactions a block of code opens on a database."""

    def __init__(self) -> None:
        self.count = 0


@contextmanager
def counting_begins(db) -> Iterator[Begins]:
    begins = Begins()

    def seen(_conn) -> None:
        begins.count += 1

    event.listen(db.engine, "begin", seen)
    try:
        yield begins
    finally:
        event.remove(db.engine, "begin", seen)


@pytest.fixture
def db(store):
    """The migrated :class:`~rugschool_gui.storage.db.Database` of the test."""
    return store


@pytest.fixture
def begins():
    """``with begins(db) as b: ...; assert b.count == 1``"""
    return counting_begins


@pytest.fixture
def workbook(make_workbook):
    return make_workbook("Anna")
