"""The clinical rules a handed-over workbook is read in with: the domain's own checks — the same
ones the app applies when a person types the value — on every row of the file, and the
workbook-wide rules on the merged result (at most ten steps, known signals of the workbook's
own, one check-in per day, a chosen outlet and a split task of this workbook, a started plan
with a schedule).

No rule is written here a second time: each row becomes the domain's object and goes through
the domain's check. A refusal is raised as :class:`HandoverError` naming the chapter and the
domain's key (``problem``); nothing has been written by then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any

from ..domain import consultations as co
from ..domain import exposure as ex
from ..domain import graded_activity as ga
from ..domain import graded_activity_plan as plan_rules
from ..domain import homework as hw
from ..domain import pacing as pa
from ..domain import pacing_timer, reminders, too_little, too_much, understanding, workbooks
from ..domain import too_much_outlet as outlet_rules
from ..domain.errors import DomainError, OutOfRange
from ..domain.graded_activity_weeks import validate_session as validate_activity_session
from ..domain.text import clean_label
from .handover_checks import HandoverError, OtherWorkbook, Rows, RowValues, chapter_of, invalid

RowCheck = Callable[[RowValues], object]


class TooManySteps(HandoverError):
    """Both sides added steps: together more than the hierarchy holds (§4: at most ten)."""

    key = "handover.too_many_steps"


def _plan(r: RowValues) -> ga.Plan:
    return ga.Plan(r["id"], r["activity"], r["unit"], r["reduction"], r["sessions_per_week"], r["goal"], r["weeks"],
                   r["start_on"], r["status"], (), ended_on=r["ended_on"], barriers_inside=r["barriers_inside"],
                   barriers_outside=r["barriers_outside"], realistic=r["realistic"])


def _homework(r: RowValues) -> hw.Homework:
    from .consultations import homework_from_values

    return homework_from_values(r)


def _own_signal_key(r: RowValues) -> None:
    """An own signal is named ``own:<id of the workbook's own signal>`` (which one: see
    :func:`check_merged`)."""
    own = too_much.group_of(r["signal"]) == too_much.OWN_GROUP
    if own and len(r["signal"].removeprefix(f"{too_much.OWN_GROUP}:")) != 36:
        raise too_much.UnknownKey(value=r["signal"][:40])


def _signal(r: RowValues) -> None:
    too_much.check_signal(too_much.SignalEntry(r["signal"], r["intensity"], r["note"]))
    _own_signal_key(r)


def _activity(r: RowValues) -> None:
    pa.check_monday(r["week_of"])
    pa.validate_activity(pa.Activity(r["id"], r["day"], r["part"], r["name"], r["minutes"], r["kind"], r["motive"],
                                     r["note"], r["position"], r["task_id"], r["done"], r["pain"]))
    if r["position"] < 0:  # the place in its cell: 0, 1, 2, …
        raise OutOfRange(low=0, value=r["position"])


#: every table's row check: the domain's object, through the domain's own check
ROW_CHECKS: dict[str, RowCheck] = {
    "cause_tick": lambda r: too_much.check_cause(r["cause"], r["own_label"]),
    "stress_own_signal": lambda r: clean_label(r["label"], too_much.MAX_LABEL_LENGTH),
    "stress_checkin": lambda r: too_much.validate_checkin(too_much.CheckIn(r["day"])),  # its signals: below
    "stress_signal": lambda r: _signal(r),
    "reflection_answer": lambda r: too_much.check_question(r["question"]),
    "outlet": lambda r: outlet_rules.check_gains(g for g in r["gains"].split(",") if g),
    "outlet_substitute": lambda r: outlet_rules.validate_substitute(
        outlet_rules.Substitute(r["id"], r["name"], r["tried"], r["outcome"])),
    "relaxation_session": lambda r: too_much.validate_session(too_much.RelaxationSession(
        r["id"], r["day"], r["exercise"], r["before"], r["after"], r["note"], r.get("followed_seconds"))),
    "assertive_situation": lambda r: too_much.validate_situation(too_much.Situation(
        r["id"], r["day"], r["situation"], r["say"], r["went"])),
    "chain_entry": lambda r: understanding.validate_chain(understanding.ChainEntry(
        r["id"], r["day"], understanding.parse_rounds(r["rounds"]), r["change_link"], r["note"])),
    "valued_activity": lambda r: too_little.validate_valued(too_little.ValuedActivity(
        r["id"], r["name"], r["value"], r["what_matters"], r["adapted"])),
    "questionnaire_score": lambda r: too_little.validate_score(too_little.Score(
        r["id"], r["scale"], r["name"], r["day"], r["moment"], r["total"])),
    "score_reflection": lambda r: too_little.check_moment(r["moment"]),
    "fear_item": lambda r: ex.check_step(ex.FearItem(r["id"], r["rank"], r["label"], r["fear"], r["mastered"],
                                                     r["note"])),
    "fear_rating": lambda r: ex.check_rating(r["fear"]),
    "exposure_attempt": lambda r: ex.validate_attempt(ex.Attempt(
        r["id"], r["item_id"], r["happened_at"], r["expectation"], r["expected_fear"], r["expected_pain"],
        r["actual_fear"], r["actual_pain"], r["outcome"], r["learned"], r["note"])),
    "pacing_activity": lambda r: _activity(r),
    "pacing_dismissed_flag": lambda r: (pa.check_monday(r["week_of"]), pa.check_flag_id(r["flag_id"])),
    "pacing_chunk_plan": lambda r: pa.validate_chunk_plan(pa.ChunkPlan(
        r["id"], r["name"], r["work"], r["chunk"], r["pause"], r["recovery"])),
    "pacing_timer_run": lambda r: pacing_timer.validate_run(r["breaks_planned"], r["breaks_taken"],
                                                            r["work_minutes"]),
    "activity_plan": lambda r: plan_rules.check_plan_record(_plan(r)),
    "activity_measurement": lambda r: plan_rules.check_measurement(r["position"], r["measured_on"], r["amount"]),
    "activity_schedule": lambda r: plan_rules.check_version(ga.ScheduleVersion(r["start_on"], ga.Schedule(
        r["baseline"], r["start_level"], r["goal"], r["weeks"], r["reduction"]), r["id"])),
    "consultation": lambda r: co.validate_consultation(co.Consultation(
        r["id"], r["held_on"], r["kind"], r["agenda"], r["notes"], r["evaluation"], r["next_on"],
        author_role=r["author_role"])),
    "homework": lambda r: (co.check_role(r["author_role"]), hw.validate_homework(_homework(r))),
    "entry_comment": lambda r: co.validate_comment(co.Comment(
        r["id"], r["target_table"], r["target_id"], r["text"], r["written_on"], r["author_role"], r["reply"],
        r["replied_on"])),
    "patient_question": lambda r: co.validate_question(co.Question(r["id"], r["text"], r["asked_on"],
                                                                   r["discussed_in"])),
    "declined_reminder": lambda r: reminders.validate_declined(reminders.DeclinedReminder(
        r["id"], r["day"], r["kind"], r["barrier"], r["words"], r["item_id"])),
    "smart_goal": lambda r: co.validate_goal(co.Goal(
        r["id"], r["rank"], r["goal"], r["specific"], r["measurable"], r["acceptable"], r["realistic"],
        r["due_on"], r["measure"], r["author_role"])),
    "activity_session": lambda r: validate_activity_session(ga.Session(r["id"], r["done_on"], r["amount"],
                                                                       r["pain"], r["note"])),
}


def check_workbook_row(row: RowValues) -> None:
    """The workbook's name, as the app takes one."""
    _ruled("workbook", lambda r: workbooks.validate_name(r["name"]), row)


