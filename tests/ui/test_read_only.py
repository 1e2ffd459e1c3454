"""A workbook file that can only be read (a 0444 copy): every page shows its content, and no key
or click changes a field or runs an action; the status bar says why."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from rugschool_gui.storage import exposure
from rugschool_gui.ui import read_only
from rugschool_gui.ui.chapters import registered
from rugschool_gui.ui.widgets.late_parts import LaterPart

from .driving import press, show_active


@pytest.fixture
def read_only_start(startup, qtbot, db_path, tmp_path, monkeypatch, modals):
    """The app started on a 0444 copy of a database with one step in the hierarchy."""
    from rugschool_gui.storage import files
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.storage.workbooks import create_workbook

    source = tmp_path / "bron.sqlite3"
    upgrade_if_needed(source)
    store = Store(source)
    wb = create_workbook(store, "Els")
    exposure.add_item(store, wb.id, "Bukken", 30)
    store.close()
    shutil.copyfile(source, db_path)
    db_path.chmod(0o444)
    # root may write a 0444 file anyway: the app's own question "may I write it?" answers no
    monkeypatch.setattr(files, "is_writable", lambda _path: False)
    modals.then(lambda box: press(box, "OK"))  # "kan alleen gelezen worden", said once at the start
    s = startup()
    qtbot.addWidget(s.window)
    show_active(qtbot, s.window)
    assert s.ctx.read_only
    return s


def _rows(s) -> list[str]:
    return [i.label for i in exposure.load_hierarchy(s.ctx.store, s.ctx.workbook_id).items]


def test_every_page_holds_its_fields_and_only_reading_buttons_work(read_only_start, qtbot):
    s = read_only_start
    w = s.window
    assert "invullen en wijzigen kan niet" in w.read_only_label.text() and w.read_only_label.isVisible()
    for name in read_only.WRITING_ACTIONS:
        assert not getattr(w, name).isEnabled(), name
    for page_id in ["home", *(c.id for c in registered())]:
        w.open_page(page_id)
        page = w.page(page_id)
        qtbot.waitUntil(page.isVisible)
        for later in page.findChildren(LaterPart):  # parts made when first needed: made now, held too
            later.part()
        QApplication.processEvents()
        for field in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
            assert field.isReadOnly(), (page_id, field.objectName())
        for box in page.findChildren(QAbstractSpinBox):
            assert box.isReadOnly(), (page_id, box.objectName())
        for choice in page.findChildren(QCheckBox) + page.findChildren(QRadioButton) + page.findChildren(QComboBox):
            assert not choice.isEnabled() or choice.property(read_only.READS), (page_id, choice.objectName())
        for button in page.findChildren(QAbstractButton):
            if button.isEnabled() and button.isVisible() and not isinstance(button, QCheckBox | QRadioButton):
                assert read_only._is_reading(button), (page_id, button.objectName(), button.text())


def test_a_typed_key_changes_no_field_and_no_action_runs(read_only_start, qtbot, modals):
    s = read_only_start
    w = s.window
    w.open_page("exposure")
    page = w.page("exposure")
    label = page.findChild(QLineEdit, "new-item-label")
    qtbot.waitUntil(label.isVisible)
    label.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(label, "Tillen")
    QTest.keyClick(label, Qt.Key.Key_Return)  # Enter in the field adds a step in a writable file
    assert label.text() == ""
    # the hierarchy: Delete and Alt+↓ would remove or move the row; here nothing happens
    table = page.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _rows(s) == ["Bukken"]
    assert modals.shown == []  # not even a refusal: nothing was tried
    # a row re-enables buttons on a writable page; here they stay off
    assert not page.remove_button.isEnabled()

