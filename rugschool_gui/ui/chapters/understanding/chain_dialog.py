"""The form of one chain diary entry: situation → bodily sensation → thought → emotion →
behaviour, possibly several rounds, and the link I could change next time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.understanding import LINKS, MAX_ROUNDS, ChainEntry, Round
from ....wording.understanding import words
from ...i18n import args, translate
from ...widgets.date_field import DateField
from ...widgets.form_dialog import FormDialog
from .texts import link


class ChainDialog(FormDialog):
    def __init__(self, entry: ChainEntry, parent: QWidget | None = None) -> None:
        super().__init__(words("form"), parent, 110, "chain-message")
        self._entry = entry
        lay = QVBoxLayout(self)
        top = QFormLayout()
        self.day = DateField(QDate(entry.day.year, entry.day.month, entry.day.day))
        self.day.setDisplayFormat("d MMMM yyyy")
        top.addRow(translate("Understanding", "&Datum:"), self.day)
        lay.addLayout(top)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(""), 0, 0)
        for col, key in enumerate(LINKS, start=1):
            head = QLabel(f"<b>{link(key)}</b>")
            self.grid.addWidget(head, 0, col)
            self.grid.setColumnStretch(col, 1)
        self.rows: list[list[QLineEdit]] = []
        lay.addLayout(self.grid)
        row = QHBoxLayout()
        self.round_button = QPushButton(translate("Understanding", "Nog een ronde"))
        self.round_button.clicked.connect(lambda: self._add_round())
        row.addWidget(self.round_button)
        row.addStretch(1)
        lay.addLayout(row)
        bottom = QFormLayout()
        self.change = QComboBox()
        self.change.addItem(translate("Understanding", "(nog niet gekozen)"), None)
        for key in LINKS:
            self.change.addItem(link(key), key)
        self.change.setCurrentIndex(max(0, self.change.findData(entry.change_link)))
        self.note = QLineEdit(entry.note)
        for text, field in ((translate("Understanding", "Welke schakel wil ik de &volgende keer veranderen?"), self.change),
                            (translate("Understanding", "&Notitie:"), self.note)):
            label = QLabel(text)
            label.setBuddy(field)
            bottom.addRow(label, field)
        lay.addLayout(bottom)
        self.add_message_and_buttons(lay)
        for r in entry.rounds or (("",) * len(LINKS),):
            self._add_round(r)

    def _add_round(self, texts: Round | None = None) -> None:
        if len(self.rows) >= MAX_ROUNDS:
            return
        n = len(self.rows) + 1
        self.grid.addWidget(QLabel(words("round", number=n)), n, 0)
        edits = []
        for col, key in enumerate(LINKS, start=1):
            edit = QLineEdit((texts or ("",) * len(LINKS))[col - 1])
            edit.setAccessibleName(f"{link(key)}, " + args(translate("Understanding", "ronde %1"), n))
            self.grid.addWidget(edit, n, col)
            edits.append(edit)
        self.rows.append(edits)
        self.round_button.setEnabled(len(self.rows) < MAX_ROUNDS)
        edits[0].setFocus()

    def entry(self) -> ChainEntry:
        d = self.day.date()
        return replace(self._entry, day=date(d.year(), d.month(), d.day()),
                       rounds=tuple(tuple(e.text() for e in r) for r in self.rows),
                       change_link=self.change.currentData(), note=self.note.text())
