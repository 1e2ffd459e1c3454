"""Bestand → Werkboek exporteren / importeren, as a person (or a psychologist) uses it: reading and
importing off the GUI thread with a progress window, a cancel that changes nothing, a preview
that names what the other side's newer version replaces, kind refusals naming the chapter."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from rugschool_gui.domain.too_much import CheckIn, SignalEntry
from rugschool_gui.storage import exposure, handover, too_much
from rugschool_gui.storage.db import Store
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.workbooks import create_workbook, list_workbooks

from .driving import answer, on_progress, press


@pytest.fixture
def other_file(tmp_path):
    """A workbook "Bert" handed over from another laptop."""
    path = tmp_path / "other.sqlite3"
    upgrade_if_needed(path)
    store = Store(path)
    wb = create_workbook(store, "Bert")
    exposure.add_item(store, wb.id, "Bukken", 30)
    too_much.save_checkin(store, wb.id, CheckIn(date(2026, 11, 24), (SignalEntry("palpitations", 6),)))
    store.close()
    return handover.export_workbook(path, wb.id, tmp_path / "bert.rugwerk"), wb.id


def choose(monkeypatch, file) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))


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
    choose(monkeypatch, file)
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
    choose(monkeypatch, file)
    before = (s.ctx.workbook_id, [w.name for w in list_workbooks(s.ctx.store)])
    modals.then(answer("Nee"))
    s.window.act_import.trigger()
    assert (s.ctx.workbook_id, [w.name for w in list_workbooks(s.ctx.store)]) == before


def test_the_preview_names_what_the_newer_version_replaces_and_every_page_opens(
        startup, other_file, tmp_path, monkeypatch, modals, no_modal_boxes):
    file, wb_id = other_file
    s = startup()
    choose(monkeypatch, file)
    modals.then(answer("Importeren"))
    s.window.act_import.trigger()
    # Bert's laptop renames the step, deletes the day and adds another step, after the first hand-over
    other = Store(tmp_path / "other.sqlite3")
    step = exposure.load_hierarchy(other, wb_id).items[0]
    exposure.update_item(other, wb_id, step.id, label="Diep bukken")
    exposure.add_item(other, wb_id, "Tillen", 60)
    too_much.delete_checkin(other, wb_id, date(2026, 11, 24))
    second = handover.export_workbook(other, wb_id, tmp_path / "bert2.rugwerk")
    other.close()
    choose(monkeypatch, second)
    asked = []

    def confirm(box):
        asked.append(box.text())
        press(box, "Importeren")

    modals.then(confirm)
    s.window.act_import.trigger()
    text = asked[0]
    assert "2 nieuw" in text and "De nieuwere versie uit het bestand vervangt" in text
    assert "Stapsgewijze blootstelling: „Bukken”" in text
    assert "Aan de andere kant verwijderd" in text and "Over je grenzen gaan: 24 november 2026" in text
    assert [i.label for i in exposure.load_hierarchy(s.ctx.store, wb_id).items] == ["Diep bukken", "Tillen"]
    for page_id in ("understanding", "too_much", "pacing", "too_little", "exposure", "graded_activity", "closing"):
        s.window.open_page(page_id)
        QApplication.processEvents()
    assert not no_modal_boxes


def test_import_runs_off_the_gui_thread_and_a_cancel_changes_nothing(startup, other_file, monkeypatch, modals,
                                                                      no_modal_boxes):
    """A slow step after every row was written: the window keeps running (a timer on the GUI
    thread ticks on), the progress window shows how far it is, and "Annuleren" rolls it all back."""
    from rugschool_gui.storage import handover as storage

    file, _wb_id = other_file
    s = startup()
    choose(monkeypatch, file)
    real_apply = storage.apply

    finished = []

    def slow_apply(conn, local, writes, tick):
        real_apply(conn, local, writes, tick)  # every row is written (in the transaction) …
        for _ in range(150):  # … then a slow finish that reports as it goes
            time.sleep(0.02)
            tick(0)
            finished.append(1)

    monkeypatch.setattr(storage, "apply", slow_apply)
    ticks, seen = [], []
    beat = QTimer()
    beat.timeout.connect(lambda: ticks.append(time.monotonic()))
    beat.start(20)

    def cancel(progress):
        if progress.maximum() == 0:  # not yet filled in by the first report after it appeared
            modals.steps.appendleft(cancel)
            return
        seen.append((progress.maximum(), progress.value(), progress.labelText()))
        press(progress, "Annuleren")

    modals.then(answer("Importeren")).then(on_progress(cancel))
    before = [w.name for w in list_workbooks(s.ctx.store)]
    s.window.act_import.trigger()
    beat.stop()
    assert seen and seen[0][0] == 1000 and "ingelezen" in seen[0][2]  # a bar, not just a spinner
    assert [w.name for w in list_workbooks(s.ctx.store)] == before  # rolled back: nothing changed
    assert not no_modal_boxes  # a cancel is not an error
    assert len(finished) < 150  # stopped at the next report, not after the whole slow step
    assert len(ticks) >= 3  # the GUI thread's timer ticked on while the import ran (no timing asserted)


def test_a_refused_file_names_the_chapter_and_changes_nothing(startup, other_file, tmp_path, monkeypatch,
                                                             no_modal_boxes):
    file, _wb_id = other_file
    doc = json.loads(file.read_text(encoding="utf-8"))
    doc["tables"]["stress_signal"][0]["intensity"] = 11
    bad = tmp_path / "elf.rugwerk"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    s = startup()
    choose(monkeypatch, bad)
    before = [w.name for w in list_workbooks(s.ctx.store)]
    s.window.act_import.trigger()
    assert no_modal_boxes and "niets ingelezen" in no_modal_boxes[-1]
    assert "„Over je grenzen gaan”" in no_modal_boxes[-1]
    assert [w.name for w in list_workbooks(s.ctx.store)] == before


def test_a_bad_file_gets_a_kind_message_and_changes_nothing(startup, tmp_path, monkeypatch, no_modal_boxes):
    s = startup()
    bad = tmp_path / "kapot.rugwerk"
    bad.write_bytes(b"\x00\x01 not json")
    choose(monkeypatch, bad)
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
    choose(monkeypatch, file)
    assert not s.window.act_import.isEnabled()  # the menu offers no import in a read-only file (ui.read_only)
    from rugschool_gui.ui import handover_actions

    handover_actions.import_file(s.window, s.ctx, s.window.switch_workbook)  # and if it were reached:
    assert no_modal_boxes and "alleen-lezen" in no_modal_boxes[-1] and "beschadigd" not in no_modal_boxes[-1]
    assert [w.name for w in list_workbooks(s.ctx.store)] == ["Els"]
