"""What start-up imports, without the parts the app never uses (issue #23: ~5.6 MiB of memory).

**OpenSSL.** ``hashlib`` and ``asyncio`` load OpenSSL's libcrypto when first imported:
``hashlib`` through ``_hashlib``, and ``asyncio`` through Python's ``ssl``. The app needs neither
part of them at start: its settings key and the home page's fingerprint are SHA-256 sums,
SQLAlchemy asks hashlib for one MD5 of a name, and asyncio is imported by SQLAlchemy but never run
(a practice server's TLS is libpq's own, not Python's). Python's built-in hash functions give the
same sums.

- :func:`hashlib_module` imports ``hashlib`` with ``_hashlib`` hidden, so it uses the built-in
  functions; only where this Python has them all (some builds leave them out: then OpenSSL).
- :func:`openssl_hashlib` gives ``hashlib`` with OpenSSL after all, for the passphrase's scrypt
  (``domain.privacy_lock``): loaded then, by whoever sets or types a passphrase.

**Package metadata.** SQLAlchemy imports ``importlib.metadata`` (with ``email``, ``csv`` and
``zipfile``: ~0.9 MiB of the peak and ~11 ms on the loading thread) to look up plug-ins by their
entry points, which it only does for a database kind it does not know itself: never for SQLite
or PostgreSQL. :func:`defer_package_metadata` puts a stand-in in its place that loads the real
module the first time anything is asked of it (Alembic does, when a migration runs).

:func:`before_sqlalchemy` does both of SQLAlchemy's: call it before SQLAlchemy is imported.

Hiding a module is a ``None`` in ``sys.modules`` for the length of one import; a module that was
already imported (a test run imports hashlib early) is taken as it is.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
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


def before_sqlalchemy() -> None:
    """What SQLAlchemy's import then finds: ``asyncio`` without Python's ``ssl``, and
    ``importlib.metadata`` loaded only when asked. Call before SQLAlchemy is imported."""
    load_asyncio()
    defer_package_metadata()


def load_asyncio() -> None:
    """Import ``asyncio`` without Python's ``ssl``: its modules then hold ``ssl = None``, which
    only turns off TLS for asyncio's own sockets."""
    _import_hiding("asyncio", "ssl")


_METADATA = "importlib.metadata"


class _MetadataOnDemand(ModuleType):
    """Stands in for ``importlib.metadata`` until something is asked of it: then the real module
    is imported (once, whichever thread asks first) and answers this and every later question;
    from then on ``sys.modules`` holds the real one."""

    _lock = threading.Lock()

    def __getattr__(self, name: str) -> object:
        with self._lock:
            if sys.modules.get(_METADATA) is self:
                del sys.modules[_METADATA]
                real = importlib.import_module(_METADATA)
                importlib.metadata = real
            real = sys.modules[_METADATA]
        return getattr(real, name)


def defer_package_metadata() -> None:
    """``importlib.metadata`` as :class:`_MetadataOnDemand` (see the module's docstring); left as
    it is when it was imported already."""
    if _METADATA in sys.modules:
        return
    stand_in = _MetadataOnDemand(_METADATA)
    sys.modules[_METADATA] = stand_in
    importlib.metadata = stand_in  # ``from importlib import metadata``


def openssl_hashlib() -> ModuleType:
    """``hashlib`` with its OpenSSL functions (``scrypt``): the module is read again if it was
    imported without them (the same module object: every holder of it sees them)."""
    hashlib = importlib.import_module("hashlib")
    if not hasattr(hashlib, "scrypt"):
        hashlib = importlib.reload(hashlib)
    return hashlib
