"""Save and open dialogs (``ui.file_dialogs``), driven for real through the event loop: Qt's own
dialog in the app's language, starting in the folder used last (else Documents), writing nothing
outside the data folder; after a PDF, "Openen" / "Toon in map" and a kind word when no viewer
starts. Only the OS's launcher (``QDesktopServices.openUrl``) is replaced: it lies outside the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit

from rugschool_gui.storage import exposure
from rugschool_gui.ui import file_dialogs, pdf_dialog

from .driving import answer, read_into, save


@pytest.fixture
def person(tmp_path, monkeypatch) -> Path:
    """A home folder of the person, empty (no Documents yet); Qt's default settings would land
    in its .config."""
    home = tmp_path / "person"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


def choosing(name: str | None, seen: list | None = None):
    """A step on the file dialog: (note its labels and folder,) type ``name`` and press Enter,
    or with None press Escape."""
    def step(dialog):
        assert isinstance(dialog, QFileDialog)
        if seen is not None:
            labels = {label.objectName(): label.text().replace("&", "")
                      for label in dialog.findChildren(QLabel) if label.isVisible() and label.objectName()}
            seen.append((labels, dialog.directory().absolutePath()))
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setFocus(Qt.FocusReason.TabFocusReason)
        if name is None:
            QTest.keyClick(field, Qt.Key.Key_Escape)
            return
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field, name)
        popup = field.completer().popup() if field.completer() else None
        if popup is not None and popup.isVisible():  # the folder's names offered while typing
            popup.hide()
        # the dialog learns a folder's contents in the background: "Opslaan" waits for it
        accept = dialog.findChild(QDialogButtonBox).buttons()[0]
        for _ in range(500):
            if accept.isEnabled():
                break
            QTest.qWait(10)
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert not dialog.isVisible(), f"the dialog stayed open with {field.text()!r}"
    return step


def _save_pdf(s, modals, *then):
    exposure.add_item(s.ctx.store, s.ctx.workbook_id, "Bukken", 30)
    for step in then:
        modals.then(step)
    return pdf_dialog.export_pdf_interactively(s.window, s.ctx)


def test_the_save_dialog_speaks_dutch_starts_in_documents_and_remembers(startup, person, data_home, modals,
                                                                        monkeypatch):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    elsewhere = person / "usb"  # a stick plugged in
    elsewhere.mkdir()
    s = startup()
    seen = []
    result = _save_pdf(s, modals, save, choosing("voor de psycholoog", seen), answer("Openen"))
    labels, folder = seen[0]
    assert labels["lookInLabel"] == "Zoeken in:" and labels["fileTypeLabel"] == "Bestandstype:"
    assert labels["fileNameLabel"] == "Bestandsnaam:"
    # Documents, made for the person; never the program's folder
    assert folder == str(person / "Documents") and (person / "Documents").is_dir()
    assert result == person / "Documents" / "voor de psycholoog.pdf" and result.read_bytes().startswith(b"%PDF")
    assert [u.toLocalFile() for u in opened] == [str(result)]  # "Openen" opens the file
    assert s.ctx.settings.last_folder == str(person / "Documents")  # remembered: a folder, no file name
    # the next dialog starts where the last file went (a stick, chosen last time)
    s.ctx.settings.last_folder = str(elsewhere)
    seen.clear()
    again = _save_pdf(s, modals, save, choosing("kopie", seen), answer("Sluiten"))
    assert seen[0][1] == str(elsewhere) and again == elsewhere / "kopie.pdf"
    # a folder that is gone (the stick pulled out): Documents again, never the program's folder
    elsewhere.joinpath("kopie.pdf").unlink()
    elsewhere.rmdir()
    seen.clear()
    _save_pdf(s, modals, save, choosing(None, seen))
    assert seen[0][1] == str(person / "Documents")
    # nothing of Qt's own settings outside the data folder; its history is kept inside it
    assert list(person.rglob("QtProject*")) == []
    assert (data_home / "QtProject.conf").exists()
    assert (data_home / "QtProject.conf").stat().st_mode & 0o077 == 0


def test_the_dialog_speaks_english_in_the_english_interface(startup, person, modals):
    s = startup("--lang", "en")
    seen = []
    modals.then(choosing(None, seen))
    assert file_dialogs.save_path(s.window, "Save PDF as", "x.pdf", "PDF files (*.pdf)", ".pdf",
                                  s.ctx.settings) is None
    labels, _folder = seen[0]
    assert labels["lookInLabel"] == "Look in:" and labels["fileTypeLabel"] == "Files of type:"


def test_show_in_folder_and_no_viewer_says_where_the_file_is(startup, person, modals, monkeypatch):
    asked = []
    # this computer has no program for PDFs and no file manager: the launcher says no
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: asked.append(url) or False)
    s = startup()
    told = []
    result = _save_pdf(s, modals, save, choosing("brief"), answer("Openen"), read_into(told))
    assert result is not None and result.exists()  # the file is kept
    assert [u.toLocalFile() for u in asked] == [str(result)]
    assert "geen programma gevonden" in told[0] and str(result) in told[0]
    told.clear()
    _save_pdf(s, modals, save, choosing("brief2"), answer("Toon in map"), read_into(told))
    assert asked[-1].toLocalFile() == str(result.parent)  # the folder, not the file
    assert "map kon niet geopend worden" in told[0] and "brief2.pdf" in told[0]


def test_opening_a_file_starts_in_documents_too(startup, person, modals):
    s = startup()
    seen = []
    modals.then(choosing(None, seen))
    assert file_dialogs.open_path(s.window, "Werkboek importeren", "Werkboekbestand (*.rugwerk)",
                                  s.ctx.settings) is None
    labels, folder = seen[0]
    assert folder == str(person / "Documents") and labels["lookInLabel"] == "Zoeken in:"
