"""The relaxation guide with sound, in the real page: a bell per step (on miniaudio's null
backend), silence without a device (the guide still works and says so calmly), "Geen geluid"
loads no audio at all, and a therapist's recording attached, played, paused and finished."""

from __future__ import annotations

import math
import subprocess
import sys
import time
import wave
from array import array
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rugschool_gui.storage import too_much_practice as repo
from rugschool_gui.ui.audio import recordings, tones
from rugschool_gui.ui.audio.player import BACKENDS_ENV

from .driving import choose

TODAY = date(2026, 11, 24)


@pytest.fixture
def relax(startup, qtbot):
    def make():
        s = startup()
        qtbot.addWidget(s.window)
        s.window.open_page("too_much")
        page = s.window.page("too_much")
        tab = page.relax
        tab.today = lambda: TODAY
        now = [1000.0]
        tab.clock = lambda: now[0]
        return s, tab, now

    return make


def start(qtbot, tab):
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.guide is not None


def test_each_step_rings_its_bell_on_the_null_backend(relax, qtbot, monkeypatch):
    monkeypatch.setenv(BACKENDS_ENV, "NULL")
    _s, tab, now = relax()
    choose(tab.sound.volume, "Zacht")
    start(qtbot, tab)
    assert tab.sound._player is None  # the first step has no bell: nothing loaded yet
    now[0] += 16  # the calm start (15 s) is over: tense the hands
    tab.refresh()
    player = tab.sound._player
    assert player is not None and not player.silent
    assert player._bell == tones.bell_samples("tense", 35)
    now[0] += 7
    tab.refresh()
    assert player._bell == tones.bell_samples("release", 35)
    assert not tab.sound.silent_note.isVisibleTo(tab)
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Escape)


def test_no_sound_device_the_guide_goes_on_in_silence(relax, qtbot, monkeypatch):
    monkeypatch.setenv(BACKENDS_ENV, "AAUDIO")  # Android's backend: no device here
    s, tab, now = relax()
    choose(tab.sound.volume, "Middel")
    tab.before.setValue(6)
    start(qtbot, tab)
    now[0] += 16
    tab.refresh()
    assert tab.phase.text().startswith("Opspannen")
    assert tab.sound.silent_note.isVisibleTo(tab)
    assert tab.sound.silent_note.text() == ("Op deze computer klinkt geen geluid. Volg de stappen gewoon "
                                            "op het scherm.")
    now[0] += 10_000
    tab.refresh()  # to the end, silently
    assert tab.after_card.isVisibleTo(tab)
    tab.after.setValue(3)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert [(x.before, x.after) for x in repo.list_relaxation(s.ctx.store, s.ctx.workbook_id)] == [(6, 3)]


def test_geen_geluid_loads_no_audio(relax, qtbot):
    s, tab, now = relax()
    choose(tab.sound.volume, "Geen geluid")
    assert s.settings.relax_volume == 0
    start(qtbot, tab)
    now[0] += 16
    tab.refresh()
    assert tab.sound._player is None
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Escape)


def until(condition, seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        time.sleep(0.02)
    return condition()


def test_a_therapists_recording_attached_played_paused_and_finished(relax, qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv(BACKENDS_ENV, "NULL")
    source = tmp_path / "ontspanning van Els.wav"
    with wave.open(str(source), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(tones.RATE)
        w.writeframes(array("h", (int(6000 * math.sin(i / 9)) for i in range(tones.RATE))).tobytes())
    # the OS file chooser's answer is the one thing stubbed
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    _s, tab, _now = relax()
    tab.choice.button(1).click()  # autogenic training
    assert "Nog geen opname" in tab.sound.recording_label.text()
    qtbot.mouseClick(tab.sound.attach_button, Qt.MouseButton.LeftButton)
    kept = recordings.recording_for("autogenic")
    assert kept is not None and kept.parent == recordings.folder() and kept.read_bytes() == source.read_bytes()
    assert tab.sound.recording_label.text() == "Opname van je therapeut: autogenic.wav"
    assert tab.sound.use_recording.isChecked()
    assert "niet mee in het overdrachtsbestand" in tab.sound.where_note.text()
    start(qtbot, tab)
    assert tab.recording_mode and not tab.next_button.isVisibleTo(tab)
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Space)  # pause: the recording holds
    player = tab.sound._player
    held = player.frames_played
    assert player._mix(128) == array("h", bytes(256)) and player.frames_played == held
    assert tab.pause_button.text() == "Verder (spatie)"
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Space)  # and on again, to its end
    assert until(lambda: player.recording_ended)
    tab.refresh()
    assert tab.after_card.isVisibleTo(tab) and not tab.recording_mode
    assert player.frames_played == tones.RATE
    tab.choice.button(0).click()  # another technique has its own (none)
    assert "Nog geen opname" in tab.sound.recording_label.text()
    tab.choice.button(1).click()
    qtbot.mouseClick(tab.sound.remove_button, Qt.MouseButton.LeftButton)
    assert recordings.recording_for("autogenic") is None


def test_the_audio_library_is_not_loaded_at_start_up():
    code = ("import sys; import rugschool_gui.ui.startup, rugschool_gui.ui.main_window, "
            "rugschool_gui.ui.chapters.too_much.relax_tab, rugschool_gui.ui.reminders.service; "
            "print('miniaudio' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False"
