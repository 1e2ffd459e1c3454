"""Python's hashlib and asyncio without OpenSSL (issue #23: ~4.7 MiB of the app's memory).

Both load OpenSSL's libcrypto when first imported: ``hashlib`` through ``_hashlib``, and
``asyncio`` through Python's ``ssl``. The app needs neither part of them at start: its settings
key and the home page's fingerprint are SHA-256 sums, SQLAlchemy asks hashlib for one MD5 of a
name, and asyncio is imported by SQLAlchemy but never run (a practice server's TLS is libpq's
own, not Python's). Python's built-in hash functions give the same sums.

- :func:`hashlib_module` imports ``hashlib`` with ``_hashlib`` hidden, so it uses the built-in
  functions; only where this Python has them all (some builds leave them out: then OpenSSL).
- :func:`load_asyncio` imports ``asyncio`` with ``ssl`` hidden: its modules then hold ``ssl =
  None``, which only turns off TLS for asyncio's own sockets.
- :func:`openssl_hashlib` gives ``hashlib`` with OpenSSL after all, for the passphrase's scrypt
  (``domain.privacy_lock``): loaded then, by whoever sets or types a passphrase.

Hiding a module is a ``None`` in ``sys.modules`` for the length of one import; a module that was
already imported (a test run imports hashlib early) is taken as it is.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

#: the built-in modules hashlib falls back on, per Python version (3.12 joined the SHA-2 ones)
_BUILT_IN_NEEDED = ("_md5",)
_BUILT_IN_SHA256 = ("_sha256", "_sha2")


def _has_built_in_hashes() -> bool:
    found = importlib.util.find_spec
    return all(found(name) is not None for name in _BUILT_IN_NEEDED) and any(
        found(name) is not None for name in _BUILT_IN_SHA256)


def _import_hiding(module: str, hidden: str) -> ModuleType:
    """``import module`` while ``import hidden`` fails; ``hidden`` is importable again after."""
    if module in sys.modules or hidden in sys.modules:
        return importlib.import_module(module)
    sys.modules[hidden] = None  # type: ignore[assignment]  # an ImportError for this import
    try:
        return importlib.import_module(module)
    finally:
        if sys.modules.get(hidden, 0) is None:
            del sys.modules[hidden]


def hashlib_module() -> ModuleType:
    """``hashlib``, without OpenSSL where this Python has its own SHA-256 and MD5."""
    if "hashlib" in sys.modules or not _has_built_in_hashes():
        return importlib.import_module("hashlib")
    return _import_hiding("hashlib", "_hashlib")


def load_asyncio() -> None:
    """Import ``asyncio`` without Python's ``ssl`` (call before SQLAlchemy is imported)."""
    _import_hiding("asyncio", "ssl")


def openssl_hashlib() -> ModuleType:
    """``hashlib`` with its OpenSSL functions (``scrypt``): the module is read again if it was
    imported without them (the same module object: every holder of it sees them)."""
    hashlib = importlib.import_module("hashlib")
    if not hasattr(hashlib, "scrypt"):
        hashlib = importlib.reload(hashlib)
    return hashlib
