"""Shared fixtures: offscreen Qt, a private data folder per test, a migrated store, a frozen clock."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# never touch the developer's real data folder, even from a test that forgets a fixture
os.environ["RUGSCHOOL_HOME"] = tempfile.mkdtemp(prefix="rugschool-tests-")

import pytest


@pytest.fixture(autouse=True, scope="session")
def programming_errors_fail_their_test():
    """``PageContext.save``/``load`` re-raise a mistake in the program instead of showing a
    kind message, so a bug fails its test rather than a dialog nobody reads."""
    try:
        from rugschool_gui.ui.context import PageContext
    except ImportError:  # pragma: no cover - the domain tests run without Qt too
        yield
        return
    PageContext.strict = True
    yield
    PageContext.strict = False


@pytest.fixture(autouse=True)
def today_as_the_test_starts(request):
    """A test file that says ``TODAY_FROM_THE_CLOCK = True`` gets its ``TODAY`` read again as each
    test starts: the app reads the date when it runs, and a run that crosses midnight would
    otherwise compare the day the file was collected with the day the page was made."""
    module = request.module
    if getattr(module, "TODAY_FROM_THE_CLOCK", False):
        module.TODAY = date.today()


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("RUGSCHOOL_HOME", str(home))
    monkeypatch.delenv("RUGSCHOOL_DATABASE", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "werkboek.sqlite3"


@pytest.fixture
def store(db_path):
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed

    upgrade_if_needed(db_path)
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def make_workbook(store):
    from rugschool_gui.storage.workbooks import create_workbook

    counter = iter(range(1, 10_000))

    def factory(name: str | None = None):
        return create_workbook(store, name or f"Werkboek {next(counter)}")

    return factory


@pytest.fixture
def frozen_now():
    """A fixed moment (a Tuesday) for rules that depend on the date."""
    return datetime(2026, 11, 24, 10, 30, tzinfo=UTC)


@pytest.fixture
def startup(qapp, data_home, db_path, monkeypatch):
    """The real start-up sequence on a temporary database, up to a built window (not shown)."""
    from rugschool_gui.cli import parse_args
    from rugschool_gui.ui.startup import Startup

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda *_a, **_k: True)
    made = []

    from PySide6.QtCore import QCoreApplication

    def factory(*extra: str) -> Startup:
        s = Startup(qapp, parse_args(["--database", str(db_path), *extra]))
        assert s.prepare()
        s.after_first_paint()  # what the real start does once the window is on screen
        s.background.wait()  # the file check and daily backup run in a thread: let them finish
        QCoreApplication.processEvents()  # and deliver their results on the GUI thread
        made.append(s)
        return s

    yield factory
    from PySide6.QtCore import QEvent

    for s in made:
        s.window.close()
        s.shutdown()
        s.translations.apply("nl")
        # really delete the window now, while the application lives: a window left to the
        # garbage collector at interpreter exit can crash PySide6's finalisation
        s.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    made.clear()