def check_references(tables: Rows) -> None:
    """What a row names outside its foreign keys is a row of the same file: the outlet's chosen
    substitute, the task a piece was split from, an own stress signal (``own:<id>``)."""
    _pointing(tables, "outlet", "chosen_id", "outlet_substitute")
    _pointing(tables, "pacing_activity", "task_id", "pacing_activity")
    own = {f"{too_much.OWN_GROUP}:{i}" for i in tables["stress_own_signal"]}
    for row in tables["stress_signal"].values():
        if row["signal"].startswith(f"{too_much.OWN_GROUP}:") and row["signal"] not in own:
            raise OtherWorkbook(table="stress_signal", chapter=chapter_of("stress_signal"))


def _pointing(tables: Rows, name: str, column: str, target: str) -> None:
    for row in tables[name].values():
        if row[column] is not None and row[column] not in tables[target]:
            raise OtherWorkbook(table=name, chapter=chapter_of(name))


def check_rows(tables: Rows, tick: Callable[[int], None] = lambda _n: None) -> None:
    """Every row of the file through its chapter's rule (tombstones too: a later file or an undo
    could bring one back), and what rows name (:func:`check_references`)."""
    check_references(tables)
    for name, rows in tables.items():
        check = ROW_CHECKS.get(name)
        if check is None:
            raise invalid(name, problem="no rule")  # a new table must come with its rule
        for n, row in enumerate(rows.values(), start=1):
            _ruled(name, check, row)
            if n % 2000 == 0:
                tick(2000)
        tick(len(rows) % 2000)


