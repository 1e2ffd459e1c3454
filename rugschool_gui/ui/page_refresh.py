"""Pages refresh when they are on screen: a hidden page only notes that it is out of date.

Switching workbook or changing data used to reload every page that had ever been opened; with
years of entries that made each switch cost the sum of all pages. Now only the page in front
reloads at once, and any other reloads the moment it is opened again (``refresh_if_stale``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


def on_screen(page: QWidget) -> bool:
    """The page is the one in front of its stack (a page outside a stack counts as in front)."""
    stack = page.parentWidget()
    return not isinstance(stack, QStackedWidget) or stack.currentWidget() is page


def reload_when_shown(page: QWidget, reload: Callable[[], None]) -> None:
    """Run ``reload`` now when ``page`` is in front, else when it is next opened."""
    if on_screen(page):
        page._pending_reload = None
        reload()
    else:
        page._pending_reload = reload


def refresh_if_stale(page: QWidget) -> None:
    pending = getattr(page, "_pending_reload", None)
    if pending is not None:
        page._pending_reload = None
        pending()
