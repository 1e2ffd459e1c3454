"""The undo command every chapter uses: the change is made first, then pushed to be undone.

A chapter's command subclasses :class:`DoneCommand` and defines ``undo()`` and ``do()`` (redo
after an undo), both writing through repository functions via :meth:`DoneCommand.save`, so the
database stays the one source of truth. The first ``redo()`` Qt calls on push is skipped: the
change already happened — and a refused change was never pushed.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from .context import PageContext


class DoneCommand(QUndoCommand):
    def __init__(self, ctx: PageContext, chapter: str, text: str) -> None:
        super().__init__(text)
        self.ctx, self.chapter, self.workbook_id = ctx, chapter, ctx.workbook_id
        self._skip_first = True

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        self.do()

    def save(self, fn, *args, **kwargs):
        """``fn(store, workbook_id, *args)`` for the workbook the change was made in."""
        return self.ctx.save(fn, self.workbook_id, *args, chapter=self.chapter, **kwargs)

    def do(self) -> None:  # pragma: no cover - every command defines it
        raise NotImplementedError
