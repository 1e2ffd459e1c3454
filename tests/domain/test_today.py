"""What the home page's "Vandaag" says today (issue #22), from the chapters' own rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from rugschool_gui.domain.exposure import Attempt, FearHierarchy, FearItem
from rugschool_gui.domain.graded_activity_plan import GradedActivitySummary
from rugschool_gui.domain.pacing import Activity
from rugschool_gui.domain.today import today_facts
from rugschool_gui.domain.too_much import CheckIn, SignalEntry

TODAY = date(2026, 11, 24)  # a Tuesday


def _item(rank: int, label: str, mastered: bool = False) -> FearItem:
    return FearItem(id=f"i{rank}", rank=rank, label=label, fear=rank * 10, mastered=mastered)


def test_an_empty_workbook_has_nothing_planned():
    t = today_facts(TODAY, [], None, FearHierarchy(), [], None)
    assert not t.has_plan and not t.checked_in and t.quota_left == 0


def test_today_lists_the_day_parts_in_order_and_the_current_step_with_its_planned_attempt():
    week = [Activity(None, 1, "evening", "Wandelen", 20), Activity(None, 1, "morning", "Koken", 30),
            Activity(None, 2, "morning", "Strijken", 30)]
    hierarchy = FearHierarchy([_item(1, "Bukken", mastered=True), _item(2, "Tillen")])
    later = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    attempts = [Attempt("a1", "i2", later), Attempt("a2", "i2", later - timedelta(days=3)),
                Attempt("a3", "i2", later + timedelta(hours=1), actual_fear=20)]
    t = today_facts(TODAY, week, None, hierarchy, attempts, CheckIn(TODAY, (SignalEntry("palpitations"),)))
    assert [a.name for a in t.activities] == ["Koken", "Wandelen"]  # Tuesday, morning first
    assert (t.step_rank, t.step_label, t.planned_attempt) == (2, "Tillen", later)  # not the past, not the done one
    assert t.checked_in and t.signals_today == 1 and t.has_plan


def test_the_quota_left_never_asks_for_more_than_agreed():
    running = GradedActivitySummary("Wandelen", "minutes", "active", week=2, weeks=8, quota=27, done_this_week=4,
                                    required=3)
    t = today_facts(TODAY, [], running, FearHierarchy(), [], None)
    assert t.quota_left == 0  # four done of three: nothing more (time-contingent, §5)
    assert today_facts(TODAY, [], GradedActivitySummary("Wandelen", "minutes", "active", week=2, weeks=8, quota=27,
                                                        done_this_week=1, required=3),
                       FearHierarchy(), [], None).quota_left == 2


def test_all_steps_mastered_is_said_as_such():
    t = today_facts(TODAY, [], None, FearHierarchy([_item(1, "Bukken", mastered=True)]), [], None)
    assert t.all_steps_mastered and t.step_rank is None and t.has_plan
