"""Shared chart rules: which x labels are drawn, and the chart as a table."""

from __future__ import annotations

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
