"""What the hand-over tests start from: a workbook with at least one row in every table of every
chapter (:func:`fill_everything`), the patient's database holding it (the ``source`` fixture,
offered to every storage test by ``conftest.py``), an empty database to import into, and every
table's rows to compare (:func:`snapshot`)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from rugschool_gui.storage.db import Store
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.url import as_url, file_of
from rugschool_gui.storage.workbooks import create_workbook

DAY = date(2026, 11, 24)  # the day fill_everything writes on


def fill_everything(store: Store, wb_id: str) -> None:
    """At least one row in every table of every chapter."""
    from rugschool_gui.domain.exposure import Attempt
    from rugschool_gui.domain.graded_activity import Session
    from rugschool_gui.domain.pacing import Activity, ChunkPlan
    from rugschool_gui.domain.reminders import CHECKIN, DeclinedReminder
    from rugschool_gui.domain.too_little import Score, ValuedActivity
    from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry, Situation
    from rugschool_gui.domain.too_much_outlet import Substitute
    from rugschool_gui.domain.understanding import ChainEntry
    from rugschool_gui.storage import (
        exposure,
        graded_activity,
        pacing,
        reminders,
        too_little,
        too_much,
        too_much_practice,
        understanding,
    )

    a = exposure.add_item(store, wb_id, "Bukken <b>&</b> 😀 שלום", 30)
    exposure.add_item(store, wb_id, "Tillen", 70)
    exposure.rate_item(store, wb_id, a.id, 40)
    exposure.save_attempt(store, wb_id, Attempt(id="", item_id=a.id, when=datetime(2026, 11, 2, 9, tzinfo=UTC),
                                                expected_fear=80, actual_fear=40, learned="x" * 10_000))
    plan = graded_activity.new_plan(store, wb_id)
    graded_activity.update_plan(store, wb_id, plan.id, activity="Fietsen", goal=40, weeks=5, start_on=DAY)
    for i, v in enumerate((25, 28, 27), 1):
        graded_activity.set_measurement(store, wb_id, plan.id, i, DAY - timedelta(days=i), v)
    graded_activity.start_plan(store, wb_id, plan.id)
    graded_activity.save_session(store, wb_id, plan.id, Session(None, DAY, 20, 3, "ok"))
    pacing.save_activity(store, wb_id, DAY, Activity(None, 0, "morning", "Stofzuigen", 30))
    pacing.set_flag_dismissed(store, wb_id, DAY - timedelta(days=DAY.weekday()), "no_want_day:0", True)
    pacing.save_chunk_plan(store, wb_id, ChunkPlan(None, "Tuin", 60, 20, 15, 120))
    pacing.record_timer_run(store, wb_id, "Tuin", datetime(2026, 11, 24, 9, tzinfo=UTC), 2, 1, 60)
    too_much.tick_cause(store, wb_id, "guilt", DAY)
    own = too_much.add_own_signal(store, wb_id, "Tandenknarsen")
    too_much.save_checkin(store, wb_id, CheckIn(DAY, (SignalEntry("falling_asleep", 6), SignalEntry(own))))
    too_much.save_answer(store, wb_id, "energy", DAY, "Wandelen")
    too_much.save_outlet(store, wb_id, old_outlet="Joggen", gains=["calm"])
    too_much.save_substitute(store, wb_id, Substitute(None, "Zwemmen", "", "good"))
    too_much_practice.save_relaxation(store, wb_id, RelaxationSession(None, DAY, "body_scan", 7, 3))
    too_much_practice.save_situation(store, wb_id, Situation(None, DAY, "Buurvrouw"))
    understanding.save_entry(store, wb_id, ChainEntry(None, DAY, (("a", "b", "c", "d", "e"),), "thought"))
    too_little.save_valued(store, wb_id, ValuedActivity(None, "Voetbal", 9))
    too_little.save_score(store, wb_id, Score(None, "tsk", "", DAY, "start", 44))
    too_little.save_reflection(store, wb_id, "start", "Veel angst")
    reminders.save_declined(store, wb_id, DeclinedReminder(None, DAY, CHECKIN, "inside", "Te moe"))
    fill_consultations(store, wb_id, a.id)


def filled_workbook(store: Store, name: str = "Anna") -> str:
    """A new workbook with at least one row in every table (:func:`fill_everything`); its id."""
    wb_id = create_workbook(store, name).id
    fill_everything(store, wb_id)
    return wb_id


#: words of the therapist's private note: a test looks for them in every file and PDF
PRIVATE_WORDS = "Alleen-voor-mij vermoeden van burn-out bij partner"


def fill_consultations(store: Store, wb_id: str, item_id: str) -> None:
    """Issue #25: a consultation (with a private note), homework, a comment, a question, a goal."""
    from rugschool_gui.domain import homework as hw
    from rugschool_gui.domain.consultations import Comment, Consultation, Goal, Question
    from rugschool_gui.storage import consultations

    c = consultations.save_consultation(store, wb_id, Consultation(
        None, DAY, "intake", "Doelen bespreken", "Samen het werkboek doorlopen", "Goed gesprek",
        DAY + timedelta(days=14), PRIVATE_WORDS))
    consultations.save_homework(store, wb_id, hw.Homework(None, hw.EXPOSURE, DAY, hw.WEEKLY, count=2,
                                                          item_id=item_id, consultation_id=c.id), "therapist")
    consultations.save_comment(store, wb_id, Comment(None, "chain_entry", item_id, "Mooi gezien", DAY))
    consultations.save_question(store, wb_id, Question(None, "Mag ik zwemmen?", DAY))
    consultations.save_goal(store, wb_id, Goal(None, 1, "Weer fietsen naar het werk", due_on=DAY))


def snapshot(url: str) -> dict[str, list[tuple]]:
    con = sqlite3.connect(file_of(url))
    # the change counter is the file's bookkeeping, not workbook data (storage/data_change.py)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                        "AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'alembic%' "
                                        "AND name != 'data_change'")]
    out = {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in tables}
    con.close()
    return out


@pytest.fixture
def source(tmp_path):
    """The URL of a patient's database with one workbook that fills every table, and its id."""
    url = as_url(tmp_path / "patient.sqlite3")
    upgrade_if_needed(url)
    store = Store(url)
    wb_id = filled_workbook(store)
    store.close()
    return url, wb_id


def empty_db(tmp_path, name="psy.sqlite3") -> str:
    url = as_url(tmp_path / name)
    upgrade_if_needed(url)
    return url
