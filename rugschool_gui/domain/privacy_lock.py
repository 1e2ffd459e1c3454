"""The idle lock for a shared laptop: passphrase rules, a salted slow hash, and when to lock.

The passphrase itself is never stored: only ``scrypt$n$r$p$salt$hash`` (standard library
``hashlib.scrypt``, a fresh 16-byte salt per passphrase). The lock is a privacy screen against
looking over a shoulder, not encryption of the database file. scrypt is OpenSSL's: loaded when a
passphrase is set or typed, not at every start (``lean_imports``).
"""

from __future__ import annotations

import base64
import os

from ..lean_imports import openssl_hashlib
from .errors import DomainError

#: shortest passphrase accepted: long enough to not be guessed in passing, short enough to type
MIN_LENGTH = 6  # shorter is guessed in minutes, even with the pauses of retry_delay
#: the idle times offered, in minutes; 0 means the lock is off
IDLE_CHOICES = (0, 5, 10, 15, 30)
#: scrypt cost: about 16 MB and a few tens of milliseconds per check on a laptop
_N, _R, _P = 2**14, 8, 1


class PassphraseRefused(DomainError):
    key = "passphrase_invalid"


def check_new_passphrase(passphrase: str, repeated: str) -> str:
    """Return the passphrase when it can be used; raise ``PassphraseRefused`` otherwise."""
    if not passphrase.strip():
        raise PassphraseRefused("passphrase_empty")
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseRefused("passphrase_short", minimum=MIN_LENGTH)
    if passphrase != repeated:
        raise PassphraseRefused("passphrase_mismatch")
    return passphrase


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    salt = os.urandom(16) if salt is None else salt
    digest = openssl_hashlib().scrypt(passphrase.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_passphrase(passphrase: str, stored: str) -> bool:
    """True when ``passphrase`` matches ``stored``; a damaged stored value never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = openssl_hashlib().scrypt(passphrase.encode("utf-8"), salt=base64.b64decode(salt, validate=True),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError, MemoryError):
        return False
    import hmac

    return hmac.compare_digest(actual, expected)


def should_lock(now: float, last_activity: float, idle_minutes: int) -> bool:
    """Lock when nobody touched the app for ``idle_minutes`` (0 = never).

    Wall-clock seconds on purpose: a laptop that slept for an hour counts that hour.
    """
    return idle_minutes > 0 and now - last_activity >= idle_minutes * 60


#: wrong passphrases allowed before the lock screen starts to wait between tries
FREE_TRIES = 3
MAX_DELAY_SECONDS = 60


def retry_delay(failures: int) -> int:
    """Seconds the lock screen waits after ``failures`` wrong passphrases in a row: none for the
    first :data:`FREE_TRIES` (a typo), then 2, 4, 8 … up to a minute — guessing becomes slow,
    a person who mistypes hardly notices."""
    if failures <= FREE_TRIES:
        return 0
    return min(MAX_DELAY_SECONDS, 1 << (failures - FREE_TRIES))


def passphrase_strength(passphrase: str) -> str:
    """"weak", "fair" or "strong": length counts most (a sentence of a few words is strong)."""
    words = len([w for w in passphrase.split() if w])
    kinds = sum(any(test(c) for c in passphrase) for test in (str.islower, str.isupper, str.isdigit,
                                                              lambda c: not c.isalnum()))
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and (words >= 3 or kinds >= 3)):
        return "strong"
    if len(passphrase) >= 10 or (len(passphrase) >= MIN_LENGTH and kinds >= 3):
        return "fair"
    return "weak"
