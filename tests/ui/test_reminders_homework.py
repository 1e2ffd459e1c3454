"""The reminder service in the real app (fixed clock) for homework that is due, the words of a
"Vandaag niet" kept in the workbook (not in the ini) and shown in the consultation brief, undo of
that, the "Huiswerk" choice in the settings dialog, and the check-in opening on the stress signals."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain import reminders as r
from rugschool_gui.domain.exposure import Attempt
from rugschool_gui.operations import consultations as co_ops
from rugschool_gui.operations.consultations import brief
from rugschool_gui.storage import exposure
from rugschool_gui.storage.reminders import list_declined
from rugschool_gui.ui.reminders.choices import load_choices, load_state
from rugschool_gui.ui.reminders.texts import body, title

from .driving import click, save, type_into

MONDAY = date(2026, 11, 30)


def set_homework(s, **kw) -> hw.Homework:
    values = {"kind": hw.FREE, "starts_on": MONDAY - timedelta(days=7), "rhythm": hw.ONCE, "due_on": MONDAY,
              "text": "Het hoofdstuk over pijn lezen"}
    values.update(kw)
    return co_ops.save_homework(s.ctx.database, s.ctx.workbook_id, hw.Homework(None, **values)).result


def decline(s, modals, qtbot, barrier: str, words: str) -> None:
    service = s.reminders

    def answer(dialog):
        assert dialog.objectName() == "decline-dialog"
        intro = dialog.findChild(QLabel, "decline-intro").text()
        assert intro.endswith(" Dit komt met de datum in je werkboek, voor je volgende gesprek.")
        click(dialog.findChild(type(dialog.choice.button(0)), f"barrier-{barrier}"))
        type_into(dialog.words, words)
        save(dialog)

    modals.then(answer)
    service.tray.act_not_today.trigger()
    qtbot.waitUntil(lambda: service.tray.current is None, timeout=5000)


def test_homework_due_today_reminds_once_and_opens_the_home_page(app_at):
    s, clock = app_at(datetime.combine(MONDAY, time(9, 0)))
    set_homework(s)
    set_homework(s, text="Een wandeling plannen")  # two tasks due: one reminder
    service = s.reminders
    service.apply_choices(r.ReminderSettings(kinds=frozenset({r.HOMEWORK}), homework_time=time(9, 30)))
    assert service.tray.current is None  # not before its time
    clock.now = datetime.combine(MONDAY, time(9, 30))
    item = service.check()
    assert item is not None and item.kind == r.HOMEWORK and item.last_day
    assert title(item) == "Je huiswerk"
    assert body(item).startswith("Vandaag is de laatste dag voor huiswerk dat nog openstaat.")
    assert "!" not in body(item)
    clock.now += timedelta(minutes=2)
    assert service.check() is None  # one reminder for the day's homework
    s.window.open_page("too_much")
    service.tray.act_current.trigger()
    assert s.window.isVisible() and s.window.current_page_id() == "home"


def test_homework_of_several_times_reminds_the_day_before(app_at):
    s, clock = app_at(datetime.combine(MONDAY - timedelta(days=1), time(10, 0)))
    set_homework(s, kind=hw.RELAXATION, rhythm=hw.ONCE, count=3, text="", due_on=MONDAY)
    service = s.reminders
    service.apply_choices(r.ReminderSettings(kinds=frozenset({r.HOMEWORK})))
    item = service.tray.current
    assert item is not None and not item.last_day
    assert body(item).startswith("Morgen is de laatste dag")
    clock.now = datetime.combine(MONDAY, time(10, 0))
    assert service.check() is None  # not a second time on the day itself


def test_done_or_postponed_homework_does_not_remind(app_at):
    s, clock = app_at(datetime.combine(MONDAY, time(11, 0)))
    done = set_homework(s)
    co_ops.tick_homework(s.ctx.database, s.ctx.workbook_id, done.id, MONDAY)
    later = set_homework(s, kind=hw.STRESS, rhythm=hw.WEEKLY, count=2, text="")
    co_ops.postpone_homework(s.ctx.database, s.ctx.workbook_id, later.id, MONDAY, hw.EXTERNAL, "bezoek")
    s.reminders.apply_choices(r.ReminderSettings(kinds=frozenset({r.HOMEWORK})))
    assert s.reminders.tray.current is None


def test_vandaag_niet_on_exposure_keeps_the_words_in_the_workbook_and_the_brief(app_at, modals, qtbot):
    s, clock = app_at(datetime.combine(MONDAY, time(15, 0)))
    db, wb = s.ctx.database, s.ctx.workbook_id
    step = exposure.add_item(db, wb, "Bukken", 40)
    planned = exposure.save_attempt(db, wb, Attempt(id="", item_id=step.id,
                                                    when=datetime.combine(MONDAY, time(15, 0)).astimezone()))
    service = s.reminders
    service.apply_choices(r.ReminderSettings(kinds=frozenset({r.EXPOSURE})))
    item = service.tray.current
    assert item is not None and item.kind == r.EXPOSURE
    decline(s, modals, qtbot, "outside", "bezoek van mijn zus")
    kept = list_declined(db, wb)
    assert [(d.day, d.kind, d.barrier, d.words, d.item_id) for d in kept] == [
        (MONDAY, r.EXPOSURE, "outside", "bezoek van mijn zus", planned.id)]
    # the ini knows only that it was declined, never the words
    assert load_state(s.settings, MONDAY).declined == {item.key: r.Declined("outside")}
    assert "zus" not in (s.settings.reminder_state or "")
    # the psychologist sees them in the brief of the consultations chapter
    assert [d.words for d in brief(db, wb, MONDAY).declined] == ["bezoek van mijn zus"]
    page = s.window.page("consultations")
    s.window.open_page("consultations")
    assert "„Vandaag niet” bij een herinnering" in page.flags.text()
    assert "geplande blootstelling: iets rondom mij — „bezoek van mijn zus”" in page.flags.text()
    # undoable like any entry
    assert s.window.act_undo.text().endswith("„Vandaag niet” bij een herinnering")
    s.window.act_undo.trigger()
    assert list_declined(db, wb) == []


@pytest.mark.parametrize("kind", [r.CHECKIN, r.PACING])
def test_vandaag_niet_on_checkin_and_pacing_is_kept_too(app_at, modals, qtbot, kind):
    s, clock = app_at(datetime.combine(MONDAY, time(20, 0)))
    db, wb = s.ctx.database, s.ctx.workbook_id
    if kind == r.PACING:
        from rugschool_gui.domain.pacing import Activity
        from rugschool_gui.storage import pacing

        pacing.save_activity(db, wb, MONDAY, Activity(None, 0, "evening", "Stofzuigen", 30))
    s.reminders.apply_choices(r.ReminderSettings(kinds=frozenset({kind}), checkin_time=time(20, 0)))
    assert s.reminders.tray.current is not None and s.reminders.tray.current.kind == kind
    decline(s, modals, qtbot, "inside", "te moe")
    assert [(d.kind, d.barrier, d.words) for d in list_declined(db, wb)] == [(kind, "inside", "te moe")]


def test_the_checkin_opens_te_veel_on_the_stress_signals(app_at):
    s, clock = app_at(datetime.combine(MONDAY, time(20, 0)))
    page = s.window.page("too_much")
    s.window.open_page("too_much")
    page.section_button(4).click()  # somewhere else in the chapter first (relaxation)
    assert page.tabs.currentIndex() == 4
    s.window.open_page("home")
    s.reminders.apply_choices(r.ReminderSettings(kinds=frozenset({r.CHECKIN}), checkin_time=time(20, 0)))
    s.reminders.tray.act_current.trigger()
    assert s.window.current_page_id() == "too_much"
    assert page.tabs.currentWidget().widget() is page.signals
    assert page.section_button(page.tabs.currentIndex()).isChecked()


def test_the_settings_dialog_has_homework_off_until_chosen(startup, qtbot, modals):
    s = startup()
    qtbot.addWidget(s.window)

    def choose(dialog):
        box = dialog.kind_boxes[r.HOMEWORK]
        assert not box.isChecked() and box.text() == "Huiswerk: wat nog openstaat voor de afgesproken dag"
        assert not dialog.homework_time.isEnabled()
        click(box)
        assert dialog.homework_time.isEnabled()
        dialog.homework_time.setFocus(Qt.FocusReason.TabFocusReason)  # the hours
        QTest.keyClick(dialog.homework_time, Qt.Key.Key_Down)  # 10:00 → 09:00
        dialog.accept()

    modals.then(choose)
    s.apply_setting("open_reminders", "", s.window)
    chosen = load_choices(s.settings)
    assert chosen.kinds == {r.HOMEWORK} and chosen.homework_time == time(9, 0)
