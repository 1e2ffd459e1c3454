"""User-interface settings kept in an INI file (QSettings): never names or health content.

Every key is declared here with its default, so the rest of the UI reads typed values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..storage.files import make_private

TEXT_SIZES = ("small", "normal", "large", "larger")
#: point sizes per step; "normal" is a little larger than most systems' default on purpose
TEXT_POINTS = {"small": 10, "normal": 12, "large": 14, "larger": 17}
COLOR_SCHEMES = ("system", "light", "dark")


class AppSettings:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / "instellingen.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str, allowed=None) -> str:
        value = str(self._qs.value(key, default))
        return value if allowed is None or value in allowed else default

    def _set(self, key: str, value) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()
        make_private(self.path)

    @property
    def language(self) -> str:
        return self._get("ui/language", "nl", ("nl", "en"))

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def text_size(self) -> str:
        return self._get("ui/text_size", "normal", TEXT_SIZES)

    @text_size.setter
    def text_size(self, value: str) -> None:
        self._set("ui/text_size", value)

    @property
    def color_scheme(self) -> str:
        return self._get("ui/color_scheme", "system", COLOR_SCHEMES)

    @color_scheme.setter
    def color_scheme(self, value: str) -> None:
        self._set("ui/color_scheme", value)

    @property
    def names_in_title(self) -> str:
        """Patient names stay out of the window title, suggested file names and a PDF's title
        (its metadata, which file managers show) unless allowed (a shared laptop)."""
        return self._get("privacy/names_in_title", "hidden", ("hidden", "shown"))

    @names_in_title.setter
    def names_in_title(self, value: str) -> None:
        self._set("privacy/names_in_title", value)

    @property
    def role(self) -> str:
        """Who uses this app (issue #25): "patient", "therapist", or "" before the first choice."""
        return self._get("work/role", "", ("patient", "therapist"))

    @role.setter
    def role(self, value: str) -> None:
        self._set("work/role", value)

    @property
    def lock_minutes(self) -> int:
        """Minutes without use before the lock covers the window (0 = off, or no passphrase)."""
        if not self.lock_hash:
            return 0  # (and no hashing module loaded at start-up when there is no lock)
        from ..domain.privacy_lock import IDLE_CHOICES

        return int(self._get("privacy/lock_minutes", "0", tuple(str(m) for m in IDLE_CHOICES)))

    @property
    def lock_hash(self) -> str:
        """The passphrase's salted scrypt hash ("" when none); the passphrase itself never."""
        return self._get("privacy/lock_hash", "")

    def set_lock(self, minutes: int, passphrase_hash: str | None = None) -> None:
        """Turn the lock on for ``minutes`` (with a new hash if given), or off with 0."""
        if minutes <= 0:
            self._qs.remove("privacy/lock_hash")
            self._set("privacy/lock_minutes", "0")
            return
        if passphrase_hash:
            self._qs.setValue("privacy/lock_hash", passphrase_hash)
        self._set("privacy/lock_minutes", str(minutes))

    @property
    def timer_sound(self) -> bool:
        """The break timer's sound at the start of a break (on unless turned off)."""
        return self._get("timer/sound", "on", ("on", "off")) == "on"

    @timer_sound.setter
    def timer_sound(self, value: bool) -> None:
        self._set("timer/sound", "on" if value else "off")

    @property
    def last_folder(self) -> str:
        """The folder a file was last saved in or opened from (a folder only, never a file name);
        file dialogs start there (``ui.file_dialogs``)."""
        return self._get("files/last_folder", "")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._set("files/last_folder", value)

    # ----- reminders and the relaxation guide's sound (issue #20; ui/reminders/choices.py) -----
    @property
    def reminder_choices(self) -> str:
        """What reminds and when, as JSON (kinds, days, times; no names, no health content)."""
        return self._get("reminders/choices", "")

    @reminder_choices.setter
    def reminder_choices(self, value: str) -> None:
        self._set("reminders/choices", value)

    @property
    def reminder_state(self) -> str:
        """Today's reminded, snoozed and declined items, as JSON of item ids only."""
        return self._get("reminders/state", "")

    @reminder_state.setter
    def reminder_state(self, value: str) -> None:
        self._set("reminders/state", value)

    @property
    def tray(self) -> bool:
        """Stay in the tray when the window closes, and start there at login (opt-in)."""
        return self._get("reminders/tray", "off", ("on", "off")) == "on"

    @tray.setter
    def tray(self, value: bool) -> None:
        self._set("reminders/tray", "on" if value else "off")

    @property
    def relax_volume(self) -> int:
        """The guide's bells: 0 (geen geluid) to 100; a soft 60 unless chosen."""
        value = self._get("relax/volume", "60")
        return max(0, min(100, int(value))) if value.isdigit() else 60

    @relax_volume.setter
    def relax_volume(self, value: int) -> None:
        self._set("relax/volume", str(max(0, min(100, int(value)))))

    @property
    def relax_voice(self) -> bool:
        """The computer's own voice reads the guide's steps aloud (off unless chosen)."""
        return self._get("relax/voice", "off", ("on", "off")) == "on"

    @relax_voice.setter
    def relax_voice(self, value: bool) -> None:
        self._set("relax/voice", "on" if value else "off")

    @property
    def practice_url(self) -> str:
        """A practice database's address (``postgresql://…``, never with a password; #21), or ""
        for the workbook file on this computer."""
        return self._get("database/practice_url", "")

    @practice_url.setter
    def practice_url(self, value: str) -> None:
        self._set("database/practice_url", value)

    @staticmethod
    def _db_key(url: str) -> str:
        # the last workbook is remembered per database, by a hash of where it is (no names
        # stored); for a SQLite file the same key as when this took the file's path
        from ..lean_imports import hashlib_module
        from ..storage.url import stable_name

        return hashlib_module().sha256(stable_name(url).encode()).hexdigest()[:16]

    def last_workbook(self, url: str) -> str | None:
        """The workbook last opened in the database at ``url``."""
        value = self._qs.value(f"last_workbook/{self._db_key(url)}")
        return str(value) if value else None

    def set_last_workbook(self, url: str, workbook_id: str) -> None:
        self._set(f"last_workbook/{self._db_key(url)}", workbook_id)

    def geometry(self):
        return self._qs.value("window/geometry")

    def set_geometry(self, data) -> None:
        self._set("window/geometry", data)
