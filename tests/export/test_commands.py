"""The command line as a script uses it: help in the user's language, misspelt options refused,
PDFs and hand-overs without a window, and exit codes a script can check."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from rugschool_gui import commands
from rugschool_gui.cli import parse_args


def test_a_misspelt_option_is_an_error_in_the_users_language(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    with pytest.raises(SystemExit) as stop:
        parse_args(["--databse", "x.sqlite3"])
    assert stop.value.code == 2 and "onbekende optie: --databse" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    with pytest.raises(SystemExit):
        parse_args(["--databse", "x.sqlite3"])
    assert "unknown option: --databse" in capsys.readouterr().err


def test_qt_options_pass_and_help_speaks_english_when_asked(capsys):
    assert parse_args(["-platform", "offscreen", "--lang", "en"]).lang == "en"
    with pytest.raises(SystemExit):
        parse_args(["--lang", "en", "--help"])
    assert "show this help" in capsys.readouterr().out


def test_blank_worksheets_as_pdf(tmp_path, data_home):
    target = tmp_path / "blank.pdf"
    assert commands.run(["export-pdf", str(target), "--blank", "--chapters", "pacing", "--lang", "en"]) == 0
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "pacing" in text.lower()


def test_a_filled_pdf_and_a_hand_over_round_trip(tmp_path, data_home, store, make_workbook, capsys):
    from rugschool_gui.storage.exposure import add_item

    wb = make_workbook("Els")
    add_item(store, wb.id, "Bukken", 30)
    make_workbook("Jan")
    db = str(store.path)
    pdf = tmp_path / "els.pdf"
    assert commands.run(["export-pdf", str(pdf), "--database", db, "--workbook", "els"]) == 0
    assert "Bukken" in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert commands.run(["export-pdf", str(pdf), "--database", db]) == commands.USAGE  # which one?
    assert "--workbook" in capsys.readouterr().err
    assert commands.run(["export-pdf", str(pdf), "--database", db, "--workbook", "Piet"]) == commands.NO_WORKBOOK
    file = tmp_path / "els.rugwerk"
    assert commands.run(["export-workbook", str(file), "--database", db, "--workbook", "Els"]) == 0
    other = tmp_path / "ander.sqlite3"
    assert commands.run(["import-workbook", str(file), "--database", str(other), "--lang", "en"]) == 0
    assert "Els" in capsys.readouterr().out
    assert commands.run(["import-workbook", str(file), "--database", str(other)]) == 0  # twice: nothing new
    assert "0 nieuw, 0 bijgewerkt" in capsys.readouterr().out


def test_a_foreign_file_is_refused_and_changes_nothing(qapp, tmp_path, data_home, capsys):
    # qapp: the refusal is worded by the window's translation catalogue, which needs an application;
    # made here as the QApplication the later UI tests expect, not a bare QCoreApplication
    foreign = tmp_path / "foreign.rugwerk"
    foreign.write_text('{"not": "a workbook"}', encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    assert commands.run(["import-workbook", str(foreign), "--database", str(db)]) == commands.REFUSED
    assert "niets veranderd" in capsys.readouterr().err


def test_import_waits_for_the_app_to_close(tmp_path, data_home, capsys):
    from PySide6.QtCore import QLockFile

    db = tmp_path / "db.sqlite3"
    held = QLockFile(str(db) + ".lock")
    assert held.tryLock(100)  # the app has this workbook open
    try:
        file = tmp_path / "x.rugwerk"
        file.write_text("{}", encoding="utf-8")
        assert commands.run(["import-workbook", str(file), "--database", str(db)]) == commands.IN_USE
        assert "Sluit de app" in capsys.readouterr().err
    finally:
        held.unlock()


def test_a_folder_that_cannot_be_written_gets_a_clear_message(tmp_path, data_home, capsys):
    assert commands.run(["export-pdf", str(tmp_path / "no" / "such" / "x.pdf"), "--blank"]) == commands.FILE_PROBLEM
    assert "Kon niet schrijven" in capsys.readouterr().err


def test_with_a_passphrase_set_no_command_reads_a_workbook_without_it(tmp_path, data_home, store, make_workbook,
                                                                      capsys, monkeypatch):
    from rugschool_gui import paths
    from rugschool_gui.domain.privacy_lock import hash_passphrase
    from rugschool_gui.ui.appsettings import AppSettings

    make_workbook("Els")
    AppSettings(paths.data_dir()).set_lock(10, hash_passphrase("geheim wachtwoord"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # a script, not a person at a terminal
    pdf = tmp_path / "els.pdf"
    assert commands.run(["export-pdf", str(pdf), "--database", str(store.path)]) == commands.LOCKED
    assert not pdf.exists() and "wachtzin" in capsys.readouterr().err
    assert commands.run(["export-workbook", str(tmp_path / "x.rugwerk"), "--database", str(store.path),
                         "--workbook", "Els"]) == commands.LOCKED
    assert commands.run(["export-pdf", str(tmp_path / "blank.pdf"), "--blank"]) == 0  # no health data in it
