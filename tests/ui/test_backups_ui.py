"""Restoring backups from the app: Bestand → Reservekopie terugzetten, and at a damaged start."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from rugschool_gui import paths
from rugschool_gui.storage import backup
from rugschool_gui.storage.workbooks import create_workbook, list_workbooks
from rugschool_gui.ui.backup_dialog import RestoreDialog


def test_restore_from_the_menu_replaces_the_content_and_keeps_the_current_state(startup, monkeypatch):
    s = startup()  # the daily backup after the first paint holds "Mijn werkboek" only
    create_workbook(s.ctx.store, "Els")
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    s.window.act_restore.trigger()
    assert [w.name for w in list_workbooks(s.ctx.store)] == ["Mijn werkboek"]
    reasons = [b.reason for b in backup.list_backups(paths.backup_dir(), s.ctx.db_path.stem)]
    assert "before-restore" in reasons  # the restore itself can be undone


def test_a_damaged_database_offers_the_newest_good_backup(qapp, data_home, db_path, monkeypatch):
    from rugschool_gui.cli import parse_args
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.ui.startup import Startup

    upgrade_if_needed(db_path)
    store = Store(db_path)
    create_workbook(store, "Anna")
    store.close()
    backup.make_backup(db_path, paths.backup_dir(), "daily")
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8192)  # damaged beyond repair
    offered = []

    def choose_restore(box):
        offered.extend(b.text() for b in box.buttons())
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text().startswith("Reservekopie"))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    s = Startup(qapp, parse_args(["--database", str(db_path)]))
    assert s.prepare()
    assert any(t.startswith("Reservekopie van") for t in offered)
    assert [w.name for w in list_workbooks(s.ctx.store)] == ["Anna"]
    assert list(db_path.parent.glob("*beschadigd*")) or len(list(db_path.parent.iterdir())) > 1
    s.window.close()
    s.shutdown()
