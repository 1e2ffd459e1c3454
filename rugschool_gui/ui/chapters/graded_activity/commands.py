"""Undoable changes of the graded activity chapter ("Ongedaan maken" / Ctrl+Z).

As in the exposure chapter, a change is first written through the storage layer and only
then pushed on the undo stack, so a refused value leaves nothing to undo. Logging, changing
and deleting a session and finishing or stopping a plan can all be undone.
"""

from __future__ import annotations

from ....domain.chapters import GRADED_ACTIVITY
from ....domain.graded_activity import Plan, Session
from ...context import PageContext
from ...i18n import translate
from ...undo import DoneCommand


def _repo():
    from ....storage import graded_activity

    return graded_activity


class _Done(DoneCommand):
    def __init__(self, ctx: PageContext, text: str) -> None:
        super().__init__(ctx, GRADED_ACTIVITY, text)


def save_session(ctx: PageContext, plan_id: str, session: Session, previous: Session | None,
                 rejected=None) -> Session | None:
    saved = ctx.save(_repo().save_session, ctx.workbook_id, plan_id, session,
                     chapter=GRADED_ACTIVITY, rejected=rejected)
    if saved is not None:
        ctx.undo.push(_SaveSession(ctx, plan_id, saved, previous))
    return saved


class _SaveSession(_Done):
    def __init__(self, ctx, plan_id: str, saved: Session, previous: Session | None) -> None:
        text = (translate("GradedActivity", "Oefening aanpassen") if previous
                else translate("GradedActivity", "Oefening noteren"))
        super().__init__(ctx, text)
        self.plan_id, self.saved, self.previous = plan_id, saved, previous

    def undo(self) -> None:
        if self.previous is None:
            self.save(_repo().delete_session, self.plan_id, self.saved.id)
        else:
            self.save(_repo().save_session, self.plan_id, self.previous)

    def do(self) -> None:
        self.save(_repo().save_session, self.plan_id, self.saved)


def delete_session(ctx: PageContext, plan_id: str, session: Session) -> Session | None:
    gone = ctx.save(_repo().delete_session, ctx.workbook_id, plan_id, session.id, chapter=GRADED_ACTIVITY)
    if gone is not None:
        ctx.undo.push(_DeleteSession(ctx, plan_id, gone))
    return gone


class _DeleteSession(_Done):
    def __init__(self, ctx, plan_id: str, session: Session) -> None:
        super().__init__(ctx, translate("GradedActivity", "Oefening verwijderen"))
        self.plan_id, self.session = plan_id, session

    def undo(self) -> None:
        self.save(_repo().save_session, self.plan_id, self.session)

    def do(self) -> None:
        self.save(_repo().delete_session, self.plan_id, self.session.id)


def end_plan(ctx: PageContext, plan: Plan, status: str, day) -> Plan | None:
    ended = ctx.save(_repo().end_plan, ctx.workbook_id, plan.id, status, day, chapter=GRADED_ACTIVITY)
    if ended is not None:
        ctx.undo.push(_EndPlan(ctx, plan, status, day))
    return ended


class _EndPlan(_Done):
    def __init__(self, ctx, plan: Plan, status: str, day) -> None:
        text = (translate("GradedActivity", "Plan afronden") if status == "finished"
                else translate("GradedActivity", "Plan stopzetten"))
        super().__init__(ctx, text)
        self.plan, self.status, self.day = plan, status, day

    def undo(self) -> None:
        self.save(_repo().reopen_plan, self.plan.id, self.plan.status)

    def do(self) -> None:
        self.save(_repo().end_plan, self.plan.id, self.status, self.day)
