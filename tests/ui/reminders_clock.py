"""The reminder tests' one stand-in: the time of day (the fixture ``app_at`` is in conftest)."""

from __future__ import annotations

from datetime import datetime


class Clock:
    """The one thing stubbed: the time of day."""

    def __init__(self, moment: datetime) -> None:
        self.now = moment

    def __call__(self) -> datetime:
        return self.now
