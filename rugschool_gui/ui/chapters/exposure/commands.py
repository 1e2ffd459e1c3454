"""Undoable changes to the fear hierarchy and its attempts ("Ongedaan maken" / Ctrl+Z).

Each change is first done through the storage layer; only when it succeeded is a command
pushed on the undo stack (so a refused 11th item or a full disk leaves no ghost step to undo).
Undo and redo write through the same repository functions, so the database stays the one
source of truth and ranks stay 1..n after every step.
"""

from __future__ import annotations

from dataclasses import replace

from ....domain.chapters import EXPOSURE
from ....domain.exposure import Attempt, FearItem
from ...context import PageContext
from ...i18n import translate
from ...undo import DoneCommand


def _repo():
    from ....storage import exposure

    return exposure


class _Done(DoneCommand):
    def __init__(self, ctx: PageContext, workbook_id: str, text: str) -> None:
        super().__init__(ctx, EXPOSURE, text)
        self.workbook_id = workbook_id


def _push(ctx: PageContext, command: _Done) -> None:
    ctx.undo.push(command)


def add_item(ctx: PageContext, label: str, fear: int | None, note: str = "",
             rejected=None) -> FearItem | None:
    item = ctx.save(_repo().add_item, ctx.workbook_id, label, fear, note, chapter=EXPOSURE,
                    rejected=rejected)
    if item is not None:
        _push(ctx, _AddItem(ctx, ctx.workbook_id, item))
    return item


class _AddItem(_Done):
    def __init__(self, ctx, workbook_id, item: FearItem) -> None:
        super().__init__(ctx, workbook_id, translate("Exposure", "„%1” toevoegen").replace("%1", item.label))
        self.item = item

    def undo(self) -> None:
        self.save(_repo().remove_item, self.item.id)

    def do(self) -> None:
        self.save(_repo().restore_item, self.item)


def remove_item(ctx: PageContext, item_id: str) -> FearItem | None:
    removed = ctx.save(_repo().remove_item, ctx.workbook_id, item_id, chapter=EXPOSURE)
    if removed is not None:
        _push(ctx, _RemoveItem(ctx, ctx.workbook_id, removed))
    return removed


class _RemoveItem(_Done):
    def __init__(self, ctx, workbook_id, item: FearItem) -> None:
        super().__init__(ctx, workbook_id, translate("Exposure", "„%1” verwijderen").replace("%1", item.label))
        self.item = item

    def undo(self) -> None:
        self.save(_repo().restore_item, self.item)

    def do(self) -> None:
        self.save(_repo().remove_item, self.item.id)


def reorder(ctx: PageContext, how: str, *args) -> bool:
    """``how`` is ``"move"`` (item id, new rank) or ``"by_fear"``."""
    fn = {"move": _repo().move_item, "by_fear": _repo().order_by_fear}[how]
    before = ctx.save(fn, ctx.workbook_id, *args, chapter=EXPOSURE)
    if before is None:
        return False
    after = [i.id for i in ctx.load(_repo().load_hierarchy, ctx.workbook_id).items]
    if after != before:
        text = (translate("Exposure", "Volgorde aanpassen") if how == "move"
                else translate("Exposure", "Ordenen op angstcijfer"))
        _push(ctx, _Reorder(ctx, ctx.workbook_id, before, after, text))
    return True


class _Reorder(_Done):
    def __init__(self, ctx, workbook_id, before: list[str], after: list[str], text: str) -> None:
        super().__init__(ctx, workbook_id, text)
        self.before, self.after = before, after

    def undo(self) -> None:
        self.save(_repo().set_order, self.before)

    def do(self) -> None:
        self.save(_repo().set_order, self.after)


def rate(ctx: PageContext, item: FearItem, fear: int | None) -> FearItem | None:
    updated = ctx.save(_repo().rate_item, ctx.workbook_id, item.id, fear, chapter=EXPOSURE)
    if updated is not None:
        _push(ctx, _Field(ctx, ctx.workbook_id, item, updated,
                          translate("Exposure", "Angst van „%1” inschatten").replace("%1", item.label)))
    return updated


def relabel(ctx: PageContext, item: FearItem, label: str) -> FearItem | None:
    updated = ctx.save(_repo().update_item, ctx.workbook_id, item.id, label=label, chapter=EXPOSURE)
    if updated is not None and updated.label != item.label:
        _push(ctx, _Field(ctx, ctx.workbook_id, item, updated, translate("Exposure", "Omschrijving aanpassen")))
    return updated


def set_mastered(ctx: PageContext, item: FearItem, mastered: bool) -> FearItem | None:
    updated = ctx.save(_repo().set_mastered, ctx.workbook_id, item.id, mastered, chapter=EXPOSURE)
    if updated is not None:
        text = (translate("Exposure", "„%1” als beheerst markeren") if mastered
                else translate("Exposure", "„%1” weer als oefenstap zetten")).replace("%1", item.label)
        _push(ctx, _Field(ctx, ctx.workbook_id, item, updated, text))
    return updated


class _Field(_Done):
    """A change of label, fear or mastered; undo writes the old value back.

    Undoing a rating records the old value again, so the history shows honestly what happened.
    """

    def __init__(self, ctx, workbook_id, before: FearItem, after: FearItem, text: str) -> None:
        super().__init__(ctx, workbook_id, text)
        self.before, self.after = before, after

    def _apply(self, target: FearItem, current: FearItem) -> None:
        if target.label != current.label:
            self.save(_repo().update_item, target.id, label=target.label)
        if target.fear != current.fear:
            self.save(_repo().rate_item, target.id, target.fear)
        if target.mastered != current.mastered:
            self.save(_repo().set_mastered, target.id, target.mastered)

    def undo(self) -> None:
        self._apply(self.before, self.after)

    def do(self) -> None:
        self._apply(self.after, self.before)


def save_attempt(ctx: PageContext, attempt: Attempt, previous: Attempt | None) -> Attempt | None:
    saved = ctx.save(_repo().save_attempt, ctx.workbook_id, attempt, chapter=EXPOSURE)
    if saved is not None:
        text = (translate("Exposure", "Poging aanvullen") if previous
                else translate("Exposure", "Poging bewaren"))
        _push(ctx, _SaveAttempt(ctx, ctx.workbook_id, previous, saved, text))
    return saved


class _SaveAttempt(_Done):
    def __init__(self, ctx, workbook_id, before: Attempt | None, after: Attempt, text: str) -> None:
        super().__init__(ctx, workbook_id, text)
        self.before, self.after = before, after

    def undo(self) -> None:
        if self.before is None:
            self.save(_repo().delete_attempt, self.after.id)
        else:
            self.save(_repo().save_attempt, self.before)

    def do(self) -> None:
        self.save(_repo().save_attempt, self.after)


def delete_attempt(ctx: PageContext, attempt: Attempt) -> bool:
    deleted = ctx.save(_repo().delete_attempt, ctx.workbook_id, attempt.id, chapter=EXPOSURE)
    if deleted is not None:
        _push(ctx, _DeleteAttempt(ctx, ctx.workbook_id, replace(attempt)))
    return deleted is not None


class _DeleteAttempt(_Done):
    def __init__(self, ctx, workbook_id, attempt: Attempt) -> None:
        super().__init__(ctx, workbook_id, translate("Exposure", "Poging verwijderen"))
        self.attempt = attempt

    def undo(self) -> None:
        self.save(_repo().save_attempt, self.attempt)

    def do(self) -> None:
        self.save(_repo().delete_attempt, self.attempt.id)
