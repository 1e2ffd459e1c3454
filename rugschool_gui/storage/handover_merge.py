"""Merging a handed-over copy of a workbook into this database's copy (issue #17).

A pure function of the two copies — the same result whichever side runs it, so after a round
trip both sides hold the same rows (the merge is symmetric, and merging again changes nothing):

1. **Per row, the newer version wins.** A row is known by its id; of two versions the one with
   the later ``updated_at`` is kept, deletion included (a tombstone is a version). Both sides'
   new rows are kept. Equal times: a tombstone wins, then a fixed order of the values.
2. **A step of the fear hierarchy merges per field group**: its words, rating, mastered and
   deletion by ``edited_at``, its rank by ``placed_at``. Moving one step shifts others, so by
   row a reorder on one side would undo a rename or a deletion on the other; apart, both stay.
3. **One per natural key.** Rows that exist once per day, per moment, … (a day's check-in, a
   signal of that check-in, one answer per question per day, a questionnaire moment's
   reflection, the one outlet, a flag set aside in a week, a baseline slot, a schedule version
   of a day, a listed cause ticked) are one thing whatever their ids: two rows in use with the
   same key — one made on each side — are folded into one. It keeps the identity of the older
   row (by ``created_at``, then id) and the values of the newer one; the other identity is
   dropped and its rows below (a check-in's signals) move to the kept one.
4. **Repairs, by stated rules:** the hierarchy's ranks come out 1..n (``domain.exposure.
   merged_order``); the activities of a week's cell are renumbered 0..n−1 in their order;
   two open graded-activity plans (one begun on each side) leave the one changed last open and
   put the other in the history as stopped (``domain.graded_activity_plan.one_open_plan``).
   A repaired row is stamped one microsecond after the newest row it was repaired against, so
   the repaired version wins on the other side too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..domain.exposure import FearItem, merged_order
from ..domain.graded_activity import ABANDONED, Plan
from ..domain.graded_activity_plan import OPEN, one_open_plan
from ..domain.too_much import OWN_CAUSE_KEYS
from .handover_checks import Rows, RowValues, parents, workbook_tables

#: a row's natural key (None: this row has none); every row is of one workbook already
NATURAL_KEYS: dict[str, Callable[[RowValues], tuple[Any, ...] | None]] = {
    "stress_checkin": lambda r: (r["day"],),
    "stress_signal": lambda r: (r["checkin_id"], r["signal"]),
    "reflection_answer": lambda r: (r["question"], r["answered_on"]),
    "score_reflection": lambda r: (r["moment"],),
    "outlet": lambda r: (),
    "pacing_dismissed_flag": lambda r: (r["week_of"], r["flag_id"]),
    "activity_measurement": lambda r: (r["plan_id"], r["position"]),
    "activity_schedule": lambda r: (r["plan_id"], r["start_on"]),
    "cause_tick": lambda r: None if r["cause"] in OWN_CAUSE_KEYS else (r["cause"],),
}
#: the fields of a step that move with its place, not with its content
PLACE = ("rank", "placed_at")
TICK = timedelta(microseconds=1)


@dataclass
class Merge:
    """The workbook after the merge, and what the merge itself decided."""

    rows: Rows = field(default_factory=dict)
    #: per table: an id folded into another row of the same natural key → that row's id
    folded: dict[str, dict[str, str]] = field(default_factory=dict)
    #: (table, what) of every repair: "ranks", "positions", "plan_closed"
    repairs: list[tuple[str, str]] = field(default_factory=list)


def _fingerprint(row: RowValues) -> str:
    return repr(sorted((k, repr(v)) for k, v in row.items()))


def _later(a: RowValues, b: RowValues, clock: str = "updated_at") -> RowValues:
    """Of two versions, the later by ``clock``; equal times: a tombstone, then a fixed order."""
    if a == b:
        return a
    ka = (a[clock], a.get("deleted_at") is not None)
    kb = (b[clock], b.get("deleted_at") is not None)
    if ka != kb:
        return a if ka > kb else b
    return a if _fingerprint(a) >= _fingerprint(b) else b


def _later_step(a: RowValues, b: RowValues) -> RowValues:
    """A fear-hierarchy step: content by ``edited_at``, place by ``placed_at``."""
    if a == b:
        return a
    content = _later({k: v for k, v in a.items() if k not in PLACE},
                     {k: v for k, v in b.items() if k not in PLACE}, "edited_at")
    place = a if (a["placed_at"], a["rank"]) >= (b["placed_at"], b["rank"]) else b
    row = {**content, "rank": place["rank"], "placed_at": place["placed_at"],
           "updated_at": max(a["updated_at"], b["updated_at"])}
    return a if row == a else b if row == b else row


def _remapped(rows: dict[str, RowValues], refs: dict[str, str],
              folded: dict[str, dict[str, str]]) -> dict[str, RowValues]:
    """``rows`` with every parent that was folded into another replaced by that one."""
    moves = [(column, folded[parent]) for column, parent in refs.items() if folded.get(parent)]
    if not moves:
        return rows
    out = {}
    for row_id, row in rows.items():
        changes = {column: to[row[column]] for column, to in moves if row[column] in to}
        out[row_id] = {**row, **changes} if changes else row
    return out


def _fold(rows: dict[str, RowValues], key: Callable[[RowValues], tuple[Any, ...] | None]) -> dict[str, str]:
    """Rows in use with one natural key become one (rule 3); returns dropped id → kept id."""
    groups: dict[tuple[Any, ...], list[RowValues]] = {}
    for row in rows.values():
        if row.get("deleted_at") is None:
            natural = key(row)
            if natural is not None:
                groups.setdefault(natural, []).append(row)
    folded: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        kept = min(members, key=lambda r: (r["created_at"], r["id"]))
        newest = max(members, key=lambda r: (r["updated_at"], _fingerprint(r)))
        rows[kept["id"]] = {**newest, "id": kept["id"], "created_at": kept["created_at"]}
        for row in members:
            if row is not kept:
                folded[row["id"]] = kept["id"]
                del rows[row["id"]]
    return folded


def merge(local: Rows, incoming: Rows) -> Merge:
    """The workbook after merging ``incoming`` (the file's rows) into ``local`` (this
    database's rows of the same workbook); neither is changed."""
    out = Merge()
    for table, _path in workbook_tables():  # parents first: a folded parent's rows follow it
        name, refs = table.name, parents(table)
        rows = dict(_remapped(local.get(name, {}), refs, out.folded))
        later = _later_step if name == "fear_item" else _later
        for row_id, row in _remapped(incoming.get(name, {}), refs, out.folded).items():
            current = rows.get(row_id)
            rows[row_id] = row if current is None else later(current, row)
        key = NATURAL_KEYS.get(name)
        if key is not None:
            out.folded[name] = _fold(rows, key)
        out.rows[name] = rows
    _repair_ranks(out)
    _repair_positions(out)
    _one_open_plan(out)
    return out


# ----- repairs ------------------------------------------------------------------------------
def _stamp(rows: list[RowValues], clock: str = "updated_at") -> datetime:
    stamp: datetime = max(r[clock] for r in rows)
    return stamp + TICK


def _repair_ranks(out: Merge) -> None:
    rows = out.rows["fear_item"]
    live = [r for r in rows.values() if r["deleted_at"] is None]
    order = merged_order((FearItem(r["id"], r["rank"], r["label"], r["fear"], r["mastered"], r["note"])
                          for r in live), {r["id"]: r["placed_at"] for r in live})
    moved = [item for item in order if rows[item.id]["rank"] != item.rank]
    if not moved:
        return
    placed, updated = _stamp(live, "placed_at"), _stamp(live)
    for item in moved:
        rows[item.id] = {**rows[item.id], "rank": item.rank, "placed_at": placed, "updated_at": updated}
    out.repairs.append(("fear_item", "ranks"))


def _repair_positions(out: Merge) -> None:
    rows = out.rows["pacing_activity"]
    cells: dict[tuple[Any, ...], list[RowValues]] = {}
    for r in rows.values():
        if r["deleted_at"] is None:
            cells.setdefault((r["week_of"], r["day"], r["part"]), []).append(r)
    for cell in cells.values():
        ordered = sorted(cell, key=lambda r: (r["position"], r["created_at"], r["id"]))
        if [r["position"] for r in ordered] == list(range(len(ordered))):
            continue
        updated = _stamp(cell)
        for n, r in enumerate(ordered):
            if r["position"] != n:
                rows[r["id"]] = {**r, "position": n, "updated_at": updated}
        out.repairs.append(("pacing_activity", "positions"))


def _one_open_plan(out: Merge) -> None:
    rows = out.rows["activity_plan"]
    open_rows = sorted((r for r in rows.values() if r["status"] in OPEN), key=lambda r: (r["updated_at"], r["id"]))
    if len(open_rows) < 2:
        return
    kept = one_open_plan([Plan(r["id"], r["activity"], r["unit"], r["reduction"], r["sessions_per_week"], r["goal"],
                               r["weeks"], r["start_on"], r["status"], ()) for r in open_rows])
    updated = _stamp(open_rows)
    for r in open_rows:
        if kept is None or r["id"] != kept.id:
            rows[r["id"]] = {**r, "status": ABANDONED, "ended_on": r["updated_at"].date(), "updated_at": updated}
            out.repairs.append(("activity_plan", "plan_closed"))
