"""The facts a SMART goal's progress is read from (issue #25, storage.goal_facts)."""

from __future__ import annotations

from datetime import date, timedelta

from rugschool_gui.domain.goal_progress import goal_progress
from rugschool_gui.domain.pacing import Activity, week_monday
from rugschool_gui.storage import exposure, graded_activity, pacing
from rugschool_gui.storage.goal_facts import goal_facts

TODAY = date.today()


def test_goal_facts_follow_the_plan_the_ladder_and_the_week(store, make_workbook):
    wb = make_workbook("Anna").id
    empty = goal_facts(store, wb, TODAY)
    assert (empty.activity_level, empty.steps, empty.want_days) == (None, 0, frozenset())
    start = TODAY - timedelta(days=10)
    plan = graded_activity.new_plan(store, wb)
    graded_activity.update_plan(store, wb, plan.id, activity="Fietsen", goal=40, weeks=5, start_on=start)
    for i, v in enumerate((25, 28, 27), 1):
        graded_activity.set_measurement(store, wb, plan.id, i, start - timedelta(days=i), v)
    graded_activity.start_plan(store, wb, plan.id)
    exposure.add_item(store, wb, "Bukken", 40)
    exposure.add_item(store, wb, "Tillen", 90)
    monday = week_monday(TODAY)
    pacing.save_activity(store, wb, monday, Activity(None, 0, "morning", "Gitaar", 20, motive="want"))
    pacing.save_activity(store, wb, monday, Activity(None, 2, "evening", "Lezen", 30, motive="want"))
    pacing.save_activity(store, wb, monday, Activity(None, 3, "evening", "Strijken", 30))
    facts = goal_facts(store, wb, TODAY)
    assert facts.activity_goal == 40 and facts.activity_level is not None and 0 < facts.activity_level <= 40
    assert 0 < goal_progress("graded_activity", facts, TODAY).done <= 100
    assert (facts.steps, facts.top_mastered) == (2, False)
    assert facts.want_days == {monday, monday + timedelta(days=2)}
    assert goal_progress("want_to_do", facts, TODAY).done == 2
