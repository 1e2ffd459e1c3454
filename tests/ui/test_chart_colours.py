"""Charts take their colours from the design system (screen) and one paper palette (PDF):
dark mode and a desktop's own palette hold, and no renderer picks a colour of its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from rugschool_gui.domain.charts import ROLE_COLOURS, ROLES
from rugschool_gui.ui import design, theme

ROOT = Path(__file__).resolve().parents[2] / "rugschool_gui"
#: a colour written into code: "#1a2b3c", QColor(…) with numbers or a name, Qt.GlobalColor, reportlab's named colours
LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|QColor\(\s*[\d\"']|Qt\.GlobalColor|Qt\.(black|white|red|gray|darkGray)\b"
                     r"|colors\.(white|black|red|grey|gray|HexColor|Color)\b")


@pytest.mark.parametrize("module", ["ui/widgets/chart_view.py", "export/charts.py"])
def test_no_chart_renderer_writes_a_colour_of_its_own(module):
    code = (ROOT / module).read_text(encoding="utf-8")
    assert LITERAL.findall(code) == []


@pytest.mark.parametrize("dark", [False, True])
def test_the_screen_chart_paints_with_the_design_roles(qapp, qtbot, dark):
    """Painted for real: the background is the field colour, every series role stands 3:1 on it."""
    from rugschool_gui.ui.widgets.chart_view import ChartView

    palette = theme._palette(dark)
    view = ChartView(lambda key: key)
    qtbot.addWidget(view)
    view.setPalette(palette)
    view.resize(300, 120)
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    view.render(image)
    roles = design.colours(palette)
    assert QColor(image.pixel(5, 5)) == roles.field
    for role in ROLES:
        assert design.contrast(design.chart_colour(role, palette), roles.field) >= 3.0, role
    assert design.chart_colour("no-such-role", palette) == roles.muted


def test_paper_takes_the_shared_hues():
    from reportlab.lib import colors

    from rugschool_gui.export import styles

    for role, hexa in ROLE_COLOURS.items():
        assert styles.role_colour(role) == colors.HexColor(hexa)
    assert styles.role_colour("no-such-role") == styles.SOFT
