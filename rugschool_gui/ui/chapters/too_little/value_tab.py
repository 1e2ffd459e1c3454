"""Value weighing (WORKBOOK.md §3): activities you miss, how valuable each is (0–10), what part of
it matters, and an adapted way to still take part — which can go to the fear hierarchy or the
week planner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.too_little import VALUE_MAX, ValuedActivity
from ....wording.too_little import words
from ... import design
from ...context import PageContext
from ...i18n import args, translate
from ...widgets.common import heading, note_box, paragraph
from ...widgets.flow import action_row
from ...widgets.form_dialog import FormDialog
from ...widgets.inputs import rating_box, rating_value, set_rating, text_box


def _repo():
    from ....storage import too_little

    return too_little


def _ops():
    from ....operations import too_little

    return too_little


class ValueDialog(FormDialog):
    def __init__(self, activity: ValuedActivity, parent: QWidget | None = None) -> None:
        super().__init__(translate("TooLittle", "Een activiteit die je mist"), parent, 70, "value-message")
        self._activity = activity
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(activity.name)
        self.name.setMaxLength(120)
        self.value = rating_box(VALUE_MAX, translate("TooLittle", "Hoe waardevol"))
        set_rating(self.value, activity.value)
        self.matters, self.adapted = text_box(2), text_box(3)
        self.matters.setPlainText(activity.what_matters)
        self.adapted.setPlainText(activity.adapted)
        for text, field in ((translate("TooLittle", "&Activiteit:"), self.name),
                            (translate("TooLittle", "Hoe &waardevol is ze voor mij (0–10)?"), self.value),
                            (translate("TooLittle", "Wat eraan is voor mij &belangrijk?"), self.matters),
                            (translate("TooLittle", "Hoe kan ik toch &meedoen, op een aangepaste manier?"), self.adapted)):
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(text, field)
        lay.addLayout(form)
        self.add_message_and_buttons(lay)

    def activity(self) -> ValuedActivity:
        return replace(self._activity, name=self.name.text(), value=rating_value(self.value),
                       what_matters=self.matters.toPlainText(), adapted=self.adapted.toPlainText())


class ValueTab(QWidget):
    def __init__(self, ctx: PageContext, today: Callable[[], date] = date.today, source: object = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        #: who the page's actions come from (the page: it is not reloaded by its own changes)
        self.source = source if source is not None else self
        v = QVBoxLayout(self)
        self.title = heading(level=2)
        self.intro = paragraph()
        self.examples = note_box()
        self.list = QListWidget()
        self.list.setObjectName("valued-activities")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        design.primary(self.add_button)
        self.add_button.setObjectName("add-valued")
        self.add_button.clicked.connect(lambda: self._edit(ValuedActivity(None, "")))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.to_hierarchy, self.to_planner = QPushButton(), QPushButton()
        self.to_hierarchy.clicked.connect(self.send_to_hierarchy)
        self.to_planner.clicked.connect(self.send_to_planner)
        for w in (self.title, self.intro, self.examples, self.list):
            v.addWidget(w)
        v.addWidget(action_row((self.add_button, self.edit_button, self.to_hierarchy, self.to_planner),
                               (self.delete_button,)))
        v.addStretch(1)
        self._items: list[ValuedActivity] = []

    def retranslate(self) -> None:
        self.title.setText(words("values"))
        self.intro.setText(translate(
            "TooLittle", "Hoe waardevoller een activiteit voor je is, hoe meer het loont om ze te blijven doen, "
            "desnoods op een aangepaste manier. Schrijf op wat je mist, wat eraan belangrijk is, en hoe je toch "
            "kunt meedoen."))
        self.examples.setText(translate(
            "TooLittle", "Twee voorbeelden. Sam speelde graag voetbal; wat telde, was de ploeg. Nu gaat hij "
            "supporteren, en wandelen en fietsen houden hem fit. Lies ging graag naar recepties, maar lang "
            "stilstaan doet pijn. Nu loopt ze wat rond en vraagt ze gerust een stoel."))
        self.add_button.setText(translate("TooLittle", "Nieuwe activiteit…"))
        self.list.setAccessibleName(translate("TooLittle", "Activiteiten die je mist"))
        self.edit_button.setText(translate("TooLittle", "Aanpassen…"))
        self.delete_button.setText(translate("TooLittle", "Verwijderen"))
        self.to_hierarchy.setText(translate("TooLittle", "Naar mijn angsthiërarchie"))
        self.to_planner.setText(translate("TooLittle", "Naar mijn weekplanning"))
        self.reload()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        self._items = self.ctx.load(_repo().list_valued, self.ctx.workbook_id, default=[])
        self.list.clear()
        for a in self._items:
            text = a.name + ("" if a.value is None else f" — {a.value}/10")
            if a.what_matters:
                text += "\n" + args(translate("TooLittle", "Belangrijk: %1"), a.what_matters)
            if a.adapted:
                text += "\n" + args(translate("TooLittle", "Aangepast: %1"), a.adapted)
            self.list.addItem(QListWidgetItem(text))
        has = bool(self._items)
        for b in (self.edit_button, self.delete_button, self.to_hierarchy, self.to_planner):
            b.setEnabled(has)
        self.list.setVisible(has)

    def _selected(self) -> ValuedActivity | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def edit_selected(self) -> None:
        a = self._selected()
        if a is not None:
            self._edit(a)

    def _edit(self, activity: ValuedActivity) -> None:
        dialog = ValueDialog(activity, self)
        while dialog.exec() == ValueDialog.DialogCode.Accepted:
            if self.ctx.run(_ops().save_value, dialog.activity(), source=self.source,
                            rejected=dialog.show_message) is not None:
                self.reload()
                return

    def delete_selected(self) -> None:
        a = self._selected()
        if a is not None and a.id is not None and self.ctx.run(_ops().delete_value, a.id, source=self.source):
            self.reload()

    def send_to_hierarchy(self) -> None:
        a = self._selected()
        if a is None or a.id is None:
            return
        change = self.ctx.run(_ops().send_to_hierarchy, a.id, source=self.source)
        if change is not None:
            QMessageBox.information(self, translate("TooLittle", "In je angsthiërarchie"), args(translate(
                "TooLittle", "„%1” staat nu in je angsthiërarchie (Stapsgewijze blootstelling). Geef het daar een "
                "angstcijfer en een plaats."), change.result.label))

    def send_to_planner(self) -> None:
        a = self._selected()
        if a is None or a.id is None:
            return
        change = self.ctx.run(_ops().send_to_planner, a.id, self.today(), source=self.source)
        if change is not None:
            QMessageBox.information(self, translate("TooLittle", "In je weekplanning"), args(translate(
                "TooLittle", "„%1” staat nu vandaag in de middag in je weekplanning (Activiteiten spreiden)."),
                change.result.name))
