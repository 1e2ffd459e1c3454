"""Operations: one function per user action, without Qt (see ``change.py`` and ``history.py``).

Layers: ``domain`` ← ``storage`` ← ``operations`` ← ``ui`` / ``export``. One module per
chapter, named like the chapter everywhere else. The names below load on first use: the undo
history and the change-set types are needed at the first paint, SQLAlchemy is not.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .change import Act, operation
    from .changeset import ChangeSet, Label, RowRef
    from .history import ChangedSince, History

_WHERE = {"Act": "change", "operation": "change", "ChangeSet": "changeset", "Label": "changeset",
          "RowRef": "changeset", "ChangedSince": "history", "History": "history"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(name)


__all__ = ["Act", "ChangeSet", "ChangedSince", "History", "Label", "RowRef", "operation"]
