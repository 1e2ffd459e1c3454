"""Error types of the domain: they carry a message *key* and parameters, never UI text.

The UI turns a key into a kind, translated sentence (``rugschool_gui.ui.messages``).
Every error is a ``ValueError`` so callers outside the app can catch it plainly.
"""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the workbook was not met; nothing was changed."""

    key = "invalid"

    def __init__(self, key: str | None = None, **params: object) -> None:
        self.key = key or self.key
        self.params = params
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{self.key}" + (f" ({detail})" if detail else ""))


class EmptyName(DomainError):
    key = "empty_name"


class NameTooLong(DomainError):
    key = "name_too_long"


class DuplicateName(DomainError):
    key = "duplicate_name"


class OutOfRange(DomainError):
    key = "out_of_range"


class NotFound(DomainError):
    key = "not_found"
