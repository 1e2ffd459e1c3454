"""A date you can type in one field (``15-3``, ``15-03-2026``) or pick from a calendar.

One Tab stop. It shows the date written out ("15 maart 2026"); on focus the text is selected,
so typing replaces it. Enter or leaving the field takes the typed date; text that is not a date
puts the earlier date back and says, beside the field, how to write one. Alt+↓ or F4 (or the
calendar button in the field) opens a calendar; Esc closes it without a change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QWidget

from ...domain.typed_dates import parse_typed_date
from ..i18n import args, translate


def _calendar_icon(size: int, colour: QColor) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.0, size / 14))
    p.setPen(pen)
    m = size * 0.12
    p.drawRoundedRect(int(m), int(m * 1.6), int(size - 2 * m), int(size - 2.6 * m), 2, 2)
    p.drawLine(int(m), int(size * 0.38), int(size - m), int(size * 0.38))
    for col in range(3):
        for row in range(2):
            x = m + (size - 2 * m) * (0.2 + 0.3 * col)
            y = size * (0.52 + 0.2 * row)
            p.fillRect(int(x), int(y), max(2, size // 10), max(2, size // 10), colour)
    p.end()
    return QIcon(pix)


class DateField(QLineEdit):
    dateChanged = Signal(QDate)

    def __init__(self, initial: QDate | dt.date | None = None, parent: QWidget | None = None,
                 display_format: str = "d MMMM yyyy") -> None:
        super().__init__(parent)
        self._format = display_format
        self._date = QDate.currentDate()
        self._minimum: QDate | None = None
        self._maximum: QDate | None = None
        self._popup: QCalendarWidget | None = None
        self.setDate(initial if initial is not None else QDate.currentDate())
        size = self.fontMetrics().height()
        self.calendar_action = QAction(_calendar_icon(size, self.palette().text().color()), "", self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._take_typed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("woensdag 30 september 2026") + size * 3)
        self.retranslate()

    def retranslate(self) -> None:
        self.calendar_action.setText(translate("DateField", "Kalender openen"))
        self.calendar_action.setToolTip(translate("DateField", "Kalender openen (Alt+pijl omlaag)"))
        self.setAccessibleDescription(translate(
            "DateField", "Typ een datum, bijvoorbeeld 15-3 of 15-03-2026, of open de kalender met Alt+pijl omlaag."))
        self.setToolTip(translate("DateField", "Typ een datum, bijvoorbeeld 15-3 of 15-03-2026"))
        self._show()

    # ----- the QDateEdit-like interface the forms use -------------------------------------
    def date(self) -> QDate:
        self._take_typed()  # a date typed but not yet confirmed counts
        return QDate(self._date)

    def setDate(self, value: QDate | dt.date) -> None:  # ``date`` is the method here
        qd = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
        qd = self._clamped(qd)
        changed = qd != self._date
        self._date = qd
        self._show()
        if changed:
            self.dateChanged.emit(QDate(qd))

    def setMinimumDate(self, value: QDate) -> None:
        self._minimum = value
        self.setDate(self._date)

    def setMaximumDate(self, value: QDate) -> None:
        self._maximum = value
        self.setDate(self._date)

    def setDisplayFormat(self, display_format: str) -> None:
        self._format = display_format
        self._show()

    # ----- typing -------------------------------------------------------------------------
    def _clamped(self, qd: QDate) -> QDate:
        if self._minimum is not None and qd < self._minimum:
            return QDate(self._minimum)
        if self._maximum is not None and qd > self._maximum:
            return QDate(self._maximum)
        return qd

    def _show(self) -> None:
        from PySide6.QtCore import QLocale

        self.setText(QLocale().toString(self._date, self._format))

    def _take_typed(self) -> None:
        from PySide6.QtCore import QLocale

        text = self.text().strip()
        if text == QLocale().toString(self._date, self._format):
            return
        shown = QLocale().toDate(text, self._format)
        if shown.isValid():
            self.setDate(shown)
            return
        typed = parse_typed_date(text, dt.date.today())
        if typed is None:
            self._show()
            self._explain(translate("DateField", "Dat is geen datum die de app kent. Typ bijvoorbeeld 15-3 "
                                                 "of 15-03-2026; de vorige datum staat er weer."))
            return
        wanted = QDate(typed.year, typed.month, typed.day)
        if self._clamped(wanted) != wanted:
            self._explain(args(translate("DateField", "Die datum kan hier niet: kies een dag tussen %1 en %2."),
                               self._limit_text(self._minimum), self._limit_text(self._maximum)))
        self.setDate(wanted)

    def _limit_text(self, limit: QDate | None) -> str:
        from PySide6.QtCore import QLocale

        return QLocale().toString(limit, "d MMMM yyyy") if limit is not None else "…"

    def _explain(self, text: str) -> None:
        self.setAccessibleDescription(text)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), text, self)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            self.selectAll()

    def keyPressEvent(self, event) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._take_typed()
        super().keyPressEvent(event)  # Enter still reaches the dialog's default button

    # ----- the calendar ---------------------------------------------------------------------
    def open_calendar(self) -> None:
        self._take_typed()
        if self._popup is None:
            self._popup = QCalendarWidget(self)
            self._popup.setWindowFlags(Qt.WindowType.Popup)
            self._popup.setObjectName("date-field-calendar")
            self._popup.setAccessibleName(translate("DateField", "Kalender"))
            self._popup.setGridVisible(True)
            self._popup.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            # Qt paints weekends pure red (under 4.5:1 on white): the text colour, in bold, instead
            from PySide6.QtGui import QTextCharFormat

            weekend = QTextCharFormat()
            weekend.setForeground(self.palette().text())
            weekend.setFontWeight(700)
            for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
                self._popup.setWeekdayTextFormat(day, weekend)
            self._popup.activated.connect(self._picked)
            self._popup.clicked.connect(self._picked)
            self._popup.installEventFilter(self)
        self._popup.setMinimumDate(self._minimum or QDate(1900, 1, 1))
        self._popup.setMaximumDate(self._maximum or QDate(2999, 12, 31))
        self._popup.setSelectedDate(self._date)
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, obj, event) -> bool:
        if obj is self._popup and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self._popup.hide()
            self.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        return False

    def _picked(self, qd: QDate) -> None:
        if self._popup is not None:  # it sent the date
            self._popup.hide()
        self.setDate(qd)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendar(self) -> QCalendarWidget | None:
        """The calendar pop-up once it was opened (for tests and screenshots)."""
        return self._popup
