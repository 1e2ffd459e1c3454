"""The "doing too much" page as a person uses it: ticking causes, a stress check-in (one per
day), answers saved while typing with their history, the outlet finder, a guided relaxation
exercise with a fake clock, and practice situations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from rugschool_gui.domain.too_much import Situation
from rugschool_gui.storage import pacing
from rugschool_gui.storage import too_much as repo
from rugschool_gui.storage import too_much_practice as practice
from rugschool_gui.ui.chapters.too_much import summary

from .driving import press, save, type_into

TODAY = date.today()
TODAY_FROM_THE_CLOCK = True  # read again as each test starts (conftest)


@pytest.fixture
def opened(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.window.open_page("too_much")
    return s, s.window.page("too_much")


def test_ticking_causes_is_dated_and_undoable(opened, qtbot):
    s, page = opened
    box = page.causes.boxes["guilt"]
    box.setChecked(True)
    ticks = repo.list_cause_ticks(s.ctx.store, s.ctx.workbook_id)
    assert [(t.cause, t.day) for t in ticks] == [("guilt", TODAY)]
    assert "aangevinkt op" in page.causes.boxes["guilt"].text()
    page.causes.boxes["guilt"].setChecked(False)
    assert repo.list_cause_ticks(s.ctx.store, s.ctx.workbook_id) == []
    s.window.act_undo.trigger()
    assert len(repo.list_cause_ticks(s.ctx.store, s.ctx.workbook_id)) == 1
    qtbot.keyClicks(page.causes.own_edit, "Ik wil mijn collega's niet laten vallen")
    qtbot.keyClick(page.causes.own_edit, Qt.Key.Key_Return)
    assert any(t.label.startswith("Ik wil mijn collega") for t in repo.list_cause_ticks(s.ctx.store, s.ctx.workbook_id))


def test_stress_checkin_one_per_day_and_chart(opened, qtbot):
    s, page = opened
    tab = page.signals
    row = next(r for r in tab.rows if r.key == "falling_asleep")
    row.box.setChecked(True)
    row.intensity.setValue(6)
    qtbot.keyClicks(row.note, "piekeren")
    tab.saver.flush()
    checkin = repo.get_checkin(s.ctx.store, s.ctx.workbook_id, TODAY)
    assert [(x.key, x.intensity, x.note) for x in checkin.signals] == [("falling_asleep", 6, "piekeren")]
    # coming back the same day edits the same check-in
    other = next(r for r in tab.rows if r.key == "palpitations")
    other.box.setChecked(True)
    tab.saver.flush()
    assert len(repo.list_checkins(s.ctx.store, s.ctx.workbook_id)) == 1
    assert len(repo.get_checkin(s.ctx.store, s.ctx.workbook_id, TODAY).signals) == 2
    assert tab.chart.chart.spec() is not None and not tab.chart.chart.spec().is_empty
    assert tab.status.text().startswith("2 signalen deze week")
    # another day loads that day's (empty) check-in
    yesterday = TODAY - timedelta(days=1)
    tab.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert not row.box.isChecked()


def test_own_signal_is_added_ticked_and_can_be_removed_with_undo(opened, qtbot):
    s, page = opened
    tab = page.signals
    qtbot.keyClicks(tab.own_edit, "Tandenknarsen")
    qtbot.keyClick(tab.own_edit, Qt.Key.Key_Return)
    tab.saver.flush()
    own = repo.list_own_signals(s.ctx.store, s.ctx.workbook_id)
    assert [label for _k, label in own] == ["Tandenknarsen"]
    assert repo.get_checkin(s.ctx.store, s.ctx.workbook_id, TODAY).signals[0].key == own[0][0]
    tab._remove_own(*own[0])
    assert repo.list_own_signals(s.ctx.store, s.ctx.workbook_id) == []
    s.window.act_undo.trigger()
    assert len(repo.list_own_signals(s.ctx.store, s.ctx.workbook_id)) == 1


def test_answers_save_while_typing_and_show_history(opened, qtbot):
    s, page = opened
    repo.save_answer(s.ctx.store, s.ctx.workbook_id, "energy", TODAY - timedelta(days=20), "Niets eigenlijk")
    page.reload()
    box = next(b for b in page.reflections.boxes if b.key == "energy")
    assert "Niets eigenlijk" in box.history.text()
    qtbot.keyClicks(box.edit, "Wandelen met mijn zus")
    qtbot.waitUntil(lambda: not box.saver.pending, timeout=3000)
    answers = repo.list_answers(s.ctx.store, s.ctx.workbook_id, "energy")
    assert [a.text for a in answers] == ["Wandelen met mijn zus", "Niets eigenlijk"]


def test_outlet_finder_and_sending_to_the_planner(opened, qtbot, no_modal_boxes):
    s, page = opened
    tab = page.outlet
    qtbot.keyClicks(tab.old, "Joggen")
    tab.gain_boxes["calm"].setChecked(True)
    qtbot.keyClicks(tab.new_sub, "Zwemmen")
    qtbot.keyClick(tab.new_sub, Qt.Key.Key_Return)
    tab.saver.flush()
    outlet = repo.get_outlet(s.ctx.store, s.ctx.workbook_id)
    assert (outlet.old_outlet, outlet.gains, [x.name for x in outlet.substitutes]) == ("Joggen", ("calm",), ["Zwemmen"])
    tab.chosen_group.button(0).click()
    assert repo.get_outlet(s.ctx.store, s.ctx.workbook_id).chosen_id == outlet.substitutes[0].id
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    monday = TODAY - timedelta(days=TODAY.weekday())
    planned = pacing.list_week(s.ctx.store, s.ctx.workbook_id, monday)
    assert [(a.name, a.motive) for a in planned] == [("Zwemmen", "want")]
    assert no_modal_boxes and "Zwemmen" in no_modal_boxes[-1]


def test_guided_relaxation_advances_pauses_and_logs(opened, qtbot):
    s, page = opened
    tab = page.relax
    now = [1000.0]
    tab.clock = lambda: now[0]
    tab.before.setValue(7)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.guide_card.isVisibleTo(tab) and "stap 1 van" in tab.phase.text()
    now[0] += 16
    tab.refresh()
    assert tab.phase.text().startswith("Opspannen") and "handen" in tab.step.text()
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Space)  # pause
    now[0] += 100
    tab.refresh()
    assert tab.phase.text().startswith("Opspannen")
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Space)  # on again
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Right)
    assert tab.phase.text().startswith("Loslaten")
    now[0] += 44  # followed: 16 s + 44 s; the 100 s of pause do not count
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Escape)
    assert tab.after_card.isVisibleTo(tab)
    tab.after.setValue(3)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    sessions = practice.list_relaxation(s.ctx.store, s.ctx.workbook_id)
    assert [(x.exercise, x.before, x.after, x.followed_seconds) for x in sessions] == [("progressive", 7, 3, 60)]
    assert "7/10 → 3/10 · 1 min gevolgd" in tab.log.text()


def test_situations_to_practise(opened, qtbot, modals):
    s, page = opened
    tab = page.assertive
    qtbot.mouseClick(page.section_button(page._tab_pages.index(tab)), Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == page._tab_pages.index(tab)

    def fill(dialog):
        assert dialog.windowTitle() == "Een situatie om te oefenen"
        type_into(dialog.what, "Mijn buurvrouw vraagt hulp bij verhuizen")
        type_into(dialog.say, "Vandaag lukt tillen niet")
        save(dialog)

    modals.then(fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [x.situation for x in practice.list_situations(s.ctx.store, s.ctx.workbook_id)] == [
        "Mijn buurvrouw vraagt hulp bij verhuizen"]
    assert "Ik zeg: Vandaag lukt tillen niet" in tab.list.item(0).text()

    def how_it_went(dialog):
        assert dialog.what.toPlainText() == "Mijn buurvrouw vraagt hulp bij verhuizen"
        assert dialog.say.toPlainText() == "Vandaag lukt tillen niet"
        type_into(dialog.went, "Ze begreep het")
        press(dialog, "Opslaan")

    modals.then(how_it_went)
    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    [saved] = practice.list_situations(s.ctx.store, s.ctx.workbook_id)
    assert (saved.situation, saved.say, saved.went) == (
        "Mijn buurvrouw vraagt hulp bij verhuizen", "Vandaag lukt tillen niet", "Ze begreep het")
    assert "Zo ging het: Ze begreep het" in tab.list.item(0).text()
    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert practice.list_situations(s.ctx.store, s.ctx.workbook_id) == []
    assert tab.list.count() == 0
    s.window.act_undo.trigger()
    assert len(practice.list_situations(s.ctx.store, s.ctx.workbook_id)) == 1


def test_home_summary(opened):
    s, _page = opened
    from rugschool_gui.domain.too_much import CheckIn, SignalEntry

    repo.save_checkin(s.ctx.store, s.ctx.workbook_id, CheckIn(TODAY, (SignalEntry("falling_asleep"),
                                                                      SignalEntry("waking_early"),
                                                                      SignalEntry("palpitations"))))
    assert summary(s.ctx, TODAY) == "3 signalen deze week, vooral slaapproblemen"


def test_a_long_relaxation_log_opens_at_the_latest_and_pages_back(opened, qtbot):
    from rugschool_gui.domain.charts import RECENT_ENTRIES
    from rugschool_gui.domain.too_much import RelaxationSession

    s, page = opened
    for d in range(70):  # seventy sessions: three pages of thirty
        practice.save_relaxation(s.ctx.store, s.ctx.workbook_id,
                             RelaxationSession(None, TODAY - timedelta(days=d), "body_scan", 6, d % 10))
    tab = page.relax
    tab.reload()
    pager = tab.pager
    assert pager.isVisibleTo(tab) and "70 in totaal" in pager.where.text()
    assert len(tab._sessions) == RECENT_ENTRIES and tab._sessions[-1].day == TODAY  # the latest, oldest first
    assert not pager.later.isEnabled() and pager.earlier.isEnabled()
    qtbot.mouseClick(pager.earlier, Qt.MouseButton.LeftButton)
    assert tab._sessions[-1].day == TODAY - timedelta(days=RECENT_ENTRIES)
    qtbot.mouseClick(pager.earlier, Qt.MouseButton.LeftButton)
    assert len(tab._sessions) == 10 and not pager.earlier.isEnabled()  # the oldest ten
    qtbot.mouseClick(pager.later, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pager.later, Qt.MouseButton.LeftButton)
    assert tab._sessions[-1].day == TODAY and not pager.later.isEnabled()


# ----- operations: undo per workbook, refresh from change sets, text exactly as typed ---------
TRICKY = "tillen %4 keer {name} %1"


def _menu(s) -> str:
    return s.window.act_undo.text()


def test_deletions_are_undone_from_the_edit_menu_per_workbook(opened, qtbot):
    from rugschool_gui.storage.workbooks import create_workbook

    s, page = opened
    tab = page.outlet
    qtbot.keyClicks(tab.new_sub, TRICKY)
    qtbot.keyClick(tab.new_sub, Qt.Key.Key_Return)
    assert _menu(s) == f"&Ongedaan maken: „{TRICKY}” toevoegen"
    remove = next(b for b in tab.findChildren(QPushButton) if b.accessibleName() == f"„{TRICKY}” weghalen"
                  and b.isVisibleTo(tab))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert repo.get_outlet(s.ctx.store, s.ctx.workbook_id).substitutes == ()
    assert _menu(s) == f"&Ongedaan maken: „{TRICKY}” verwijderen"
    anna = s.ctx.workbook_id
    bert = create_workbook(s.ctx.store, "Bert")
    s.window.switch_workbook(bert.id)
    assert not s.window.act_undo.isEnabled()  # Ctrl+Z in Bert's workbook never reaches Anna's
    s.window.switch_workbook(anna)
    s.window.act_undo.trigger()
    assert [b.text() for b in tab.chosen_group.buttons()] == [TRICKY]  # back on screen at once


def test_the_page_is_not_reloaded_by_its_own_changes_but_once_after_an_undo(opened, qtbot, monkeypatch):
    s, page = opened
    reloads = []
    monkeypatch.setattr(page.signals, "reload", lambda: reloads.append(1))
    qtbot.keyClicks(page.outlet.new_sub, "Zwemmen")
    qtbot.keyClick(page.outlet.new_sub, Qt.Key.Key_Return)
    [(sub, tried, _result)] = page.outlet._sub_widgets
    qtbot.keyClicks(tried, "Deugddoend")
    page.outlet._tried_saver.flush()
    assert repo.get_outlet(s.ctx.store, s.ctx.workbook_id).substitutes[0].tried == "Deugddoend"
    assert page.outlet._sub_widgets[0][1] is tried  # the field being typed in was not rebuilt
    page.outlet._remove(sub)
    assert reloads == [] and page.outlet._sub_widgets == []  # the other tabs were left alone
    s.window.act_undo.trigger()  # the substitute comes back: the page shows it, reloaded once
    assert reloads == [1] and [x.tried for x, _t, _r in page.outlet._sub_widgets] == ["Deugddoend"]


def test_clearing_a_days_signals_can_be_undone(opened, qtbot):
    s, page = opened
    row = next(r for r in page.signals.rows if r.key == "palpitations")
    row.box.setChecked(True)
    row.intensity.setValue(5)
    page.signals.saver.flush()
    row.box.setChecked(False)
    page.signals.saver.flush()
    assert repo.get_checkin(s.ctx.store, s.ctx.workbook_id, TODAY) is None
    assert _menu(s) == "&Ongedaan maken: Stresssignalen van een dag wissen"
    s.window.act_undo.trigger()
    assert [(x.key, x.intensity) for x in repo.get_checkin(s.ctx.store, s.ctx.workbook_id, TODAY).signals] == [
        ("palpitations", 5)]
    assert row.box.isChecked() and row.intensity.value() == 5  # and on screen


def test_user_text_that_looks_like_a_placeholder_shows_exactly(opened, qtbot, no_modal_boxes):
    s, page = opened
    qtbot.keyClicks(page.causes.own_edit, TRICKY)
    qtbot.keyClick(page.causes.own_edit, Qt.Key.Key_Return)
    own = [b.text() for b in page.causes.findChildren(QCheckBox) if b.isVisibleTo(page.causes)
           and b.text().startswith("tillen")]
    assert own == [f"{TRICKY} — aangevinkt op {QLocale().toString(QDate.currentDate(), 'd MMMM yyyy')}"]
    qtbot.keyClicks(page.signals.own_edit, TRICKY)
    qtbot.keyClick(page.signals.own_edit, Qt.Key.Key_Return)
    assert any(r.box.text() == TRICKY for r in page.signals.own_rows)
    tab = page.outlet
    qtbot.keyClicks(tab.new_sub, TRICKY)
    qtbot.keyClick(tab.new_sub, Qt.Key.Key_Return)
    tab.chosen_group.button(0).click()
    assert tab.chosen_label.text() == f"Dit doe ik regelmatig: {TRICKY}"
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert no_modal_boxes[-1].startswith(f"„{TRICKY}” staat nu vandaag in de middag")
    assert _menu(s) == f"&Ongedaan maken: „{TRICKY}” in je weekplanning zetten"
    practice.save_situation(s.ctx.store, s.ctx.workbook_id, Situation(None, TODAY, TRICKY, "%1 niet", "{text}"))
    page.assertive.reload()
    assert page.assertive.list.item(0).text().endswith(f": {TRICKY}\nIk zeg: %1 niet\nZo ging het: {{text}}")


def test_screen_and_paper_say_the_same_in_english(opened, qtbot):
    import io

    from pypdf import PdfReader
    from PySide6.QtCore import QCoreApplication

    from rugschool_gui.export.pdf import build_workbook_pdf
    from rugschool_gui.wording.too_much import words

    s, page = opened
    page.causes.boxes["guilt"].setChecked(True)
    s.translations.apply("en")
    QCoreApplication.processEvents()
    english = words("cause.guilt", "en")
    assert page.causes.boxes["guilt"].text().startswith(english + " — ticked on ")
    assert page.causes.title.text() == words("causes_title", "en")
    pdf = build_workbook_pdf(s.ctx.store, s.ctx.workbook_id, chapters=["too_much"], lang="en")
    paper = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert f"✓ {english} (ticked on " in paper and words("causes_title", "en") in paper


def test_the_page_follows_every_table_of_the_chapter():
    from rugschool_gui.storage import too_much, too_much_practice
    from rugschool_gui.storage.base import Base
    from rugschool_gui.ui.chapters.too_much.page import TABLES

    mine = {t.name for t in Base.metadata.sorted_tables if t.name in {
        cls.__tablename__ for storage in (too_much, too_much_practice) for cls in vars(storage).values()
        if isinstance(cls, type) and hasattr(cls, "__tablename__") and cls.__module__ == storage.__name__}}
    assert mine | {"entry_comment"} == TABLES  # and the psychologist's comments on the answers (#25)


def test_the_chapters_refusals_are_worded_by_the_chapter(opened):
    from rugschool_gui.domain.errors import DomainError
    from rugschool_gui.ui.messages import domain_message

    assert domain_message(DomainError("too_much.missing_date")) == "Kies eerst de dag van je stresssignalen."
    assert domain_message(DomainError("too_much.duplicate_signal", signal="x")) == (
        "Dat signaal staat al in je lijst voor die dag.")
