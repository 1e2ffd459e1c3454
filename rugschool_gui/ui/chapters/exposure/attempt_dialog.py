"""The form of one exposure attempt: plan it first (before), fill in what happened later (after).

Empty ratings are allowed (a planned attempt has no "after" yet): a spin box at its lowest
value shows "—" and means "not filled in".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ....domain.exposure import FEAR_MAX, OUTCOMES, PAIN_MAX, Attempt, FearItem
from ....wording.exposure import words
from ... import design
from ...i18n import args, translate
from ...widgets.date_field import DateField
from ...widgets.form_dialog import AppDialog
from ...widgets.inputs import EMPTY, rating_box
from ...widgets.inputs import rating_value as _value
from ...widgets.inputs import text_box as _text_box
from .texts import outcome as outcome_text


def _scale(key: str, high: int) -> str:
    """A question of the attempt (the same words as on paper) with its scale: "… (0–100)"."""
    return f"{words(key)} (0–{high})"


class AttemptDialog(AppDialog):
    def __init__(self, items: list[FearItem] | tuple[FearItem, ...], attempt: Attempt,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Exposure", "Poging bij een stap"))
        self.setModal(True)
        self._attempt = attempt
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        lay = QVBoxLayout(self)

        self.item_box = QComboBox()
        for item in items:
            self.item_box.addItem(f"{item.rank}. {item.label}", item.id)
        self.item_box.setCurrentIndex(max(0, self.item_box.findData(attempt.item_id)))
        local = attempt.when.astimezone()
        self.when_day = DateField(local.date())
        self.when_day.setAccessibleName(translate("Exposure", "Datum van de poging"))
        self.when_time = QTimeEdit(QTime(local.hour, local.minute))
        self.when_time.setDisplayFormat("HH:mm")
        self.when_time.setAccessibleName(translate("Exposure", "Uur van de poging"))
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_day, 1)
        when_row.addWidget(QLabel(translate("Exposure", "om")))
        when_row.addWidget(self.when_time)
        top = QFormLayout()
        top.addRow(translate("Exposure", "&Stap:"), self.item_box)
        top.addRow(translate("Exposure", "&Wanneer:"), when_row)
        when_label = top.labelForField(when_row)
        if isinstance(when_label, QLabel):
            when_label.setBuddy(self.when_day)
        lay.addLayout(top)

        before = QGroupBox(translate("Exposure", "Vooraf: wat verwacht je?"))
        bf = QFormLayout(before)
        self.expectation = _text_box()
        self.expectation.setPlaceholderText(translate(
            "Exposure", "Bijvoorbeeld: als ik die bak til, schiet het in mijn rug en kan ik niet meer recht."))
        self.expected_fear = rating_box(FEAR_MAX, words("expected_fear"))
        self.expected_pain = rating_box(PAIN_MAX, words("expected_pain"))
        bf.addRow(words("expect_q"), self.expectation)
        bf.addRow(_scale("exp_fear", FEAR_MAX), self.expected_fear)
        bf.addRow(_scale("exp_pain", PAIN_MAX), self.expected_pain)
        # before and after scroll when the screen is small or the text large; the buttons stay
        body = QWidget()
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.addWidget(before)

        after = QGroupBox(translate("Exposure", "Achteraf: wat gebeurde er echt?"))
        af = QFormLayout(after)
        self.actual_fear = rating_box(FEAR_MAX, words("actual_fear"))
        self.actual_pain = rating_box(PAIN_MAX, words("actual_pain"))
        # one choice, as radio buttons should be (arrows choose, one Tab stop); "nog niet" is the
        # answer of a planned attempt, so the question can also be left open again
        self.outcome_group = QButtonGroup(self)
        outcome_row = QVBoxLayout()  # one under the other: never wider than the dialog, at any text size
        self.outcome_buttons: dict[str | None, QRadioButton] = {}
        for key in (*OUTCOMES, None):
            button = QRadioButton(outcome_text(key) or translate("Exposure", "nog niet ingevuld"))
            button.setObjectName(f"outcome-{key or 'open'}")
            button.setAccessibleName(args(translate("Exposure", "Zoals verwacht: %1"), button.text()))
            self.outcome_group.addButton(button)
            self.outcome_buttons[key] = button
            outcome_row.addWidget(button)
        self.outcome_buttons[None].setChecked(True)
        self.learned = _text_box()
        self.note = _text_box(2)
        af.addRow(_scale("act_fear", FEAR_MAX), self.actual_fear)
        af.addRow(_scale("act_pain", PAIN_MAX), self.actual_pain)
        af.addRow(words("happened_q"), outcome_row)
        af.addRow(words("learned_q"), self.learned)
        af.addRow(words("note"), self.note)
        body_lay.addWidget(after)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(body)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through its fields, not to it
        scroller.setMinimumHeight(min(body.sizeHint().height(), self.fontMetrics().height() * 14))
        lay.addWidget(scroller, 1)
        self._body, self._scroller = body, scroller
        self.hint = QLabel(translate(
            "Exposure", "Je kunt een poging eerst plannen en het deel ‘achteraf’ later aanvullen."))
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        design.primary(buttons.button(QDialogButtonBox.StandardButton.Save))  # the one main action
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._fill(attempt)
        # open showing all of it where the screen allows (AppDialog keeps it within the screen)
        extra = max(0, self._body.sizeHint().height() - self._scroller.sizeHint().height())
        self.resize(self.sizeHint().width(), self.sizeHint().height() + extra)

    def _fill(self, a: Attempt) -> None:
        self.expectation.setPlainText(a.expectation)
        for box, value in ((self.expected_fear, a.expected_fear), (self.expected_pain, a.expected_pain),
                           (self.actual_fear, a.actual_fear), (self.actual_pain, a.actual_pain)):
            box.setValue(EMPTY if value is None else value)
        self.outcome_buttons[a.outcome if a.outcome in self.outcome_buttons else None].setChecked(True)
        self.learned.setPlainText(a.learned)
        self.note.setPlainText(a.note)

    def attempt(self) -> Attempt:
        """What the form says now (not validated: the storage layer checks it)."""
        qdt = QDateTime(self.when_day.date(), self.when_time.time())
        when = datetime.fromtimestamp(qdt.toSecsSinceEpoch(), UTC)
        outcome = next((k for k, b in self.outcome_buttons.items() if b.isChecked() and k is not None), None)
        return replace(
            self._attempt, item_id=self.item_box.currentData(), when=when,
            expectation=self.expectation.toPlainText(), expected_fear=_value(self.expected_fear),
            expected_pain=_value(self.expected_pain), actual_fear=_value(self.actual_fear),
            actual_pain=_value(self.actual_pain), outcome=outcome,
            learned=self.learned.toPlainText(), note=self.note.toPlainText())


def with_focus_on_after(dialog: AttemptDialog) -> AttemptDialog:
    """Open an existing, planned attempt with the cursor in the "after" part."""
    dialog.actual_fear.setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog
