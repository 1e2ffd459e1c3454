"""The outlet finder (uitlaatklep): the old outlet pain made impossible, what it gave you,
substitute activities to try and how trying went, and the one to do regularly — which can go
straight into this week's plan in "Activiteiten spreiden" (an action of this chapter that the
pacing page follows: it shows that table)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.too_much import MAX_LABEL_LENGTH
from ....domain.too_much_outlet import OUTLET_GAINS, TRY_OUTCOMES, Outlet, Substitute
from ....wording.too_much import words
from ...context import PageContext
from ...i18n import args, translate
from ...saving import Debouncer
from ...widgets.common import heading, paragraph
from ...widgets.flow import action_row
from ...widgets.inputs import text_box
from .running import ops, repo, run
from .texts import gain, outcome


class OutletTab(QWidget):
    def __init__(self, ctx: PageContext, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self._outlet = Outlet()
        v = QVBoxLayout(self)
        self.title = heading(level=2)
        self.intro = paragraph()
        v.addWidget(self.title)
        v.addWidget(self.intro)
        self.old_label = QLabel()
        self.old = QLineEdit()
        self.old.setObjectName("old-outlet")
        self.old.setMaxLength(500)
        self.old_label.setBuddy(self.old)
        self.why_label = QLabel()
        self.why = text_box(3)
        self.why_label.setBuddy(self.why)
        self.gain_boxes = {key: QCheckBox() for key in OUTLET_GAINS}
        for key, box in self.gain_boxes.items():
            box.setObjectName(f"gain-{key}")
            box.toggled.connect(self._save_gains)
        for w in (self.old_label, self.old, self.why_label, self.why):
            v.addWidget(w)
        v.addWidget(action_row(self.gain_boxes.values()))  # the choices wrap at large text
        self.subs_title = heading(level=3)
        self.subs_help = paragraph()
        v.addWidget(self.subs_title)
        v.addWidget(self.subs_help)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        v.addLayout(self.grid)
        add_row = QHBoxLayout()
        self.new_sub = QLineEdit()
        self.new_sub.setObjectName("new-substitute")
        self.new_sub.setMaxLength(MAX_LABEL_LENGTH)
        self.new_sub.returnPressed.connect(self.add_substitute)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_substitute)
        add_row.addWidget(self.new_sub, 1)
        add_row.addWidget(self.add_button)
        v.addLayout(add_row)
        self.message = paragraph()
        self.message.setVisible(False)
        v.addWidget(self.message)
        self.plan_row = QHBoxLayout()
        self.chosen_label = paragraph()
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("outlet-to-planner")
        self.plan_button.clicked.connect(self.send_to_planner)
        self.plan_row.addWidget(self.chosen_label, 1)
        self.plan_row.addWidget(self.plan_button)
        v.addLayout(self.plan_row)
        v.addStretch(1)
        self.chosen_group = QButtonGroup(self)
        self.chosen_group.idClicked.connect(self._choose)
        self.saver = Debouncer(self._write_texts, self)
        ctx.register_flusher(self.saver.flush)
        self.old.textEdited.connect(self.saver.poke)
        self.why.textChanged.connect(self.saver.poke)
        self._sub_widgets: list[tuple[Substitute, QLineEdit, QComboBox]] = []
        self._tried_saver = Debouncer(self._write_tried, self)
        ctx.register_flusher(self._tried_saver.flush)

    def retranslate(self) -> None:
        self.title.setText(words("outlet_title"))
        self.intro.setText(translate(
            "TooMuch", "Een uitlaatklep helpt je spanning kwijt te raken. Soms maakt de pijn je oude uitlaatklep "
            "onmogelijk, zoals joggen: te veel schokken voor je rug. Zoek dan iets anders dat je hetzelfde geeft. "
            "Dat zoek je samen met je psycholoog uit: noteer hier wat je bedenkt, en bespreek het."))
        self.old_label.setText(words("old_outlet"))
        self.why_label.setText(words("why"))
        for key, box in self.gain_boxes.items():
            box.setText(gain(key))
        self.subs_title.setText(translate("TooMuch", "Wat kan ik in de plaats proberen?"))
        self.subs_help.setText(translate(
            "TooMuch", "Schrijf op wat je wilt proberen en daarna hoe het ging. Kies het rondje bij wat je "
            "regelmatig wilt doen."))
        self.new_sub.setPlaceholderText(translate("TooMuch", "bijvoorbeeld zwemmen, fietsen, zingen in een koor"))
        self.new_sub.setAccessibleName(translate("TooMuch", "Iets om te proberen"))
        self.add_button.setText(translate("TooMuch", "Toevoegen"))
        self.plan_button.setText(translate("TooMuch", "Zet in mijn weekplanning"))
        self.reload()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        self.saver.flush()
        self._tried_saver.flush()
        self._outlet = self.ctx.load(repo().get_outlet, self.ctx.workbook_id, default=Outlet())
        o = self._outlet
        if not self.old.hasFocus():
            self.old.setText(o.old_outlet)
        if not self.why.hasFocus() and self.why.toPlainText() != o.why:
            self.why.blockSignals(True)
            self.why.setPlainText(o.why)
            self.why.blockSignals(False)
        for key, box in self.gain_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in o.gains)
            box.blockSignals(False)
        self._fill_substitutes()

    def _fill_substitutes(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()  # not at once: it may be the button whose click is being handled
        for button in self.chosen_group.buttons():
            self.chosen_group.removeButton(button)
        self._sub_widgets = []
        for i, sub in enumerate(self._outlet.substitutes):
            radio = QRadioButton(sub.name)
            radio.setChecked(sub.id == self._outlet.chosen_id)
            self.chosen_group.addButton(radio, i)
            tried = QLineEdit(sub.tried)
            tried.setPlaceholderText(words("how"))
            tried.setAccessibleName(args(translate("TooMuch", "Hoe ging %1?"), sub.name))
            tried.textEdited.connect(self._tried_saver.poke)
            result = QComboBox()
            for key in (None, *TRY_OUTCOMES):
                result.addItem(outcome(key), key)
            result.setCurrentIndex(max(0, result.findData(sub.outcome)))
            result.setAccessibleName(args(translate("TooMuch", "Resultaat van %1"), sub.name))
            result.currentIndexChanged.connect(lambda _i, s=sub, box=result: self._save_outcome(s, box.currentData()))
            remove = QPushButton(translate("TooMuch", "Weghalen"))
            remove.setAccessibleName(args(translate("TooMuch", "„%1” weghalen"), sub.name))
            remove.clicked.connect(lambda _=False, s=sub: self._remove(s))
            for col, w in enumerate((radio, tried, result, remove)):
                self.grid.addWidget(w, i, col)
            self._sub_widgets.append((sub, tried, result))
        chosen = next((s for s in self._outlet.substitutes if s.id == self._outlet.chosen_id), None)
        self.chosen_label.setText(words("chosen", name=chosen.name)
                                  if chosen else translate("TooMuch", "Nog niets gekozen om regelmatig te doen."))
        self.plan_button.setEnabled(chosen is not None)

    # ----- saving -------------------------------------------------------------------------
    def _write_texts(self) -> None:
        run(self, self.ctx, ops().save_outlet_texts, self.old.text(), self.why.toPlainText())

    def _save_gains(self) -> None:
        run(self, self.ctx, ops().save_gains, [k for k, box in self.gain_boxes.items() if box.isChecked()])

    def _write_tried(self) -> None:
        typed = {sub.id: tried.text() for sub, tried, _result in self._sub_widgets
                 if sub.id is not None and tried.text().strip() != sub.tried}
        if not typed:
            return
        change = run(self, self.ctx, ops().save_tried, typed)
        if change is not None:  # what is kept now is what the next comparison starts from
            saved = {s.id: s for s in change.result}
            self._sub_widgets = [(saved.get(sub.id, sub), tried, result) for sub, tried, result in self._sub_widgets]

    def _save_outcome(self, sub: Substitute, value: str | None) -> None:
        self._tried_saver.flush()
        run(self, self.ctx, ops().set_outcome, sub.id, value)

    def add_substitute(self) -> None:
        done = run(self, self.ctx, ops().add_substitute, self.new_sub.text(), rejected=self._show_message)
        if done is not None:
            self.new_sub.clear()
            self.message.setVisible(False)
            self.reload()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _remove(self, sub: Substitute) -> None:
        self._tried_saver.flush()
        run(self, self.ctx, ops().delete_substitute, sub.id)
        self.reload()

    def _choose(self, index: int) -> None:
        sub = self._outlet.substitutes[index]
        run(self, self.ctx, ops().choose_substitute, sub.id)
        self.reload()

    def send_to_planner(self) -> None:
        """Plan the chosen outlet in this week's pacing planner: today, a want-to-do activity."""
        change = run(self, self.ctx, ops().plan_outlet, self.today())
        if change is not None:
            QMessageBox.information(self, translate("TooMuch", "In je weekplanning"),
                                    words("planned", name=change.result.name))
