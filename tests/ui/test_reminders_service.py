"""The reminder service in the real app (fixed clock): what it shows, once; the tray menu's
"Nu openen", "Later (15 min)" and "Vandaag niet…" (a barrier, written to the plan for graded
activity); the quota note; closing to the tray; the settings dialog; the login entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QApplication

from rugschool_gui.domain import reminders as r
from rugschool_gui.domain.graded_activity import Measurement, Session
from rugschool_gui.operations import graded_activity as ga_ops
from rugschool_gui.storage import graded_activity as ga_repo
from rugschool_gui.ui.reminders import autostart
from rugschool_gui.ui.reminders.choices import load_choices, load_state

from .driving import click, save, type_into

MONDAY = date(2026, 11, 30)


def running_plan(s, start: date = MONDAY):
    db, wb = s.ctx.database, s.ctx.workbook_id
    plan = ga_ops.new_plan(db, wb).result
    days = [start - timedelta(days=7 - i) for i in range(3)]
    filled = replace(plan, activity="Fietsen", goal=40, weeks=5, start_on=start,
                     measurements=tuple(Measurement(d, a) for d, a in zip(days, (25, 28, 27), strict=True)))
    ga_ops.save_draft(db, wb, plan.id, filled)
    return ga_ops.start_plan(db, wb, plan.id).result


def test_nothing_reminds_and_no_tray_until_chosen(app_at):
    s, _clock = app_at(datetime.combine(MONDAY, time(20, 5)))
    assert s.reminders.check() is None
    assert s.reminders._tray is None  # not even made: nothing to carry in memory until chosen
    assert not s.reminders.tray.isVisible()
    assert load_choices(s.settings) == r.ReminderSettings()


def test_checkin_reminds_once_and_opens_its_page(app_at, qtbot):
    s, clock = app_at(datetime.combine(MONDAY, time(19, 59)))
    service = s.reminders
    service.apply_choices(r.ReminderSettings(kinds=frozenset({r.CHECKIN}), checkin_time=time(20, 0)))
    assert service.tray.isVisible() and service.tray.current is None
    clock.now = datetime.combine(MONDAY, time(20, 0))
    with qtbot.waitSignal(service.reminded) as shown:
        service.check()
    assert shown.args[0].kind == r.CHECKIN
    assert service.tray.act_current.isVisible()
    assert service.tray.act_current.text() == "Nu openen: Even stilstaan bij je stress"
    assert [a.text() for a in service.tray.menu.actions() if a.isVisible() and a.text()] == [
        "Werkboek openen", "Nu openen: Even stilstaan bij je stress", "Later (15 min)", "Vandaag niet…",
        "Afsluiten"]
    clock.now += timedelta(minutes=5)
    assert service.check() is None  # once per item
    service.tray.act_current.trigger()
    assert s.window.isVisible() and s.window.current_page_id() == "too_much"
    page = s.window.page("too_much")
    assert page.tabs.currentWidget().widget() is page.signals  # where the check-in is filled in
    # a restart the same day does not remind again
    assert load_state(s.settings, MONDAY).shown == {f"checkin:{MONDAY.isoformat()}"}


def test_later_brings_it_back_after_fifteen_minutes(app_at):
    s, clock = app_at(datetime.combine(MONDAY, time(20, 0)))
    service = s.reminders
    service.apply_choices(r.ReminderSettings(kinds=frozenset({r.CHECKIN}), checkin_time=time(20, 0)))
    assert service.tray.current is not None
    service.tray.act_later.trigger()
    assert service.tray.current is None and not service.tray.act_later.isVisible()
    clock.now += timedelta(minutes=14)
    assert service.check() is None
    clock.now += timedelta(minutes=1)
    assert service.check().kind == r.CHECKIN


def test_vandaag_niet_asks_the_barrier_and_notes_it_in_the_plan(app_at, modals, qtbot):
    s, clock = app_at(datetime.combine(MONDAY, time(10, 5)))
    plan = running_plan(s)
    service = s.reminders
    service.apply_choices(r.ReminderSettings(kinds=frozenset({r.GRADED_ACTIVITY}), activity_days=frozenset({0}),
                                             activity_time=time(10, 0)))
    item = service.tray.current
    assert item is not None and item.kind == r.GRADED_ACTIVITY and not item.quota_reached
    seen: list[str] = []

    def without_a_barrier_then_inside(dialog):
        assert dialog.objectName() == "decline-dialog"
        save(dialog)  # no barrier chosen: a kind word, the dialog stays
        seen.append(dialog.message.text())
        click(dialog.findChild(type(dialog.choice.button(0)), "barrier-inside"))
        type_into(dialog.words, "te moe na het werk")
        save(dialog)

    modals.then(without_a_barrier_then_inside)
    service.tray.act_not_today.trigger()
    qtbot.waitUntil(lambda: service.tray.current is None, timeout=5000)
    assert seen == ["Kies wat je tegenhield: iets in jezelf of iets erbuiten."]
    noted = ga_repo.get_plan(s.ctx.database, s.ctx.workbook_id, plan.id)
    assert noted.barriers_inside.endswith(": te moe na het werk") and noted.barriers_outside == ""
    assert load_state(s.settings, MONDAY).declined == {item.key: r.Declined("inside")}  # no words in the ini
    clock.now += timedelta(hours=1)
    assert service.check() is None


def test_quota_reached_the_reminder_says_more_is_not_the_plan(app_at):
    s, clock = app_at(datetime.combine(MONDAY + timedelta(days=3), time(10, 0)))
    plan = running_plan(s)
    for d in range(3):  # three sessions at the week's quota, Monday to Wednesday
        ga_ops.save_session(s.ctx.database, s.ctx.workbook_id, plan.id, Session(None, MONDAY + timedelta(days=d), 40))
    service = s.reminders
    service.apply_choices(r.ReminderSettings(kinds=frozenset({r.GRADED_ACTIVITY}), activity_days=frozenset({3}),
                                             activity_time=time(10, 0)))
    item = service.tray.current
    assert item is not None and item.quota_reached
    from rugschool_gui.ui.reminders.texts import body

    assert "Meer doen is niet het plan" in body(item)


def test_closing_the_window_keeps_the_tray_and_afsluiten_ends_it(app_at, qtbot):
    s, _clock = app_at(datetime.combine(MONDAY, time(9, 0)))
    service = s.reminders
    s.settings.tray = True  # as if chosen (an offscreen test has no system tray to offer)
    service.apply_choices(r.ReminderSettings(kinds=frozenset({r.CHECKIN})))
    s.window.show()
    qtbot.waitExposed(s.window)
    assert not s.window.close()  # refused: the window hides, the service stays
    assert not s.window.isVisible() and service.tray.isVisible()
    service.tray.act_show.trigger()
    assert s.window.isVisible()
    service.tray.act_quit.trigger()
    assert not s.window.isVisible() and not service.tray.isVisible()


def test_the_settings_dialog_turns_kinds_on_and_saves_them(startup, qtbot, modals):
    s = startup()
    qtbot.addWidget(s.window)

    def choose(dialog):
        assert dialog.objectName() == "reminders-dialog"
        assert not any(box.isChecked() for box in dialog.kind_boxes.values())  # nothing on until chosen
        assert not dialog.day_boxes[0].isEnabled()
        click(dialog.kind_boxes[r.GRADED_ACTIVITY])
        for d in (0, 2, 4):
            click(dialog.day_boxes[d])
        click(dialog.kind_boxes[r.CHECKIN])
        dialog.accept()

    modals.then(choose)
    s.apply_setting("open_reminders", "", s.window)
    chosen = load_choices(s.settings)
    assert chosen.kinds == {r.GRADED_ACTIVITY, r.CHECKIN}
    assert chosen.activity_days == {0, 2, 4}
    assert s.reminders.tray.isVisible() and s.reminders.timer.isActive()


def test_login_entry_written_only_when_chosen_and_removed_after(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    entry = tmp_path / "autostart" / autostart.FILE_NAME
    assert not entry.exists()
    assert autostart.set_autostart(True, "Rugschool werkboek", "Herinneringen")
    text = entry.read_text()
    assert "[Desktop Entry]" in text and "Exec=" in text and text.rstrip().splitlines()[-1] != ""
    assert "-m rugschool_gui --tray" in text
    assert autostart.set_autostart(False, "Rugschool werkboek", "Herinneringen")
    assert not entry.exists()


def test_settings_button_is_in_the_settings_dialog(startup, qtbot, modals):
    from PySide6.QtCore import QTimer

    s = startup()
    qtbot.addWidget(s.window)
    opened: list[str] = []

    def settings(dialog):
        button = dialog.findChild(type(dialog.reminders), "open-reminders")
        assert button.text().replace("&", "") == "Herinneringen…"
        QTimer.singleShot(0, lambda: click(button))  # the click opens a dialog of its own

    modals.then(settings).then(lambda inner: (opened.append(inner.objectName()), inner.accept()))
    modals.then(lambda dialog: (opened.append(dialog.objectName() or "settings"), dialog.accept()))
    s.open_settings(s.window)
    assert opened == ["reminders-dialog", "settings"]
    assert QApplication.activeModalWidget() is None
