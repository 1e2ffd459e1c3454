"""The reminder choices and today's reminder state, kept per computer in the app's settings.

Why per computer and not in the workbook: a reminder rings on this desktop. A psychologist's
database with several workbooks must not remind anyone of anything, and the hand-over file
carries the workbook, not when someone's computer beeps. Only kinds, days, times and item ids
are stored here; what was done stays in the workbook database.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, time

from ...domain.reminders import BARRIERS, Declined, ReminderSettings, ReminderState, check_settings
from ..appsettings import AppSettings

log = logging.getLogger(__name__)


def _time(text: object, default: time) -> time:
    try:
        return time.fromisoformat(str(text))
    except ValueError:
        return default


def load_choices(settings: AppSettings) -> ReminderSettings:
    """The stored choices; anything unreadable falls back to "nothing on"."""
    default = ReminderSettings()
    if not settings.reminder_choices:
        return default
    try:
        raw = json.loads(settings.reminder_choices)
        return check_settings(ReminderSettings(
            kinds=frozenset(raw.get("kinds", ())), activity_days=frozenset(raw.get("days", ())),
            activity_time=_time(raw.get("activity_time"), default.activity_time),
            checkin_time=_time(raw.get("checkin_time"), default.checkin_time),
            homework_time=_time(raw.get("homework_time"), default.homework_time),
            quiet_start=_time(raw.get("quiet_start"), default.quiet_start),
            quiet_end=_time(raw.get("quiet_end"), default.quiet_end)))
    except (ValueError, TypeError, AttributeError):
        log.warning("reminder choices unreadable: nothing reminds until chosen again")
        return default


def save_choices(settings: AppSettings, choices: ReminderSettings) -> ReminderSettings:
    choices = check_settings(choices)
    settings.reminder_choices = json.dumps({
        "kinds": sorted(choices.kinds), "days": sorted(choices.activity_days),
        "activity_time": choices.activity_time.strftime("%H:%M"),
        "checkin_time": choices.checkin_time.strftime("%H:%M"),
        "homework_time": choices.homework_time.strftime("%H:%M"),
        "quiet_start": choices.quiet_start.strftime("%H:%M"), "quiet_end": choices.quiet_end.strftime("%H:%M")})
    return choices


def load_state(settings: AppSettings, today: date) -> ReminderState:
    """Today's state (a reminder shown before a restart is not shown again); another day's is gone."""
    try:
        raw = json.loads(settings.reminder_state or "{}")
        if raw.get("day") != today.isoformat():
            return ReminderState(today)
        return ReminderState(
            today, frozenset(raw.get("shown", ())),
            {k: datetime.fromisoformat(v) for k, v in raw.get("snoozed", {}).items()},
            {k: Declined(b) for k, b in raw.get("declined", {}).items() if b in BARRIERS})
    except (ValueError, TypeError, AttributeError):
        return ReminderState(today)


def save_state(settings: AppSettings, state: ReminderState) -> None:
    # the words someone gave for "Vandaag niet" stay out of this file (they are health content)
    settings.reminder_state = json.dumps({
        "day": state.day.isoformat(), "shown": sorted(state.shown),
        "snoozed": {k: v.isoformat(timespec="minutes") for k, v in state.snoozed.items()},
        "declined": {k: d.barrier for k, d in state.declined.items()}})
