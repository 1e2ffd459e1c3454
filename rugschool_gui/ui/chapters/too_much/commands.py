"""Undoable removals in the "doing too much" chapter: an unticked cause, an own signal, a
substitute activity, a relaxation session, a practice situation. Each is removed first (a
tombstone) and pushed only when that worked; undo brings the same row back."""

from __future__ import annotations

from ....domain.chapters import TOO_MUCH
from ...context import PageContext
from ...i18n import translate
from ...undo import DoneCommand


def _repo():
    from ....storage import too_much

    return too_much


class _Removal(DoneCommand):
    def __init__(self, ctx: PageContext, text: str, remove: tuple, restore: tuple) -> None:
        super().__init__(ctx, TOO_MUCH, text)
        self.remove, self.restore = remove, restore

    def undo(self) -> None:
        self.save(*self.restore)

    def do(self) -> None:
        self.save(*self.remove)


def _removal(ctx: PageContext, text: str, remove: tuple, restore: tuple) -> None:
    if ctx.save(remove[0], ctx.workbook_id, *remove[1:], chapter=TOO_MUCH) is not None:
        ctx.undo.push(_Removal(ctx, text, remove, restore))


def untick(ctx: PageContext, tick) -> None:
    repo = _repo()
    _removal(ctx, translate("TooMuch", "Vinkje weghalen"), (repo.untick_cause, tick.id),
             (repo.tick_cause, tick.cause, tick.day, tick.label, tick.id))


def remove_own_signal(ctx: PageContext, key: str, label: str) -> None:
    repo = _repo()
    _removal(ctx, translate("TooMuch", "„%1” verwijderen").replace("%1", label), (repo.remove_own_signal, key),
             (repo.add_own_signal, label, key.removeprefix("own:")))


def delete_substitute(ctx: PageContext, sub) -> None:
    repo = _repo()
    _removal(ctx, translate("TooMuch", "„%1” verwijderen").replace("%1", sub.name), (repo.delete_substitute, sub.id),
             (repo.save_substitute, sub))


def delete_relaxation(ctx: PageContext, session) -> None:
    repo = _repo()
    _removal(ctx, translate("TooMuch", "Oefening verwijderen"), (repo.delete_relaxation, session.id),
             (repo.save_relaxation, session))


def delete_situation(ctx: PageContext, situation) -> None:
    repo = _repo()
    _removal(ctx, translate("TooMuch", "Situatie verwijderen"), (repo.delete_situation, situation.id),
             (repo.save_situation, situation))
