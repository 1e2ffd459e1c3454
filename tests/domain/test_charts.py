"""Shared chart rules: which x labels are drawn, and the chart as a table."""

from __future__ import annotations

import pytest

from rugschool_gui.domain.charts import ChartSpec, Panel, Series, labelled_positions, table_rows


def test_labels_every_nth_and_always_the_last_without_crowding():
    assert labelled_positions(0, 3) == set()
    assert labelled_positions(1, 3) == {0}
    assert labelled_positions(10, 3) == {0, 3, 6, 9}
    assert labelled_positions(11, 3) == {0, 3, 6, 10}  # 9 is one step from the last: it gives way
    assert labelled_positions(12, 3) == {0, 3, 6, 11}  # 9 is two steps from the last: still too close
    assert labelled_positions(13, 3) == {0, 3, 6, 9, 12}
    assert labelled_positions(5, 1) == {0, 1, 2, 3, 4}


def test_table_rows_put_points_inside_their_position():
    series = Series("done", ((0.2, 3), (0.6, 4), (2.0, 5)), style="points")
    spec = ChartSpec(title_key="t", x_axis_key="week", x_labels=("0", "1", "2"),
                     panels=(Panel("min", 0, 10, (0, 5, 10), (series,)),))
    header, rows = table_rows(spec)
    assert header == ["week", "done"]
    assert rows == [["0", "3, 4"], ["1", ""], ["2", "5"]]


# ----- issue #19: round ticks, time axes, legends that wrap, series told apart ------------------
def test_nice_ticks_are_round_and_evenly_spaced():
    from rugschool_gui.domain.charts import nice_ticks

    assert nice_ticks(0, 42, 5) == (0, 10, 20, 30, 40)
    assert nice_ticks(17, 68, 5) == (20, 40, 60)
    assert nice_ticks(17, 68, 6) == (20, 30, 40, 50, 60)
    assert nice_ticks(0, 52, 5) == (0, 20, 40)
    assert nice_ticks(0, 10, 5) == (0, 2, 4, 6, 8, 10)
    for ticks in (nice_ticks(0, 42), nice_ticks(17, 68), nice_ticks(0, 1000)):
        steps = {round(b - a, 6) for a, b in zip(ticks, ticks[1:], strict=False)}
        assert len(steps) == 1


def test_a_time_axis_places_positions_by_their_distance():
    from rugschool_gui.domain.charts import ChartSpec

    spec = ChartSpec("t", ("a", "b", "c"), (), x_positions=(0.0, 10.0, 100.0))
    assert spec.x_fraction(0) == 0 and spec.x_fraction(2) == 1
    assert spec.x_fraction(1) == pytest.approx(0.1) and spec.x_fraction(1.5) == pytest.approx(0.55)
    assert ChartSpec("t", ("a", "b", "c"), ()).x_fraction(1) == 0.5  # no time axis: even steps


def test_legend_rows_keep_every_item_in_order():
    from rugschool_gui.domain.charts import legend_rows, wrap_words

    assert legend_rows([50, 50, 50], 120) == [[0, 1], [2]]
    assert legend_rows([500, 10], 120) == [[0], [1]]  # too wide for a row: alone, not dropped
    assert legend_rows([], 100) == []
    assert wrap_words("Hospital Anxiety and Depression Scale", len, 12) == [
        "Hospital", "Anxiety and", "Depression", "Scale"]


def test_group_styles_differ_in_colour_and_marker():
    from rugschool_gui.domain.charts import MARKERS, ROLE_COLOURS, group_styles

    styles = group_styles(6)
    assert len({role for role, _m in styles}) == 6 and len({m for _r, m in styles}) == len(MARKERS)
    assert all(role in ROLE_COLOURS for role, _m in styles)
