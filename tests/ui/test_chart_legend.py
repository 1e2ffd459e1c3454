"""The screen's chart legend follows the paper's rule (issue #19): it wraps, and names every series."""

from __future__ import annotations

from rugschool_gui.domain.charts import LINE, POINTS, ChartSpec, Panel, Series

NAMES = ("Hospital Anxiety and Depression Scale (HADS), total", "Pain Catastrophizing Scale (PCS)",
         "Tampa Scale for Kinesiophobia (TSK-17)", "Een eigen vragenlijst met een heel lange naam")


def _spec() -> ChartSpec:
    series = tuple(Series(n, ((0, 1.0), (1, 2.0)), POINTS if i == 3 else LINE, marker=m)
                   for i, (n, m) in enumerate(zip(NAMES, ("circle", "square", "triangle", "diamond"), strict=True)))
    return ChartSpec("title", ("a", "b"), (Panel("axis", 0, 5, (0, 5), series),), x_axis_key="x")


def test_a_narrow_chart_wraps_its_legend_and_names_every_series(qtbot):
    from rugschool_gui.ui.widgets.chart_view import ChartView

    view = ChartView(lambda k: k)
    qtbot.addWidget(view)
    view.set_spec(_spec())
    em = view.fontMetrics().height()
    wide, narrow = view.heightForWidth(em * 80), view.heightForWidth(em * 18)
    assert narrow > wide  # more legend rows: the chart grows instead of dropping a series
    for width in (em * 18, em * 40, em * 80):
        layout = view._legend_layout(width)
        assert [s.key for _x, _line, s, _texts in layout] == list(NAMES)
        for x, _line, _s, texts in layout:
            assert x == 0 or x + max(view.fontMetrics().horizontalAdvance(t) for t in texts) < width
    view.resize(em * 18, narrow)
    view.show()
    qtbot.waitExposed(view)
    assert view.height() >= narrow  # tall enough for the wrapped legend
    assert not view.grab().isNull()
