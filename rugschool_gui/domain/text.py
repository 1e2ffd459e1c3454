"""Small text rules shared by every chapter: trimming and length limits of what people type."""

from __future__ import annotations

from .errors import EmptyName, NameTooLong, OutOfRange


def clean_label(text: str | None, max_length: int) -> str:
    """Return ``text`` trimmed; refuse it when empty or longer than ``max_length``."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise EmptyName()
    if len(cleaned) > max_length:
        raise NameTooLong(max=max_length)
    return cleaned


def check_range(value: float | int | None, low: int, high: int, *,
                optional: bool = True) -> float | int | None:
    """Return ``value`` when it lies in ``low..high`` (``None`` allowed when optional)."""
    if value is None:
        if optional:
            return None
        raise OutOfRange(low=low, high=high, value=None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise OutOfRange(low=low, high=high, value=value)
    if value != value or not low <= value <= high:  # NaN fails too
        raise OutOfRange(low=low, high=high, value=value)
    return value
