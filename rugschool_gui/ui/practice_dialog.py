"""Bestand → "Delen en toegang…" on a practice database (issue #21): with which colleagues the open
workbook is shared (its owner adds and removes them), and its audit log — who opened or changed
it, and when. Only the owner may do either: the server's policies say so, and the dialog words
a refusal kindly.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..storage import errors, practice
from . import design
from .context import PageContext
from .i18n import args, translate
from .widgets.form_dialog import FormDialog

log = logging.getLogger(__name__)


def _action_text(action: str) -> str:
    return {"read": translate("Practice", "geopend"), "insert": translate("Practice", "toegevoegd"),
            "update": translate("Practice", "gewijzigd"), "delete": translate("Practice", "verwijderd"),
            }.get(action, action)


class SharingDialog(FormDialog):
    def __init__(self, ctx: PageContext, workbook_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(args(translate("Practice", "Delen en toegang: %1"), name), parent, 80, "practice-message")
        self.ctx, self.workbook_id = ctx, workbook_id
        lay = QVBoxLayout(self)
        lay.setSpacing(design.space(design.S, self))
        lay.addWidget(design.set_type(QLabel(translate("Practice", "Gedeeld met")), "subheading"))
        self.shared = QListWidget()
        self.shared.setObjectName("shared-with")
        self.shared.setAccessibleName(translate("Practice", "Collega's met wie dit werkboek gedeeld is"))
        self.shared.setMaximumHeight(design.em(self) * 6)  # a few names; the log below gets the room
        lay.addWidget(self.shared)
        row = QHBoxLayout()
        self.colleague = QLineEdit()
        self.colleague.setObjectName("colleague")
        self.colleague.setPlaceholderText(translate("Practice", "Gebruikersnaam van de collega"))
        self.colleague.setAccessibleName(translate("Practice", "Gebruikersnaam van de collega"))
        self.share_button = QPushButton(translate("Practice", "Delen"))
        self.share_button.setObjectName("share")
        self.unshare_button = QPushButton(translate("Practice", "Niet meer delen"))
        self.unshare_button.setObjectName("unshare")
        row.addWidget(self.colleague, 1)
        row.addWidget(self.share_button)
        row.addWidget(self.unshare_button)
        lay.addLayout(row)
        lay.addWidget(design.set_type(QLabel(translate("Practice", "Wie opende of wijzigde dit werkboek")),
                                      "subheading"))
        self.log_table = QTableWidget(0, 4)
        self.log_table.setObjectName("audit-log")
        self.log_table.setAccessibleName(translate("Practice", "Toegangslog van dit werkboek"))
        self.log_table.setHorizontalHeaderLabels([translate("Practice", "Wanneer"), translate("Practice", "Wie"),
                                                  translate("Practice", "Wat"), translate("Practice", "Waar")])
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.log_table.verticalHeader().setVisible(False)
        self.log_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.log_table, 1)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.share_button.clicked.connect(self._share)
        self.unshare_button.clicked.connect(self._unshare)
        self.colleague.returnPressed.connect(self._share)
        self.reload()

    def reload(self) -> None:
        db = self.ctx.database
        try:
            names = practice.shared_with(db, self.workbook_id)
            lines = practice.audit_log(db, self.workbook_id)
        except errors.StorageError as exc:
            log.warning("sharing and audit log not readable: %s", exc.kind)
            self.show_message(_refused())
            return
        self.shared.clear()
        self.shared.addItems(names)
        locale = QLocale()
        self.log_table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            when = QDateTime.fromSecsSinceEpoch(int(line.at.timestamp()))  # local time
            for j, text in enumerate((locale.toString(when, "d MMM yyyy HH:mm"), line.who,
                                      _action_text(line.action), line.table)):
                self.log_table.setItem(i, j, QTableWidgetItem(text))
        self.log_table.resizeColumnsToContents()
        if not lines:
            self.show_message(translate("Practice", "Alleen wie het werkboek gemaakt heeft, ziet de toegangslog."))

    def _share(self) -> None:
        name = self.colleague.text().strip()
        if not name:
            self.show_message(translate("Practice", "Typ eerst de gebruikersnaam van je collega."))
            return
        if self._try(lambda: practice.share_workbook(self.ctx.database, self.workbook_id, name)):
            self.colleague.clear()

    def _unshare(self) -> None:
        item = self.shared.currentItem()
        if item is None:
            self.show_message(translate("Practice", "Kies eerst een collega in de lijst."))
            return
        self._try(lambda: practice.unshare_workbook(self.ctx.database, self.workbook_id, item.text()))

    def _try(self, change) -> bool:
        try:
            change()
        except errors.StorageError as exc:
            log.warning("sharing refused: %s", exc.kind)
            self.show_message(_refused())
            return False
        self.message.setVisible(False)
        self.reload()
        return True


def _refused() -> str:
    return translate("Practice", "Dat kan alleen wie dit werkboek gemaakt heeft. Er is niets veranderd.")


def open_for(parent: QWidget, ctx: PageContext) -> None:
    wb = ctx.workbook()
    if wb is None:
        return
    SharingDialog(ctx, wb.id, wb.name, parent).exec()
