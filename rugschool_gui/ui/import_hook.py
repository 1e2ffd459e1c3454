"""PySide6's import hook, made cheap (issue #23).

Once PySide6 is loaded, every later import passes through its ``__feature__`` hook, which asks
whether the new module mentions "PySide6" by calling ``inspect.getsource(module)``. That reads the
whole file into :mod:`linecache` and keeps it there: SQLAlchemy and its ORM alone left ~20 MiB of
source lines in memory and cost ~100 ms. :func:`install` gives the hook the same answer from the
file's bytes, read once and dropped. Nothing changes for a module without a ``.py`` file (the
hook's own function answers), and nothing happens when a future PySide6 no longer has the hook.
"""

from __future__ import annotations

import sys
from types import ModuleType


def install() -> bool:
    """Replace the hook's source check; True when there was one to replace."""
    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "reads_bytes", False):
        return False

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
    import linecache

    linecache.clearcache()  # the sources PySide6 read of every module loaded before it
    return True
