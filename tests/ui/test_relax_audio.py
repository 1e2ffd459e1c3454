"""The guide's sound: synthesised bells (length, no clipping, soft envelope) and the player,
which plays through miniaudio's null backend here and stays silent without a device."""

from __future__ import annotations

import math
import time
import wave
from array import array

import pytest

from rugschool_gui.ui.audio import tones
from rugschool_gui.ui.audio.player import Player


@pytest.mark.parametrize("sound", sorted(tones.BELLS))
def test_bell_length_peak_and_envelope(sound):
    bell = tones.BELLS[sound]
    samples = tones.bell_samples(sound, 100)
    assert len(samples) == int(bell.seconds * tones.RATE)
    peak = max(abs(s) for s in samples)
    assert 0.3 * 32767 < peak <= tones.PEAK * 32767 < 32767  # audible, soft, never clipped
    assert samples[0] == 0 and samples[-1] == 0  # no click at either end
    rms = lambda part: math.sqrt(sum(s * s for s in part) / len(part))  # noqa: E731
    tenth = len(samples) // 10
    assert rms(samples[tenth:2 * tenth]) > rms(samples[-2 * tenth:-tenth])  # it fades


def test_volume_scales_and_zero_is_silence():
    loud = max(abs(s) for s in tones.bell_samples("next", 100))
    soft = max(abs(s) for s in tones.bell_samples("next", 25))
    assert soft == pytest.approx(loud / 4, rel=0.01)
    assert len(tones.bell_samples("next", 0)) == 0


def test_a_bell_plays_on_the_null_backend():
    player = Player(backends=["NULL"])
    try:
        assert player.bell("tense", 60)
        assert not player.silent
        mixed = player._mix(512)  # what the device asks for next: the bell's first samples
        assert mixed == tones.bell_samples("tense", 60)[:512]
    finally:
        player.close()


def test_no_device_leaves_it_silent_without_errors():
    player = Player(backends=["AAUDIO"])  # Android's backend: never present on a desktop
    assert player.bell("tense", 60) is False
    assert player.silent
    assert player.play_recording("nothing.wav") is False
    player.set_paused(True)
    player.close()


def until(condition, seconds: float = 20.0) -> bool:
    """Wait for the null device's own thread (it plays in real time); generous on a busy machine."""
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        time.sleep(0.02)
    return condition()


def write_wav(path, samples: array) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(tones.RATE)
        w.writeframes(samples.tobytes())


def test_recording_plays_to_its_end_on_the_null_backend(tmp_path):
    path = tmp_path / "stem.wav"
    write_wav(path, array("h", (int(8000 * math.sin(i / 10)) for i in range(tones.RATE // 2))))
    player = Player(backends=["NULL"])
    try:
        assert player.play_recording(path)
        assert until(lambda: player.recording_ended)
        assert player.frames_played == tones.RATE // 2  # every sample of it went out
    finally:
        player.close()


def test_recording_pauses_and_resumes_where_it_was(tmp_path):
    path = tmp_path / "stem.wav"
    write_wav(path, array("h", (int(8000 * math.sin(i / 10)) for i in range(10 * tones.RATE))))
    player = Player(backends=["NULL"])
    try:
        assert player.play_recording(path)
        player.set_paused(True)
        held = player.frames_played
        assert player._mix(256) == array("h", bytes(512))  # silence while paused
        assert player.frames_played == held and not player.recording_ended
        player.set_paused(False)
        assert until(lambda: player.frames_played > held)
    finally:
        player.close()


def test_unreadable_recording_never_breaks_the_sound(tmp_path):
    path = tmp_path / "not-sound.mp3"
    path.write_text("geen geluid")
    player = Player(backends=["NULL"])
    try:
        player.play_recording(path)  # refused at once, or ends at its first read
        assert player._mix(256) == array("h", bytes(512))
        assert player.frames_played == 0
    finally:
        player.close()


def test_a_device_left_open_does_not_keep_the_app_from_ending(tmp_path):
    """Quitting while a guide's sound device is open (or a test leaving one open) must end the
    process: miniaudio's own ``__del__`` at interpreter shutdown waits forever for its audio
    thread, so the player closes every open device at exit."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "leave_open.py"
    script.write_text(
        "from rugschool_gui.ui.audio.player import Player\n"
        "player = Player(['NULL'])\n"
        "assert player.bell('tense', 50)\n"
        "print('left open')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    try:
        run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                             env=env, check=False)
    except subprocess.TimeoutExpired:
        raise AssertionError("the process did not end with a sound device open") from None
    assert run.returncode == 0, run.stderr[-2000:]
    assert "left open" in run.stdout
