"""The backup folder, for storage callers that run inside the app (import, restore)."""

from __future__ import annotations

from pathlib import Path


def backup_dir() -> Path:
    from ..paths import backup_dir as folder

    return folder()
