"""Split a task into pieces across day parts or days (WORKBOOK.md §2: peel the potatoes in the
morning, cook in the afternoon). Each piece gets a name, a day, a day part and its minutes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from ....domain.pacing import DAY_PARTS, MAX_NAME_LENGTH, Activity, Piece
from ...i18n import translate
from ...widgets.form_dialog import FormDialog
from .activity_dialog import day_box, minutes_box, part_box
from .texts import minutes_text

MAX_PIECES = 6


class SplitDialog(FormDialog):
    def __init__(self, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(translate("Pacing", "Taak opsplitsen"), parent, 80, "split-message")
        self._activity = activity
        lay = QVBoxLayout(self)
        intro = QLabel(translate(
            "Pacing", "Verdeel „%1” (%2) in stukken over de dagdelen of dagen. Geef elk stuk een naam, "
            "bijvoorbeeld aardappelen schillen in de ochtend en koken in de middag.").replace(
            "%1", activity.name).replace("%2", minutes_text(activity.minutes)))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.grid = QGridLayout()
        for col, text in enumerate((translate("Pacing", "Stuk"), translate("Pacing", "Dag"),
                                    translate("Pacing", "Dagdeel"), translate("Pacing", "Hoelang"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.rows: list[tuple[QLineEdit, QWidget, QWidget, QWidget]] = []
        lay.addLayout(self.grid)
        buttons_row = QHBoxLayout()
        self.add_button = QPushButton(translate("Pacing", "Nog een stuk"))
        self.add_button.clicked.connect(lambda: self._add_row())
        buttons_row.addWidget(self.add_button)
        buttons_row.addStretch(1)
        self.total = QLabel()
        buttons_row.addWidget(self.total)
        lay.addLayout(buttons_row)
        self.add_message_and_buttons(lay, translate("Pacing", "Opsplitsen"), QDialogButtonBox.StandardButton.Ok)
        half = max(1, activity.minutes // 2)
        next_part = DAY_PARTS[min(DAY_PARTS.index(activity.part) + 1, len(DAY_PARTS) - 1)]
        self._add_row("", activity.day, activity.part, half)
        self._add_row("", activity.day, next_part, activity.minutes - half)

    def _add_row(self, name: str = "", day: int | None = None, part: str | None = None, minutes: int = 0) -> None:
        if len(self.rows) >= MAX_PIECES:
            return
        n = len(self.rows) + 1
        edit = QLineEdit(name)
        edit.setMaxLength(MAX_NAME_LENGTH)
        edit.setPlaceholderText(f"{self._activity.name} ({n})")
        edit.setAccessibleName(translate("Pacing", "Naam van stuk %1").replace("%1", str(n)))
        days = day_box(self._activity.day if day is None else day)
        parts = part_box(part or self._activity.part)
        mins = minutes_box(minutes)
        days.setAccessibleName(translate("Pacing", "Dag van stuk %1").replace("%1", str(n)))
        parts.setAccessibleName(translate("Pacing", "Dagdeel van stuk %1").replace("%1", str(n)))
        mins.setAccessibleName(translate("Pacing", "Hoelang stuk %1 duurt").replace("%1", str(n)))
        mins.valueChanged.connect(self._show_total)
        for col, widget in enumerate((edit, days, parts, mins)):
            self.grid.addWidget(widget, n, col)
        self.rows.append((edit, days, parts, mins))
        self.add_button.setEnabled(len(self.rows) < MAX_PIECES)
        self._show_total()

    def _show_total(self, *_args) -> None:
        total = sum(row[3].value() for row in self.rows)
        text = translate("Pacing", "Samen %1 (de taak: %2)").replace("%1", minutes_text(total)).replace(
            "%2", minutes_text(self._activity.minutes))
        self.total.setText(text)

    def pieces(self) -> list[Piece]:
        return [Piece(days.currentData(), parts.currentData(), mins.value(), edit.text())
                for edit, days, parts, mins in self.rows]
