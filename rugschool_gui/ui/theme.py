"""Look of the app: Fusion style, the DejaVu Sans font (same as on paper), text size, colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir
from .appsettings import TEXT_POINTS

FONT_FAMILY = "DejaVu Sans"
_fonts_loaded = False


def load_fonts() -> None:
    global _fonts_loaded
    if _fonts_loaded:
        return
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    _fonts_loaded = True


def app_icon():
    """The app's icon in every size it comes in (loaded by Qt only when a size is needed)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in (resources_dir() / "icons").glob("rugschool-werkboek-*.png"):
        size = int(png.stem.rsplit("-", 1)[1])
        icon.addFile(str(png), QSize(size, size))  # the size said: no file is opened at start
    return icon


def apply_text_size(app: QApplication, size: str, restyle: bool = True) -> None:
    """The app's font at ``size``; ``restyle=False`` when the style sheet is made just after."""
    font = QFont(FONT_FAMILY)
    font.setPointSize(TEXT_POINTS.get(size, TEXT_POINTS["normal"]))
    app.setFont(font)
    if restyle:
        _restyle(app)


def apply_frame_look(app: QApplication, size: str, scheme: str) -> None:
    """Just what the first, empty frame of the window needs (issue #23): the text size and the
    colours. The font file, the style and the style sheet follow once it is on screen
    (:func:`apply_text_size`, :func:`apply_color_scheme`). "system" is read from the palette
    Qt already took from the desktop (asking the desktop's colour scheme makes PySide6's whole
    ``Qt`` namespace, ~17 ms)."""
    apply_text_size(app, size, restyle=False)
    if scheme in ("light", "dark"):
        dark = scheme == "dark"
    else:
        dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    app.setPalette(_palette(dark))


def _palette(dark: bool) -> QPalette:
    """The calm light or dark palette. Every pair a person reads or finds a control by is checked
    in ``tests/ui/test_contrast.py`` (text ≥ 4.5:1, edges and the focus ≥ 3:1)."""
    p = QPalette()
    if dark:
        base, window, text = QColor("#1e2124"), QColor("#2a2e32"), QColor("#eceff1")
        # a light accent with dark text on it: 4.5:1 both ways, and 3:1 against the dark window
        button, highlight, on_highlight, link = QColor("#353a3f"), QColor("#6aaee0"), QColor("#10151a"), QColor("#8cc4ff")
        mid, placeholder = QColor("#8a939b"), QColor("#a3acb4")
    else:
        base, window, text = QColor("#ffffff"), QColor("#f4f2ee"), QColor("#1f2328")
        button, highlight, on_highlight, link = QColor("#ebe8e2"), QColor("#2f6f9f"), QColor("#ffffff"), QColor("#1d5c8c")
        mid, placeholder = QColor("#7d776e"), QColor("#6b7178")
    roles = QPalette.ColorRole
    p.setColor(roles.Window, window)
    p.setColor(roles.WindowText, text)
    p.setColor(roles.Base, base)
    p.setColor(roles.AlternateBase, window)
    p.setColor(roles.Text, text)
    p.setColor(roles.Button, button)
    p.setColor(roles.ButtonText, text)
    p.setColor(roles.ToolTipBase, base)
    p.setColor(roles.ToolTipText, text)
    p.setColor(roles.Highlight, highlight)
    p.setColor(roles.HighlightedText, on_highlight)
    p.setColor(roles.Link, link)
    p.setColor(roles.Mid, mid)
    p.setColor(roles.PlaceholderText, placeholder)
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, placeholder)
    return p


_style = None  # the one CalmStyle (Qt does not own a style set from Python)
_scheme = "system"
_following = False


def apply_color_scheme(app: QApplication, scheme: str) -> None:
    """Fusion (made calm: :class:`~.style.CalmStyle`) with our light or dark palette; "system"
    takes the palette Qt derives from the desktop's light/dark setting, and follows it when it
    changes while the app runs (``QStyleHints.colorSchemeChanged``)."""
    global _style, _scheme, _following
    from .style import CalmStyle

    _scheme = scheme
    if _style is None:
        _style = CalmStyle()
    if app.style() is not _style:
        app.setStyle(_style)
    if scheme in ("light", "dark"):
        app.setPalette(_palette(scheme == "dark"))
    else:
        app.setPalette(_system_palette(app))
    if not _following:
        _following = True
        app.styleHints().colorSchemeChanged.connect(lambda _s: _desktop_changed(app))
    _restyle(app)


def _system_palette(app: QApplication) -> QPalette:
    """The desktop's light or dark, in our calm colours (Fusion's own dark palette pairs a
    mid-blue highlight with white text below 4.5:1)."""
    from PySide6.QtCore import Qt

    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return _style.standardPalette() if _style is not None else app.palette()
    return _palette(scheme == Qt.ColorScheme.Dark)


def _desktop_changed(app: QApplication) -> None:
    if _scheme not in ("light", "dark"):
        app.setPalette(_system_palette(app))
        _restyle(app)


def _restyle(app: QApplication) -> None:
    """The style sheet and the typed fonts (titles, headings, captions) after a change of text
    size or colours: they are derived from both (``ui.design``)."""
    from PySide6.QtGui import QFontMetrics

    from . import design

    app.setStyleSheet(design.style_sheet(design.colours(app.palette()), QFontMetrics(app.font()).height()))
    for widget in app.allWidgets():
        kind = widget.property("textRole")
        if isinstance(kind, str) and kind in design.TYPE:
            widget.setFont(design.font(kind))
