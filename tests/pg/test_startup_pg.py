"""The window on a practice database: it opens on the server, logs the opened workbook, and when
the server cannot be used it says why and offers the workbook file on this computer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from rugschool_gui.cli import parse_args
from rugschool_gui.storage import practice
from rugschool_gui.storage.db import Database
from rugschool_gui.storage.workbooks import create_workbook
from tests.ui.conftest import modals  # noqa: F401  (a fixture)
from tests.ui.driving import click


@pytest.fixture
def started(qapp, data_home, monkeypatch):
    from rugschool_gui.ui.startup import Startup

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda *_a, **_k: True)
    made: list[Startup] = []

    def start(database: str) -> Startup:
        s = Startup(qapp, parse_args(["--database", database]))
        made.append(s)
        return s

    yield start
    for s in made:
        if s.window is not None:
            s.window.close()
            s.shutdown()
            s.window.deleteLater()
        s.translations.apply("nl")


def _press(label: str):
    def step(box) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text() == label)
        click(button)
    return step


def test_an_unreachable_server_is_said_kindly_and_the_own_file_opens(started, modals, data_home):  # noqa: F811
    seen: list[str] = []
    modals.then(lambda box: (seen.append(box.text()), _press("Werkboek op deze computer openen")(box)))
    s = started("postgresql://rugschool@127.0.0.1:1/praktijk?connect_timeout=2")
    assert s.prepare()
    assert "niet bereikbaar" in seen[0] and "127.0.0.1" in seen[0]
    assert s.ctx.url.startswith("sqlite:///") and s.ctx.url.endswith(".sqlite3")


def test_a_person_may_also_stop_there(started, modals):  # noqa: F811
    modals.then(_press("Stoppen"))
    s = started("postgresql://rugschool@127.0.0.1:1/praktijk?connect_timeout=2")
    assert not s.prepare()
    assert s.exit_code == 1


def test_the_window_opens_on_the_server_and_logs_the_workbook_it_shows(started, pg_url):
    database = Database(pg_url)
    book = create_workbook(database, "Anna")
    s = started(pg_url)
    assert s.prepare()
    assert s.ctx.url == pg_url and s.ctx.workbook_id == book.id
    s.after_first_paint()
    s.background.wait()
    assert ("read", "workbook") in {(line.action, line.table) for line in practice.audit_log(database, book.id)}
    database.close()


def test_the_backup_menu_on_a_server_points_to_its_backups_and_saves_the_workbook(
        started, pg_url, modals, monkeypatch, tmp_path):  # noqa: F811
    from PySide6.QtWidgets import QFileDialog

    from rugschool_gui.storage import handover

    database = Database(pg_url)
    book = create_workbook(database, "Anna")
    database.close()
    s = started(pg_url)
    assert s.prepare()
    target = tmp_path / "anna.rugwerk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))  # the OS's chooser
    said: list[str] = []
    modals.then(lambda box: (said.append(box.text()), _press("Werkboek bewaren als bestand…")(box)))
    s.window.act_restore.trigger()
    assert "pg_dump" in said[0]
    assert handover.read_file(target).workbook["id"] == book.id
    assert any("staat nu in het bestand" in text for text in modals.shown)  # the export's own "done"


def test_the_owner_shares_a_workbook_and_reads_its_log_in_the_window(started, pg_server, pg_url, modals,  # noqa: F811
                                                                      qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QTableWidget

    from .conftest import admin

    with admin(pg_server) as conn:
        conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bram') "
                     "THEN CREATE ROLE bram LOGIN IN ROLE rugschool_clinician; END IF; END $$")
    database = Database(pg_url)
    book = create_workbook(database, "Anna")
    s = started(pg_url)
    assert s.prepare()
    s.after_first_paint()
    s.background.wait()
    assert s.window.act_sharing.isVisible()
    found: dict[str, object] = {}

    def share(dialog) -> None:
        dialog.findChild(QLineEdit, "colleague").setFocus()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "colleague"), "bram")
        click(dialog.findChild(QPushButton, "share"))
        shared = dialog.findChild(QListWidget, "shared-with")
        found["shared"] = [shared.item(i).text() for i in range(shared.count())]
        table = dialog.findChild(QTableWidget, "audit-log")
        found["log"] = [table.item(r, 2).text() for r in range(table.rowCount())]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    modals.then(share)
    s.window.act_sharing.trigger()
    assert found["shared"] == ["bram"]
    assert "geopend" in found["log"] and "toegevoegd" in found["log"]
    assert practice.shared_with(database, book.id) == ["bram"]
    database.close()


def test_the_sharing_entry_is_hidden_for_a_workbook_file(startup):
    s = startup()
    assert not s.window.act_sharing.isVisible()
