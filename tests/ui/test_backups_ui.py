"""Restoring backups from the app: Bestand → Reservekopie terugzetten, and at a damaged start.

The restore dialog and the message boxes open for real and are answered through the event loop
(``driving.py``), as a person answers them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rugschool_gui import paths
from rugschool_gui.storage import backup
from rugschool_gui.storage.workbooks import create_workbook, list_workbooks

from .driving import answer, click, press, read_into


def _rows(dialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def _pick_row(dialog, containing: str) -> None:
    """Click the backup whose line contains ``containing``, as a person would."""
    row = next(i for i, text in enumerate(_rows(dialog)) if containing in text)
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    QTest.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert dialog.list.currentRow() == row


def test_restore_from_the_menu_replaces_the_content_and_keeps_the_current_state(startup, modals):
    s = startup()  # the daily backup after the first paint holds "Mijn werkboek" only
    create_workbook(s.ctx.store, "Els")
    offered = []
    asked = []

    def choose_daily(dialog):
        offered.extend(_rows(dialog))
        _pick_row(dialog, "dagelijks")
        press(dialog, "Terugzetten…")

    def confirm(box):
        asked.append(box.text())
        press(box, "Terugzetten")

    modals.then(choose_daily).then(confirm)
    s.window.act_restore.trigger()
    assert len(offered) == 1 and "· 1 werkboek ·" in offered[0] and "dagelijks" in offered[0]  # one, not "1 werkboeken"
    assert asked and "wordt eerst bewaard" in asked[0]
    assert [w.name for w in list_workbooks(s.ctx.store)] == ["Mijn werkboek"]
    reasons = [b.reason for b in backup.list_backups(paths.backup_dir(), s.ctx.url)]
    assert "before-restore" in reasons  # the restore itself can be undone

    # ... and undoing it is the same action: put back the copy taken just before
    def choose_before_restore(dialog):
        offered[:] = _rows(dialog)
        _pick_row(dialog, "voor het terugzetten")
        press(dialog, "Terugzetten…")

    modals.then(choose_before_restore).then(answer("Terugzetten"))
    s.window.act_restore.trigger()
    assert any("2 werkboeken" in row and "voor het terugzetten" in row for row in offered)
    assert sorted(w.name for w in list_workbooks(s.ctx.store)) == ["Els", "Mijn werkboek"]


def test_saying_no_to_the_confirmation_changes_nothing(startup, modals):
    s = startup()
    create_workbook(s.ctx.store, "Els")
    modals.then(lambda dialog: press(dialog, "Terugzetten…")).then(answer("Nee"))
    s.window.act_restore.trigger()
    assert sorted(w.name for w in list_workbooks(s.ctx.store)) == ["Els", "Mijn werkboek"]
    reasons = [b.reason for b in backup.list_backups(paths.backup_dir(), s.ctx.url)]
    assert "before-restore" not in reasons


def test_cancelling_the_choice_changes_nothing(startup, modals, no_modal_boxes):
    s = startup()
    create_workbook(s.ctx.store, "Els")
    modals.then(lambda dialog: press(dialog, "Annuleren"))
    s.window.act_restore.trigger()
    assert no_modal_boxes == []  # no confirmation asked after cancelling
    assert sorted(w.name for w in list_workbooks(s.ctx.store)) == ["Els", "Mijn werkboek"]


def test_without_backups_the_menu_says_so_kindly(startup, modals):
    s = startup()
    for b in backup.list_backups(paths.backup_dir(), s.ctx.url):
        b.path.unlink()
    told = []
    modals.then(read_into(told))
    s.window.act_restore.trigger()
    assert told and "nog geen reservekopieën" in told[0]


def test_a_damaged_database_offers_the_newest_good_backup(qapp, data_home, db_path, modals):
    from rugschool_gui.cli import parse_args
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.storage.url import as_url
    from rugschool_gui.ui.startup import Startup

    url = as_url(db_path)
    upgrade_if_needed(url)
    store = Store(url)
    create_workbook(store, "Anna")
    store.close()
    backup.make_backup(url, paths.backup_dir(), "daily")
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8192)  # damaged beyond repair
    offered = []
    told = []

    def choose_restore(box):
        told.append(box.text())
        offered.extend(b.text() for b in box.buttons())
        click(next(b for b in box.buttons() if b.text().startswith("Reservekopie")))

    modals.then(choose_restore)  # the box appears before any window exists
    s = Startup(qapp, parse_args(["--database", str(db_path)]))
    assert s.prepare()
    assert told and "beschadigd" in told[0]
    assert any(t.startswith("Reservekopie van") for t in offered)
    assert "Opnieuw beginnen" in offered and "Afsluiten" in offered
    assert [w.name for w in list_workbooks(s.ctx.store)] == ["Anna"]
    assert list(db_path.parent.glob("*beschadigd*")) or len(list(db_path.parent.iterdir())) > 1
    kept = list(db_path.parent.glob(f"{db_path.stem}.onbruikbaar-*{db_path.suffix}"))
    assert len(kept) == 1 and kept[0].read_bytes().endswith(b"\xa5" * 64)  # never deleted, set aside
    s.window.close()
    s.shutdown()
    s.window.deleteLater()
