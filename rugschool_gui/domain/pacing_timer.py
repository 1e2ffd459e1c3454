"""The break timer of the pacing chapter (WORKBOOK.md §2: alternate effort and rest).

It walks through the blocks of a chunk plan — work, break, work, … — by the clock, not by
counting ticks: whatever time it is asked about, it computes where in the plan that moment
falls. So it stays right when the window is hidden or the machine is busy, and tests drive it
with a fake clock. Pause, skip and stop are supported; a break counts as *taken* when the
timer ran through it without it being skipped.

A finished run is recorded (:func:`validate_run`); the week's runs add up to "Pauzes genomen:
4 van 5 deze week" (:func:`count_breaks`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import DomainError
from .pacing import BREAK, WORK, Block


class TimerRunInvalid(DomainError):
    key = "pacing.timer_run_invalid"


@dataclass(frozen=True)
class TimerState:
    index: int  # the current block (len(blocks) when finished)
    kind: str | None  # WORK, BREAK, or None when finished
    remaining: float  # seconds left in the current block
    finished: bool
    paused: bool


class BreakTimer:
    def __init__(self, blocks: list[Block], now: float) -> None:
        if not blocks:
            raise ValueError("a timer needs at least one block")
        self.blocks = list(blocks)
        ends: list[float] = []
        total = 0.0
        for b in self.blocks:
            total += b.minutes * 60
            ends.append(total)
        self._ends = ends
        self._offset = 0.0  # active seconds before the current run
        self._running_since: float | None = now
        self._skipped: set[int] = set()
        self._stopped_at: float | None = None  # elapsed seconds when stopped

    # ----- where are we -------------------------------------------------------------------
    def elapsed(self, now: float) -> float:
        if self._stopped_at is not None:
            return self._stopped_at
        running = (now - self._running_since) if self._running_since is not None else 0.0
        return min(self._offset + max(0.0, running), self._ends[-1])

    def state(self, now: float) -> TimerState:
        t = self.elapsed(now)
        finished = self._stopped_at is not None or t >= self._ends[-1]
        if finished:
            return TimerState(len(self.blocks), None, 0.0, True, False)
        index = next(i for i, end in enumerate(self._ends) if t < end)
        return TimerState(index, self.blocks[index].kind, self._ends[index] - t, False,
                          self._running_since is None)

    # ----- controls -----------------------------------------------------------------------
    def pause(self, now: float) -> None:
        if self._running_since is not None and self._stopped_at is None:
            self._offset = self.elapsed(now)
            self._running_since = None

    def resume(self, now: float) -> None:
        if self._running_since is None and self._stopped_at is None:
            self._running_since = now

    def skip(self, now: float) -> None:
        """Go straight to the next block (a skipped break is not taken)."""
        state = self.state(now)
        if state.finished:
            return
        self._skipped.add(state.index)
        self._offset = self._ends[state.index]
        if self._running_since is not None:
            self._running_since = now

    def stop(self, now: float) -> None:
        if self._stopped_at is None:
            self._stopped_at = self.elapsed(now)

    # ----- what happened ------------------------------------------------------------------
    @property
    def work_blocks(self) -> int:
        return sum(1 for b in self.blocks if b.kind != BREAK)

    def work_block_number(self, index: int) -> int:
        """Which work block (1, 2, …) the block at ``index`` is, or follows when it is a break."""
        return sum(1 for b in self.blocks[: index + 1] if b.kind != BREAK)

    @property
    def breaks_planned(self) -> int:
        return sum(1 for b in self.blocks if b.kind == BREAK)

    def breaks_taken(self, now: float) -> int:
        t = self.elapsed(now)
        return sum(1 for i, b in enumerate(self.blocks)
                   if b.kind == BREAK and i not in self._skipped and t >= self._ends[i])

    def work_done_minutes(self, now: float) -> float:
        """Minutes of work the clock ran through (skipped work does not count)."""
        t, start, done = self.elapsed(now), 0.0, 0.0
        for i, (b, end) in enumerate(zip(self.blocks, self._ends, strict=True)):
            if b.kind == WORK and i not in self._skipped:
                done += max(0.0, min(t, end) - start)
            start = end
        return done / 60


def validate_run(breaks_planned: int, breaks_taken: int, work_minutes: float) -> None:
    """A run's record: breaks taken within 0..planned, work minutes a real number ≥ 0."""
    if isinstance(breaks_planned, bool) or isinstance(breaks_taken, bool) or breaks_planned < 0 \
            or not 0 <= breaks_taken <= breaks_planned:
        raise TimerRunInvalid(breaks_taken=breaks_taken, breaks_planned=breaks_planned)
    if not math.isfinite(work_minutes) or work_minutes < 0:
        raise TimerRunInvalid(work_minutes=work_minutes)


def count_breaks(runs: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """(taken, planned) breaks over the week's runs, each given as (taken, planned)."""
    taken = planned = 0
    for run_taken, run_planned in runs:
        taken += run_taken
        planned += run_planned
    return taken, planned
