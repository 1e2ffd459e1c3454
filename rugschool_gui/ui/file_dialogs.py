"""Every "save as" and "open" question of the app, in one place.

- **In the app's language**: Qt's own file dialog (never the desktop's native one, which speaks
  the desktop's language, not the one chosen in the app), translated by Qt's ``qtbase_xx.qm``;
  the few strings that catalogue lacks for Dutch ("Look in:", "Files of type:", the kinds of
  files) and its formal "u" come from ``ui.i18n.DutchQtGaps``, installed with the language.
- **Where it starts**: the folder used last (remembered in the app's settings, never a file
  name), else Documents (created if missing), else the home folder — never the program's folder.
- **Nothing written outside the data folder**: Qt's dialog remembers its history in the
  ``QtProject`` settings (normally ``~/.config/QtProject.conf``); :func:`keep_qt_settings_private`
  points those settings at the app's data folder before any dialog opens.

The answer of the chooser is the one thing tests may stub (``QFileDialog.getSaveFileName`` /
``getOpenFileName``): it lies outside the app, it is the person's choice on their disk.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from .appsettings import AppSettings

#: Qt's file dialog, always: it follows the app's language and its settings stay in the data folder
OPTIONS = QFileDialog.Option.DontUseNativeDialog


def keep_qt_settings_private() -> Path:
    """Qt's own settings (the file dialog's history) go to the app's data folder; returns it."""
    from ..paths import data_dir

    folder = data_dir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


def documents_folder() -> Path:
    """The person's Documents folder (made when missing), else their home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location:
        folder = Path(location)
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            return folder
    return Path.home()


def start_folder(settings: AppSettings | None) -> Path:
    """The folder used last if it still exists, else Documents."""
    last = settings.last_folder if settings is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def _remember(settings: AppSettings | None, chosen: Path) -> None:
    if settings is not None:
        settings.last_folder = str(chosen.parent)


def _after_dialog(folder: Path) -> None:
    """Qt's settings file, when the dialog wrote one: readable by the person only."""
    from ..storage.files import make_private

    for name in ("QtProject.conf", "QtProject.ini"):
        if (folder / name).exists():
            with contextlib.suppress(OSError):
                make_private(folder / name)


def save_path(parent: QWidget | None, title: str, file_name: str, file_filter: str, suffix: str,
              settings: AppSettings | None) -> Path | None:
    """Ask where to save ``file_name`` (suggested in the start folder); the chosen path with
    ``suffix`` (".pdf") added when the person left it off, or None when they cancelled."""
    private = keep_qt_settings_private()
    start = start_folder(settings) / file_name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter, options=OPTIONS)
    _after_dialog(private)
    if not path:
        return None
    chosen = Path(path)
    if chosen.suffix.lower() != suffix.lower():
        chosen = chosen.with_name(chosen.name + suffix)
    _remember(settings, chosen)
    return chosen


def open_path(parent: QWidget | None, title: str, file_filter: str,
              settings: AppSettings | None) -> Path | None:
    """Ask which file to open (starting in the start folder), or None when cancelled."""
    private = keep_qt_settings_private()
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings)), file_filter,
                                          options=OPTIONS)
    _after_dialog(private)
    if not path:
        return None
    _remember(settings, Path(path))
    return Path(path)


# ----- after saving -------------------------------------------------------------------------
def offer_to_open(parent: QWidget | None, path: Path, title: str, text: str) -> str:
    """A quiet confirmation that ``path`` was saved, with "Openen" (the file), "Toon in map" (its
    folder) and "Sluiten". When no program can be started for it, says so kindly and shows where
    the file is. Returns what happened: "opened", "shown", "closed" or "no-viewer"."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from .i18n import args, translate

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(args(translate("FileDialogs", "Map: %1"), str(path.parent)))
    open_file = box.addButton(translate("FileDialogs", "Openen"), QMessageBox.ButtonRole.AcceptRole)
    show_folder = box.addButton(translate("FileDialogs", "Toon in map"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(translate("FileDialogs", "Sluiten"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_file)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        target, done = path, "opened"
    elif clicked is show_folder:
        target, done = path.parent, "shown"
    else:
        return "closed"
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        return done
    no_viewer = QMessageBox(QMessageBox.Icon.Information, title, (
        translate("FileDialogs", "Er is op deze computer geen programma gevonden om het bestand te openen. "
                                 "Het bestand is wel bewaard. Je vindt het hier:")
        if done == "opened" else translate("FileDialogs", "De map kon niet geopend worden. Het bestand is wel "
                                                          "bewaard. Je vindt het hier:")) + "\n\n" + str(path),
        QMessageBox.StandardButton.Ok, parent)
    no_viewer.setTextInteractionFlags(no_viewer.textInteractionFlags()
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
    no_viewer.exec()
    return "no-viewer"
