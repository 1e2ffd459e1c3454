"""Questionnaire scores (WORKBOOK.md §3): name, date, moment and total of each questionnaire the
psychologist uses, a chart per questionnaire over time, and a reflection per moment. Known scales
check the total against their range; no questionnaire items are shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.too_little import KNOWN_SCALES, MAX_SCORE, MOMENTS, OTHER_SCALE, Score, score_chart
from ....wording.too_little import reflection_label, scale_title, total, words
from ... import design
from ...context import PageContext
from ...dates import axis_dates, long_date
from ...entry_comments import mark_item
from ...i18n import translate
from ...saving import Debouncer
from ...widgets.chart_view import ChartWithTable
from ...widgets.common import heading, paragraph
from ...widgets.date_field import DateField
from ...widgets.inputs import text_box
from .texts import chart_label, moment


def _scores_with_comments(db, workbook_id: str):
    """The scores and the psychologist's comments on them (issue #25): one transaction."""
    from ....storage.consultations import read_with_comments

    return read_with_comments(db, workbook_id, "questionnaire_score",
                              lambda: _repo().list_scores(db, workbook_id), lambda scores: (s.id for s in scores))


def _repo():
    from ....storage import too_little

    return too_little


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _ops():
    from ....operations import too_little

    return too_little


