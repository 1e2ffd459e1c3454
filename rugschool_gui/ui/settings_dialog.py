"""Settings: language, text size, colours and privacy (title, idle lock), each applied when chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from .appsettings import COLOR_SCHEMES, TEXT_SIZES
from .i18n import args, translate
from .widgets.form_dialog import AppDialog


def language_names() -> dict[str, str]:
    # each language in its own name, so a person who cannot read the current one finds theirs
    return {"nl": "Nederlands", "en": "English"}


def text_size_names() -> dict[str, str]:
    return {
        "small": translate("Settings", "Klein"),
        "normal": translate("Settings", "Normaal"),
        "large": translate("Settings", "Groot"),
        "larger": translate("Settings", "Extra groot"),
    }


def privacy_names() -> dict[str, str]:
    return {
        "hidden": translate("Settings", "Verbergen (gedeelde computer)"),
        "shown": translate("Settings", "Tonen"),
    }


def lock_names() -> dict[str, str]:
    from ..domain.privacy_lock import IDLE_CHOICES

    names = {"0": translate("Settings", "Nooit")}
    for minutes in IDLE_CHOICES[1:]:
        names[str(minutes)] = args(translate("Settings", "Na %1 minuten zonder gebruik"), minutes)
    return names


def scheme_names() -> dict[str, str]:
    return {
        "system": translate("Settings", "Zoals het systeem"),
        "light": translate("Settings", "Licht"),
        "dark": translate("Settings", "Donker"),
    }


class SettingsDialog(AppDialog):
    def __init__(self, parent, current: dict[str, str], apply: Callable[..., str | None]) -> None:
        super().__init__(parent)
        # each choice applies at once, nothing is read after it closes: gone then (not piling up
        # under the window, nor left in the screen reader's tree as a nameless hidden dialog)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._apply = apply
        self.language = QComboBox()
        self.text_size = QComboBox()
        self.scheme = QComboBox()
        self.names = QComboBox()
        self.names.setObjectName("names-in-title")
        self.lock = QComboBox()
        self.lock.setObjectName("lock-minutes")
        self.change_passphrase = QPushButton()
        self.change_passphrase.setObjectName("change-passphrase")
        self.change_passphrase.clicked.connect(self._new_passphrase)
        combos = (self.language, self.text_size, self.scheme, self.names, self.lock)
        self._labels = [QLabel() for _ in combos]
        form = QFormLayout()
        # at a large text size a long label and its choices do not fit beside each other: the
        # choice goes under its label instead of widening the dialog past the screen
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, combo in zip(self._labels, combos, strict=True):
            label.setBuddy(combo)
            form.addRow(label, combo)
        form.addRow("", self.change_passphrase)
        self.reminders = QPushButton()  # issue #20: its own dialog (ui/reminders/settings_dialog.py)
        self.reminders.setObjectName("open-reminders")
        self.reminders.clicked.connect(lambda: self._apply("open_reminders", "", self))
        form.addRow("", self.reminders)
        self.practice = QPushButton()  # issue #21: a practice database on a server
        self.practice.setObjectName("open-practice")
        self.practice.clicked.connect(lambda: self._apply("open_practice", "", self))
        form.addRow("", self.practice)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        from .role_setting import settings_part  # issue #25: patient or psychologist

        self.role = settings_part(self)
        if self.role is not None:
            lay.addWidget(self.role)
        lay.addWidget(self.buttons)
        self._current = dict(current)
        self._fill()
        self.language.activated.connect(lambda _i: self._changed("language", self.language))
        self.text_size.activated.connect(lambda _i: self._changed("text_size", self.text_size))
        self.scheme.activated.connect(lambda _i: self._changed("color_scheme", self.scheme))
        self.names.activated.connect(lambda _i: self._changed("names_in_title", self.names))
        self.lock.activated.connect(lambda _i: self._changed("lock_minutes", self.lock))

    def _fill(self) -> None:
        self.setWindowTitle(translate("Settings", "Instellingen"))
        self._labels[0].setText(translate("Settings", "&Taal:"))
        self._labels[1].setText(translate("Settings", "Tekst&grootte:"))
        self._labels[2].setText(translate("Settings", "&Kleuren:"))
        self._labels[3].setText(translate(
            "Settings", "&Naam van het werkboek in venstertitel, bestandsnamen en PDF-eigenschappen:"))
        self._labels[4].setText(translate("Settings", "&Vergrendelen met een wachtzin:"))
        self.change_passphrase.setText(translate("Settings", "Andere &wachtzin kiezen…"))
        self.reminders.setText(translate("Settings", "&Herinneringen…"))
        self.practice.setText(translate("Settings", "&Praktijkdatabase…"))
        self.change_passphrase.setVisible(self._current.get("lock_minutes", "0") != "0")
        for combo, names, key, order in (
            (self.language, language_names(), "language", ("nl", "en")),
            (self.text_size, text_size_names(), "text_size", TEXT_SIZES),
            (self.scheme, scheme_names(), "color_scheme", COLOR_SCHEMES),
            (self.names, privacy_names(), "names_in_title", ("hidden", "shown")),
            (self.lock, lock_names(), "lock_minutes", tuple(lock_names())),
        ):
            combo.blockSignals(True)
            combo.clear()
            for value in order:
                combo.addItem(names[value], value)
            combo.setCurrentIndex(max(0, combo.findData(self._current.get(key))))
            combo.setAccessibleName(self._labels[self._KEYS.index(key)]
                                    .text().replace("&", "").rstrip(":"))
            combo.blockSignals(False)

    _KEYS = ("language", "text_size", "color_scheme", "names_in_title", "lock_minutes")

    def _changed(self, key: str, combo: QComboBox) -> None:
        value = combo.currentData()
        in_effect = self._apply(key, value, self)
        self._current[key] = in_effect if in_effect is not None else value
        if self._current[key] != value:  # e.g. the lock stays off when no passphrase was chosen
            self._fill()
        self.change_passphrase.setVisible(self._current.get("lock_minutes", "0") != "0")

    def _new_passphrase(self) -> None:
        self._apply("new_passphrase", self._current.get("lock_minutes", "0"), self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
