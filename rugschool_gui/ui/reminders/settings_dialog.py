"""Instellingen → Herinneringen…: each kind on or off (nothing is on until chosen), the days and
time of graded activity, the check-in's time, the time of homework that is due, quiet hours, and
the opt-in tray that starts at login. Every change is applied and saved at once, like the other
settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.reminders import (
    CHECKIN,
    DAY_PART_TIMES,
    EXPOSURE,
    GRADED_ACTIVITY,
    HOMEWORK,
    KINDS,
    PACING,
    ReminderSettings,
)
from ..design import caption
from ..i18n import args, translate
from ..widgets.common import heading, paragraph
from ..widgets.form_dialog import AppDialog
from ..widgets.wrapping import WrapCheckBox
from .texts import kind_name


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


def _time_edit(name: str, value: time) -> QTimeEdit:
    edit = QTimeEdit(_qtime(value))
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


class RemindersDialog(AppDialog):
    """``apply(choices)`` saves and follows new choices; ``set_tray(on)`` returns what is in effect."""

    def __init__(self, parent: QWidget | None, choices: ReminderSettings, tray: bool,
                 apply: Callable[[ReminderSettings], None], set_tray: Callable[[bool], bool],
                 tray_available: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("reminders-dialog")
        self._apply, self._set_tray = apply, set_tray
        self.setWindowTitle(translate("Reminders", "Herinneringen"))
        outer = QVBoxLayout(self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(paragraph(translate(
            "Reminders", "Een herinnering verschijnt als melding op je bureaublad zolang de app open is. "
            "Niets staat aan tot je het zelf kiest, eventueel samen met je therapeut. Je krijgt per "
            "oefening hooguit één herinnering, nooit tijdens je rusttijd.")))
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = WrapCheckBox(kind_name(kind))
            box.setObjectName(f"remind-{kind}")
            box.setChecked(kind in choices.kinds)
            self.kind_boxes[kind] = box
        # graded activity: which days, what time
        lay.addWidget(heading(translate("Reminders", "Wat wil je herinnerd worden?"), level=3))
        lay.addWidget(self.kind_boxes[GRADED_ACTIVITY])
        days_row = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        for d in range(7):
            # the locale's day names (Qt counts Monday as 1)
            day = QCheckBox(QLocale().dayName(d + 1, QLocale.FormatType.ShortFormat))
            day.setObjectName(f"remind-day-{d}")
            day.setAccessibleName(QLocale().dayName(d + 1, QLocale.FormatType.LongFormat))
            day.setChecked(d in choices.activity_days)
            self.day_boxes.append(day)
            days_row.addWidget(day)
        days_row.addStretch(1)
        self.activity_time = _time_edit("remind-activity-time", choices.activity_time)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        days_label = QLabel(translate("Reminders", "Op deze dagen:"))
        form.addRow(days_label, days_row)
        time_label = QLabel(translate("Reminders", "Om &uur:"))
        time_label.setBuddy(self.activity_time)
        form.addRow(time_label, self.activity_time)
        lay.addLayout(form)
        lay.addWidget(caption(translate(
            "Reminders", "Minstens drie keer per week, de afgesproken hoeveelheid. Haalde je het deze week "
            "al, dan zegt de herinnering dat meer doen niet het plan is.")))
        lay.addWidget(self.kind_boxes[EXPOSURE])
        lay.addWidget(caption(translate("Reminders", "Op het uur dat je de oefening plande.")))
        lay.addWidget(self.kind_boxes[CHECKIN])
        self.checkin_time = _time_edit("remind-checkin-time", choices.checkin_time)
        checkin_form = QFormLayout()
        checkin_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        checkin_label = QLabel(translate("Reminders", "Elke dag om &uur:"))
        checkin_label.setBuddy(self.checkin_time)
        checkin_form.addRow(checkin_label, self.checkin_time)
        lay.addLayout(checkin_form)
        lay.addWidget(self.kind_boxes[PACING])
        lay.addWidget(caption(args(translate(
            "Reminders", "Bij het begin van het dagdeel: 's ochtends om %1, 's middags om %2, 's avonds om %3."),
            *(t.strftime("%H:%M") for t in DAY_PART_TIMES.values()))))
        # homework the psychologist set, with a due date (domain.reminders.reminder_day)
        lay.addWidget(self.kind_boxes[HOMEWORK])
        self.homework_time = _time_edit("remind-homework-time", choices.homework_time)
        homework_form = QFormLayout()
        homework_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        homework_label = QLabel(translate("Reminders", "Op die dag om uu&r:"))
        homework_label.setBuddy(self.homework_time)
        homework_form.addRow(homework_label, self.homework_time)
        lay.addLayout(homework_form)
        lay.addWidget(caption(translate(
            "Reminders", "Op de laatste dag, of de dag ervoor als er meer dan één keer iets gevraagd is: dan "
            "kun je het rustig verdelen. Niet voor huiswerk dat gedaan of uitgesteld is, en alles samen in één "
            "herinnering.")))
        # quiet hours
        lay.addWidget(heading(translate("Reminders", "Rusttijd"), level=3))
        self.quiet_start = _time_edit("quiet-start", choices.quiet_start)
        self.quiet_end = _time_edit("quiet-end", choices.quiet_end)
        quiet_row = QHBoxLayout()
        quiet_from = QLabel(translate("Reminders", "Geen herinneringen &van"))
        quiet_from.setBuddy(self.quiet_start)
        quiet_to = QLabel(translate("Reminders", "&tot"))
        quiet_to.setBuddy(self.quiet_end)
        for w in (quiet_from, self.quiet_start, quiet_to, self.quiet_end):
            quiet_row.addWidget(w)
        quiet_row.addStretch(1)
        lay.addLayout(quiet_row)
        # the tray
        lay.addWidget(heading(translate("Reminders", "Ook als het venster dicht is"), level=3))
        self.tray = WrapCheckBox(translate(
            "Reminders", "In het systeemvak blijven als ik het venster sluit, en daar starten als ik me aanmeld"))
        self.tray.setObjectName("remind-tray")
        self.tray.setChecked(tray)
        self.tray.setEnabled(tray_available)
        lay.addWidget(self.tray)
        lay.addWidget(caption(translate(
            "Reminders", "Helemaal stoppen doe je dan met Afsluiten in het menu van het pictogram in het "
            "systeemvak.") if tray_available else translate(
            "Reminders", "Je bureaublad heeft geen systeemvak: herinneringen komen alleen terwijl de app open is.")))
        lay.addStretch(1)
        # the choices scroll (a laptop screen of 720 px is shorter than them at a large text size);
        # "Sluiten" stays in view below them
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the choices, not to it
        scroller.setWidget(body)
        scroller.setMinimumHeight(min(body.sizeHint().height(), self.fontMetrics().height() * 14))
        scroller.setMinimumWidth(body.sizeHint().width())
        outer.addWidget(scroller, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        outer.addWidget(buttons)
        # as tall as the choices need; AppDialog keeps it within the screen, the rest scrolls
        margins = outer.contentsMargins()
        self.resize(self.sizeHint().width(), body.sizeHint().height() + buttons.sizeHint().height()
                    + outer.spacing() + margins.top() + margins.bottom())
        for toggle in (*self.kind_boxes.values(), *self.day_boxes):
            toggle.toggled.connect(self._changed)
        for edit in (self.activity_time, self.checkin_time, self.homework_time, self.quiet_start, self.quiet_end):
            edit.timeChanged.connect(self._changed)
        self.tray.toggled.connect(self._tray_changed)
        self._follow()

    def choices(self) -> ReminderSettings:
        return ReminderSettings(
            kinds=frozenset(k for k, box in self.kind_boxes.items() if box.isChecked()),
            activity_days=frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked()),
            activity_time=_time(self.activity_time.time()), checkin_time=_time(self.checkin_time.time()),
            homework_time=_time(self.homework_time.time()),
            quiet_start=_time(self.quiet_start.time()), quiet_end=_time(self.quiet_end.time()))

    def _follow(self) -> None:
        graded = self.kind_boxes[GRADED_ACTIVITY].isChecked()
        for box in self.day_boxes:
            box.setEnabled(graded)
        self.activity_time.setEnabled(graded)
        self.checkin_time.setEnabled(self.kind_boxes[CHECKIN].isChecked())
        self.homework_time.setEnabled(self.kind_boxes[HOMEWORK].isChecked())

    def _changed(self, *_args) -> None:
        self._follow()
        self._apply(self.choices())

    def _tray_changed(self, on: bool) -> None:
        in_effect = self._set_tray(on)
        if in_effect != on:
            self.tray.blockSignals(True)
            self.tray.setChecked(in_effect)
            self.tray.blockSignals(False)
