"""How the tabs of this chapter run their actions: through ``ctx.run`` with the chapter page they
sit on as the source, so that page (which updates itself) is not reloaded by its own change while
every other page that shows the rows is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ...context import PageContext
from ...widgets.tabbed_page import TabbedChapterPage

if TYPE_CHECKING:  # operations load SQLAlchemy: not before the first paint
    from types import ModuleType

    from ....operations.change import ChangeSet


def page_of(tab: QWidget) -> QWidget:
    """The chapter page ``tab`` is shown on (a tab scrolls inside a tab widget), else the tab."""
    widget = tab.parentWidget()
    while widget is not None:
        if isinstance(widget, TabbedChapterPage):
            return widget
        widget = widget.parentWidget()
    return tab


def run(tab: QWidget, ctx: PageContext, operation: Callable[..., ChangeSet], *values: Any,
        rejected: Callable[[str], None] | None = None) -> ChangeSet | None:
    """``ctx.run`` for a tab: its page is the source. None when refused or not written."""
    return ctx.run(operation, *values, source=page_of(tab), rejected=rejected)


def ops() -> ModuleType:
    """The chapter's operations (``operations/too_much.py``), loaded on first use."""
    from ....operations import too_much

    return too_much


def repo() -> ModuleType:
    """The chapter's repository, for reads (``ctx.load``), loaded on first use."""
    from ....storage import too_much

    return too_much


def practice_repo() -> ModuleType:
    """Relaxation sessions and assertive situations (``storage/too_much_practice.py``)."""
    from ....storage import too_much_practice

    return too_much_practice
