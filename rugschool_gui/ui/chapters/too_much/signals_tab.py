"""Stress signals: a check-in for a day (today unless another date is chosen; one per day —
coming back to a day edits it), the spec's signals in their groups plus the person's own, each
with an optional intensity 0–10 and a note; below it, how often each group came up per week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.too_much import (
    MAX_LABEL_LENGTH,
    OWN_GROUP,
    SCALE_MAX,
    SIGNAL_GROUPS,
    SignalEntry,
    chart_first_day,
    signal_chart,
    week_summary,
)
from ....wording.too_much import words
from ...context import PageContext
from ...dates import axis_date
from ...i18n import args, count_text, translate
from ...saving import Debouncer
from ...widgets.chart_view import ChartWithTable
from ...widgets.common import heading, paragraph
from ...widgets.date_field import DateField
from ...widgets.inputs import rating_box, rating_value, set_rating
from .running import ops, repo, run
from .texts import chart_label, group, signal


class _SignalRow:
    """One signal: a tick, an intensity and a note, on one grid row."""

    def __init__(self, grid: QGridLayout, row: int, key: str, label: str, changed: Callable[..., None]) -> None:
        self.key = key
        self.box = QCheckBox(label)
        self.box.setObjectName(f"signal-{key}")
        self.intensity = rating_box(SCALE_MAX, args(translate("TooMuch", "Intensiteit %1"), label.lower()))
        self.note = QLineEdit()
        self.note.setAccessibleName(args(translate("TooMuch", "Notitie bij %1"), label.lower()))
        self.box.toggled.connect(self._enable)
        self.box.toggled.connect(changed)
        self.intensity.valueChanged.connect(changed)
        self.note.textEdited.connect(changed)
        grid.addWidget(self.box, row, 0)
        grid.addWidget(self.intensity, row, 1)
        grid.addWidget(self.note, row, 2)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.intensity.setEnabled(on)
        self.note.setEnabled(on)

    def set(self, entry: SignalEntry | None) -> None:
        for w in (self.box, self.intensity, self.note):
            w.blockSignals(True)
        self.box.setChecked(entry is not None)
        set_rating(self.intensity, entry.intensity if entry else None)
        if not self.note.hasFocus():  # never pull text from under the typing cursor
            self.note.setText(entry.note if entry else "")
        for w in (self.box, self.intensity, self.note):
            w.blockSignals(False)
        self._enable(entry is not None)

    def entry(self) -> SignalEntry | None:
        if not self.box.isChecked():
            return None
        return SignalEntry(self.key, rating_value(self.intensity), self.note.text())


class SignalsTab(QWidget):
    def __init__(self, ctx: PageContext, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        v = QVBoxLayout(self)
        self.title = heading(level=2)
        self.intro = paragraph()
        v.addWidget(self.title)
        v.addWidget(self.intro)
        row = QHBoxLayout()
        self.day_label = QLabel()
        self.day = DateField(QDate.currentDate())
        self.day.setObjectName("checkin-day")
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.day.dateChanged.connect(self._day_changed)
        self.day_label.setBuddy(self.day)
        row.addWidget(self.day_label)
        row.addWidget(self.day)
        row.addStretch(1)
        v.addLayout(row)
        self.rows: list[_SignalRow] = []
        self.group_boxes: dict[str, QGroupBox] = {}
        self.headers: list[tuple[QLabel, QLabel]] = []
        # a group of one signal (hyperventilation, palpitations) is not a box titled with the
        # signal's own name again: the single signals share one box, each named once
        singles = [key for key, signals in SIGNAL_GROUPS.items() if len(signals) == 1]
        single_box: QGroupBox | None = None
        for key, signals in SIGNAL_GROUPS.items():
            if key in singles and single_box is not None:
                grid = single_box.layout()
                assert isinstance(grid, QGridLayout)
                self.rows.append(_SignalRow(grid, grid.rowCount(), signals[0], signal(signals[0]), self._changed))
                continue
            box = QGroupBox()
            grid = self._grid(box)
            for s in signals:
                self.rows.append(_SignalRow(grid, grid.rowCount(), s, signal(s), self._changed))
            self.group_boxes[key] = box
            if key in singles:
                single_box = box
            v.addWidget(box)
        self.single_box = single_box
        self.own_group = QGroupBox()
        self.own_grid = self._grid(self.own_group)
        self.own_empty = paragraph()
        self.own_empty.setObjectName("own-signals-empty")
        self.own_grid.addWidget(self.own_empty, 1, 0, 1, 4)
        own_row = QHBoxLayout()
        self.own_edit = QLineEdit()
        self.own_edit.setObjectName("own-signal")
        self.own_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.own_edit.returnPressed.connect(self.add_own)
        self.own_button = QPushButton()
        self.own_button.clicked.connect(self.add_own)
        own_row.addWidget(self.own_edit, 1)
        own_row.addWidget(self.own_button)
        v.addWidget(self.own_group)
        v.addLayout(own_row)
        self.own_rows: list[_SignalRow] = []
        self._own_buttons: list[QPushButton] = []
        self.status = paragraph()
        self.status.setObjectName("checkin-status")
        v.addWidget(self.status)
        self.chart = ChartWithTable(chart_label)
        self.chart.setObjectName("signal-chart")
        v.addWidget(self.chart)
        v.addStretch(1)
        self.saver = Debouncer(self._write, self)
        ctx.register_flusher(self.saver.flush)
        self._loaded_day: date | None = None

    def _grid(self, box: QGroupBox) -> QGridLayout:
        """A group's grid with visible column headers over the 0–10 box and the note."""
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        strength, note = QLabel(), QLabel()
        for label in (strength, note):
            label.setProperty("role", "caption")
            grid.addWidget(label, 0, 1 if label is strength else 2)
        self.headers.append((strength, note))
        return grid

    def retranslate(self) -> None:
        self.title.setText(words("signals_title"))
        for strength, note in self.headers:
            strength.setText(translate("TooMuch", "Hoe sterk (0–10)"))
            note.setText(translate("TooMuch", "Notitie"))
        self.own_empty.setText(translate(
            "TooMuch", "Nog geen eigen signalen. Merk je iets anders, zoals tandenknarsen of snel geïrriteerd "
            "zijn? Typ het hieronder en kies Toevoegen; het staat dan elke dag in deze lijst."))
        self.intro.setText(translate(
            "TooMuch", "Je lichaam geeft signalen als het te veel wordt. Vink aan wat je vandaag merkte. Een cijfer "
            "van 0 tot 10 en een notitie mogen, maar hoeven niet. Alles wordt meteen bewaard; kom je later op de "
            "dag terug, dan pas je dezelfde dag aan."))
        self.day_label.setText(translate("TooMuch", "&Dag:"))
        for key, box in self.group_boxes.items():
            box.setTitle(translate("TooMuch", "Ademhaling en hart") if box is self.single_box else group(key))
        self.own_group.setTitle(group(OWN_GROUP))
        self.own_edit.setPlaceholderText(translate("TooMuch", "Een eigen signaal, bijvoorbeeld tandenknarsen"))
        self.own_edit.setAccessibleName(translate("TooMuch", "Een eigen signaal"))
        self.own_button.setText(translate("TooMuch", "Toevoegen"))
        for r in self.rows:
            r.box.setText(signal(r.key))
        self.chart.retranslate()
        self.reload()

    # ----- loading ------------------------------------------------------------------------
    def selected_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        self.saver.flush()
        today = self.today()
        self.day.blockSignals(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        if self._loaded_day is None:
            self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.blockSignals(False)
        self._build_own_rows()
        self._load_day()
        self._show_chart()

    def _align(self) -> None:
        """One column width for every group, so the intensities line up down the page."""
        rows = self.rows + self.own_rows
        width = max(r.box.sizeHint().width() for r in rows)
        for r in rows:
            r.box.setMinimumWidth(width)

    def _build_own_rows(self) -> None:
        own = self.ctx.load(repo().list_own_signals, self.ctx.workbook_id, default=[])
        if [r.key for r in self.own_rows] == [k for k, _ in own]:
            self._align()
            return
        for w in [x for r in self.own_rows for x in (r.box, r.intensity, r.note)] + self._own_buttons:
            self.own_grid.removeWidget(w)  # the column headers and the empty hint stay
            w.hide()
            w.deleteLater()  # not at once: it may be the button whose click is being handled
        self.own_rows, self._own_buttons = [], []
        for i, (key, label) in enumerate(own, start=2):
            row = _SignalRow(self.own_grid, i, key, label, self._changed)
            remove = QPushButton(translate("TooMuch", "Weghalen"))
            remove.setAccessibleName(args(translate("TooMuch", "„%1” weghalen"), label))
            remove.clicked.connect(lambda _=False, k=key, lbl=label: self._remove_own(k, lbl))
            self.own_grid.addWidget(remove, i, 3)
            self.own_rows.append(row)
            self._own_buttons.append(remove)
        self.own_empty.setVisible(not own)
        self._align()

    def _load_day(self) -> None:
        day = self.selected_day()
        checkin = self.ctx.load(repo().get_checkin, self.ctx.workbook_id, day)
        entries = {s.key: s for s in checkin.signals} if checkin else {}
        for r in self.rows + self.own_rows:
            r.set(entries.get(r.key))
        self._loaded_day = day

    def _show_chart(self) -> None:
        today = self.today()
        checkins = self.ctx.load(repo().list_checkins, self.ctx.workbook_id, chart_first_day(today), default=[])
        self.chart.set_spec(signal_chart(checkins, today, axis_date,
                                         now_label=words("chart.this_week_so_far")))
        total, top = week_summary(checkins, today)
        text = count_text(total, translate("TooMuch", "1 signaal deze week"),
                          translate("TooMuch", "%1 signalen deze week"))
        if top:
            text += args(translate("TooMuch", ", vooral %1"), group(top).lower())
        self.status.setText(text + ".")

    # ----- saving -------------------------------------------------------------------------
    def _day_changed(self) -> None:
        self.saver.flush()
        self._load_day()

    def _changed(self, *_args) -> None:
        self.saver.poke()

    def _write(self) -> None:
        """The day's ticks, intensities and notes (nothing ticked clears the day: undoable)."""
        day = self._loaded_day or self.selected_day()
        entries = [e for e in (r.entry() for r in self.rows + self.own_rows) if e is not None]
        run(self, self.ctx, ops().save_checkin, day, entries)
        self._show_chart()

    def add_own(self) -> None:
        change = run(self, self.ctx, ops().add_own_signal, self.own_edit.text())
        if change is not None:
            key = change.result
            self.saver.flush()
            self.own_edit.clear()
            self._build_own_rows()
            self._load_day()
            row = next((r for r in self.own_rows if r.key == key), None)
            if row is not None:
                row.box.setChecked(True)  # added today: it came up today

    def _remove_own(self, key: str, _label: str = "") -> None:
        self.saver.flush()
        if run(self, self.ctx, ops().remove_own_signal, key) is not None:
            self.reload()
