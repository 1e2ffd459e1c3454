"""The app's small design system: spacing, type, colour roles and emphasis, all in one place.

Everything is derived from the palette (light, dark or the desktop's) and from the font's
metrics, so the largest text size and dark mode keep working: no page sets a pixel size or a
colour of its own; it asks here.

- **Spacing** — one scale in steps of a quarter of the text height (``space(S)`` …), the
  GNOME/KDE habit of a few fixed steps instead of a different gap everywhere.
- **Type** — title, heading, subheading, body and caption (:data:`TYPE`), by a factor of the
  body text; bold for the headings, a quieter colour for captions.
- **Colour roles** beyond Fusion's (:class:`Colours`): accent, card surface and its edge, the
  edge of fields and check boxes (≥ 3:1 against what surrounds them, WCAG 1.4.11), muted text
  (≥ 4.5:1, WCAG 1.4.3), the pacing kinds (physical / mental) and motives (want / must),
  "today", and a gentle caution — amber, never alarm red for the person's own data.
- **Emphasis** — one primary action per page or dialog (:func:`primary`), the others secondary;
  cards (:func:`make_card`) for "where am I now" panels.

``ui.theme`` applies :func:`style_sheet` and the :class:`~.style.CalmStyle` to the application;
``tests/ui/test_contrast.py`` checks every pair of colours below in both themes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QWidget

# ----- spacing ------------------------------------------------------------------------------
#: steps of the spacing scale, in quarters of the text height
XS, S, M, L, XL = 1, 2, 4, 6, 8


def em(widget: QWidget | None = None) -> int:
    """The height of a line of body text in pixels (the unit every size is measured in)."""
    metrics = widget.fontMetrics() if widget is not None else QFontMetrics(QApplication.font())
    return metrics.height()


def space(step: int, widget: QWidget | None = None) -> int:
    """A gap of the spacing scale: ``space(M)`` is one text height, ``space(S)`` half of it."""
    return max(1, round(em(widget) * step / 4))


def radius(widget: QWidget | None = None) -> int:
    """The corner radius of cards, fields and buttons."""
    return max(3, round(em(widget) / 4))


def target(widget: QWidget | None = None) -> int:
    """The least height of anything clicked: 24 px at the default size (WCAG 2.5.8), growing
    with the text."""
    return max(24, round(em(widget) * 1.3))


def indicator(widget: QWidget | None = None) -> int:
    """The side of a check box or radio button: it grows with the text (never 11 px beside 17 pt)."""
    return max(16, round(em(widget) * 0.95))


# ----- type ---------------------------------------------------------------------------------
#: (size factor of the body text, bold) per kind of text
TYPE: dict[str, tuple[float, bool]] = {
    "title": (1.6, True),  # the page's title
    "heading": (1.25, True),  # a section of a page
    "subheading": (1.1, True),  # a part of a section, a card's title
    "body": (1.0, False),
    "caption": (0.92, False),  # a quiet line under something (with the muted colour)
    "display": (1.5, True),  # one big number on a card ("27 min per keer")
}


def font(kind: str, base: QFont | None = None) -> QFont:
    """The font of a kind of text, from ``base`` (the application's font by default)."""
    factor, bold = TYPE[kind]
    f = QFont(base if base is not None else QApplication.font())
    if factor != 1.0:
        f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    return f


def set_type(widget: QWidget, kind: str) -> QWidget:
    """Give ``widget`` a kind of text: its font, and a ``textRole`` property the style sheet reads
    (captions take the muted colour)."""
    widget.setProperty("textRole", kind)
    widget.setFont(font(kind))
    return widget


# ----- colour -------------------------------------------------------------------------------
def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b``."""
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette if palette is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def surface_of(palette: QPalette) -> QColor:
    """The colour of cards and the chapter list: a step from the window towards the page (light)
    or towards white (dark). Cheap on purpose: the window's first frame uses it (``ui.first_frame``)."""
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    return _mix(window, base, 0.65) if not is_dark(palette) else _mix(window, QColor("#ffffff"), 0.05)


def _towards_contrast(colour: QColor, against: tuple[QColor, ...], ratio: float, dark: bool) -> QColor:
    """``colour``, made lighter (dark theme) or darker (light theme) until it stands ``ratio``
    against every colour of ``against`` — so a desktop's own palette keeps its edges visible."""
    goal = QColor("#ffffff") if dark else QColor("#000000")
    c = QColor(colour)
    step = 0.0
    while step < 1 and min(contrast(c, x) for x in against) < ratio:
        step += 0.05
        c = _mix(colour, goal, step)
    return c


@dataclass(frozen=True)
class Colours:
    """The colour roles of the app, for one palette."""

    dark: bool
    window: QColor  # the page behind everything
    text: QColor  # body text
    muted: QColor  # captions and secondary lines (≥ 4.5:1 on window and card)
    surface: QColor  # a card
    surface_edge: QColor  # a card's outline (decorative: it may be soft)
    field: QColor  # inside a field
    edge: QColor  # a field's, check box's or radio button's edge (≥ 3:1 on window and field)
    accent: QColor  # the primary action, the current chapter, the focus
    on_accent: QColor  # text on the accent (≥ 4.5:1)
    accent_soft: QColor  # a tint of the accent (today's column, a selected card)
    caution: QColor  # a gentle "look at this" (amber; never alarm red)
    caution_soft: QColor  # its tint behind text
    done: QColor  # something done (a soft green)
    want: QColor  # a want-to-do activity (§2: it gives energy)
    must: QColor  # a must-do activity
    physical: QColor  # physical effort
    mental: QColor  # mental effort


#: the roles of the palettes seen, by ``QPalette.cacheKey()`` (the same key: the same colours).
#: The style asks for them at every paint of a field or a check box, and the contrast search
#: below is not free (issue #23). Treat what you get as read-only: copy a colour to change it.
_COLOURS: dict[int, Colours] = {}


def colours(palette: QPalette | None = None) -> Colours:
    """The app's colour roles for ``palette`` (the application's by default)."""
    pal = palette if palette is not None else QApplication.palette()
    key = pal.cacheKey()
    known = _COLOURS.get(key)
    if known is None:
        if len(_COLOURS) >= 64:  # palettes come and go (a text size, a theme): keep it small
            _COLOURS.clear()
        known = _COLOURS[key] = _colours(pal)
    return known


def _colours(pal: QPalette) -> Colours:
    role = QPalette.ColorRole
    window, base, text = pal.color(role.Window), pal.color(role.Base), pal.color(role.Text)
    dark = is_dark(pal)
    accent = pal.color(role.Highlight)
    on_accent = pal.color(role.HighlightedText)
    if contrast(accent, on_accent) < 4.5:  # a desktop palette may pair them badly: pick the better
        on_accent = max((QColor("#ffffff"), QColor("#10151a")), key=lambda c: contrast(accent, c))
    surface = surface_of(pal)
    edge = _towards_contrast(pal.color(role.Mid), (window, base, surface), 3.0, dark)
    muted = _towards_contrast(_mix(text, window, 0.35), (window, base, surface), 4.6, dark)
    if dark:
        caution, done = QColor("#e3b062"), QColor("#7fc99a")
        want, must = QColor("#6fcf97"), QColor("#b4b8bf")
        physical, mental = QColor("#7cbbe8"), QColor("#d7a6e8")
    else:
        caution, done = QColor("#8a5a00"), QColor("#2e7d4f")
        want, must = QColor("#2e7d4f"), QColor("#6b6f76")
        physical, mental = QColor("#2f6f9f"), QColor("#7a4a94")
    return Colours(
        dark=dark, window=window, text=text, muted=muted, surface=surface,
        surface_edge=_mix(window, text, 0.18 if not dark else 0.22), field=base, edge=edge,
        accent=accent, on_accent=on_accent, accent_soft=_mix(base, accent, 0.16 if not dark else 0.28),
        caution=caution, caution_soft=_mix(base, caution, 0.14 if not dark else 0.22), done=done,
        want=want, must=must, physical=physical, mental=mental)


def chart_colour(role: str, palette: QPalette | None = None) -> QColor:
    """The colour of a chart's series role (``domain.charts.ROLES``) on screen: the shared chart
    hues for a light or dark background, made to stand ≥ 3:1 against the chart's field (WCAG
    1.4.11) so a desktop's own palette keeps every line visible; an unknown role is muted."""
    from ..domain.charts import ROLE_COLOURS, ROLE_COLOURS_DARK

    pal = palette if palette is not None else QApplication.palette()
    c = colours(pal)
    hexes = ROLE_COLOURS_DARK if c.dark else ROLE_COLOURS
    if role not in hexes:
        return c.muted
    return _towards_contrast(QColor(hexes[role]), (c.field,), 3.0, c.dark)


def tint(colour: QColor, palette: QPalette | None = None, amount: float = 0.2) -> QColor:
    """A soft background of ``colour`` on the field colour (a want-to-do cell, a done row)."""
    pal = palette if palette is not None else QApplication.palette()
    return _mix(pal.color(QPalette.ColorRole.Base), colour, amount if not is_dark(pal) else amount * 1.4)


# ----- emphasis -----------------------------------------------------------------------------
def primary(button: QPushButton) -> QPushButton:
    """The one main action of a page or dialog: filled with the accent (the others stay quiet)."""
    button.setProperty("emphasis", "primary")
    return button


def make_card(name: str = "", kind: str = "card") -> QFrame:
    """A softly tinted panel with rounded corners ("where am I now", a chapter on the home page);
    ``kind`` "caution" for a gentle "look at this"."""
    frame = QFrame()
    if name:
        frame.setObjectName(name)
    frame.setProperty("surface", kind)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame


def caption(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_type(label, "caption")
    return label


def style_sheet(c: Colours, unit: int) -> str:
    """The application's style sheet: only what Fusion cannot say through the palette — cards,
    the primary action, muted captions, the chapter list. Sizes in parts of ``unit`` (the text
    height), colours from ``c``."""
    r, pad = max(3, unit // 4), max(2, unit // 3)
    return f"""
QFrame[surface="card"], QLabel[surface="card"] {{
    background: {c.surface.name()}; border: 1px solid {c.surface_edge.name()}; border-radius: {r * 2}px;
}}
QFrame[surface="caution"], QLabel[surface="caution"] {{
    background: {c.caution_soft.name()}; border: 1px solid {c.caution.name()}; border-radius: {r * 2}px;
}}
QFrame[surface="today"] {{
    background: {c.accent_soft.name()}; border: 1px solid {c.accent.name()}; border-radius: {r * 2}px;
}}
QPushButton[surface="card"] {{
    background: {c.surface.name()}; border: 1px solid {c.surface_edge.name()}; border-radius: {r * 2}px;
    text-align: left; padding: 0px;
}}
QPushButton[surface="card"]:hover {{ border: 1px solid {c.accent.name()}; }}
QPushButton[surface="card"]:pressed {{ background: {c.accent_soft.name()}; }}
QLabel[textRole="caption"] {{ color: {c.muted.name()}; }}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"],
QAbstractSpinBox[readOnly="true"] {{ background: {c.surface.name()}; color: {c.text.name()}; }}
QPushButton[emphasis="primary"] {{
    background: {c.accent.name()}; color: {c.on_accent.name()}; border: 1px solid {c.accent.darker(125).name()};
    border-radius: {r}px; padding: {pad}px {unit // 2 + pad}px; font-weight: bold;
}}
QPushButton[emphasis="primary"]:hover {{ background: {c.accent.lighter(110).name()}; }}
QPushButton[emphasis="primary"]:disabled {{
    background: {c.surface.name()}; color: {c.muted.name()}; border: 1px solid {c.surface_edge.name()};
}}
QPushButton[section="true"] {{
    background: {c.surface.name()}; color: {c.text.name()}; border: 1px solid {c.surface_edge.name()};
    border-radius: {unit // 2 + pad}px; padding: {pad}px {unit // 2 + pad}px;
}}
QPushButton[section="true"]:hover {{ border: 1px solid {c.edge.name()}; }}
QPushButton[section="true"]:checked {{
    background: {c.accent_soft.name()}; border: 2px solid {c.accent.name()};
}}
#week-grid QListWidget {{ background: {c.field.name()}; border: 1px solid {c.edge.name()}; border-radius: {r}px; }}
#week-grid QListWidget[today="true"] {{ background: {c.accent_soft.name()}; border: 2px solid {c.accent.name()}; }}
#week-grid QListWidget:focus {{ border: 3px solid {c.accent.name()}; }}
#week-grid QLabel[today="true"] {{
    background: {c.accent_soft.name()}; border: 2px solid {c.accent.name()}; border-radius: {r}px;
}}
QListWidget#chapter-navigation {{ background: {c.surface.name()}; border: none; }}
QListWidget#chapter-navigation::item {{ padding: {unit // 3}px {unit // 2}px; border-radius: {r}px; }}
QListWidget#chapter-navigation::item:selected {{ background: {c.accent.name()}; color: {c.on_accent.name()}; }}
"""
