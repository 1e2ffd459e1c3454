"""Split a task into pieces across day parts or days (WORKBOOK.md §2: peel the potatoes in the
morning, cook in the afternoon). Each piece gets a name, a day, a day part and its minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain.pacing import MAX_NAME_LENGTH, Activity, Piece, suggest_pieces
from ...i18n import args, translate
from ...widgets.form_dialog import FormDialog
from .activity_dialog import day_box, minutes_box, part_box
from .texts import minutes_text

MAX_PIECES = 6


class SplitDialog(FormDialog):
    def __init__(self, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(translate("Pacing", "Taak opsplitsen"), parent, 80, "split-message")
        self._activity = activity
        lay = QVBoxLayout(self)
        self.intro = intro = QLabel(args(translate(
            "Pacing", "Verdeel „%1” (%2) in stukken over de dagdelen of dagen. Geef elk stuk een naam, "
            "bijvoorbeeld aardappelen schillen in de ochtend en koken in de middag."),
            activity.name, minutes_text(activity.minutes)))
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, never read as markup
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.grid = QGridLayout()
        for col, text in enumerate((translate("Pacing", "Stuk"), translate("Pacing", "Dag"),
                                    translate("Pacing", "Dagdeel"), translate("Pacing", "Hoelang"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.rows: list[tuple[QLineEdit, QComboBox, QComboBox, QSpinBox]] = []
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
        for piece in suggest_pieces(activity):
            self._add_row(piece.name, piece.day, piece.part, piece.minutes)

    def _add_row(self, name: str = "", day: int | None = None, part: str | None = None, minutes: int = 0) -> None:
        if len(self.rows) >= MAX_PIECES:
            return
        n = len(self.rows) + 1
        edit = QLineEdit(name)
        edit.setMaxLength(MAX_NAME_LENGTH)
        edit.setPlaceholderText(f"{self._activity.name} ({n})")
        edit.setAccessibleName(args(translate("Pacing", "Naam van stuk %1"), n))
        days = day_box(self._activity.day if day is None else day)
        parts = part_box(part or self._activity.part)
        mins = minutes_box(minutes)
        days.setAccessibleName(args(translate("Pacing", "Dag van stuk %1"), n))
        parts.setAccessibleName(args(translate("Pacing", "Dagdeel van stuk %1"), n))
        mins.setAccessibleName(args(translate("Pacing", "Hoelang stuk %1 duurt"), n))
        mins.valueChanged.connect(self._show_total)
        for col, widget in enumerate((edit, days, parts, mins)):
            self.grid.addWidget(widget, n, col)
        self.rows.append((edit, days, parts, mins))
        self.add_button.setEnabled(len(self.rows) < MAX_PIECES)
        self._show_total()

    def _show_total(self, *_args) -> None:
        total = sum(row[3].value() for row in self.rows)
        self.total.setText(args(translate("Pacing", "Samen %1 (de taak: %2)"), minutes_text(total),
                                minutes_text(self._activity.minutes)))

    def pieces(self) -> list[Piece]:
        return [Piece(days.currentData(), parts.currentData(), mins.value(), edit.text())
                for edit, days, parts, mins in self.rows]
