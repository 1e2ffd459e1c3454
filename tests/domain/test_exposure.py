"""Rules of the fear hierarchy and exposure attempts (WORKBOOK.md §4), without Qt or SQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rugschool_gui.domain.charts import table_rows
from rugschool_gui.domain.exposure import (
    MAX_ITEMS,
    Attempt,
    FearHierarchy,
    FearItem,
    HierarchyFull,
    RankOutOfRange,
    Rating,
    attempt_chart,
    attempts_in_week,
    is_real_change,
    last_change,
    validate_attempt,
)
from rugschool_gui.domain.exposure_summary import summarize, week_query_start


def ranks(h: FearHierarchy) -> list[int]:
    return [i.rank for i in h.items]


def labels(h: FearHierarchy) -> list[str]:
    return [i.label for i in h.items]


def snapshot(h: FearHierarchy):
    return h.items


def test_added_items_get_ranks_one_to_n_in_order():
    h = FearHierarchy()
    a = h.add("Bukken", 30)
    b = h.add("  Een bak water tillen  ", 70)
    assert (a.rank, b.rank) == (1, 2)
    assert labels(h) == ["Bukken", "Een bak water tillen"]
    assert h.items[1].fear == 70


def test_an_eleventh_item_is_refused_and_nothing_changes():
    h = FearHierarchy()
    for n in range(MAX_ITEMS):
        h.add(f"item {n}")
    before = snapshot(h)
    with pytest.raises(HierarchyFull):
        h.add("nog één")
    with pytest.raises(ValueError):  # the documented contract: a ValueError subclass
        h.add("nog één")
    assert snapshot(h) == before
    assert MAX_ITEMS == 10


@pytest.mark.parametrize("label", ["", "   ", None, "x" * 201])
def test_bad_labels_are_refused(label):
    h = FearHierarchy()
    h.add("Bukken")
    before = snapshot(h)
    with pytest.raises(ValueError):
        h.add(label)
    assert snapshot(h) == before


def test_a_label_of_exactly_200_characters_is_fine():
    assert len(FearHierarchy().add("x" * 200).label) == 200


@pytest.mark.parametrize("fear", [-1, 101, 50.5, float("nan"), "40", True])
def test_fear_outside_0_to_100_is_refused(fear):
    h = FearHierarchy()
    item = h.add("Bukken", 10)
    before = snapshot(h)
    with pytest.raises(ValueError):
        h.add("Tillen", fear)
    with pytest.raises(ValueError):
        h.rate(item.id, fear)
    assert snapshot(h) == before


@pytest.mark.parametrize("fear", [0, 100, None])
def test_fear_bounds_are_allowed(fear):
    h = FearHierarchy()
    assert h.add("Bukken", fear).fear == fear


def test_remove_closes_the_gap():
    h = FearHierarchy()
    ids = [h.add(f"i{n}").id for n in range(4)]
    h.remove(ids[1])
    assert ranks(h) == [1, 2, 3]
    assert labels(h) == ["i0", "i2", "i3"]


def test_move_shifts_the_others():
    h = FearHierarchy()
    ids = [h.add(f"i{n}").id for n in range(4)]
    moved = h.move(ids[3], 1)
    assert moved.rank == 1
    assert labels(h) == ["i3", "i0", "i1", "i2"]
    assert ranks(h) == [1, 2, 3, 4]


@pytest.mark.parametrize("rank", [0, 4, -1, 1.0, "1", None, True])
def test_move_outside_1_to_n_is_refused(rank):
    h = FearHierarchy()
    ids = [h.add(f"i{n}").id for n in range(3)]
    before = snapshot(h)
    with pytest.raises(RankOutOfRange):
        h.move(ids[0], rank)
    assert snapshot(h) == before


@pytest.mark.parametrize("op", ["remove", "move", "rate", "mark_mastered"])
def test_unknown_ids_are_refused(op):
    h = FearHierarchy()
    h.add("Bukken")
    before = snapshot(h)
    args = {"remove": (), "move": (1,), "rate": (10,), "mark_mastered": ()}[op]
    with pytest.raises(ValueError):
        getattr(h, op)("no-such-id", *args)
    assert snapshot(h) == before


def test_current_step_is_the_lowest_ranked_item_not_yet_mastered():
    h = FearHierarchy()
    assert h.current_step is None
    a, b, c = (h.add(x) for x in ("a", "b", "c"))
    assert h.current_step.id == a.id
    h.mark_mastered(a.id)
    assert h.current_step.id == b.id
    h.mark_mastered(c.id)
    assert h.current_step.id == b.id
    h.mark_mastered(b.id)
    assert h.current_step is None
    assert h.mastered_count == 3
    h.mark_mastered(a.id, mastered=False)
    assert h.current_step.id == a.id


def test_current_step_follows_a_move():
    h = FearHierarchy()
    h.add("a")
    b = h.add("b")
    h.move(b.id, 1)
    assert h.current_step.id == b.id


def test_order_by_fear_puts_least_fear_first_and_unrated_last():
    h = FearHierarchy()
    h.add("veel", 80)
    h.add("geen cijfer")
    h.add("weinig", 10)
    h.add("midden", 40)
    h.order_by_fear()
    assert labels(h) == ["weinig", "midden", "veel", "geen cijfer"]
    assert ranks(h) == [1, 2, 3, 4]


def test_disagreements_flag_ranks_out_of_step_with_ratings():
    h = FearHierarchy()
    low = h.add("a", 20)
    high = h.add("b", 60)
    unrated = h.add("c")
    assert h.disagreements() == set()
    h.move(high.id, 1)
    assert h.disagreements() == {low.id, high.id}
    assert unrated.id not in h.disagreements()
    h.order_by_fear()
    assert h.disagreements() == set()


def test_equal_ratings_do_not_disagree():
    h = FearHierarchy()
    h.add("a", 50)
    h.add("b", 50)
    assert h.disagreements() == set()


def test_insert_puts_a_removed_item_back_where_it_was():
    h = FearHierarchy()
    ids = [h.add(f"i{n}").id for n in range(4)]
    removed = h.remove(ids[1])
    h.insert(removed)
    assert [i.id for i in h.items] == ids
    assert ranks(h) == [1, 2, 3, 4]


def test_set_order_restores_an_earlier_order_and_refuses_other_ids():
    h = FearHierarchy()
    ids = [h.add(f"i{n}").id for n in range(3)]
    h.move(ids[0], 3)
    h.set_order(ids)
    assert [i.id for i in h.items] == ids
    with pytest.raises(ValueError):
        h.set_order(ids[:2])


def test_constructor_normalises_stored_ranks_and_refuses_more_than_ten():
    items = [FearItem(id=str(n), rank=r, label=f"i{n}") for n, r in enumerate([5, 2, 9])]
    h = FearHierarchy(items)
    assert ranks(h) == [1, 2, 3]
    assert labels(h) == ["i1", "i0", "i2"]
    with pytest.raises(HierarchyFull):
        FearHierarchy(FearItem(id=str(n), rank=n, label="x") for n in range(11))


# ----- property: any sequence of operations keeps ranks 1..n gapless ----------------------
operations = st.lists(
    st.tuples(
        st.sampled_from(["add", "remove", "move", "rate", "master", "order", "undo_remove"]),
        st.integers(min_value=-2, max_value=12),
        st.one_of(st.none(), st.integers(min_value=-10, max_value=120)),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(operations)
def test_ranks_stay_gapless_whatever_happens(ops):
    h = FearHierarchy()
    removed: list[FearItem] = []
    for op, n, fear in ops:
        ids = [i.id for i in h.items]
        target = ids[n % len(ids)] if ids else "missing"
        before = snapshot(h)
        try:
            if op == "add":
                h.add(f"item {n}", fear)
            elif op == "remove":
                removed.append(h.remove(target))
            elif op == "move":
                h.move(target, n)
            elif op == "rate":
                h.rate(target, fear)
            elif op == "master":
                h.mark_mastered(target, n % 2 == 0)
            elif op == "order":
                h.order_by_fear()
            elif op == "undo_remove" and removed:
                h.insert(removed.pop())
        except ValueError:
            assert snapshot(h) == before, "a refused operation changed the hierarchy"
        assert ranks(h) == list(range(1, len(h) + 1))
        assert len({i.id for i in h.items}) == len(h) <= MAX_ITEMS
        assert all(i.fear is None or 0 <= i.fear <= 100 for i in h.items)
        step = h.current_step
        if step is not None:
            assert not step.mastered
            assert all(i.mastered for i in h.items if i.rank < step.rank)


# ----- re-rating --------------------------------------------------------------------------
@pytest.mark.parametrize(("old", "new", "real"), [(50, 70, False), (50, 71, True), (50, 29, True),
                                          (50, 30, False), (None, 90, False), (0, 100, True)])
def test_more_than_twenty_points_is_a_real_change(old, new, real):
    assert is_real_change(old, new) is real


def test_last_change_compares_the_two_latest_ratings():
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    assert last_change([Rating(t0, 80)]) is None
    history = [Rating(t0 + timedelta(days=9), 45), Rating(t0, 80), Rating(t0 + timedelta(days=3), 70)]
    change = last_change(history)
    assert (change.before, change.after, change.delta, change.is_real) == (70, 45, -25, True)


# ----- attempts ---------------------------------------------------------------------------
def attempt(**kw) -> Attempt:
    base = {"id": "a", "item_id": "i", "when": datetime(2026, 11, 24, 9, tzinfo=UTC)}
    base.update(kw)
    return Attempt(**base)


def test_a_planned_attempt_is_not_completed_until_after_values_exist():
    planned = validate_attempt(attempt(expectation="  Mijn rug schiet vast ", expected_fear=70,
                                       expected_pain=6))
    assert planned.expectation == "Mijn rug schiet vast"
    assert not planned.completed
    assert validate_attempt(attempt(actual_fear=30)).completed
    assert validate_attempt(attempt(outcome="partly")).completed


@pytest.mark.parametrize(("field", "value"), [("expected_fear", 101), ("actual_fear", -1),
                                         ("expected_pain", 11), ("actual_pain", -1),
                                         ("actual_pain", 2.5), ("outcome", "maybe")])
def test_attempt_ratings_out_of_range_are_refused(field, value):
    with pytest.raises(ValueError):
        validate_attempt(attempt(**{field: value}))


def test_attempt_needs_an_aware_date():
    with pytest.raises(ValueError):
        validate_attempt(attempt(when=datetime(2026, 11, 24, 9)))


def test_attempts_this_week_count_monday_to_sunday(frozen_now):
    monday = datetime(2026, 11, 23, 8, tzinfo=UTC)
    items = [attempt(id=str(n), when=monday + timedelta(days=n)) for n in range(-1, 8)]
    # Sunday 22nd and the next Monday 30th fall outside
    assert attempts_in_week(items, frozen_now) == 7


def test_attempt_chart_has_separate_fear_and_pain_panels():
    a1 = attempt(id="1", when=datetime(2026, 11, 2, tzinfo=UTC), expected_fear=80, actual_fear=40,
                 expected_pain=7, actual_pain=4)
    a2 = attempt(id="2", when=datetime(2026, 11, 1, tzinfo=UTC), expected_fear=90)
    spec = attempt_chart([a1, a2], lambda d: d.strftime("%d/%m"))
    assert spec.x_labels == ("01/11", "02/11")
    fear, pain = spec.panels
    assert (fear.y_min, fear.y_max, pain.y_min, pain.y_max) == (0, 100, 0, 10)
    assert fear.series[0].points == ((0, 90), (1, 80))
    assert fear.series[1].points == ((0, None), (1, 40))
    assert not spec.is_empty
    header, rows = table_rows(spec)
    assert header == ["attempt_axis", "expected_fear", "actual_fear", "expected_pain", "actual_pain"]
    assert rows == [["01/11", "90", "", "", ""], ["02/11", "80", "40", "7", "4"]]
    assert attempt_chart([], str).is_empty


def test_refusals_carry_keys_of_this_chapter():
    """Error keys are prefixed (``exposure.…``) and worded in ``wording/exposure.py``."""
    from rugschool_gui.wording.exposure import words

    h = FearHierarchy()
    for n in range(MAX_ITEMS):
        h.add(f"item {n}")
    with pytest.raises(HierarchyFull) as full:
        h.add("elf")
    with pytest.raises(RankOutOfRange) as rank:
        h.move(h.items[0].id, 11)
    with pytest.raises(ValueError) as date:
        validate_attempt(attempt(when=datetime(2026, 11, 24, 9)))
    with pytest.raises(ValueError) as order:
        h.set_order(["x"])
    keys = [e.value.key for e in (full, rank, date, order)]
    assert keys == ["exposure.hierarchy_full", "exposure.rank_out_of_range", "exposure.missing_date",
                    "exposure.order_mismatch"]
    for key in keys:
        assert f"error.{key.split('.', 1)[1]}" in words
    assert words("error.hierarchy_full", "nl", **full.value.params).startswith("Je lijst telt al 10 bewegingen")


def test_shown_item_is_the_wanted_one_else_the_current_step_else_the_first():
    h = FearHierarchy()
    a, b = h.add("a"), h.add("b")
    assert h.shown_item(b.id).id == b.id
    assert h.shown_item("gone").id == a.id  # the current step
    h.mark_mastered(a.id)
    assert h.shown_item(None).id == b.id
    h.mark_mastered(b.id)
    assert h.shown_item(None).id == a.id  # all mastered: the first
    assert FearHierarchy().shown_item(None) is None


def test_the_week_query_starts_a_day_before_monday(frozen_now):
    start = week_query_start(frozen_now)  # Tuesday 24 November 2026
    assert start == datetime(2026, 11, 22, tzinfo=UTC)  # Monday the 23rd less a day of slack
    assert start.tzinfo is frozen_now.tzinfo


def test_summary_is_the_current_step_the_mastered_count_and_this_weeks_attempts(frozen_now):
    h = FearHierarchy()
    a, b = h.add("Bukken"), h.add("Tillen")
    h.mark_mastered(a.id)
    attempts = [attempt(id=str(n), item_id=a.id, when=frozen_now - timedelta(days=n)) for n in (0, 1, 2, 8)]
    s = summarize(h, attempts, frozen_now)
    # Tuesday, Monday count; Sunday before and the week before do not (Monday–Sunday)
    assert (s.items, s.mastered, s.step_rank, s.step_label, s.attempts_this_week) == (2, 1, 2, "Tillen", 2)
    h.mark_mastered(b.id)
    assert summarize(h, [], frozen_now).step_rank is None
