"""Contrast, computed from the palette in both themes (issue #22; WCAG 1.4.3 text ≥ 4.5:1, 1.4.11
edges of controls and the focus ≥ 3:1), and sizes of what is clicked (2.5.8: 24 px at the
default size, growing with the text).

The colour pairs are those the app paints: ``ui.theme`` gives the palette, ``ui.design`` the
roles beyond it, ``ui.style.CalmStyle`` draws the edges of fields and check boxes in them — the
last tests read the real pixels of a rendered check box, radio button and field.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QScrollBar,
    QSpinBox,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from rugschool_gui.ui import design, theme

ROLE = QPalette.ColorRole


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    theme.apply_color_scheme(qapp, request.param)
    yield request.param
    theme.apply_color_scheme(qapp, "light")


def _pairs(p: QPalette, c: design.Colours) -> tuple[list, list]:
    """(text pairs ≥ 4.5:1, non-text pairs ≥ 3:1): (name, foreground, background)."""
    text = [
        ("body text on the window", p.color(ROLE.WindowText), p.color(ROLE.Window)),
        ("text in a field", p.color(ROLE.Text), p.color(ROLE.Base)),
        ("text on a card", c.text, c.surface),
        ("text on today's column", c.text, c.accent_soft),
        ("text on a want-to-do cell", c.text, design.tint(c.want, p, 0.3)),
        ("text on a gentle caution", c.text, c.caution_soft),
        ("button text", p.color(ROLE.ButtonText), p.color(ROLE.Button)),
        ("selected text", p.color(ROLE.HighlightedText), p.color(ROLE.Highlight)),
        ("the primary action's text", c.on_accent, c.accent),
        ("a caption on the window", c.muted, c.window),
        ("a caption on a card", c.muted, c.surface),
        ("a caption in a field", c.muted, c.field),
        ("placeholder text", p.color(ROLE.PlaceholderText), p.color(ROLE.Base)),
        ("a link", p.color(ROLE.Link), p.color(ROLE.Base)),
        ("a link on the window", p.color(ROLE.Link), p.color(ROLE.Window)),
        ("the break timer's text", c.window if c.dark else QColor("#ffffff"), c.done),
    ]
    edges = [
        ("a field's edge on the window", c.edge, c.window),
        ("a field's edge against its inside", c.edge, c.field),
        ("a field's edge on a card", c.edge, c.surface),
        ("the focus ring on the window", c.accent, c.window),
        ("the focus ring in a field", c.accent, c.field),
        ("a ticked box on the window", c.accent, c.window),
        ("today's column edge", c.accent, c.field),
        ("the physical stripe in a cell", c.physical, c.field),
        ("the mental stripe in a cell", c.mental, c.field),
        ("the physical stripe on today", c.physical, c.accent_soft),
        ("the mental stripe on today", c.mental, c.accent_soft),
        ("a gentle caution's edge", c.caution, c.caution_soft),
        ("done", c.done, c.field),
    ]
    return text, edges


def test_every_pair_of_colours_reads(scheme):
    p = theme._palette(scheme == "dark")
    c = design.colours(p)
    text, edges = _pairs(p, c)
    low = [f"{name}: {design.contrast(fg, bg):.2f}:1 ({fg.name()} on {bg.name()})"
           for name, fg, bg in text if design.contrast(fg, bg) < 4.5]
    low += [f"{name}: {design.contrast(fg, bg):.2f}:1 ({fg.name()} on {bg.name()})"
            for name, fg, bg in edges if design.contrast(fg, bg) < 3.0]
    assert not low, f"{scheme}: " + "; ".join(low)


def test_the_applied_palette_is_the_one_checked(scheme, qapp):
    applied = qapp.palette()
    checked = theme._palette(scheme == "dark")
    for role in (ROLE.Window, ROLE.Base, ROLE.Text, ROLE.Highlight, ROLE.HighlightedText, ROLE.Mid):
        assert applied.color(role) == checked.color(role)


def test_a_desktop_palette_with_poor_edges_is_made_readable(qapp):
    """The desktop's own palette ("system") keeps Fusion's dim edges: the design pushes them."""
    p = theme._palette(True)
    p.setColor(ROLE.Mid, QColor("#2f3337"))  # almost the window colour
    p.setColor(ROLE.HighlightedText, QColor("#ffffff"))
    p.setColor(ROLE.Highlight, QColor("#4f8fc0"))  # white on it would be 3.5:1
    c = design.colours(p)
    assert design.contrast(c.edge, c.window) >= 3 and design.contrast(c.edge, c.field) >= 3
    assert design.contrast(c.on_accent, c.accent) >= 4.5


def _max_contrast(image, rect, background: QColor) -> float:
    best = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            best = max(best, design.contrast(QColor(image.pixel(x, y)), background))
    return best


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton, QLineEdit, QSpinBox])
def test_the_rendered_edge_of_an_empty_control_stands_out(scheme, qapp, qtbot, kind):
    """Pixels, not promises: an unticked box, an empty radio button, a field's frame in the
    dark theme were #1E2124 on #2A2D31 (≈ 1.2:1)."""
    host = QWidget()
    qtbot.addWidget(host)
    control = kind("Ik wil het goed doen.") if kind in (QCheckBox, QRadioButton) else kind()
    QVBoxLayout(host).addWidget(control)
    host.resize(300, 80)
    host.show()
    qtbot.waitExposed(host)
    image = host.grab().toImage()
    window = qapp.palette().color(ROLE.Window)
    geometry = control.geometry()
    if kind in (QCheckBox, QRadioButton):
        side = design.indicator(control)
        geometry.setWidth(side + 4)
    assert _max_contrast(image, geometry, window) >= 3.0


