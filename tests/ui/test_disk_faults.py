"""A full disk while typing: the text stays, the app keeps trying, and closing asks first.

The fault is injected where it happens — the write of the answer raises SQLite's "database or
disk is full" — and taken away again as if space was freed."""

from __future__ import annotations

import sqlite3

import pytest

from rugschool_gui.storage import too_much as repo

from .driving import press, show_active


@pytest.fixture
def full_disk(monkeypatch):
    state = {"full": False}
    real = repo.save_answer

    def save_answer(*args, **kwargs):
        if state["full"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(*args, **kwargs)

    monkeypatch.setattr(repo, "save_answer", save_answer)
    return state


def _answer_box(s):
    s.window.open_page("too_much")
    page = s.window.page("too_much")
    page.tabs.setCurrentIndex(2)  # Vragen
    return page.tabs.currentWidget().widget().boxes[0]  # the tab scrolls: its widget holds the questions


def _typed_on_a_full_disk(startup, qtbot, full_disk, modals, text):
    """A shown window, ``text`` typed in the first answer while the disk is full, the failure
    told (and the box closed): the window and the answer box."""
    s = startup()
    qtbot.addWidget(s.window)
    show_active(qtbot, s.window)
    box = _answer_box(s)
    full_disk["full"] = True
    qtbot.keyClicks(box.edit, text)
    qtbot.waitUntil(lambda: box.saver.failed, timeout=3000)
    qtbot.waitUntil(lambda: bool(modals.shown), timeout=3000)  # "Niet opgeslagen" came and went
    return s, box


def _saved_text(s, key):
    return [a.text for a in repo.list_answers(s.ctx.store, s.ctx.workbook_id, key)]


def test_text_typed_on_a_full_disk_is_kept_and_saved_once_there_is_room(startup, qtbot, full_disk, modals):
    s = startup()
    qtbot.addWidget(s.window)
    show_active(qtbot, s.window)
    box = _answer_box(s)
    box.saver._retry.setInterval(100)  # the app tries again every 10 s; a test cannot wait that long
    full_disk["full"] = True
    qtbot.keyClicks(box.edit, "Ik plan te veel op zaterdag")
    qtbot.waitUntil(lambda: box.saver.failed, timeout=3000)
    qtbot.waitUntil(lambda: bool(modals.shown), timeout=3000)  # told once: "Niet opgeslagen"
    assert "schijf" in modals.shown[0] and box.edit.toPlainText() == "Ik plan te veel op zaterdag"
    qtbot.wait(350)  # a few failed retries later …
    assert len(modals.shown) == 1  # … not a new box every time
    full_disk["full"] = False  # space freed
    qtbot.waitUntil(lambda: not box.saver.failed, timeout=3000)
    assert _saved_text(s, box.key) == ["Ik plan te veel op zaterdag"]
    assert s.window.save_status.state == "saved"  # the status bar says "Opgeslagen" again


def test_closing_with_unsaved_text_asks_and_can_stay_open(startup, qtbot, full_disk, modals):
    s, box = _typed_on_a_full_disk(startup, qtbot, full_disk, modals, "Wandelen met de hond")
    asked = []

    def stay_open(dialog):
        asked.append(dialog.text())
        press(dialog, "Open laten")

    modals.then(stay_open)
    assert not s.window.close()  # refused: still unsaved
    assert asked and "nog niet bewaard" in asked[0]
    assert s.window.isVisible() and box.edit.toPlainText() == "Wandelen met de hond"

    def retry_after_freeing_space(dialog):
        full_disk["full"] = False
        press(dialog, "Opnieuw proberen")

    full_disk["full"] = True
    modals.then(retry_after_freeing_space)
    assert s.window.close()
    assert _saved_text(s, box.key) == ["Wandelen met de hond"]


def test_the_text_can_be_copied_before_closing(startup, qtbot, full_disk, modals):
    from PySide6.QtWidgets import QApplication

    s, _box = _typed_on_a_full_disk(startup, qtbot, full_disk, modals, "Zwemmen op dinsdag")
    modals.then(lambda dialog: press(dialog, "Tekst kopiëren en afsluiten"))
    assert s.window.close()
    assert "Zwemmen op dinsdag" in QApplication.clipboard().text()


def test_a_read_only_database_opens_read_only_and_says_so(startup, qtbot, db_path, monkeypatch, modals):
    from rugschool_gui.storage import files
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.storage.workbooks import create_workbook

    upgrade_if_needed(db_path)
    store = Store(db_path)
    create_workbook(store, "Els")
    store.close()
    monkeypatch.setattr(files, "is_writable", lambda _path: False)  # a 0444 file (root ignores modes)
    said = []
    modals.then(lambda box: (said.append(box.text()), press(box, "OK")))
    s = startup()
    qtbot.addWidget(s.window)
    show_active(qtbot, s.window)
    assert said and "alleen gelezen" in said[0]
    assert "(alleen lezen)" in s.window.windowTitle() and s.window.read_only_label.isVisible()
    assert s.window.saved_label.text() == ""  # never "Opgeslagen" beside "nothing is saved"
    box = _answer_box(s)
    # the answer field is read-only (ui.read_only): typing changes nothing, so nothing is lost
    qtbot.keyClicks(box.edit, "Dit mag niet verloren gaan")
    assert box.edit.isReadOnly() and box.edit.toPlainText() == "" and not box.saver.pending
    assert [w.name for w in s.ctx.workbooks()] == ["Els"]  # reading works
    assert s.window.close()  # nothing unsaved: no question on closing
    assert modals.shown == []
