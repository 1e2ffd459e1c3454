"""Look of the app: Fusion style, the DejaVu Sans font (same as on paper), text size, colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

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


def apply_text_size(app: QApplication, size: str) -> None:
    font = QFont(FONT_FAMILY)
    font.setPointSize(TEXT_POINTS.get(size, TEXT_POINTS["normal"]))
    app.setFont(font)


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        base, window, text = QColor("#1e2124"), QColor("#2a2e32"), QColor("#eceff1")
        button, highlight, link = QColor("#353a3f"), QColor("#4f8fc0"), QColor("#8cc4ff")
        mid, placeholder = QColor("#4a5056"), QColor("#9aa3ab")
    else:
        base, window, text = QColor("#ffffff"), QColor("#f4f2ee"), QColor("#1f2328")
        button, highlight, link = QColor("#ebe8e2"), QColor("#2f6f9f"), QColor("#1d5c8c")
        mid, placeholder = QColor("#c9c4bb"), QColor("#6b7178")
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
    p.setColor(roles.HighlightedText, QColor("#ffffff"))
    p.setColor(roles.Link, link)
    p.setColor(roles.Mid, mid)
    p.setColor(roles.PlaceholderText, placeholder)
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, placeholder)
    return p


def apply_color_scheme(app: QApplication, scheme: str) -> None:
    """Fusion with our calm light or dark palette; "system" keeps the palette Qt derives from
    the desktop's own light/dark setting (Fusion follows it by itself)."""
    app.setStyle(QStyleFactory.create("Fusion"))
    if scheme in ("light", "dark"):
        app.setPalette(_palette(scheme == "dark"))
    else:
        app.setPalette(app.style().standardPalette())
