"""The computer's own voice reading the relaxation guide's steps aloud (issue #20), when the
person chooses it (off unless chosen) and the system has one (``voice_commands``).

Each sentence is its own process, started with ``QProcess`` and never waited for: the guide does
not stop for the voice. A new step replaces the sentence still being read; pausing, stopping,
closing the guide and quitting the app silence it. Processes the app started are ended when they
are no longer needed, and at quit, so none outlives the app. When the reader does not answer
(it ends with an error, or cannot start), :attr:`Voice.failed` is emitted once and the guide
goes on on screen.
"""

from __future__ import annotations

import atexit
import logging
import subprocess
import sys
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, Signal

from .voice_commands import (
    MAC_SAY,
    MAC_VOICES_COMMAND,
    Command,
    Reader,
    cancel_command,
    find_reader,
    mac_voice,
    speak_command,
)

log = logging.getLogger(__name__)
ENDED_BY_US = "endedByUs"  # a property of a process the app ended itself (its exit is no failure)
QUIT_WAIT_MS = 1000  # at quit: how long a process may take to end once told to

#: every voice that may still be speaking: silenced when the app quits (and at exit)
_VOICES: weakref.WeakSet[Voice] = weakref.WeakSet()
_quit_hooked = False


@atexit.register
def silence_all() -> None:
    """Silence every voice and end its processes (the app is quitting)."""
    for voice in list(_VOICES):
        voice.shut_down()


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(silence_all)
        _quit_hooked = True


class Voice(QObject):
    """Reads one sentence at a time with the system's voice; does nothing without one."""

    failed = Signal()  # the reader did not answer (once)

    def __init__(self, parent: QObject | None = None, reader: Reader | None = None,
                 platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.reader = reader if reader is not None else find_reader(platform)
        self._running: list[QProcess] = []
        self._spoke = False  # something may still be being read by speech-dispatcher
        self._mac_voices: dict[str, str | None] = {}
        self.has_failed = False
        _VOICES.add(self)
        _hook_quit()

    @property
    def available(self) -> bool:
        return self.reader is not None

    # ----- speaking ---------------------------------------------------------------------------
    def speak(self, text: str, language: str) -> None:
        """Read ``text`` in ``language`` ("nl" or "en"), in place of what was still being read."""
        if self.reader is None or not text.strip():
            return
        self._end_running()
        voice = self._voice_for(language) if self.reader.kind == MAC_SAY else None
        self._start(speak_command(self.reader, text, language, voice))
        self._spoke = True

    def stop(self) -> None:
        """Silence what is being read (the guide paused, stopped or closed)."""
        self._end_running()
        if self.reader is not None and self._spoke:
            cancel = cancel_command(self.reader)
            if cancel is not None:
                self._start(cancel)
        self._spoke = False

    def shut_down(self) -> None:
        """Silence and wait briefly for every process to end: the app is going away."""
        for process in list(self._running):  # (gone with their window: Qt ended them then)
            if shiboken6.isValid(self) and shiboken6.isValid(process):
                self._end(process)
                process.waitForFinished(QUIT_WAIT_MS)
        self._running.clear()
        if self.reader is not None and self._spoke:
            cancel = cancel_command(self.reader)
            if cancel is not None:  # run to its end: nothing of the app may stay behind
                try:
                    subprocess.run([cancel.program, *cancel.arguments], capture_output=True,
                                   timeout=QUIT_WAIT_MS / 1000, check=False)
                except (OSError, subprocess.SubprocessError):
                    log.info("the system voice could not be silenced at quit")
        self._spoke = False

    # ----- processes --------------------------------------------------------------------------
    def _start(self, command: Command) -> None:
        process = QProcess(self)
        process.setProgram(command.program)
        process.setArguments(list(command.arguments))
        if command.env:
            env = QProcessEnvironment.systemEnvironment()
            for key, value in command.env.items():
                env.insert(key, value)
            process.setProcessEnvironment(env)
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.finished.connect(self._finished)  # (slots of this object: no Python references
        process.errorOccurred.connect(self._error)  # to the process outlive it)
        self._running.append(process)
        process.start()
        if command.stdin:
            process.write(command.stdin)
        process.closeWriteChannel()

    def _end(self, process: QProcess) -> None:
        if process.state() != QProcess.ProcessState.NotRunning:
            process.setProperty(ENDED_BY_US, True)
            process.kill()

    def _end_running(self) -> None:
        for process in list(self._running):
            self._end(process)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if not isinstance(process, QProcess):
            return
        ended_by_us = bool(process.property(ENDED_BY_US))
        self._forget(process)
        if not ended_by_us and (status != QProcess.ExitStatus.NormalExit or code != 0):
            self._fail(f"exit {code}")

    def _error(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if isinstance(process, QProcess) and error == QProcess.ProcessError.FailedToStart:
            self._forget(process)
            self._fail("failed to start")

    def _forget(self, process: QProcess) -> None:
        if process in self._running:
            self._running.remove(process)
            process.deleteLater()

    def _fail(self, why: str) -> None:
        log.info("the system voice did not answer: %s", why)
        if not self.has_failed:
            self.has_failed = True
            self.failed.emit()

    @property
    def running(self) -> int:
        """How many of this voice's processes are still running."""
        return sum(1 for p in self._running
                   if shiboken6.isValid(p) and p.state() != QProcess.ProcessState.NotRunning)

    # ----- macOS: which voice reads Dutch -------------------------------------------------------
    def _voice_for(self, language: str) -> str | None:
        if language not in self._mac_voices:
            assert self.reader is not None
            try:
                listing = subprocess.run([self.reader.program, *MAC_VOICES_COMMAND], capture_output=True,
                                         text=True, timeout=3, check=False).stdout
            except (OSError, subprocess.SubprocessError):
                listing = ""
            self._mac_voices[language] = mac_voice(listing, language)
        return self._mac_voices[language]
