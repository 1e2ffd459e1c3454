"""Start at login, in the tray, only when the person opts in (freedesktop autostart on Linux).

The entry is written to ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``) when the tray is
turned on and removed when it is turned off; nothing else is touched. Windows and macOS have
their own places (a shortcut in the Startup folder; a Login Item or LaunchAgent): README.md says
how, and on those systems this module does nothing.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

FILE_NAME = "rugschool-werkboek.desktop"


def autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def entry_path() -> Path:
    return autostart_dir() / FILE_NAME


def supported() -> bool:
    return sys.platform.startswith("linux") or "bsd" in sys.platform


def command() -> str:
    """How to start this app in the tray: the same Python and package that run now."""
    return shlex.join([sys.executable, "-m", "rugschool_gui", "--tray"])


def entry_text(name: str, comment: str) -> str:
    return "\n".join([
        "[Desktop Entry]", "Type=Application", f"Name={name}", f"Comment={comment}",
        f"Exec={command()}", "Icon=rugschool-werkboek", "Terminal=false",
        "X-GNOME-Autostart-enabled=true", "NoDisplay=false", ""])


def set_autostart(on: bool, name: str, comment: str) -> bool:
    """Write or remove the entry; False when the system has no freedesktop autostart here or
    the folder cannot be written (the tray still works while the app runs)."""
    if not supported():
        return False
    path = entry_path()
    try:
        if on:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(entry_text(name, comment), encoding="utf-8")
        elif path.exists():
            path.unlink()
    except OSError:
        return False
    return True


def is_on() -> bool:
    return entry_path().exists()
