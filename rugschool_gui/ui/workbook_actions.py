"""Creating, renaming, deleting (undoably) and switching workbooks from the shell."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ..domain.workbooks import MAX_NAME_LENGTH, Workbook
from .context import PageContext
from .i18n import translate


def _repo():
    """The workbook repository, imported on first use (it loads SQLAlchemy)."""
    from ..storage import workbooks

    return workbooks


def ask_name(parent: QWidget, title: str, label: str, current: str = "") -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(current)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOkButtonText(translate("Workbooks", "Bewaren"))
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.setMaxLength(MAX_NAME_LENGTH)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


class DeleteWorkbookCommand(QUndoCommand):
    """Deleting a workbook; undo brings it back with everything in it."""

    def __init__(self, ctx: PageContext, workbook: Workbook, switch_to) -> None:
        super().__init__(translate("Workbooks", "Werkboek „%1” verwijderen").replace("%1", workbook.name))
        self.ctx, self.workbook, self.switch_to = ctx, workbook, switch_to

    def redo(self) -> None:
        self.ctx.save(_repo().delete_workbook, self.workbook.id)
        remaining = self.ctx.load(_repo().list_workbooks, default=[])
        if remaining:
            self.switch_to(remaining[0].id)
        else:
            fresh = self.ctx.save(_repo().create_workbook, translate("Workbooks", "Mijn werkboek"))
            if fresh is not None:
                self.switch_to(fresh.id)

    def undo(self) -> None:
        restored = self.ctx.save(_repo().restore_workbook, self.workbook.id)
        if restored is not None:
            self.switch_to(restored.id)


def create_workbook(parent: QWidget, ctx: PageContext, switch_to) -> None:
    name = ask_name(parent, translate("Workbooks", "Nieuw werkboek"),
                    translate("Workbooks", "Naam van het nieuwe werkboek (bijvoorbeeld de naam van de persoon):"))
    if name is None:
        return
    created = ctx.save(_repo().create_workbook, name)
    if created is not None:
        switch_to(created.id)


def rename_workbook(parent: QWidget, ctx: PageContext) -> None:
    current = ctx.workbook()
    if current is None:
        return
    name = ask_name(parent, translate("Workbooks", "Werkboek hernoemen"),
                    translate("Workbooks", "Nieuwe naam:"), current.name)
    if name is None:
        return
    if ctx.save(_repo().rename_workbook, ctx.workbook_id, name) is not None:
        ctx.hub.workbook_changed.emit(ctx.workbook_id)


def delete_workbook(parent: QWidget, ctx: PageContext, switch_to) -> None:
    current = ctx.workbook()
    if current is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Workbooks", "Werkboek verwijderen"))
    box.setText(translate("Workbooks", "Wil je het werkboek „%1” verwijderen, met alles wat erin staat?")
                .replace("%1", current.name))
    from ..storage.backup import KEEP_COPIES, KEEP_DAYS

    box.setInformativeText(translate(
        "Workbooks", "Je kunt dit meteen terugdraaien met Bewerken → Ongedaan maken, zolang de app open is. Bij het "
        "afsluiten wordt het werkboek echt gewist. Eerdere reservekopieën bevatten het nog; die verdwijnen "
        "vanzelf na %1 dagen, of zodra er %2 nieuwere zijn.").replace("%1", str(KEEP_DAYS)).replace("%2", str(KEEP_COPIES)))
    delete = box.addButton(translate("Workbooks", "Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not delete:
        return
    ctx.undo.push(DeleteWorkbookCommand(ctx, current, switch_to))
