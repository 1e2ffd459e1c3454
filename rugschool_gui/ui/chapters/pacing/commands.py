"""Undoable changes to the week plan ("Ongedaan maken" / Ctrl+Z): add, change, move, delete,
split, re-join and copying a week. Each is written first; only a change that succeeded is
pushed, so a refused value leaves nothing to undo."""

from __future__ import annotations

from datetime import date

from ....domain.chapters import PACING
from ....domain.pacing import Activity, Piece
from ...context import PageContext
from ...i18n import translate
from ...undo import DoneCommand


def _repo():
    from ....storage import pacing

    return pacing


class _Done(DoneCommand):
    def __init__(self, ctx: PageContext, text: str) -> None:
        super().__init__(ctx, PACING, text)


def save(ctx: PageContext, monday: date, activity: Activity, previous: Activity | None,
         rejected=None) -> Activity | None:
    saved = ctx.save(_repo().save_activity, ctx.workbook_id, monday, activity, chapter=PACING, rejected=rejected)
    if saved is not None:
        ctx.undo.push(_Save(ctx, monday, saved, previous))
    return saved


class _Save(_Done):
    def __init__(self, ctx, monday: date, saved: Activity, previous: Activity | None) -> None:
        text = (translate("Pacing", "„%1” aanpassen") if previous else translate("Pacing", "„%1” plannen"))
        super().__init__(ctx, text.replace("%1", saved.name))
        self.monday, self.saved, self.previous = monday, saved, previous

    def undo(self) -> None:
        if self.previous is None:
            self.save(_repo().delete_activity, self.saved.id)
        else:
            self.save(_repo().save_activity, self.monday, self.previous)

    def do(self) -> None:
        self.save(_repo().save_activity, self.monday, self.saved)


def move(ctx: PageContext, before: Activity, day: int, part: str, position: int | None) -> Activity | None:
    moved = ctx.save(_repo().move_activity, ctx.workbook_id, before.id, day, part, position, chapter=PACING)
    if moved is not None:
        ctx.undo.push(_Move(ctx, before, moved))
    return moved


class _Move(_Done):
    def __init__(self, ctx, before: Activity, after: Activity) -> None:
        super().__init__(ctx, translate("Pacing", "„%1” verplaatsen").replace("%1", before.name))
        self.before, self.after = before, after

    def undo(self) -> None:
        self.save(_repo().move_activity, self.before.id, self.before.day, self.before.part, self.before.position)

    def do(self) -> None:
        self.save(_repo().move_activity, self.after.id, self.after.day, self.after.part, self.after.position)


def delete(ctx: PageContext, activity: Activity) -> None:
    done = ctx.save(_repo().delete_activity, ctx.workbook_id, activity.id, chapter=PACING)
    if done is not None:
        monday, gone = done
        ctx.undo.push(_Delete(ctx, monday, gone))


class _Delete(_Done):
    def __init__(self, ctx, monday: date, activity: Activity) -> None:
        super().__init__(ctx, translate("Pacing", "„%1” verwijderen").replace("%1", activity.name))
        self.monday, self.activity = monday, activity

    def undo(self) -> None:
        self.save(_repo().save_activity, self.monday, self.activity)

    def do(self) -> None:
        self.save(_repo().delete_activity, self.activity.id)


def split(ctx: PageContext, activity: Activity, pieces: list[Piece], rejected=None) -> list[Activity] | None:
    made = ctx.save(_repo().split, ctx.workbook_id, activity.id, pieces, chapter=PACING, rejected=rejected)
    if made is not None:
        ctx.undo.push(_Split(ctx, activity, [a.id for a in made]))
    return made


class _Split(_Done):
    def __init__(self, ctx, activity: Activity, piece_ids: list[str]) -> None:
        super().__init__(ctx, translate("Pacing", "„%1” opsplitsen").replace("%1", activity.name))
        self.activity, self.piece_ids = activity, piece_ids

    def undo(self) -> None:
        self.save(_repo().unsplit, self.activity.id, self.piece_ids)

    def do(self) -> None:
        self.save(_repo().unjoin, self.activity.id, self.piece_ids)


def join(ctx: PageContext, task_id: str, piece_ids: list[str]) -> Activity | None:
    before = ctx.load(_repo().task_activity, ctx.workbook_id, task_id)
    joined = ctx.save(_repo().join, ctx.workbook_id, task_id, chapter=PACING)
    if joined is not None:
        ctx.undo.push(_Join(ctx, joined, piece_ids, before))
    return joined


class _Join(_Done):
    def __init__(self, ctx, joined: Activity, piece_ids: list[str], before: Activity | None) -> None:
        super().__init__(ctx, translate("Pacing", "„%1” weer samenvoegen").replace("%1", joined.name))
        self.joined, self.piece_ids, self.before = joined, piece_ids, before

    def undo(self) -> None:
        self.save(_repo().unjoin, self.joined.id, self.piece_ids, self.before)

    def do(self) -> None:
        self.save(_repo().join, self.joined.id)


def copy_week(ctx: PageContext, monday: date) -> list[Activity] | None:
    copied = ctx.save(_repo().copy_week, ctx.workbook_id, monday, chapter=PACING)
    if copied is not None:
        ctx.undo.push(_CopyWeek(ctx, monday, [a.id for a in copied]))
    return copied


class _CopyWeek(_Done):
    def __init__(self, ctx, monday: date, ids: list[str]) -> None:
        super().__init__(ctx, translate("Pacing", "Week kopiëren"))
        self.monday, self.ids = monday, ids

    def undo(self) -> None:
        self.save(_repo().delete_week, self.monday, self.ids)

    def do(self) -> None:
        copied = self.save(_repo().copy_week, self.monday)
        if copied is not None:
            self.ids = [a.id for a in copied]  # fresh copies: the next undo removes these


def delete_chunk_plan(ctx: PageContext, plan_id: str) -> None:
    gone = ctx.save(_repo().delete_chunk_plan, ctx.workbook_id, plan_id, chapter=PACING)
    if gone is not None:
        ctx.undo.push(_DeleteChunkPlan(ctx, gone))


class _DeleteChunkPlan(_Done):
    def __init__(self, ctx, plan) -> None:
        super().__init__(ctx, translate("Pacing", "„%1” verwijderen").replace("%1", plan.name))
        self.plan = plan

    def undo(self) -> None:
        self.save(_repo().save_chunk_plan, self.plan)

    def do(self) -> None:
        self.save(_repo().delete_chunk_plan, self.plan.id)
