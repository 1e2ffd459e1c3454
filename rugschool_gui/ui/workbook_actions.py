"""Creating, renaming, deleting (undoably) and switching workbooks from the shell."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ..domain.workbooks import MAX_NAME_LENGTH
from ..wording.workbooks import words
from .context import PageContext
from .i18n import args, translate


def _ops():
    """The workbook operations, imported on first use (they load SQLAlchemy)."""
    from ..operations import workbooks

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


def create_workbook(parent: QWidget, ctx: PageContext, switch_to) -> None:
    name = ask_name(parent, translate("Workbooks", "Nieuw werkboek"),
                    translate("Workbooks", "Naam van het nieuwe werkboek (bijvoorbeeld de naam van de persoon):"))
    if name is None:
        return
    created = ctx.save(_ops().create, name)
    if created is not None:
        switch_to(created.workbook_id)


def rename_workbook(parent: QWidget, ctx: PageContext) -> None:
    current = ctx.workbook()
    if current is None:
        return
    name = ask_name(parent, translate("Workbooks", "Werkboek hernoemen"),
                    translate("Workbooks", "Nieuwe naam:"), current.name)
    if name is None:
        return
    if ctx.run(_ops().rename, name) is not None:
        ctx.hub.workbook_changed.emit(ctx.workbook_id)


def delete_workbook(parent: QWidget, ctx: PageContext, switch_to) -> None:
    current = ctx.workbook()
    if current is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Workbooks", "Werkboek verwijderen"))
    box.setText(args(translate("Workbooks", "Wil je het werkboek „%1” verwijderen, met alles wat erin staat?"),
                     current.name))
    from ..storage.backup import KEEP_COPIES, KEEP_DAYS

    box.setInformativeText(args(translate(
        "Workbooks", "Je kunt dit meteen terugdraaien met Bewerken → Ongedaan maken, zolang de app open is. Bij het "
        "afsluiten wordt het werkboek echt gewist. Eerdere reservekopieën bevatten het nog; die verdwijnen "
        "vanzelf na %1 dagen, of zodra er %2 nieuwere zijn."), KEEP_DAYS, KEEP_COPIES))
    delete = box.addButton(translate("Workbooks", "Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not delete:
        return
    change = ctx.run(_ops().delete, words("fresh_name"), record_on=lambda c: c.result)
    if change is not None:
        switch_to(change.result)
