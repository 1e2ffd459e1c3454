"""How to ask the computer's own voice to read a step aloud: which reader this system has, and
the exact command for it (plain Python, no Qt, nothing started here; ``voice.Voice`` runs them).

* Linux (and the BSDs): speech-dispatcher's ``spd-say``. The text is one argument after ``--``
  (so it is never read as an option); spd-say treats it as a printf format, so ``%`` is doubled.
  Its pipe mode is not used: there a line starting with ``!-!`` would be a command.
* macOS: ``say``, reading the text from standard input (``-f -``), with a Flemish or Dutch voice
  when the system has one (``say -v ?`` lists them), else the default voice.
* Windows: Windows PowerShell with System.Speech (SAPI). The script is a constant, sent encoded;
  the text and the language reach it as environment variables, never inside the script.

No command goes over a network: each reader speaks on this computer. Every text is one line
without control characters. The speaking rate is a little slower than usual: it is a relaxation.
"""

from __future__ import annotations

import base64
import re
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

SPEECH_DISPATCHER, MAC_SAY, WINDOWS_SAPI = "speech-dispatcher", "say", "sapi"
APP_NAME = "rugschool-werkboek"  # how speech-dispatcher names the client in its own log

#: a calm pace, a little under each reader's usual one
SPD_RATE = "-25"  # spd-say: -100..100, 0 is usual
SAY_WORDS_A_MINUTE = "150"  # say: about 175–200 is usual
SAPI_RATE = -2  # SAPI: -10..10, 0 is usual

#: the voice to prefer per language (a Flemish voice for Dutch when there is one)
PREFERRED_LOCALE = {"nl": "nl_BE", "en": "en_GB"}

TEXT_ENV, LANGUAGE_ENV, LOCALE_ENV = "RUGSCHOOL_VOICE_TEXT", "RUGSCHOOL_VOICE_LANGUAGE", "RUGSCHOOL_VOICE_LOCALE"

#: reads the step from the environment; nothing of the step is ever part of the script itself
SAPI_SCRIPT = "\n".join((
    "$ErrorActionPreference = 'Stop'",
    "Add-Type -AssemblyName System.Speech",
    "$speaker = New-Object System.Speech.Synthesis.SpeechSynthesizer",
    f"$language = $env:{LANGUAGE_ENV}",
    f"$preferred = $env:{LOCALE_ENV}",
    "$voice = $speaker.GetInstalledVoices() | Where-Object { $_.Enabled -and "
    "$_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $language } | "
    "Sort-Object { $_.VoiceInfo.Culture.Name -ne $preferred } | Select-Object -First 1",
    "if ($voice) { $speaker.SelectVoice($voice.VoiceInfo.Name) }",
    f"$speaker.Rate = {SAPI_RATE}",
    f"$speaker.Speak($env:{TEXT_ENV})",
))


@dataclass(frozen=True)
class Reader:
    """A voice found on this computer: which kind, and the program's full path."""

    kind: str  # SPEECH_DISPATCHER, MAC_SAY or WINDOWS_SAPI
    program: str


@dataclass(frozen=True)
class Command:
    """One process to start: the program, its arguments as a list (no shell), what it reads on
    standard input, and environment variables to add."""

    program: str
    arguments: tuple[str, ...]
    stdin: bytes = b""
    env: Mapping[str, str] = field(default_factory=dict)


def reader_kind(platform: str = sys.platform) -> str | None:
    """The kind of reader a system of this ``sys.platform`` has, if any."""
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return SPEECH_DISPATCHER
    if platform == "darwin":
        return MAC_SAY
    if platform in ("win32", "cygwin"):
        return WINDOWS_SAPI
    return None


PROGRAMS = {SPEECH_DISPATCHER: "spd-say", MAC_SAY: "say", WINDOWS_SAPI: "powershell"}


def find_reader(platform: str = sys.platform,
                which: Callable[[str], str | None] = shutil.which) -> Reader | None:
    """The voice this computer has (its program on the PATH), or None."""
    kind = reader_kind(platform)
    if kind is None:
        return None
    program = which(PROGRAMS[kind])
    return Reader(kind, program) if program else None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def one_line(text: str) -> str:
    """The text as one calm line: control characters and line breaks become single spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


def speak_command(reader: Reader, text: str, language: str, mac_voice: str | None = None) -> Command:
    """The command that reads ``text`` aloud in ``language`` ("nl" or "en"), replacing what
    this app's voice was still saying."""
    text = one_line(text)
    if reader.kind == SPEECH_DISPATCHER:
        # -C first: the previous step's sentence stops; then this one (one process, in order)
        return Command(reader.program, ("-N", APP_NAME, "-C", "-l", language, "-r", SPD_RATE,
                                        "--", text.replace("%", "%%")))
    if reader.kind == MAC_SAY:
        voice = ("-v", mac_voice) if mac_voice else ()
        return Command(reader.program, (*voice, "-r", SAY_WORDS_A_MINUTE, "-f", "-"), stdin=text.encode("utf-8"))
    if reader.kind == WINDOWS_SAPI:
        encoded = base64.b64encode(SAPI_SCRIPT.encode("utf-16-le")).decode("ascii")
        return Command(reader.program, ("-NoProfile", "-NonInteractive", "-EncodedCommand", encoded),
                       env={TEXT_ENV: text, LANGUAGE_ENV: language,
                            LOCALE_ENV: PREFERRED_LOCALE.get(language, language).replace("_", "-")})
    raise ValueError(reader.kind)


def cancel_command(reader: Reader) -> Command | None:
    """What silences speech that has already left the app: speech-dispatcher speaks on in its own
    service after ``spd-say`` ends, so it is cancelled there; ``say`` and PowerShell stop when
    their process is ended (None: nothing else to run)."""
    if reader.kind == SPEECH_DISPATCHER:
        return Command(reader.program, ("-N", APP_NAME, "-C"))
    return None


MAC_VOICES_COMMAND = ("-v", "?")
_MAC_VOICE_LINE = re.compile(r"^(?P<name>\S.*?)\s+(?P<locale>[a-z]{2,3}[_-][A-Za-z0-9]+)\s+#")


def mac_voice(listing: str, language: str) -> str | None:
    """The voice to read ``language`` with, from the output of ``say -v ?`` (lines such as
    ``Ellen   nl_BE   # Hallo, …``): the preferred region's voice first, then any of the language;
    None when the system has none (the default voice reads)."""
    voices = []
    for line in listing.splitlines():
        match = _MAC_VOICE_LINE.match(line)
        if match:
            voices.append((match["name"], match["locale"].replace("-", "_")))
    preferred = PREFERRED_LOCALE.get(language, "")
    for name, locale in voices:
        if locale == preferred:
            return name
    for name, locale in voices:
        if locale.split("_")[0] == language:
            return name
    return None
