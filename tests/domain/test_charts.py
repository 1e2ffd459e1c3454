"""Shared chart rules: which x labels are drawn, and the chart as a table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def _legend_spec() -> ChartSpec:
    fear, expected, pain = Series("a", ()), Series("b", (), style="dashed"), Series("c", ())
    return ChartSpec("t", (), (Panel("fear", 0, 100, (), (fear, expected)), Panel("pain", 0, 10, (), (fear, pain))))


LEGEND_LABELS = {"a": "Verwachte angst", "b": "Angst", "c": "Pijn"}


def test_legend_layout_names_each_series_once_in_rows_that_fit():
    from rugschool_gui.domain.charts import LegendItem, legend_layout, legend_lines

    spec = _legend_spec()
    a, b = spec.panels[0].series
    c = spec.panels[1].series[1]
    # widths with a swatch of 3 and a gap of 1: a 19, b 9, c 8; rows end at 20 + the gap
    wide = legend_layout(spec, LEGEND_LABELS.__getitem__, len, 20, 3, 1)
    assert wide == [LegendItem(0, 0, a, ["Verwachte angst"]), LegendItem(0, 1, b, ["Angst"]),
                    LegendItem(9, 1, c, ["Pijn"])]
    assert legend_lines(wide) == 2
    # narrow: the long label wraps (its text at most 12 - 3 wide) and its row is two lines high
    narrow = legend_layout(spec, LEGEND_LABELS.__getitem__, len, 12, 3, 1)
    assert [(i.x, i.line, i.series.key, i.lines) for i in narrow] == [
        (0, 0, "a", ["Verwachte", "angst"]), (0, 2, "b", ["Angst"]), (0, 3, "c", ["Pijn"])]
    assert legend_lines(narrow) == 4
    assert legend_layout(ChartSpec("t", (), ()), str, len, 20, 3, 1) == [] and legend_lines([]) == 0


@given(labels=st.lists(st.text(alphabet="ab ", max_size=30), min_size=1, max_size=8),
       available=st.integers(5, 60))
def test_legend_layout_never_drops_or_overlaps_an_item(labels, available):
    from rugschool_gui.domain.charts import legend_layout, legend_lines

    series = tuple(Series(str(i), ()) for i in range(len(labels)))
    spec = ChartSpec("t", (), (Panel("y", 0, 1, (), series),))
    layout = legend_layout(spec, lambda key: labels[int(key)], len, available, 2, 1)
    assert [item.series for item in layout] == list(series)
    for before, item in zip(layout, layout[1:], strict=False):
        width = 2 + max(len(line) for line in before.lines) + 1
        if item.line == before.line:  # the same row: right after it, within the width
            assert item.x == before.x + width and item.x + 2 + max(map(len, item.lines)) <= available
        else:  # the next row starts below the tallest item of this one
            assert item.x == 0 and item.line >= before.line + len(before.lines)
    assert legend_lines(layout) == max(item.line + len(item.lines) for item in layout)


def test_group_styles_differ_in_colour_and_marker():
    from rugschool_gui.domain.charts import MARKERS, ROLE_COLOURS, group_styles

    styles = group_styles(6)
    assert len({role for role, _m in styles}) == 6 and len({m for _r, m in styles}) == len(MARKERS)
    assert all(role in ROLE_COLOURS for role, _m in styles)
