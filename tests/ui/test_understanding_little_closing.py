"""Understanding the pain, doing too little and the closing summary, as a person uses them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from rugschool_gui.domain.too_little import Score
from rugschool_gui.storage import exposure, too_little, understanding
from rugschool_gui.ui.chapters.too_little.value_tab import ValueDialog
from rugschool_gui.ui.chapters.understanding.chain_dialog import ChainDialog

TODAY = date.today()


@pytest.fixture
def window(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    return s


def test_understanding_shows_texts_and_drawn_figures(window):
    window.window.open_page("understanding")
    page = window.window.page("understanding")
    assert "Pijn heeft meer dan één kant" in page.texts["understanding_bps"].text()
    assert page.figures["understanding_chain"].spec() is not None
    assert not page.saw.spec().is_empty
    img = page.figures["understanding_bps"].grab()
    assert not img.isNull()


def test_chain_diary_entry_with_two_rounds_and_undo(window, monkeypatch):
    window.window.open_page("understanding")
    page = window.window.page("understanding")

    def fill(dialog):
        for edit, text in zip(dialog.rows[0], ("Trap af", "Steek", "Kapot", "Angst", "Blijven liggen"), strict=True):
            edit.setText(text)
        dialog._add_round()
        dialog.rows[1][4].setText("Om hulp roepen")
        dialog.change.setCurrentIndex(dialog.change.findData("behaviour"))
        return ChainDialog.DialogCode.Accepted

    monkeypatch.setattr(ChainDialog, "exec", fill)
    page.new_button.click()
    entries = understanding.list_entries(window.ctx.store, window.ctx.workbook_id)
    assert len(entries) == 1 and len(entries[0].rounds) == 2 and entries[0].change_link == "behaviour"
    assert "Trap af → Steek" in page.entries.item(0).text()
    page.entries.setCurrentRow(0)
    page.delete_selected()
    assert understanding.list_entries(window.ctx.store, window.ctx.workbook_id) == []
    window.ctx.undo.undo()
    assert len(understanding.list_entries(window.ctx.store, window.ctx.workbook_id)) == 1


def test_value_weighing_and_sending_to_the_hierarchy(window, monkeypatch, no_modal_boxes):
    window.window.open_page("too_little")
    page = window.window.page("too_little")

    def fill(dialog):
        dialog.name.setText("Voetbal")
        dialog.value.setValue(9)
        dialog.adapted.setPlainText("Supporteren bij de ploeg")
        return ValueDialog.DialogCode.Accepted

    monkeypatch.setattr(ValueDialog, "exec", fill)
    page.values.add_button.click()
    assert [a.name for a in too_little.list_valued(window.ctx.store, window.ctx.workbook_id)] == ["Voetbal"]
    page.values.list.setCurrentRow(0)
    page.values.send_to_hierarchy()
    labels = [i.label for i in exposure.load_hierarchy(window.ctx.store, window.ctx.workbook_id).items]
    assert labels == ["Supporteren bij de ploeg"]


def test_scores_refuse_out_of_range_and_chart(window, qtbot):
    window.window.open_page("too_little")
    tab = window.window.page("too_little").scores
    tab.scale.setCurrentIndex(tab.scale.findData("tsk"))
    tab.total.setValue(70)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.isVisibleTo(tab) and "tussen 17 en 68" in tab.message.text()
    assert too_little.list_scores(window.ctx.store, window.ctx.workbook_id) == []
    tab.total.setValue(44)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert [s.total for s in too_little.list_scores(window.ctx.store, window.ctx.workbook_id)] == [44]
    assert not tab.chart.chart.spec().is_empty
    qtbot.keyClicks(tab.reflect_boxes[0], "Veel angst in het begin")
    tab.reflect_saver.flush()
    assert too_little.reflections(window.ctx.store, window.ctx.workbook_id)["start"] == "Veel angst in het begin"


def test_too_little_causes_are_their_own_list(window):
    window.window.open_page("too_little")
    tab = window.window.page("too_little").causes
    tab.boxes["fear_of_movement"].setChecked(True)
    window.window.open_page("too_much")
    assert not window.window.page("too_much").causes.boxes["guilt"].isChecked()
    assert "aangevinkt op" in tab.boxes["fear_of_movement"].text()


def test_closing_summary_draws_from_the_other_chapters(window):
    store, wb = window.ctx.store, window.ctx.workbook_id
    a = exposure.add_item(store, wb, "Bukken", 30)
    exposure.add_item(store, wb, "Tillen", 70)
    exposure.set_mastered(store, wb, a.id)
    too_little.save_score(store, wb, Score(None, "tsk", "", TODAY - timedelta(days=60), "start", 48))
    too_little.save_score(store, wb, Score(None, "tsk", "", TODAY, "end", 33))
    window.window.open_page("closing")
    page = window.window.page("closing")
    page.reload()
    assert "1 van 2 stappen beheerst. Nu aan de beurt: Tillen." in page.lines["exposure"].text()
    assert "van 48 naar 33" in page.lines["too_little"].text()
    opened = []
    window.ctx.hub.open_chapter.connect(opened.append)
    from PySide6.QtWidgets import QPushButton

    button = next(b for b in page.findChildren(QPushButton) if b.accessibleName() == "Stapsgewijze blootstelling openen")
    button.click()
    assert opened == ["exposure"]


def test_a_long_chain_diary_opens_at_the_latest_and_pages_back(window, qtbot):
    from rugschool_gui.domain.understanding import ChainEntry

    store, wb = window.ctx.store, window.ctx.workbook_id
    for d in range(35):
        understanding.save_entry(store, wb, ChainEntry(None, TODAY - timedelta(days=d),
                                                       ((f"moment {d}", "", "", "", ""),)))
    window.window.open_page("understanding")
    page = window.window.page("understanding")
    page.reload()
    assert page.entries.count() == 30 and "moment 0" in page.entries.item(0).text()
    assert page.pager.isVisibleTo(page) and "35 in totaal" in page.pager.where.text()
    qtbot.mouseClick(page.pager.earlier, Qt.MouseButton.LeftButton)
    assert page.entries.count() == 5 and "moment 30" in page.entries.item(0).text()
    assert not page.pager.earlier.isEnabled() and page.pager.later.isEnabled()
