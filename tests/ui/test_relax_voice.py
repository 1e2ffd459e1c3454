"""The computer's own voice in the real relaxation guide (issue #20). A stand-in ``spd-say`` put
first on the PATH (outside the app) writes every call's arguments to a file; the guide runs on
its own timer with a stubbed clock, driven by clicks and keys. Off by default; each step read in
the app's language, in order; pausing, stopping and closing the window silence it; without a
voice the choice is disabled and the guide runs as before; a therapist's recording goes first."""

from __future__ import annotations

import json
import math
import stat
import sys
import wave
from array import array
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rugschool_gui.storage import too_much_practice as repo
from rugschool_gui.ui.audio import tones
from rugschool_gui.ui.audio.player import BACKENDS_ENV
from rugschool_gui.ui.audio.voice_commands import APP_NAME

TODAY = date(2026, 11, 24)
WAIT_MS = 20_000  # a busy machine may take a while to start a process; the test never sleeps
CANCEL = ["-N", APP_NAME, "-C"]
BEGIN_NL = "Ga gemakkelijk zitten of liggen. Sluit je ogen als je wilt en adem rustig."
HANDS_NL = "Span je handen: maak vuisten, zachtjes en nooit tot het pijn doet … en houd vast."
RELEASE_NL = "Laat los. Voel hoe je handen ontspannen."


