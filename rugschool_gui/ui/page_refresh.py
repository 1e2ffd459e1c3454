"""Pages refresh when they are on screen: a hidden page only notes that it is out of date.

Switching workbook or changing data used to reload every page that had ever been opened; with
years of entries that made each switch cost the sum of all pages. Now only the page in front
reloads at once, and any other reloads the moment it is opened again (``refresh_if_stale``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from ..operations.change import ChangeSet
    from .context import PageContext

#: the reload a hidden page still owes, run when it is next opened (gone with the page)
_pending: weakref.WeakKeyDictionary[QWidget, Callable[[], None]] = weakref.WeakKeyDictionary()


def on_screen(page: QWidget) -> bool:
    """The page is the one in front of its stack (a page outside a stack counts as in front)."""
    stack = page.parentWidget()
    return not isinstance(stack, QStackedWidget) or stack.currentWidget() is page


def reload_when_shown(page: QWidget, reload: Callable[[], None]) -> None:
    """Run ``reload`` now when ``page`` is in front, else when it is next opened."""
    if on_screen(page):
        _pending.pop(page, None)
        reload()
    else:
        _pending[page] = reload


def refresh_if_stale(page: QWidget) -> None:
    pending = _pending.pop(page, None)
    if pending is not None:
        pending()


def concerns(change: ChangeSet, chapter: str, tables: frozenset[str]) -> bool:
    """The change set touches what a page shows: its chapter, or one of its tables (an action of
    another chapter can add a row here, e.g. an outlet planned into the week)."""
    return change.chapter == chapter or bool(change.tables() & tables)


def follow_changes(page: QWidget, ctx: PageContext, chapter: str, tables: frozenset[str],
                   reload: Callable[[], None]) -> None:
    """Wire a page to the hub: it reloads (now if on screen, else when opened) after another
    page's operation that concerns it, after a workbook switch, and after a broad change (an
    import or a restored backup: ``data_changed("")``) — never after an operation it ran itself
    (``ctx.run(..., source=page)``): it shows that result already."""

    def changed(change: ChangeSet, source: object) -> None:
        if source is page or change.workbook_id != ctx.workbook_id:
            return
        if concerns(change, chapter, tables):
            reload_when_shown(page, reload)

    ctx.hub.changed.connect(changed)
    ctx.hub.workbook_changed.connect(lambda _id: reload_when_shown(page, reload))
    ctx.hub.data_changed.connect(lambda which: reload_when_shown(page, reload) if not which else None)
