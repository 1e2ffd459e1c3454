"""Bestand → Werkboek exporteren / importeren, as a person (or a psychologist) uses it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from rugschool_gui.storage import exposure, handover
from rugschool_gui.storage.db import Store
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.workbooks import create_workbook, list_workbooks

from .driving import answer, press


@pytest.fixture
def other_file(tmp_path):
    """A workbook "Bert" handed over from another laptop."""
    path = tmp_path / "other.sqlite3"
    upgrade_if_needed(path)
    store = Store(path)
    wb = create_workbook(store, "Bert")
    exposure.add_item(store, wb.id, "Bukken", 30)
    store.close()
    return handover.export_workbook(path, wb.id, tmp_path / "bert.rugwerk"), wb.id


def test_export_writes_a_file_and_says_so(startup, tmp_path, monkeypatch, no_modal_boxes):
    s = startup()
    exposure.add_item(s.ctx.store, s.ctx.workbook_id, "Tillen", 50)
    target = tmp_path / "mijn werkboek"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    s.window.act_export.trigger()
    written = target.with_suffix(".rugwerk")
    assert written.exists() and "Tillen" in written.read_text(encoding="utf-8")
    assert no_modal_boxes and "mijn werkboek.rugwerk" in no_modal_boxes[-1]


def test_import_previews_then_adds_and_opens_the_workbook(startup, other_file, monkeypatch, modals,
                                                          no_modal_boxes):
    file, wb_id = other_file
    s = startup()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    asked = []

    def confirm(box):
        asked.append(box.text())
        press(box, "Importeren")

    modals.then(confirm)
    s.window.act_import.trigger()
    assert asked and "„Bert” wordt toegevoegd" in asked[0] and "reservekopie" in asked[0]
    assert "Bert" in [w.name for w in list_workbooks(s.ctx.store)]
    assert s.ctx.workbook_id == wb_id
    assert s.window.switcher.currentText() == "Bert"
    # the same file again: nothing new, nothing asked, only told so
    s.window.act_import.trigger()
    assert len(no_modal_boxes) == 1 and "niets nieuws" in no_modal_boxes[0]
    assert [w.name for w in list_workbooks(s.ctx.store)].count("Bert") == 1


def test_saying_no_to_the_preview_imports_nothing(startup, other_file, monkeypatch, modals):
    file, _wb_id = other_file
    s = startup()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    before = (s.ctx.workbook_id, [w.name for w in list_workbooks(s.ctx.store)])
    modals.then(answer("Nee"))
    s.window.act_import.trigger()
    assert (s.ctx.workbook_id, [w.name for w in list_workbooks(s.ctx.store)]) == before


def test_a_bad_file_gets_a_kind_message_and_changes_nothing(startup, tmp_path, monkeypatch, no_modal_boxes):
    s = startup()
    bad = tmp_path / "kapot.rugwerk"
    bad.write_bytes(b"\x00\x01 not json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = [w.name for w in list_workbooks(s.ctx.store)]
    s.window.act_import.trigger()
    assert no_modal_boxes and "geen werkboekbestand" in no_modal_boxes[-1]
    assert [w.name for w in list_workbooks(s.ctx.store)] == before


def test_a_read_only_database_says_so_instead_of_blaming_the_file(startup, other_file, db_path, monkeypatch,
                                                                   modals, no_modal_boxes):
    """The database cannot be written: the message says what is true (read-only), by the typed
    storage error, and nothing was read in."""
    from rugschool_gui.storage import files
    from rugschool_gui.storage.url import as_url

    file, _wb_id = other_file
    upgrade_if_needed(as_url(db_path))
    store = Store(as_url(db_path))
    create_workbook(store, "Els")
    store.close()
    monkeypatch.setattr(files, "is_writable", lambda _path: False)  # a 0444 file (root ignores modes)
    modals.then(answer("OK"))  # "kan alleen gelezen worden", said once at the start
    s = startup()
    assert s.ctx.read_only
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    s.window.act_import.trigger()
    assert no_modal_boxes and "alleen-lezen" in no_modal_boxes[-1] and "beschadigd" not in no_modal_boxes[-1]
    assert [w.name for w in list_workbooks(s.ctx.store)] == ["Els"]
