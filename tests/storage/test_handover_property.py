"""Random edits on both sides, files both ways (issue #17): however the patient and the
psychologist edit between hand-overs, after the files went both ways both databases hold the
same rows, every rule holds (one row per day / moment / slot, ranks 1..n, one open plan) and
every page's data loads."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugschool_gui.domain.errors import DomainError
from rugschool_gui.domain.graded_activity import Session
from rugschool_gui.domain.pacing import Activity
from rugschool_gui.domain.too_little import Score, ValuedActivity
from rugschool_gui.domain.too_much import CheckIn, RelaxationSession, SignalEntry
from rugschool_gui.domain.understanding import ChainEntry
from rugschool_gui.storage import (
    exposure,
    graded_activity,
    pacing,
    too_little,
    too_much,
    too_much_practice,
    understanding,
)
from rugschool_gui.storage.db import Database
from rugschool_gui.storage.workbooks import create_workbook

from .handover_fill import fill_everything
from .handover_sides import Side, assert_same, every_page_loads

DAY = date(2026, 11, 24)
MONDAY = DAY - timedelta(days=DAY.weekday())
SIGNALS = ("falling_asleep", "palpitations", "tension_headache", "diarrhoea")
Draw = Callable[[st.SearchStrategy[object]], object]


def _pick(draw: Draw, items: list[object]) -> object:
    return draw(st.sampled_from(items)) if items else None


def edit(db: Database, wb: str, draw: Draw) -> str:
    """One edit a person could make, of a kind drawn at random; returns its name."""
    kind = draw(st.sampled_from(EDITS))
    day = DAY + timedelta(days=draw(st.integers(0, 3)))
    text = draw(st.sampled_from(["", "Wandelen", "Rust", "Niet gelukt", "Beter"]))
    if kind == "checkin":
        keys = draw(st.lists(st.sampled_from(SIGNALS), unique=True, max_size=3))
        entries = tuple(SignalEntry(k, draw(st.integers(0, 10))) for k in keys)
        if entries:
            too_much.save_checkin(db, wb, CheckIn(day, entries))
        else:
            too_much.delete_checkin(db, wb, day)
    elif kind == "answer":
        too_much.save_answer(db, wb, draw(st.sampled_from(["energy", "relax"])), day, text)
    elif kind == "reflection":
        too_little.save_reflection(db, wb, draw(st.sampled_from(["start", "middle"])), text)
    elif kind == "outlet":
        too_much.save_outlet(db, wb, old_outlet=text)
    elif kind == "cause":
        cause = draw(st.sampled_from(["guilt", "pressured"]))
        tick = next((t for t in too_much.list_cause_ticks(db, wb) if t.cause == cause), None)
        if tick is None:
            too_much.tick_cause(db, wb, cause, day)
        else:
            too_much.untick_cause(db, wb, tick.id)
    elif kind in ("step_add", "step_move", "step_rename", "step_rate", "step_remove", "step_master"):
        items = list(exposure.load_hierarchy(db, wb).items)
        item = _pick(draw, items)
        if kind == "step_add" and len(items) < 4:
            exposure.add_item(db, wb, f"Stap {draw(st.integers(0, 99))}", draw(st.none() | st.integers(0, 100)))
        elif item is not None and kind == "step_move":
            exposure.move_item(db, wb, item.id, draw(st.integers(1, len(items))))
        elif item is not None and kind == "step_rename":
            exposure.update_item(db, wb, item.id, label=f"{item.label[:50]} {text}".strip())
        elif item is not None and kind == "step_rate":
            exposure.rate_item(db, wb, item.id, draw(st.integers(0, 100)))
        elif item is not None and kind == "step_remove":
            exposure.remove_item(db, wb, item.id)
        elif item is not None and kind == "step_master":
            exposure.set_mastered(db, wb, item.id, not item.mastered)
    elif kind == "chain":
        entry = _pick(draw, understanding.list_entries(db, wb))
        if entry is None or draw(st.booleans()):
            understanding.save_entry(db, wb, ChainEntry(None, day, ((text or "Trap", "", "", "", ""),)))
        else:
            understanding.delete_entry(db, wb, entry.id)
    elif kind == "relax":
        session = _pick(draw, too_much_practice.list_relaxation(db, wb))
        if session is None or draw(st.booleans()):
            too_much_practice.save_relaxation(db, wb, RelaxationSession(None, day, "body_scan", draw(st.integers(0, 10)), 2))
        else:
            too_much_practice.delete_relaxation(db, wb, session.id)
    elif kind == "valued":
        valued = _pick(draw, too_little.list_valued(db, wb))
        if valued is None or draw(st.booleans()):
            too_little.save_valued(db, wb, ValuedActivity(None, f"Hobby {draw(st.integers(0, 9))}", 5))
        else:
            too_little.save_valued(db, wb, ValuedActivity(valued.id, valued.name, draw(st.integers(0, 10))))
    elif kind == "score":
        score = _pick(draw, too_little.list_scores(db, wb))
        if score is None or draw(st.booleans()):
            too_little.save_score(db, wb, Score(None, "pcs", "", day, "middle", draw(st.integers(0, 52))))
        else:
            too_little.delete_score(db, wb, score.id)
    elif kind == "activity":
        act = _pick(draw, pacing.list_week(db, wb, MONDAY))
        choice = draw(st.integers(0, 2))
        if act is None or choice == 0:
            pacing.save_activity(db, wb, MONDAY, Activity(None, draw(st.integers(0, 1)), "morning", text or "Koken", 30))
        elif choice == 1:
            pacing.move_activity(db, wb, act.id, draw(st.integers(0, 1)), "morning", draw(st.integers(0, 2)))
        else:
            pacing.delete_activity(db, wb, act.id)
    elif kind == "flag":
        pacing.set_flag_dismissed(db, wb, MONDAY, draw(st.sampled_from(["piled_up", "no_want_day:1"])),
                                  draw(st.booleans()))
    elif kind == "session":
        plan = graded_activity.open_plan(db, wb)
        if plan is not None and plan.status == "active":
            sessions = graded_activity.list_sessions(db, plan.id)
            if sessions and draw(st.booleans()):
                graded_activity.delete_session(db, wb, plan.id, sessions[0].id)
            else:
                graded_activity.save_session(db, wb, plan.id, Session(None, day, draw(st.integers(10, 40))))
    elif kind == "measurement":
        plan = graded_activity.open_plan(db, wb)
        if plan is not None and plan.status == "draft":
            amount = draw(st.none() | st.integers(5, 30))
            graded_activity.set_measurement(db, wb, plan.id, draw(st.integers(1, 3)), day, amount)
    elif kind == "new_plan":
        plan = graded_activity.open_plan(db, wb)
        if plan is not None:
            graded_activity.end_plan(db, wb, plan.id, "abandoned", day)
        graded_activity.new_plan(db, wb)
    return kind


EDITS = ("checkin", "answer", "reflection", "outlet", "cause", "step_add", "step_move", "step_rename", "step_rate",
         "step_remove", "step_master", "chain", "relax", "valued", "score", "activity", "flag", "session",
         "measurement", "new_plan")


def edits(side: Side, wb: str, draw: Draw, count: int) -> None:
    for _ in range(count):
        with contextlib.suppress(DomainError):  # not possible in this state: the app refuses it, nothing written
            edit(side.db, wb, draw)


def rules_hold(side: Side, wb: str) -> None:
    items = exposure.load_hierarchy(side.db, wb).items
    assert [i.rank for i in items] == list(range(1, len(items) + 1))
    with side.db.transaction() as s:
        from sqlalchemy import func, select

        from rugschool_gui.storage.graded_activity import ActivityPlanRow

        open_plans = s.scalar(select(func.count()).select_from(ActivityPlanRow).where(
            ActivityPlanRow.workbook_id == wb, ActivityPlanRow.status.in_(("draft", "active"))))
    assert open_plans <= 1


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_on_both_sides_end_the_same_after_files_go_both_ways(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("both")
    patient, psy = Side("patient", folder), Side("psy", folder)
    wb = create_workbook(patient.db, "Anna").id
    fill_everything(patient.db, wb)
    psy.receive(patient.send(wb))
    try:
        for _round in range(data.draw(st.integers(1, 3), label="rounds")):
            edits(patient, wb, data.draw, data.draw(st.integers(0, 8), label="patient edits"))
            edits(psy, wb, data.draw, data.draw(st.integers(0, 8), label="psychologist edits"))
            first, second = (patient, psy) if data.draw(st.booleans(), label="patient first") else (psy, patient)
            second.receive(first.send(wb))
            rules_hold(second, wb)
            every_page_loads(second.db, wb, DAY, pdf=False)
            if data.draw(st.booleans(), label="answered at once"):
                first.receive(second.send(wb))
        patient.receive(psy.send(wb))
        psy.receive(patient.send(wb))
        assert_same(patient, psy, wb)
        for side in (patient, psy):
            rules_hold(side, wb)
            every_page_loads(side.db, wb, DAY, pdf=False)
        every_page_loads(psy.db, wb, DAY, pdf=data.draw(st.integers(0, 5), label="pdf") == 0)
    finally:
        patient.close()
        psy.close()