def _ruled(table: str, check: RowCheck, row: RowValues) -> None:
    try:
        check(row)
    except HandoverError:
        raise
    except DomainError as exc:
        raise HandoverError(field=table, problem=exc.key, chapter=chapter_of(table)) from exc
    except (TypeError, ValueError, OverflowError, AttributeError, KeyError) as exc:  # a value no rule expects
        raise HandoverError(field=table, problem="value", chapter=chapter_of(table)) from exc


# ----- the merged workbook ------------------------------------------------------------------
def _checkin(day: too_much.CheckIn, own: set[str], _row: RowValues) -> None:
    too_much.validate_checkin(day, own)


def _live(rows: dict[str, RowValues]) -> list[RowValues]:
    return [r for r in rows.values() if r.get("deleted_at") is None]


def check_merged(merged: Rows) -> None:
    """The rules that hold across rows, on the workbook as the merge leaves it."""
    steps = _live(merged["fear_item"])
    if len(steps) > ex.MAX_ITEMS:
        raise TooManySteps(count=len(steps), max=ex.MAX_ITEMS)
    _ruled("fear_item", lambda _r: ex.FearHierarchy(
        ex.FearItem(r["id"], r["rank"], r["label"], r["fear"], r["mastered"], r["note"]) for r in steps), {})
    if sorted(r["rank"] for r in steps) != list(range(1, len(steps) + 1)):
        raise invalid("fear_item", "rank")  # the merge repairs ranks: this is a mistake of ours
    own = {f"{too_much.OWN_GROUP}:{i}" for i in merged["stress_own_signal"]}
    signals: dict[str, list[too_much.SignalEntry]] = {}
    for r in _live(merged["stress_signal"]):
        signals.setdefault(r["checkin_id"], []).append(too_much.SignalEntry(r["signal"], r["intensity"], r["note"]))
    for checkin in _live(merged["stress_checkin"]):
        day = too_much.CheckIn(checkin["day"], tuple(signals.get(checkin["id"], ())))
        _ruled("stress_signal", partial(_checkin, day, own), {})
    substitutes = merged["outlet_substitute"]
    for outlet in merged["outlet"].values():
        if outlet["chosen_id"] is not None and outlet["chosen_id"] not in substitutes:
            raise OtherWorkbook(table="outlet", chapter=chapter_of("outlet"))
    activities = merged["pacing_activity"]
    for activity in activities.values():
        if activity["task_id"] is not None and activity["task_id"] not in activities:
            raise OtherWorkbook(table="pacing_activity", chapter=chapter_of("pacing_activity"))
    _check_plans(merged)


def _check_plans(merged: Rows) -> None:
    versions: dict[str, int] = {}
    for v in _live(merged["activity_schedule"]):
        versions[v["plan_id"]] = versions.get(v["plan_id"], 0) + 1
    open_plans = [p for p in merged["activity_plan"].values() if p["status"] in plan_rules.OPEN]
    if len(open_plans) > 1:
        raise invalid("activity_plan", "status", "two open plans")  # the merge keeps one: a mistake of ours
    for plan in merged["activity_plan"].values():
        if plan["status"] == ga.ACTIVE and not versions.get(plan["id"]):
            raise invalid("activity_plan", "status", "active without a schedule")


def describe(row: RowValues) -> tuple[str, date | None]:
    """What a person recognises a row by (the summary of what a newer version replaced): its own
    words when it has them, else its day; ("", None) for a row of keys only (a ticked signal)."""
    for column in ("label", "name", "activity", "situation", "old_outlet"):
        value: Any = row.get(column)
        if isinstance(value, str) and value.strip():
            return value.strip()[:60], None
    for column in ("day", "answered_on", "done_on", "happened_at", "measured_on", "start_on", "week_of",
                   "ticked_on", "started_at", "rated_at"):
        value = row.get(column)
        if isinstance(value, datetime):
            return "", value.date()
        if isinstance(value, date):
            return "", value
    return "", None
