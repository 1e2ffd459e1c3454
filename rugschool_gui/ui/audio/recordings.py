"""A therapist's own recorded guidance, attached to a relaxation technique on this computer.

The file is copied into the data folder (``opnames/<technique>.<ext>``), one per technique; it
stays there and does not travel in the hand-over file (a recording is large, and it is the
therapist's voice, not the workbook). Played by ``player.Player`` (wav, mp3, ogg, flac).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ...paths import data_dir
from ...storage.files import make_private

SUFFIXES = (".wav", ".mp3", ".ogg", ".flac")
MAX_BYTES = 200 * 1024 * 1024  # a long guided session as flac; a bigger file is probably not audio


class NotASoundFile(ValueError):
    pass


def folder() -> Path:
    return data_dir() / "opnames"


def recording_for(technique: str) -> Path | None:
    for suffix in SUFFIXES:
        path = folder() / f"{technique}{suffix}"
        if path.is_file():
            return path
    return None


def attach(technique: str, source: Path) -> Path:
    """Copy ``source`` in as the technique's recording (replacing an earlier one)."""
    suffix = source.suffix.lower()
    if suffix not in SUFFIXES or not source.is_file() or source.stat().st_size > MAX_BYTES:
        raise NotASoundFile(str(source.name))
    folder().mkdir(parents=True, exist_ok=True)
    target = folder() / f"{technique}{suffix}"
    partial = target.with_suffix(suffix + ".part")
    shutil.copyfile(source, partial)
    make_private(partial)
    remove(technique)
    partial.replace(target)
    return target


def remove(technique: str) -> None:
    for suffix in SUFFIXES:
        (folder() / f"{technique}{suffix}").unlink(missing_ok=True)
