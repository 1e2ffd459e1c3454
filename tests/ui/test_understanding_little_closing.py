"""Understanding the pain, doing too little and the closing summary, as a person uses them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from rugschool_gui.domain.too_little import Score
from rugschool_gui.storage import exposure, too_little, understanding

from .driving import choose, press, read_into, save, type_into

TODAY = date.today()
TODAY_FROM_THE_CLOCK = True  # read again as each test starts (conftest)


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


def test_chain_diary_entry_with_two_rounds_and_undo(window, qtbot, modals):
    window.window.open_page("understanding")
    page = window.window.page("understanding")

    def fill(dialog):
        assert len(dialog.rows) == 1
        for edit, text in zip(dialog.rows[0], ("Trap af", "Steek", "Kapot", "Angst", "Blijven liggen"), strict=True):
            type_into(edit, text)
        press(dialog, "Nog een ronde")
        assert len(dialog.rows) == 2
        type_into(dialog.rows[1][4], "Om hulp roepen")
        choose(dialog.change, "Gedrag")
        type_into(dialog.note, "Volgende keer de leuning nemen")
        save(dialog)

    modals.then(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    entries = understanding.list_entries(window.ctx.store, window.ctx.workbook_id)
    assert len(entries) == 1 and len(entries[0].rounds) == 2 and entries[0].change_link == "behaviour"
    assert entries[0].rounds[0] == ("Trap af", "Steek", "Kapot", "Angst", "Blijven liggen")
    assert entries[0].rounds[1][4] == "Om hulp roepen"
    assert entries[0].note == "Volgende keer de leuning nemen"
    assert "Trap af → Steek" in page.entries.item(0).text()
    assert window.window.act_undo.text() == "&Ongedaan maken: Ketting noteren"
    page.entries.setCurrentRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert understanding.list_entries(window.ctx.store, window.ctx.workbook_id) == []
    assert page.entries.count() == 0
    assert window.window.act_undo.text() == "&Ongedaan maken: Ketting verwijderen"
    window.window.act_undo.trigger()
    assert len(understanding.list_entries(window.ctx.store, window.ctx.workbook_id)) == 1
    assert "Trap af → Steek" in page.entries.item(0).text()  # the page shows it again
    window.window.act_redo.trigger()
    assert understanding.list_entries(window.ctx.store, window.ctx.workbook_id) == []


def test_value_weighing_and_sending_to_the_hierarchy(window, qtbot, modals):
    window.window.open_page("too_little")
    page = window.window.page("too_little")
    refusals = []

    def save_without_a_name(dialog):
        type_into(dialog.value, "9")
        type_into(dialog.adapted, "Supporteren bij de ploeg")
        save(dialog)

    def read_then_fill_the_name(dialog):
        refusals.append(dialog.message.text() if dialog.message.isVisibleTo(dialog) else "")
        assert dialog.adapted.toPlainText() == "Supporteren bij de ploeg"  # what was typed stays
        type_into(dialog.name, "Voetbal")
        type_into(dialog.matters, "De ploeg")
        press(dialog, "Opslaan")

    modals.then(save_without_a_name).then(read_then_fill_the_name)
    qtbot.mouseClick(page.values.add_button, Qt.MouseButton.LeftButton)
    assert refusals == ["Vul eerst een naam of omschrijving in."]
    [saved] = too_little.list_valued(window.ctx.store, window.ctx.workbook_id)
    assert (saved.name, saved.value, saved.what_matters, saved.adapted) == (
        "Voetbal", 9, "De ploeg", "Supporteren bij de ploeg")
    assert page.values.list.item(0).text().startswith("Voetbal — 9/10")
    page.values.list.setCurrentRow(0)
    told = []
    modals.then(read_into(told))
    qtbot.mouseClick(page.values.to_hierarchy, Qt.MouseButton.LeftButton)
    labels = [i.label for i in exposure.load_hierarchy(window.ctx.store, window.ctx.workbook_id).items]
    assert labels == ["Supporteren bij de ploeg"]
    assert told and "„Supporteren bij de ploeg” staat nu in je angsthiërarchie" in told[0]
    assert window.window.act_undo.text() == "&Ongedaan maken: „Supporteren bij de ploeg” in je angsthiërarchie zetten"
    window.window.act_undo.trigger()  # sent by mistake: Ctrl+Z takes the step out again
    assert len(exposure.load_hierarchy(window.ctx.store, window.ctx.workbook_id)) == 0


def test_a_valued_activity_goes_to_the_week_plan_and_is_deleted_with_undo(window, qtbot, modals):
    from rugschool_gui.domain.pacing import week_monday
    from rugschool_gui.domain.too_little import ValuedActivity
    from rugschool_gui.storage import pacing

    store, wb = window.ctx.store, window.ctx.workbook_id
    typed = "Tillen %1 keer {name} %4"  # looks like placeholders: must come out exactly
    too_little.save_valued(store, wb, ValuedActivity(None, typed, 6, "%2 samen", ""))
    window.window.open_page("too_little")
    tab = window.window.page("too_little").values
    assert tab.list.item(0).text() == f"{typed} — 6/10\nBelangrijk: %2 samen"
    tab.list.setCurrentRow(0)
    told = []
    modals.then(read_into(told))
    qtbot.mouseClick(tab.to_planner, Qt.MouseButton.LeftButton)
    [planned] = pacing.list_week(store, wb, week_monday(TODAY))
    assert (planned.name, planned.part, planned.motive) == (typed, "afternoon", "want")
    assert told and f"„{typed}” staat nu vandaag in de middag in je weekplanning" in told[0]
    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert too_little.list_valued(store, wb) == [] and tab.list.count() == 0
    assert window.window.act_undo.text() == f"&Ongedaan maken: „{typed}” verwijderen"
    window.window.act_undo.trigger()
    assert [a.name for a in too_little.list_valued(store, wb)] == [typed]
    assert tab.list.count() == 1  # the page shows it again


def test_scores_refuse_out_of_range_and_chart(window, qtbot):
    window.window.open_page("too_little")
    tab = window.window.page("too_little").scores
    tab.scale.setCurrentIndex(tab.scale.findData("tsk"))
    # Dutch names for the known scales; the total starts empty (0 lies outside TSK-17's 17–68)
    assert tab.scale.currentText() == "Tampa-schaal voor kinesiofobie (TSK-17) (17–68)"
    assert tab.total.text() == ""
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Vul nog de totaalscore in."
    assert [label.text() for label in tab.reflect_labels] == [
        "Bij het begin:", "In het midden:", "Op het einde:", "Op een ander moment:"]
    qtbot.keyClicks(tab.total, "70")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.isVisibleTo(tab) and "tussen 17 en 68" in tab.message.text()
    assert too_little.list_scores(window.ctx.store, window.ctx.workbook_id) == []
    tab.total.clear()
    qtbot.keyClicks(tab.total, "44")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.total.text() == ""  # ready for the next questionnaire
    assert "Tampa-schaal voor kinesiofobie (TSK-17)" in tab.list.item(0).text()
    assert [s.total for s in too_little.list_scores(window.ctx.store, window.ctx.workbook_id)] == [44]
    assert not tab.chart.chart.spec().is_empty
    qtbot.keyClicks(tab.reflect_boxes[0], "Veel angst in het begin")
    tab.reflect_saver.flush()
    assert too_little.reflections(window.ctx.store, window.ctx.workbook_id)["start"] == "Veel angst in het begin"
    assert window.window.act_undo.text() == "&Ongedaan maken: Score TSK-17 bewaren"  # typing is not undone
    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert too_little.list_scores(window.ctx.store, window.ctx.workbook_id) == [] and tab.chart.chart.spec().is_empty
    window.window.act_undo.trigger()
    assert [s.total for s in too_little.list_scores(window.ctx.store, window.ctx.workbook_id)] == [44]
    assert tab.list.count() == 1 and not tab.chart.chart.spec().is_empty


def test_missing_date_is_worded_by_the_chapter_that_refused_it(window):
    from rugschool_gui.domain.errors import DomainError
    from rugschool_gui.ui.messages import domain_message

    chain = domain_message(DomainError("understanding.missing_date"))
    score = domain_message(DomainError("too_little.missing_date"))
    assert "ketting" in chain and "vragenlijst" in score
    assert "poging" not in chain + score


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


def test_undo_of_a_chain_follows_the_workbook_on_screen(window, qtbot):
    from rugschool_gui.domain.understanding import ChainEntry
    from rugschool_gui.storage.workbooks import create_workbook

    store, anna = window.ctx.store, window.ctx.workbook_id
    understanding.save_entry(store, anna, ChainEntry(None, TODAY, (("Trap af", "", "", "", ""),)))
    window.window.open_page("understanding")
    page = window.window.page("understanding")
    page.reload()
    page.entries.setCurrentRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    bert = create_workbook(store, "Bert")
    window.window.switch_workbook(bert.id)
    assert not window.window.act_undo.isEnabled()  # Bert's workbook has nothing to undo
    window.window.act_undo.trigger()
    assert understanding.list_entries(store, anna) == []
    window.window.switch_workbook(anna)
    window.window.act_undo.trigger()
    assert len(understanding.list_entries(store, anna)) == 1 and page.entries.count() == 1


def test_closing_shows_typed_text_exactly_and_follows_changes(window, qtbot, modals):
    from rugschool_gui.domain.too_little import ValuedActivity

    store, wb = window.ctx.store, window.ctx.workbook_id
    typed = "<b>Tillen</b> %1 keer {names}"
    too_little.save_valued(store, wb, ValuedActivity(None, typed, 8))
    window.window.open_page("closing")
    page = window.window.page("closing")
    assert page.lines["too_little"].text() == f"Waardevol voor mij: {typed}."
    assert page.lines["understanding"].text() == "Nog niets ingevuld."
    window.window.open_page("understanding")  # a chain noted on its own page …
    understanding_page = window.window.page("understanding")

    def fill(dialog):
        type_into(dialog.rows[0][0], "Trap af")
        save(dialog)

    modals.then(fill)
    qtbot.mouseClick(understanding_page.new_button, Qt.MouseButton.LeftButton)
    window.window.open_page("closing")  # … is counted when the summary is opened again
    assert page.lines["understanding"].text() == "1 ketting genoteerd."
