"""A "Vandaag niet" on a reminder, kept in the workbook (issue #20): one BEGIN, undo and redo, a
refusal changes nothing, the consultation brief shows the period's, the hand-over file carries
them (and refuses a file with a barrier the app does not know), and the brief's wording."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from rugschool_gui.domain import reminders as r
from rugschool_gui.domain.consultations import Consultation
from rugschool_gui.domain.errors import DomainError
from rugschool_gui.operations import History
from rugschool_gui.operations import consultations as co_ops
from rugschool_gui.operations import reminders as ops
from rugschool_gui.storage import handover
from rugschool_gui.storage.handover_checks import HandoverError
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.reminders import list_declined
from rugschool_gui.storage.url import as_url
from rugschool_gui.wording.reminders import declined_text

MON = date(2026, 12, 7)


def declined(day: date = MON, kind: str = r.CHECKIN, barrier: str = "inside", words: str = "te moe") -> r.DeclinedReminder:
    return r.DeclinedReminder(None, day, kind, barrier, words)


def test_keeping_a_vandaag_niet_is_one_begin_and_undoable(db, workbook, begins):
    history = History()
    with begins(db) as b:
        change = ops.keep_declined(db, workbook.id, declined(words="  te moe  "))
    assert b.count == 1 and change.undoable and change.label.key == "undo_declined"
    assert {ref.table for ref in change.created} == {"declined_reminder"}
    history.record(change)
    [kept] = list_declined(db, workbook.id)
    assert (kept.kind, kept.barrier, kept.words) == (r.CHECKIN, "inside", "te moe")
    history.undo(db, workbook.id)
    assert list_declined(db, workbook.id) == []
    history.redo(db, workbook.id)
    assert [d.id for d in list_declined(db, workbook.id)] == [kept.id]
    gone = ops.delete_declined(db, workbook.id, kept.id)
    history.record(gone)
    assert list_declined(db, workbook.id) == []
    history.undo(db, workbook.id)
    assert list_declined(db, workbook.id) == [kept]


def test_a_refused_vandaag_niet_changes_nothing(db, workbook):
    with pytest.raises(DomainError) as refused:
        ops.keep_declined(db, workbook.id, declined(barrier="skip"))
    assert refused.value.key == "reminders.unknown_barrier"
    with pytest.raises(DomainError):
        ops.keep_declined(db, workbook.id, declined(words="x" * (r.MAX_WORDS + 1)))
    assert list_declined(db, workbook.id) == []


def test_the_brief_shows_the_period_since_the_last_consultation(db, workbook):
    co_ops.save_consultation(db, workbook.id, Consultation(None, MON - timedelta(days=7), "intake"))
    ops.keep_declined(db, workbook.id, declined(MON - timedelta(days=10), words="voor het gesprek"))
    ops.keep_declined(db, workbook.id, declined(MON - timedelta(days=2), r.EXPOSURE, "outside", "bezoek"))
    ops.keep_declined(db, workbook.id, declined(MON, r.HOMEWORK, "inside", ""))
    b = co_ops.brief(db, workbook.id, MON)
    assert [(d.kind, d.words) for d in b.declined] == [(r.EXPOSURE, "bezoek"), (r.HOMEWORK, "")]
    day = lambda d: d.isoformat()  # noqa: E731
    assert declined_text(b.declined[0], day, "nl") == "2026-12-05 · geplande blootstelling: iets rondom mij — „bezoek”"
    assert declined_text(b.declined[0], day, "en") == "2026-12-05 · planned exposure: something around me — “bezoek”"
    assert declined_text(b.declined[1], day, "nl") == "2026-12-07 · huiswerk: iets in mezelf"


def test_the_hand_over_carries_them_and_refuses_an_unknown_barrier(db, workbook, tmp_path):
    ops.keep_declined(db, workbook.id, declined(words="bezoek van mijn zus"))
    file = handover.export_workbook(db, workbook.id, tmp_path / "anna.rugwerk")
    other = as_url(tmp_path / "psy.sqlite3")
    upgrade_if_needed(other)
    handover.import_workbook(other, file)
    from rugschool_gui.storage.db import Database

    psy = Database(other)
    try:
        [kept] = list_declined(psy, workbook.id)
        assert (kept.kind, kept.barrier, kept.words) == (r.CHECKIN, "inside", "bezoek van mijn zus")
    finally:
        psy.engine.dispose()
    # the same file with a barrier the app does not know is refused, nothing read in
    doc = json.loads(file.read_text(encoding="utf-8"))
    doc["tables"]["declined_reminder"][0]["barrier"] = "skip"
    bad = tmp_path / "bad.rugwerk"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    fresh = as_url(tmp_path / "fresh.sqlite3")
    upgrade_if_needed(fresh)
    with pytest.raises(HandoverError) as refused:
        handover.import_workbook(fresh, bad)
    assert refused.value.params["chapter"] == "reminders"
    assert refused.value.params["problem"] == "reminders.unknown_barrier"
