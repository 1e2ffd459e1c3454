"""The running plan's layout: this week's card, the stagnation box, chart, schedule, log, facts.

Widgets and their fixed words only; what they show and what the buttons do is in
:mod:`.plan_page` (``PlanPage`` builds on this view).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.graded_activity_plan import REFLECTION_FIELDS
from ....wording.graded_activity import reminders, words
from ... import design
from ...i18n import translate
from ...widgets.chart_view import ChartWithTable
from ...widgets.common import card as make_card
from ...widgets.common import fit_rows, heading, note_box, paragraph, wrap_header
from ...widgets.inputs import text_box
from .schedule_table import ScheduleTable
from .texts import chart_label

#: the log's columns: what was done and what was agreed share a cell ("24 min · afgesproken
#: 27 min"), so four columns fit a 1280-pixel screen at the largest text
LOG_COLUMNS = ("col.date", "col.done", "col.pain", "col.note")


class PlanView(QWidget):
    """The widgets of a running plan, top to bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._build_week_card())
        lay.addWidget(self._build_stagnation())
        self.chart_heading = heading(level=2)
        self.chart = ChartWithTable(chart_label)
        self.chart.setObjectName("schedule-chart")
        self.schedule_heading = heading(level=2)
        self.table = ScheduleTable(with_results=True)
        for w in (self.chart_heading, self.chart, self.schedule_heading, self.table):
            lay.addWidget(w)
        lay.addWidget(self._build_log())
        self.facts_heading = heading(level=2)
        self.facts = paragraph()
        self.facts.setObjectName("plan-facts")
        row = QHBoxLayout()
        self.finish_button = QPushButton()
        self.abandon_button = QPushButton()
        row.addWidget(self.finish_button)
        row.addWidget(self.abandon_button)
        row.addStretch(1)
        self.reminders_heading = heading(level=2)
        self.reminders = note_box()
        for w in (self.facts_heading, self.facts):
            lay.addWidget(w)
        lay.addLayout(row)
        lay.addWidget(self.reminders_heading)
        lay.addWidget(self.reminders)

    def _build_week_card(self) -> QWidget:
        card = make_card("this-week")
        v = QVBoxLayout(card)
        self.week_heading = heading(level=3)
        self.week_quota = heading(level=1)
        self.week_quota.setObjectName("week-quota")
        self.week_done = heading(level=3)
        self.week_done.setObjectName("week-done")
        self.week_advice = paragraph()
        self.feedback = note_box()
        self.feedback.setObjectName("session-feedback")
        self.feedback.setVisible(False)
        row = QHBoxLayout()
        self.log_button = design.primary(QPushButton())
        self.log_button.setObjectName("log-session")
        row.addWidget(self.log_button)
        row.addStretch(1)
        for w in (self.week_heading, self.week_quota, self.week_done, self.week_advice):
            v.addWidget(w)
        v.addLayout(row)
        v.addWidget(self.feedback)
        return card

    def _build_stagnation(self) -> QWidget:
        self.stagnation = QGroupBox()
        self.stagnation.setObjectName("stagnation")
        v = QVBoxLayout(self.stagnation)
        self.stagnation_text = paragraph()
        v.addWidget(self.stagnation_text)
        self.reflection_labels: list[QLabel] = []
        self.reflection_boxes: list[QPlainTextEdit] = []
        for name in REFLECTION_FIELDS:
            label = QLabel()
            label.setWordWrap(True)
            box = text_box(2)
            box.setObjectName(f"reflection-{name}")
            label.setBuddy(box)
            v.addWidget(label)
            v.addWidget(box)
            self.reflection_labels.append(label)
            self.reflection_boxes.append(box)
        row = QHBoxLayout()
        self.recompute_button = QPushButton()
        self.recompute_button.setObjectName("recompute")
        row.addWidget(self.recompute_button)
        row.addStretch(1)
        v.addLayout(row)
        self.stuck_advice = note_box()
        v.addWidget(self.stuck_advice)
        self.stagnation.setVisible(False)
        return self.stagnation

    def _build_log(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.log_heading = heading(level=2)
        self.log = QTableWidget(0, len(LOG_COLUMNS))
        self.log.setObjectName("session-log")
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.verticalHeader().setVisible(False)
        self.log.setWordWrap(True)  # a long date or note wraps in its cell; the row grows
        header = self.log.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the columns share the page's width
        wrap_header(self.log)
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.sectionResized.connect(lambda *_a: self._refit_log())
        row = QHBoxLayout()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        v.addWidget(self.log_heading)
        v.addWidget(self.log)
        v.addLayout(row)
        return box

    def _refit_log(self) -> None:
        """A narrower column wraps more: the rows grow, the log shows whole rows."""
        rows = self.log.rowCount()
        self.log.resizeRowsToContents()
        fit_rows(self.log, min(max(rows, 3), 8))

    def retranslate(self) -> None:
        """The fixed words; what a plan fills in is written by the page."""
        self.log_button.setText(translate("GradedActivity", "Oefening noteren…"))
        self.log.setAccessibleName(translate("GradedActivity", "Genoteerde oefeningen"))
        self.stagnation.setTitle(translate("GradedActivity", "Het loopt even niet zoals gepland"))
        for label, text in zip(self.reflection_labels, (
                translate("GradedActivity", "Wat hield je tegen vanbinnen? (bijvoorbeeld moe, geen zin, bang voor pijn)"),
                translate("GradedActivity", "Wat hield je tegen van buitenaf? (bijvoorbeeld weer, werk, geen tijd)"),
                translate("GradedActivity", "Waren je doel en je schema haalbaar, of ging het te snel?")),
                strict=True):
            label.setText(text)
        for box, label in zip(self.reflection_boxes, self.reflection_labels, strict=True):
            box.setAccessibleName(label.text())
        self.recompute_button.setText(translate("GradedActivity", "Schema herberekenen vanaf mijn huidige niveau…"))
        self.stuck_advice.setText(translate(
            "GradedActivity", "Blijf je vastzitten, ook met een aangepast schema? Vraag dan hulp aan je "
            "psycholoog, kinesitherapeut (fysiotherapeut) of huisarts. Samen vind je een haalbare weg."))
        self.chart_heading.setText(translate("GradedActivity", "Je vooruitgang"))
        self.chart.retranslate()
        self.schedule_heading.setText(words("schedule_heading"))
        self.table.retranslate()
        self.log_heading.setText(words("log_heading"))
        self.log.setHorizontalHeaderLabels([words(key) for key in LOG_COLUMNS])
        self.edit_button.setText(translate("GradedActivity", "Bekijken of aanpassen…"))
        self.delete_button.setText(translate("GradedActivity", "Oefening verwijderen"))
        self.facts_heading.setText(words("plan_heading"))
        self.finish_button.setText(translate("GradedActivity", "Plan afronden…"))
        self.abandon_button.setText(translate("GradedActivity", "Plan stopzetten…"))
        self.reminders_heading.setText(words("reminders_heading"))
        self.reminders.setText("\n".join("• " + line for line in reminders()))
