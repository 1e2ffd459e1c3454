"""Bestand → "Reservekopie terugzetten…": choose a backup (date, size, workbooks in it) and put
it back after a confirmation. The current state is backed up first, so a restore can itself be
undone by restoring that copy."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from .context import PageContext
from .i18n import app_title, args, count_text, translate
from .widgets.form_dialog import FormDialog

log = logging.getLogger(__name__)


def _reason(key: str) -> str:
    return {"daily": translate("Backups", "dagelijks"), "import": translate("Backups", "voor een import"),
            "before-restore": translate("Backups", "voor het terugzetten"),
            "auto": translate("Backups", "automatisch"), "manual": translate("Backups", "met de hand")
            }.get(key, translate("Backups", "voor een update"))


class RestoreDialog(FormDialog):
    def __init__(self, backups, parent: QWidget | None = None) -> None:
        super().__init__(translate("Backups", "Reservekopie terugzetten"), parent, 70, "restore-message")
        lay = QVBoxLayout(self)
        intro = QLabel(translate(
            "Backups", "Kies de reservekopie die je wilt terugzetten. Wat er nu in de app staat, wordt eerst zelf "
            "bewaard als reservekopie, zodat je dit ook weer ongedaan kunt maken."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        self.list.setAccessibleName(translate("Backups", "Beschikbare reservekopieën"))
        self.list.setWordWrap(True)  # a long line wraps at a large text size, never scrolls sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        locale = QLocale()
        for b in backups:
            books = translate("Backups", "? werkboeken") if b.workbooks is None else count_text(
                b.workbooks, translate("Backups", "1 werkboek"), translate("Backups", "%1 werkboeken"))
            text = args(translate("Backups", "%1 · %2 · %3 · %4"),
                        locale.toString(b.when, "d MMMM yyyy HH:mm"), locale.formattedDataSize(b.size),
                        books, _reason(b.reason))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        lay.addWidget(self.list)
        self.add_message_and_buttons(lay, translate("Backups", "Terugzetten…"))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def restore_interactively(parent: QWidget, ctx: PageContext, switch_to) -> bool:
    from pathlib import Path

    from .. import paths
    from ..storage import backup

    ctx.flush()
    from ..storage.url import is_server

    if is_server(ctx.url):  # a practice database (#21): the server's backups apply
        from .practice_messages import explain_server_backups

        explain_server_backups(parent, ctx)
        return False
    backups = backup.list_backups(paths.backup_dir(), ctx.url)
    if not backups:
        QMessageBox.information(parent, app_title(), translate(
            "Backups", "Er zijn nog geen reservekopieën. De app maakt er elke dag een, en ook voor elke import "
            "en update."))
        return False
    dialog = RestoreDialog(backups, parent)
    chosen = dialog.chosen() if dialog.exec() == RestoreDialog.DialogCode.Accepted else None
    if not chosen:
        return False
    box = QMessageBox(QMessageBox.Icon.Question, translate("Backups", "Reservekopie terugzetten"), translate(
        "Backups", "Alles in de app wordt vervangen door deze reservekopie. Wat er nu staat, wordt eerst bewaard. "
        "Doorgaan?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Backups", "Terugzetten"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    ctx.close_store()  # reopened on next use, on the restored content
    try:
        backup.restore_backup(ctx.url, Path(chosen), paths.backup_dir())
    except backup.ForeignBackup:
        QMessageBox.warning(parent, app_title(), translate(
            "Backups", "Deze reservekopie hoort bij een ander werkboekbestand. Ze is niet teruggezet; er is niets "
            "veranderd."))
        return False
    except backup.NoSafetyCopy:
        log.exception("restore refused: no copy of the current state")
        QMessageBox.warning(parent, app_title(), translate(
            "Backups", "Voor het terugzetten moet er eerst een kopie komen van wat er nu in de app staat, en "
            "daarvoor is er geen plaats meer op de schijf. Er is niets teruggezet en niets veranderd. Maak wat "
            "ruimte vrij en probeer het opnieuw."))
        return False
    except Exception:  # a damaged copy or a full disk must not crash the app
        log.exception("restore failed")
        QMessageBox.warning(parent, app_title(), translate(
            "Backups", "Deze reservekopie kon niet teruggezet worden; ze is beschadigd of de schijf is vol. Er is "
            "niets veranderd."))
        return False
    ctx.history.forget()
    books = ctx.workbooks()
    if books:
        current = next((b.id for b in books if b.id == ctx.workbook_id), books[0].id)
        switch_to(current)
    ctx.hub.data_changed.emit("")
    return True
