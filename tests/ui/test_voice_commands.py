"""The system voice's commands for Linux, macOS and Windows, built and checked without running
them: argument lists (no shell), the text never inside a command string, and the reader found
per platform. Plus the real ``Voice`` running fake ``say`` and ``powershell`` programs, so stdin
and the environment really reach the process."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys

from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.ui.audio.voice_commands import (
    APP_NAME,
    LANGUAGE_ENV,
    LOCALE_ENV,
    MAC_SAY,
    SAPI_SCRIPT,
    SPEECH_DISPATCHER,
    TEXT_ENV,
    WINDOWS_SAPI,
    Reader,
    cancel_command,
    find_reader,
    mac_voice,
    one_line,
    speak_command,
)

SPD = Reader(SPEECH_DISPATCHER, "/usr/bin/spd-say")
SAY = Reader(MAC_SAY, "/usr/bin/say")
SAPI = Reader(WINDOWS_SAPI, r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe")
TRICKY = 'Span "je handen" $(rm -rf ~); `echo` 100% … & | > x\n-l en'


def test_the_reader_per_platform_is_found_on_the_path_or_not_at_all():
    found = {"spd-say": "/usr/bin/spd-say", "say": "/usr/bin/say", "powershell": "C:/ps/powershell.exe"}
    assert find_reader("linux", found.get) == Reader(SPEECH_DISPATCHER, "/usr/bin/spd-say")
    assert find_reader("freebsd14", found.get) == Reader(SPEECH_DISPATCHER, "/usr/bin/spd-say")
    assert find_reader("darwin", found.get) == Reader(MAC_SAY, "/usr/bin/say")
    assert find_reader("win32", found.get) == Reader(WINDOWS_SAPI, "C:/ps/powershell.exe")
    assert find_reader("linux", lambda _name: None) is None  # no speech-dispatcher installed
    assert find_reader("emscripten", found.get) is None


def test_speech_dispatcher_gets_the_language_and_the_text_as_one_argument_after_the_options():
    command = speak_command(SPD, "Laat los.\nVoel hoe je handen ontspannen.", "nl")
    assert command.program == "/usr/bin/spd-say"
    assert command.arguments == ("-N", APP_NAME, "-C", "-l", "nl", "-r", "-25", "--",
                                 "Laat los. Voel hoe je handen ontspannen.")
    assert command.stdin == b"" and dict(command.env) == {}
    assert speak_command(SPD, "Relax your hands.", "en").arguments[3:5] == ("-l", "en")


def test_speech_dispatcher_text_stays_text():
    command = speak_command(SPD, TRICKY, "nl")
    *options, end, text = command.arguments
    assert end == "--"  # a text starting with "-" is not an option
    assert text == one_line(TRICKY).replace("%", "%%")  # spd-say reads it as a printf format
    assert all(TRICKY.split()[1] not in option for option in options)


def test_speech_dispatcher_is_cancelled_in_its_service():
    assert cancel_command(SPD).arguments == ("-N", APP_NAME, "-C")
    assert cancel_command(SAY) is None and cancel_command(SAPI) is None  # their process is ended


def test_mac_say_reads_the_text_from_standard_input_with_a_dutch_voice():
    command = speak_command(SAY, TRICKY, "nl", mac_voice="Ellen")
    assert command.arguments == ("-v", "Ellen", "-r", "150", "-f", "-")
    assert command.stdin.decode("utf-8") == one_line(TRICKY)
    assert speak_command(SAY, "Relax.", "en").arguments == ("-r", "150", "-f", "-")  # the default voice


LISTING = """\
Albert              en_US    # Hello! My name is Albert.
Daniel              en_GB    # Hello! My name is Daniel.
Eddy (Nederlands (Nederland)) nl_NL    # Hallo! Ik heet Eddy.
Ellen               nl_BE    # Hallo, mijn naam is Ellen. Ik ben een Belgische stem.
Xander              nl_NL    # Hallo, mijn naam is Xander.
"""


def test_mac_voice_prefers_flemish_then_any_dutch_else_the_default():
    assert mac_voice(LISTING, "nl") == "Ellen"
    assert mac_voice(LISTING.replace("nl_BE", "fr_BE"), "nl") == "Eddy (Nederlands (Nederland))"
    assert mac_voice(LISTING, "en") == "Daniel"
    assert mac_voice("Albert   en_US   # Hello!\n", "nl") is None
    assert mac_voice("", "nl") is None


def test_windows_sapi_runs_a_fixed_script_and_the_text_travels_in_the_environment():
    command = speak_command(SAPI, TRICKY, "nl")
    assert command.program.endswith("powershell.exe")
    assert command.arguments[:3] == ("-NoProfile", "-NonInteractive", "-EncodedCommand")
    script = base64.b64decode(command.arguments[3]).decode("utf-16-le")
    assert script == SAPI_SCRIPT  # the same script for every step: nothing of the text in it
    assert "System.Speech" in script and f"$env:{TEXT_ENV}" in script
    assert dict(command.env) == {TEXT_ENV: one_line(TRICKY), LANGUAGE_ENV: "nl", LOCALE_ENV: "nl-BE"}
    assert speak_command(SAPI, "Relax.", "en").env[LOCALE_ENV] == "en-GB"


@given(st.text(max_size=200))
def test_any_text_is_exactly_one_argument_or_input_never_part_of_another(text):
    line = one_line(text)
    assert "\n" not in line and "\r" not in line and "\x00" not in line
    spd = speak_command(SPD, text, "nl")
    assert spd.arguments[:-1] == ("-N", APP_NAME, "-C", "-l", "nl", "-r", "-25", "--")
    assert spd.arguments[-1].replace("%%", "%") == line
    say = speak_command(SAY, text, "nl")
    assert say.arguments == ("-r", "150", "-f", "-") and say.stdin == line.encode("utf-8")
    sapi = speak_command(SAPI, text, "en")
    assert base64.b64decode(sapi.arguments[3]).decode("utf-16-le") == SAPI_SCRIPT
    assert sapi.env[TEXT_ENV] == line


# ----- the real Voice, running stand-ins for say and powershell (outside the app) --------------
def fake_program(folder, name: str, record: str) -> str:
    """A program that writes its arguments, standard input and voice variables to ``record``."""
    path = folder / name
    path.write_text(
        f"#!{sys.executable}\n"
        "import json, os, sys\n"
        "if sys.argv[1:] == ['-v', '?']:\n"
        "    print('Daniel              en_GB    # Hello!')\n"
        "    print('Ellen               nl_BE    # Hallo!')\n"
        "    sys.exit(0)\n"
        "stdin = sys.stdin.read()\n"
        f"env = {{k: v for k, v in os.environ.items() if k.startswith('RUGSCHOOL_VOICE_')}}\n"
        f"with open({str(record)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(json.dumps([sys.argv[1:], stdin, env]) + '\\n')\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def records(path) -> list:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_say_gets_the_step_on_standard_input(qtbot, tmp_path):
    from rugschool_gui.ui.audio.voice import Voice

    record = tmp_path / "said.jsonl"
    voice = Voice(reader=Reader(MAC_SAY, fake_program(tmp_path, "say", record)))
    voice.speak("Laat los. Voel hoe je handen ontspannen.", "nl")
    qtbot.waitUntil(lambda: bool(records(record)) and voice.running == 0, timeout=20_000)
    assert records(record) == [[["-v", "Ellen", "-r", "150", "-f", "-"], "Laat los. Voel hoe je handen ontspannen.", {}]]
    assert not voice.has_failed


def test_powershell_gets_the_step_in_its_environment(qtbot, tmp_path):
    from rugschool_gui.ui.audio.voice import Voice

    record = tmp_path / "said.jsonl"
    voice = Voice(reader=Reader(WINDOWS_SAPI, fake_program(tmp_path, "powershell", record)))
    voice.speak(TRICKY, "en")
    qtbot.waitUntil(lambda: bool(records(record)) and voice.running == 0, timeout=20_000)
    [(arguments, stdin, env)] = records(record)
    assert arguments[:3] == ["-NoProfile", "-NonInteractive", "-EncodedCommand"] and len(arguments) == 4
    assert stdin == ""
    assert env == {TEXT_ENV: one_line(TRICKY), LANGUAGE_ENV: "en", LOCALE_ENV: "en-GB"}
    assert TEXT_ENV not in os.environ  # the app's own environment is left as it was


def slow_say(folder, started) -> str:
    """A ``say`` that goes on reading for a minute (unless ended)."""
    path = folder / "say"
    path.write_text(f"#!{sys.executable}\nimport pathlib, sys, time\nsys.stdin.read()\n"
                    f"pathlib.Path({str(started)!r}).touch()\ntime.sleep(60)\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_stopping_ends_a_sentence_still_being_read_and_a_new_one_replaces_it(qtbot, tmp_path):
    from rugschool_gui.ui.audio.voice import Voice

    started = tmp_path / "started"
    voice = Voice(reader=Reader(MAC_SAY, slow_say(tmp_path, started)))
    voice._mac_voices["nl"] = None  # (the stand-in has no voice list)
    failures = []
    voice.failed.connect(lambda: failures.append(True))
    voice.speak("Ga gemakkelijk zitten.", "nl")
    qtbot.waitUntil(started.exists, timeout=20_000)
    started.unlink()
    voice.speak("Span je handen.", "nl")  # the next step: the first sentence is ended
    qtbot.waitUntil(started.exists, timeout=20_000)
    assert voice.running == 1
    voice.stop()
    qtbot.waitUntil(lambda: voice.running == 0 and not voice._running, timeout=20_000)
    assert failures == [] and not voice.has_failed  # ended by the app: not a failure


def test_quitting_ends_every_process_and_cancels_speech_dispatcher(qtbot, tmp_path):
    from rugschool_gui.ui.audio.voice import Voice, silence_all

    record = tmp_path / "said.jsonl"
    spd = Voice(reader=Reader(SPEECH_DISPATCHER, fake_program(tmp_path, "spd-say", record)))
    started = tmp_path / "started"
    say = Voice(reader=Reader(MAC_SAY, slow_say(tmp_path, started)))
    say._mac_voices["nl"] = None
    spd.speak("Laat los.", "nl")
    say.speak("Laat los.", "nl")
    qtbot.waitUntil(lambda: bool(records(record)) and spd.running == 0 and started.exists(), timeout=20_000)
    silence_all()  # what the application's aboutToQuit runs
    assert say.running == 0 and spd.running == 0
    assert [r[0] for r in records(record)] == [["-N", APP_NAME, "-C", "-l", "nl", "-r", "-25", "--", "Laat los."],
                                               ["-N", APP_NAME, "-C"]]
