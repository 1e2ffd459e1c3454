"""DejaVu Sans for the PDF (the same TTF as on screen), registered once, on first use.

reportlab's built-in fonts cannot draw ``ĳ`` or ``✓`` (Helvetica is Latin-1 only).
"""

from __future__ import annotations

from ..paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # drawings and table cells without an explicit font start from these defaults (Helvetica,
    # which is not embedded and lacks ✓): make every default DejaVu
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    from reportlab import rl_config

    rl_config.canvas_basefontname = REGULAR
    _registered = True
