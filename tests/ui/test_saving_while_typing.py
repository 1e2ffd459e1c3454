"""Typing that never pauses is still saved: the debounce waits for a pause, but never longer
than ``MAX_WAIT_MS`` after the first unsaved key (a kill -9 mid-sentence loses about a second,
not everything since the last pause — measured by bench/kill_typing.py)."""

from __future__ import annotations

import time

from rugschool_gui.ui.saving import DEBOUNCE_MS, MAX_WAIT_MS, Debouncer


def test_continuous_typing_is_written_while_it_goes_on(qtbot):
    writes: list[float] = []
    saver = Debouncer(lambda: writes.append(time.monotonic()))
    end = time.monotonic() + 3 * MAX_WAIT_MS / 1000
    while time.monotonic() < end:  # a key every 50 ms: never a pause of DEBOUNCE_MS
        saver.poke()
        qtbot.wait(50)
    assert DEBOUNCE_MS > 50
    assert writes, "nothing was written during three seconds of typing"
    typed_until = time.monotonic()
    qtbot.waitUntil(lambda: not saver.pending, timeout=5000)
    assert writes[-1] >= typed_until - 0.05  # and the last keys once typing stops


def test_a_pause_writes_once_and_flush_writes_what_is_pending(qtbot):
    writes: list[int] = []
    saver = Debouncer(lambda: writes.append(1))
    saver.poke()
    saver.poke()
    qtbot.waitUntil(lambda: not saver.pending, timeout=5000)
    assert writes == [1]
    saver.poke()
    saver.flush()
    assert writes == [1, 1] and not saver.pending
    qtbot.wait(MAX_WAIT_MS + 100)
    assert writes == [1, 1]  # the longest-wait timer was stopped with the write: no second write