def test_a_scroll_bars_handle_stands_out_from_its_groove(scheme, qapp, qtbot):
    """Fusion's handle was ≈ 1.4:1 against its groove in the dark theme: its outline is drawn in
    the edge colour, ≥ 3:1 against the groove and the window."""
    bar = QScrollBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 100)
    bar.setPageStep(30)
    bar.resize(18, 300)
    bar.show()
    qtbot.waitExposed(bar)
    image = bar.grab().toImage()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                        QStyle.SubControl.SC_ScrollBarSlider, bar)
    groove = QColor(image.pixel(bar.width() // 2, handle.bottom() + 20))
    top_edge = handle.adjusted(2, 0, -2, -handle.height() + 2)  # the handle's top outline
    assert _max_contrast(image, top_edge, groove) >= 3.0
    assert _max_contrast(image, top_edge, qapp.palette().color(ROLE.Window)) >= 3.0


def test_indicators_and_targets_grow_with_the_text(qapp, qtbot):
    from rugschool_gui.ui.appsettings import TEXT_POINTS

    sizes = {}
    for size in ("normal", "larger"):
        theme.apply_text_size(qapp, size)
        box = QCheckBox("Ik wil het goed doen.")
        qtbot.addWidget(box)
        style = box.style()
        sizes[size] = (style.pixelMetric(style.PixelMetric.PM_IndicatorWidth, None, box), box.sizeHint().height())
    theme.apply_text_size(qapp, "normal")
    assert sizes["normal"][1] >= 24  # WCAG 2.5.8 at the default size
    assert sizes["larger"][0] > sizes["normal"][0] >= 16  # never 11–13 px beside 17 pt text
    assert sizes["larger"][0] / sizes["normal"][0] >= TEXT_POINTS["larger"] / TEXT_POINTS["normal"] * 0.85


def test_the_colours_of_a_palette_are_worked_out_once_and_follow_a_change(qapp):
    """``design.colours`` is kept per palette (the style asks at every paint, #23): the same
    palette gives the same roles, a changed one its own."""
    light = theme._palette(False)
    assert design.colours(light) is design.colours(light)
    assert design.colours(QPalette(light)) == design.colours(light)  # a copy shares the contents
    changed = QPalette(light)
    changed.setColor(ROLE.Highlight, QColor("#7a4a94"))
    assert design.colours(changed).accent == QColor("#7a4a94")
    assert design.colours(light).accent == light.color(ROLE.Highlight)
    assert design.colours(theme._palette(True)).dark and not design.colours(light).dark
