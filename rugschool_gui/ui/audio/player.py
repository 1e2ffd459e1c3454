"""Plays the guide's bells and a therapist's recording through ``miniaudio``, or stays silent.

``miniaudio`` (a 0.6 MB wheel wrapping the single-file C library; it decodes wav, mp3, ogg and
flac itself) is imported only when a guide starts, so start-up does not pay for it. One output
device, opened on first use, mixes a bell over a recording; the recording can be paused and
resumed where it was. When there is no library or no sound device, :attr:`Player.silent` is true
and every call quietly does nothing: the guide works on screen as before.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import weakref
from array import array
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from .tones import RATE, bell_samples

log = logging.getLogger(__name__)
READ_FRAMES = 2048


#: every player with an open device: closed before the interpreter ends (a device left to
#: miniaudio's ``__del__`` at shutdown waits forever for its audio thread)
_OPEN: weakref.WeakSet[Player] = weakref.WeakSet()


@atexit.register
def close_all() -> None:
    """Close every open sound device (at exit, and when the app quits)."""
    for player in list(_OPEN):
        player.close()


#: miniaudio's backends to try, comma-separated (e.g. "PULSEAUDIO" or, in tests, "NULL")
BACKENDS_ENV = "RUGSCHOOL_AUDIO_BACKENDS"


class Player:
    """Bells and one recording, mixed to mono 16-bit. ``backends``: miniaudio's backend names
    to try (None: :data:`BACKENDS_ENV` if set, else the system's default order)."""

    def __init__(self, backends: Sequence[str] | None = None) -> None:
        if backends is None and os.environ.get(BACKENDS_ENV):
            backends = [b.strip().upper() for b in os.environ[BACKENDS_ENV].split(",") if b.strip()]
        self._backends = backends
        self._device: Any = None
        self._failed = False
        self._lock = threading.Lock()
        self._bell = array("h")
        self._bell_at = 0
        self._recording: Generator[array, int, None] | None = None
        self._pending = array("h")
        self._paused = False
        self.frames_played = 0  # of the recording: how much of it was actually heard
        self.recording_ended = False

    @property
    def silent(self) -> bool:
        return self._failed

    def _open(self) -> bool:
        if self._device is not None or self._failed:
            return not self._failed
        try:
            import miniaudio

            backends = None if self._backends is None else [miniaudio.Backend[b] for b in self._backends]
            device = miniaudio.PlaybackDevice(output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
                                              sample_rate=RATE, buffersize_msec=100, backends=backends,
                                              app_name="Rugschool werkboek")
            stream = self._stream()
            next(stream)
            device.start(stream)
        except Exception as error:  # noqa: BLE001 - no library, no device, a busy device: the guide goes on silently
            log.info("no sound for the relaxation guide: %s", type(error).__name__)
            self._failed = True
            return False
        self._device = device
        _OPEN.add(self)
        return True

    def _stream(self) -> Generator[array, int, None]:
        frames = yield array("h")
        while True:
            frames = yield self._mix(frames)

    def _mix(self, frames: int) -> array:
        out = array("h", bytes(2 * frames))
        with self._lock:
            if self._recording is not None and not self._paused:
                while len(self._pending) < frames and self._recording is not None:
                    try:
                        self._pending.extend(next(self._recording))
                    except StopIteration:
                        self._recording = None
                        self.recording_ended = True
                    except Exception as error:  # noqa: BLE001 - a file that turns out not to decode: end quietly
                        log.info("recording stopped: %s", type(error).__name__)
                        self._recording = None
                        self.recording_ended = True
                take = min(frames, len(self._pending))
                out[:take] = self._pending[:take]
                del self._pending[:take]
                self.frames_played += take
            if self._bell_at < len(self._bell):
                chunk = self._bell[self._bell_at:self._bell_at + frames]
                self._bell_at += len(chunk)
                for i, s in enumerate(chunk):
                    out[i] = max(-32768, min(32767, out[i] + s))
        return out

    def bell(self, sound: str, volume: int) -> bool:
        """Ring one cue (replacing a bell still ringing). False when silent."""
        samples = bell_samples(sound, volume)
        if not samples or not self._open():
            return False
        with self._lock:
            self._bell, self._bell_at = samples, 0
        return True

    def play_recording(self, path: Path) -> bool:
        """Start a recording (wav, mp3, ogg, flac) from its beginning. False when it cannot play."""
        if not self._open():
            return False
        try:
            import miniaudio

            stream = miniaudio.stream_file(str(path), output_format=miniaudio.SampleFormat.SIGNED16,
                                           nchannels=1, sample_rate=RATE, frames_to_read=READ_FRAMES)
        except Exception as error:  # noqa: BLE001 - not a sound file it can read
            log.info("recording not played: %s", type(error).__name__)
            return False
        with self._lock:
            self._recording, self._pending, self._paused = stream, array("h"), False
            self.frames_played, self.recording_ended = 0, False
        return True

    def set_paused(self, paused: bool) -> None:
        with self._lock:
            self._paused = paused

    def stop_recording(self) -> None:
        with self._lock:
            self._recording, self._pending = None, array("h")

    @property
    def seconds_played(self) -> float:
        return self.frames_played / RATE

    def close(self) -> None:
        if self._device is not None:
            try:
                self._device.close()
            except Exception:  # noqa: BLE001 - closing a device that already went away
                log.info("sound device closed with an error")
            self._device = None
        _OPEN.discard(self)