@pytest.fixture
def spd_log(tmp_path, monkeypatch):
    """A fake ``spd-say`` first on the PATH; returns a function giving the calls so far."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "spd-say.jsonl"
    program = folder / "spd-say"
    program.write_text(
        f"#!{sys.executable}\n"
        "import json, os, sys\n"
        f"with open({str(log)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(json.dumps(sys.argv[1:]) + '\\n')\n"
        "sys.exit(int(os.environ.get('FAKE_SPD_EXIT', '0')))\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")

    def calls() -> list[list[str]]:
        return [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []

    return calls


def spoken(calls) -> list[tuple[str, str]]:
    """(language, text) of every call that read something aloud."""
    return [(c[c.index("-l") + 1], c[-1]) for c in calls if "--" in c]


@pytest.fixture
def relax(startup, qtbot):
    def make(*extra):
        s = startup(*extra)
        qtbot.addWidget(s.window)
        s.window.open_page("too_much")
        tab = s.window.page("too_much").relax
        tab.today = lambda: TODAY
        now = [1000.0]
        tab.clock = lambda: now[0]
        return s, tab, now

    return make


def turn_voice_on(qtbot, tab) -> None:
    tab.sound.voice_choice.setFocus()
    qtbot.keyClick(tab.sound.voice_choice, Qt.Key.Key_Space)
    assert tab.sound.voice_choice.isChecked()


def start(qtbot, tab) -> None:
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.guide is not None


def test_off_by_default_nothing_is_read(relax, qtbot, spd_log):
    s, tab, now = relax()
    assert s.settings.relax_voice is False
    choice = tab.sound.voice_choice
    assert choice.isEnabled() and not choice.isChecked()
    assert choice.text() == "Lees de stappen voor met de stem van je computer"
    start(qtbot, tab)
    now[0] += 16  # to the first muscle group, on the guide's own timer
    qtbot.waitUntil(lambda: tab.phase.text().startswith("Opspannen"), timeout=WAIT_MS)
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Escape)
    assert spd_log() == []  # never called, not even to cancel


def test_each_step_is_read_in_order_and_pausing_and_stopping_silence_it(relax, qtbot, spd_log):
    s, tab, now = relax()
    turn_voice_on(qtbot, tab)
    assert s.settings.relax_voice is True
    assert not tab.sound.voice_note.isVisibleTo(tab)  # all is well: no note
    start(qtbot, tab)
    qtbot.waitUntil(lambda: len(spd_log()) == 1, timeout=WAIT_MS)
    assert spd_log()[0][:5] == ["-N", APP_NAME, "-C", "-l", "nl"]  # a new step cuts the last one off
    now[0] += 16
    qtbot.waitUntil(lambda: len(spd_log()) == 2, timeout=WAIT_MS)  # the timer moved on: the hands
    now[0] += 7
    qtbot.waitUntil(lambda: len(spd_log()) == 3, timeout=WAIT_MS)  # and release them
    assert spoken(spd_log()) == [("nl", BEGIN_NL), ("nl", HANDS_NL), ("nl", RELEASE_NL)]
    assert tab.step.text() == RELEASE_NL  # what is read is what the screen shows
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Space)  # pause: quiet
    qtbot.waitUntil(lambda: len(spd_log()) == 4, timeout=WAIT_MS)
    assert spd_log()[-1] == CANCEL
    now[0] += 600  # a long pause reads nothing more
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Space)  # on again: the step once more
    qtbot.waitUntil(lambda: len(spd_log()) == 5, timeout=WAIT_MS)
    assert spoken(spd_log())[-1] == ("nl", RELEASE_NL)
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Right)  # the next step, by hand
    qtbot.waitUntil(lambda: len(spd_log()) == 6, timeout=WAIT_MS)
    assert spoken(spd_log())[-1] == ("nl", tab.step.text())
    assert tab.step.text().startswith("Span je armen")
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Escape)  # stop: quiet
    qtbot.waitUntil(lambda: len(spd_log()) == 7, timeout=WAIT_MS)
    assert spd_log()[-1] == CANCEL and tab.guide is None
    qtbot.waitUntil(lambda: tab.sound.voice.running == 0, timeout=WAIT_MS)  # nothing left running
    assert not tab.sound.voice.has_failed


def test_english_steps_are_read_in_english(relax, qtbot, spd_log):
    _s, tab, now = relax("--lang", "en")
    turn_voice_on(qtbot, tab)
    assert tab.sound.voice_choice.text() == "Read the steps aloud with your computer's voice"
    start(qtbot, tab)
    now[0] += 16
    qtbot.waitUntil(lambda: len(spd_log()) == 2, timeout=WAIT_MS)
    said = spoken(spd_log())
    assert [language for language, _text in said] == ["en", "en"]
    assert said[1][1] == tab.step.text() and said[1][1].startswith("Tense your hands")
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Escape)


def test_closing_the_window_stops_the_guide_and_its_voice(relax, qtbot, spd_log):
    s, tab, _now = relax()
    s.window.show()
    turn_voice_on(qtbot, tab)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: len(spd_log()) == 1, timeout=WAIT_MS)
    s.window.close()
    qtbot.waitUntil(lambda: tab.guide is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(spd_log()) == 2, timeout=WAIT_MS)
    assert spd_log()[-1] == CANCEL


def test_no_voice_on_this_computer_the_choice_is_disabled_and_the_guide_runs(
        relax, qtbot, tmp_path, monkeypatch, data_home):
    empty = tmp_path / "nothing"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    from rugschool_gui.paths import data_dir
    from rugschool_gui.ui.appsettings import AppSettings

    data_dir().mkdir(parents=True, exist_ok=True)
    AppSettings(data_dir()).relax_voice = True  # chosen once, elsewhere: still nothing to read with
    s, tab, now = relax()
    choice = tab.sound.voice_choice
    assert not choice.isEnabled() and not choice.isChecked()
    assert s.settings.relax_voice is True  # kept for when a voice is installed
    assert tab.sound.voice_note.isVisibleTo(tab)
    assert tab.sound.voice_note.text().startswith("Op deze computer is geen voorleesstem gevonden.")
    tab.before.setValue(6)
    start(qtbot, tab)
    now[0] += 16
    qtbot.waitUntil(lambda: tab.phase.text().startswith("Opspannen"), timeout=WAIT_MS)
    now[0] += 10_000
    qtbot.waitUntil(lambda: tab.after_card.isVisibleTo(tab), timeout=WAIT_MS)  # to the end, on screen
    tab.after.setValue(3)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert [(x.before, x.after) for x in repo.list_relaxation(s.ctx.store, s.ctx.workbook_id)] == [(6, 3)]


def test_a_voice_that_does_not_answer_is_said_once_and_the_guide_goes_on(relax, qtbot, spd_log, monkeypatch):
    monkeypatch.setenv("FAKE_SPD_EXIT", "1")  # spd-say without a speech-dispatcher service
    _s, tab, now = relax()
    turn_voice_on(qtbot, tab)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: tab.sound.voice_note.isVisibleTo(tab), timeout=WAIT_MS)
    assert tab.sound.voice_note.text() == ("De voorleesstem van je computer antwoordt niet. Volg de stappen "
                                           "gewoon op het scherm.")
    now[0] += 16
    qtbot.waitUntil(lambda: tab.phase.text().startswith("Opspannen"), timeout=WAIT_MS)
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Escape)
    assert tab.after_card.isVisibleTo(tab)


def test_a_therapists_recording_goes_first(relax, qtbot, spd_log, monkeypatch, tmp_path):
    monkeypatch.setenv(BACKENDS_ENV, "NULL")
    source = tmp_path / "Els.wav"
    with wave.open(str(source), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(tones.RATE)
        w.writeframes(array("h", (int(6000 * math.sin(i / 9)) for i in range(tones.RATE * 30))).tobytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))  # the OS chooser
    _s, tab, now = relax()
    turn_voice_on(qtbot, tab)
    qtbot.mouseClick(tab.sound.attach_button, Qt.MouseButton.LeftButton)
    assert tab.sound.use_recording.isChecked()
    note = tab.sound.voice_note
    assert note.isVisibleTo(tab)
    assert note.text() == "De opname van je therapeut gaat voor: de stem van je computer leest dan niet voor."
    start(qtbot, tab)
    assert tab.recording_mode
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Space)
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Space)  # pause and on again: still the recording only
    qtbot.keyClick(tab.guide_card, Qt.Key.Key_Escape)
    assert spd_log() == []
    tab.sound.use_recording.setFocus()
    qtbot.keyClick(tab.sound.use_recording, Qt.Key.Key_Space)  # the bells (and the voice) instead
    assert not note.isVisibleTo(tab)
