"""Operations: one function per user action, without Qt (see ``change.py`` and ``history.py``).

Layers: ``domain`` ← ``storage`` ← ``operations`` ← ``ui`` / ``export``. One module per
chapter, named like the chapter everywhere else.
"""

from .change import Act, ChangeSet, Label, RowRef, operation
from .history import ChangedSince, History

__all__ = ["Act", "ChangeSet", "ChangedSince", "History", "Label", "RowRef", "operation"]