class ScoresTab(QWidget):
    def __init__(self, ctx: PageContext, today: Callable[[], date], source: object = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        #: who the page's actions come from (the page: it is not reloaded by its own changes)
        self.source = source if source is not None else self
        v = QVBoxLayout(self)
        self.title = heading(level=2)
        self.intro = paragraph()
        v.addWidget(self.title)
        v.addWidget(self.intro)
        grid = QGridLayout()
        self.labels = [QLabel() for _ in range(5)]
        self.scale = QComboBox()
        self.scale.setObjectName("score-scale")
        # a long questionnaire name may not widen the page: the list shows it whole
        self.scale.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scale.setMinimumContentsLength(18)
        for key in KNOWN_SCALES:
            self.scale.addItem("", key)
        self.scale.addItem("", OTHER_SCALE)
        self.scale.currentIndexChanged.connect(self._scale_changed)
        self.other_name = QLineEdit()
        self.other_name.setObjectName("score-name")
        self.other_name.setMaxLength(120)
        self.day = DateField(QDate.currentDate())
        self.day.setDisplayFormat("d MMMM yyyy")
        self.moment = QComboBox()
        for key in MOMENTS:
            self.moment.addItem("", key)
        # empty until filled in (a 0 would lie outside TSK-17's 17–68); digits only, and a wrong
        # total is explained by the domain's range rule rather than silently clamped
        self.total = QLineEdit()
        self.total.setObjectName("score-total")
        self.total.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{len(str(MAX_SCORE + 1))}}}"),
                                                            self.total))
        self.total.setMaximumWidth(self.total.fontMetrics().horizontalAdvance("0") * 10)
        for row, (label, field) in enumerate(zip(self.labels, (self.scale, self.other_name, self.day, self.moment,
                                                               self.total), strict=True)):
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        v.addLayout(grid)
        save_row = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setObjectName("save-score")
        design.primary(self.save_button)
        self.save_button.clicked.connect(self.save_score)
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        v.addLayout(save_row)
        self.message = paragraph()
        self.message.setObjectName("score-message")
        self.message.setVisible(False)
        v.addWidget(self.message)
        self.list = QListWidget()
        self.list.setObjectName("scores")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        del_row = QHBoxLayout()
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        del_row.addStretch(1)
        del_row.addWidget(self.delete_button)
        self.chart = ChartWithTable(chart_label)
        self.chart.setObjectName("score-chart")
        self.reflect_title = heading(level=3)
        v.addWidget(self.list)
        v.addLayout(del_row)
        v.addWidget(self.chart)
        v.addWidget(self.reflect_title)
        self.reflect_saver = Debouncer(self._write_reflections, self)
        self.reflect_labels: list[QLabel] = []
        self.reflect_boxes: list[QPlainTextEdit] = []
        for key in MOMENTS:
            label = QLabel()
            box = text_box(2)
            box.setObjectName(f"reflection-{key}")
            label.setBuddy(box)
            box.textChanged.connect(lambda: self.reflect_saver.poke())
            v.addWidget(label)
            v.addWidget(box)
            self.reflect_labels.append(label)
            self.reflect_boxes.append(box)
        v.addStretch(1)
        ctx.register_flusher(self.reflect_saver.flush)
        self._scores: list[Score] = []

    def retranslate(self) -> None:
        self.title.setText(words("scores"))
        self.list.setAccessibleName(translate("TooLittle", "Ingevulde vragenlijsten"))
        self.intro.setText(translate(
            "TooLittle", "Tijdens het programma meet je psycholoog bijvoorbeeld je angst om te bewegen, je stress en "
            "sombere gevoelens: aan het begin, in het midden en op het einde. Noteer hier de totaalscore van elke "
            "vragenlijst; de vragen zelf staan op papier bij je psycholoog."))
        for label, text in zip(self.labels, (translate("TooLittle", "&Vragenlijst:"), translate("TooLittle", "&Naam:"),
                                             translate("TooLittle", "&Datum:"), translate("TooLittle", "&Moment:"),
                                             translate("TooLittle", "&Totaalscore:")), strict=True):
            label.setText(text)
        for i, (key, (name, low, high)) in enumerate(KNOWN_SCALES.items()):
            self.scale.setItemText(i, f"{scale_title(key, name)} ({low}–{high})")
        self.scale.setItemText(self.scale.count() - 1, translate("TooLittle", "Een andere vragenlijst"))
        self.total.setPlaceholderText(translate("TooLittle", "bv. 35"))
        self.other_name.setPlaceholderText(translate("TooLittle", "de naam van de vragenlijst"))
        for i, key in enumerate(MOMENTS):
            self.moment.setItemText(i, moment(key).capitalize())
        self.save_button.setText(translate("TooLittle", "Score bewaren"))
        self.delete_button.setText(translate("TooLittle", "Score verwijderen"))
        self.reflect_title.setText(translate("TooLittle", "Wat zeggen de scores je? Om te bespreken"))
        for label, key in zip(self.reflect_labels, MOMENTS, strict=True):
            label.setText(reflection_label(key))
        self.chart.retranslate()
        self._scale_changed()
        self.reload()

    def _scale_changed(self, *_args) -> None:
        other = self.scale.currentData() == OTHER_SCALE
        self.other_name.setEnabled(other)
        self.labels[1].setEnabled(other)

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        self.reflect_saver.flush()
        self._scores, comments = self.ctx.load(_scores_with_comments, self.ctx.workbook_id, default=([], {}))
        self.list.clear()
        for s in reversed(self._scores):
            item = QListWidgetItem(
                f"{long_date(s.day)} · {scale_title(s.scale, s.name)} · {moment(s.moment)} · {total(s.total)}")
            mark_item(item, comments.get(s.id or ""))  # the psychologist's comment on this score, under it
            self.list.addItem(item)
        self.list.setVisible(bool(self._scores))
        self.delete_button.setEnabled(bool(self._scores))
        self.chart.set_spec(score_chart(self._scores, axis_dates([s.day for s in self._scores]),
                                        lambda s: scale_title(s.scale, s.name)))
        texts = self.ctx.load(_repo().reflections, self.ctx.workbook_id, default={})
        for box, key in zip(self.reflect_boxes, MOMENTS, strict=True):
            if not box.hasFocus() and box.toPlainText() != texts.get(key, ""):
                box.blockSignals(True)
                box.setPlainText(texts.get(key, ""))
                box.blockSignals(False)

    def save_score(self) -> None:
        d = self.day.date()
        if not self.total.text().strip():
            self._show_message(translate("TooLittle", "Vul nog de totaalscore in."))
            self.total.setFocus()
            return
        score = Score(None, self.scale.currentData(), self.other_name.text(), date(d.year(), d.month(), d.day()),
                      self.moment.currentData(), float(self.total.text()))
        if self.ctx.run(_ops().save_score, score, source=self.source, rejected=self._show_message) is not None:
            self.message.setVisible(False)
            self.total.clear()
            self.reload()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def delete_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._scores):
            score = list(reversed(self._scores))[row]
            if score.id is not None and self.ctx.run(_ops().delete_score, score.id, source=self.source):
                self.reload()

    def _write_reflections(self) -> None:
        texts = {key: box.toPlainText() for box, key in zip(self.reflect_boxes, MOMENTS, strict=True)}
        self.ctx.run(_ops().save_reflections, texts, source=self.source)
