"""The set-up form's layout: five sections, step by step (WORKBOOK.md §5).

1 one activity and its unit, 2 three baseline measurements, 3 the start level, 4 goal, weeks,
sessions a week and start date, 5 the computed schedule. Widgets and their fixed words only;
saving and the live calculation are in :mod:`.setup_form` (``SetupForm`` builds on this view).
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain.graded_activity import (
    BASELINE_COUNT,
    MAX_ACTIVITY_LENGTH,
    MAX_SESSIONS_PER_WEEK,
    MAX_WEEKS,
    UNITS,
)
from ...i18n import args, translate
from ...widgets.chart_view import ChartView
from ...widgets.common import paragraph
from ...widgets.date_field import DateField
from .schedule_table import ScheduleTable
from .session_dialog import amount_box
from .texts import chart_label, unit_name


def message_label(name: str) -> QLabel:
    """A refusal explained in place; hidden while there is nothing to say."""
    label = paragraph()
    label.setObjectName(name)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class SetupView(QWidget):
    """The widgets of the set-up form, section by section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.sections = [QGroupBox() for _ in range(5)]
        self.helps = [paragraph() for _ in range(5)]
        builders = (self._build_activity, self._build_measurements, self._build_start,
                    self._build_goal, self._build_schedule)
        for box, help_label, build in zip(self.sections, self.helps, builders, strict=True):
            v = QVBoxLayout(box)
            v.addWidget(help_label)
            build(v)
            lay.addWidget(box)

    def _build_activity(self, v: QVBoxLayout) -> None:
        form = QFormLayout()
        self.activity = QLineEdit()
        self.activity.setObjectName("activity-name")
        self.activity.setMaxLength(MAX_ACTIVITY_LENGTH)
        self.unit = QComboBox()
        self.unit.setObjectName("activity-unit")
        for unit in UNITS:
            self.unit.addItem(unit, unit)
        self.activity_label, self.unit_label = QLabel(), QLabel()
        self.activity_label.setBuddy(self.activity)
        self.unit_label.setBuddy(self.unit)
        form.addRow(self.activity_label, self.activity)
        form.addRow(self.unit_label, self.unit)
        v.addLayout(form)

    def _build_measurements(self, v: QVBoxLayout) -> None:
        grid = QGridLayout()
        self.measure_labels: list[QLabel] = []
        self.measure_days: list[DateField] = []
        self.measure_amounts: list[QSpinBox] = []
        for i in range(BASELINE_COUNT):
            label = QLabel()
            day = DateField(QDate.currentDate())
            day.setDisplayFormat("d MMMM yyyy")
            box = amount_box("minutes", "")
            box.setObjectName(f"measurement-{i + 1}")
            label.setBuddy(box)
            grid.addWidget(label, i, 0)
            grid.addWidget(day, i, 1)
            grid.addWidget(box, i, 2)
            self.measure_labels.append(label)
            self.measure_days.append(day)
            self.measure_amounts.append(box)
        grid.setColumnStretch(3, 1)
        v.addLayout(grid)
        self.baseline_result = paragraph()
        self.baseline_result.setObjectName("baseline-result")
        v.addWidget(self.baseline_result)

    def _build_start(self, v: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.reduction_label = QLabel()
        self.reduction = QSpinBox()
        self.reduction.setObjectName("reduction")
        self.reduction.setRange(0, 100)  # wider than allowed, so a refusal can be explained
        self.reduction.setSuffix(" %")
        self.reduction_label.setBuddy(self.reduction)
        row.addWidget(self.reduction_label)
        row.addWidget(self.reduction)
        row.addStretch(1)
        v.addLayout(row)
        self.start_result = paragraph()
        self.start_result.setObjectName("start-result")
        self.reduction_message = message_label("reduction-message")
        v.addWidget(self.start_result)
        v.addWidget(self.reduction_message)

    def _build_goal(self, v: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.goal = amount_box("minutes", "")
        self.goal.setObjectName("goal")
        self.weeks = QSpinBox()
        self.weeks.setObjectName("weeks")
        self.weeks.setRange(0, MAX_WEEKS)
        self.weeks.setSpecialValueText("—")
        self.per_week = QSpinBox()
        self.per_week.setObjectName("sessions-per-week")
        self.per_week.setRange(1, MAX_SESSIONS_PER_WEEK)
        self.start_on = DateField(QDate.currentDate())
        self.start_on.setObjectName("start-date")
        self.start_on.setDisplayFormat("d MMMM yyyy")
        self.goal_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.goal_labels, self.goal_fields(), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        v.addLayout(form)
        self.goal_message = message_label("goal-message")
        v.addWidget(self.goal_message)

    def goal_fields(self) -> tuple[QWidget, ...]:
        return (self.goal, self.weeks, self.per_week, self.start_on)

    def _build_schedule(self, v: QVBoxLayout) -> None:
        self.increment_result = paragraph()
        self.increment_result.setObjectName("increment-result")
        self.table = ScheduleTable(with_results=False)
        self.chart = ChartView(chart_label)
        self.chart.setObjectName("schedule-preview-chart")
        self.missing = message_label("start-missing")
        row = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.setObjectName("start-plan")
        self.start_button.setDefault(True)
        self.discard_button = QPushButton()
        row.addWidget(self.start_button)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        for w in (self.increment_result, self.table, self.chart, self.missing):
            v.addWidget(w)
        v.addLayout(row)

    def retranslate(self) -> None:
        """The fixed words; the live calculation is written by the form."""
        titles = (translate("GradedActivity", "1. Kies één activiteit"),
                  translate("GradedActivity", "2. Meet je basisniveau"),
                  translate("GradedActivity", "3. Je startniveau"),
                  translate("GradedActivity", "4. Je doel"),
                  translate("GradedActivity", "5. Je schema"))
        helps = (
            translate("GradedActivity", "Kies één activiteit die je kunt meten: in minuten (wandelen, fietsen, "
                      "zwemmen), in herhalingen of in meter. Eén activiteit tegelijk houdt het overzichtelijk."),
            translate("GradedActivity", "Doe de activiteit op drie momenten, liefst op verschillende dagen. Ga "
                      "telkens door tot de pijn te veel wordt, stop dan, en noteer hoeveel je deed. Het "
                      "gemiddelde van de drie is je basisniveau."),
            translate("GradedActivity", "Je begint 20 tot 30 % onder je basisniveau, meestal 25 %. Zo blijf je "
                      "ruim onder je grens, ook op een slechte dag, en kun je rustig opbouwen."),
            translate("GradedActivity", "Wat wil je bereiken, en in hoeveel weken? Een tussendoel voor de "
                      "komende weken mag ook. Oefen minstens drie keer per week."),
            translate("GradedActivity", "Elke week doe je iets meer, tot je je doel bereikt. Bekijk het schema "
                      "rustig, eventueel samen met je therapeut, en start het als het goed voelt."),
        )
        for box, title, label, text in zip(self.sections, titles, self.helps, helps, strict=True):
            box.setTitle(title)
            label.setText(text)
        self.activity_label.setText(translate("GradedActivity", "&Activiteit:"))
        self.activity.setPlaceholderText(translate("GradedActivity", "bijvoorbeeld wandelen"))
        self.unit_label.setText(translate("GradedActivity", "&Meten in:"))
        for i, unit in enumerate(UNITS):
            self.unit.setItemText(i, unit_name(unit))
        for i, label in enumerate(self.measure_labels):
            label.setText(args(translate("GradedActivity", "Meting &%1:"), i + 1))
            self.measure_amounts[i].setAccessibleName(label.text().replace("&", ""))
            self.measure_days[i].setAccessibleName(args(translate("GradedActivity", "Datum van meting %1"), i + 1))
        self.reduction_label.setText(translate("GradedActivity", "Minder dan je basisniveau:"))
        self.reduction.setAccessibleName(translate("GradedActivity", "Percentage minder dan je basisniveau"))
        for label, text in zip(self.goal_labels, (
                translate("GradedActivity", "&Doel:"), translate("GradedActivity", "Aantal &weken:"),
                translate("GradedActivity", "&Keer per week:"), translate("GradedActivity", "&Startdatum:")),
                strict=True):
            label.setText(text)
        for w, label in zip(self.goal_fields(), self.goal_labels, strict=True):
            w.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.start_button.setText(translate("GradedActivity", "Plan starten"))
        self.discard_button.setText(translate("GradedActivity", "Dit plan weggooien…"))
        self.table.retranslate()
        self.chart.update()
