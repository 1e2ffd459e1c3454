"""The guide's cue schedule matches its steps: tense 7 s, release 20 s today (issue #20)."""

from __future__ import annotations

from rugschool_gui.domain import relax_cues as c
from rugschool_gui.domain.too_much import (
    AUTOGENIC,
    BODY_SCAN,
    EXERCISES,
    MUSCLE_GROUPS,
    PROGRESSIVE,
    RELEASE_SECONDS,
    SETTLE_SECONDS,
    TENSE_SECONDS,
    relaxation_steps,
)


def test_progressive_tense_seven_release_twenty():
    cues = c.cue_schedule(relaxation_steps(PROGRESSIVE))
    body = [q for q in cues if q.sound in (c.TENSE, c.RELEASE)]
    assert len(body) == 2 * len(MUSCLE_GROUPS)
    assert body[0] == c.Cue(SETTLE_SECONDS, c.TENSE, 1)
    assert body[1] == c.Cue(SETTLE_SECONDS + TENSE_SECONDS, c.RELEASE, 2)
    gaps = {(a.sound, b.at - a.at) for a, b in zip(body, body[1:], strict=False)}
    assert gaps == {(c.TENSE, TENSE_SECONDS), (c.RELEASE, RELEASE_SECONDS)}
    assert (TENSE_SECONDS, RELEASE_SECONDS) == (7, 20)


def test_every_step_but_the_first_opens_with_a_cue_and_the_end_closes():
    for exercise in EXERCISES:
        steps = relaxation_steps(exercise)
        cues = c.cue_schedule(steps)
        assert [q.step for q in cues] == list(range(1, len(steps) + 1))
        assert cues[-1] == c.Cue(sum(s.seconds for s in steps), c.END, len(steps))
        assert [q.at for q in cues] == sorted(q.at for q in cues)
        assert c.cue_at_step(steps, 0) is None
        assert c.cue_at_step(steps, len(steps)) == c.END
        for q in cues[:-1]:
            assert c.cue_at_step(steps, q.step) == q.sound


def test_formulas_and_body_parts_ring_next():
    for exercise in (AUTOGENIC, BODY_SCAN):
        assert {q.sound for q in c.cue_schedule(relaxation_steps(exercise))} == {c.NEXT, c.END}
