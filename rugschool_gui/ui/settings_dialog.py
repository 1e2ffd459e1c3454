"""Settings: language, text size and colour scheme, each applied the moment it is chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from .appsettings import COLOR_SCHEMES, TEXT_SIZES
from .i18n import translate


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


def scheme_names() -> dict[str, str]:
    return {
        "system": translate("Settings", "Zoals het systeem"),
        "light": translate("Settings", "Licht"),
        "dark": translate("Settings", "Donker"),
    }


class SettingsDialog(QDialog):
    def __init__(self, parent, current: dict[str, str], apply: Callable[[str, str], None]) -> None:
        super().__init__(parent)
        self._apply = apply
        self.language = QComboBox()
        self.text_size = QComboBox()
        self.scheme = QComboBox()
        self.names = QComboBox()
        self.names.setObjectName("names-in-title")
        self._labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for label, combo in zip(self._labels, (self.language, self.text_size, self.scheme, self.names), strict=True):
            label.setBuddy(combo)
            form.addRow(label, combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self._current = dict(current)
        self._fill()
        self.language.activated.connect(lambda _i: self._changed("language", self.language))
        self.text_size.activated.connect(lambda _i: self._changed("text_size", self.text_size))
        self.scheme.activated.connect(lambda _i: self._changed("color_scheme", self.scheme))
        self.names.activated.connect(lambda _i: self._changed("names_in_title", self.names))

    def _fill(self) -> None:
        self.setWindowTitle(translate("Settings", "Instellingen"))
        self._labels[0].setText(translate("Settings", "&Taal:"))
        self._labels[1].setText(translate("Settings", "Tekst&grootte:"))
        self._labels[2].setText(translate("Settings", "&Kleuren:"))
        self._labels[3].setText(translate("Settings", "&Naam van het werkboek in de venstertitel:"))
        for combo, names, key, order in (
            (self.language, language_names(), "language", ("nl", "en")),
            (self.text_size, text_size_names(), "text_size", TEXT_SIZES),
            (self.scheme, scheme_names(), "color_scheme", COLOR_SCHEMES),
            (self.names, privacy_names(), "names_in_title", ("hidden", "shown")),
        ):
            combo.blockSignals(True)
            combo.clear()
            for value in order:
                combo.addItem(names[value], value)
            combo.setCurrentIndex(max(0, combo.findData(self._current.get(key))))
            combo.setAccessibleName(self._labels[("language", "text_size", "color_scheme", "names_in_title").index(key)]
                                    .text().replace("&", "").rstrip(":"))
            combo.blockSignals(False)

    def _changed(self, key: str, combo: QComboBox) -> None:
        value = combo.currentData()
        self._current[key] = value
        self._apply(key, value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
