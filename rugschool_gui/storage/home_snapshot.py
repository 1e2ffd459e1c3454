"""Keeping the home page's texts for the next start (issue #23; read back without SQLAlchemy by
``storage/home_stamp.py``, which explains the stamp).

A cache, not workbook content: the hand-over file never carries it (``travels``: False), it is
written only for a workbook database on this computer (SQLite, writable), and deleting the
workbook deletes it.
"""

from __future__ import annotations

import json

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .db import Store
from .home_stamp import counter_of_file, stamp_of_file


class HomeSnapshotRow(Base):
    __tablename__ = "home_snapshot"
    __table_args__ = {"info": {"travels": False}}

    workbook_id: Mapped[str] = mapped_column(String(36), ForeignKey("workbook.id", ondelete="CASCADE"),
                                             primary_key=True)
    stamp: Mapped[str] = mapped_column(Text, nullable=False)
    view: Mapped[str] = mapped_column(Text, nullable=False)


def can_keep(store: Store) -> bool:
    """Only a workbook file on this computer that may be written keeps a snapshot."""
    return store.dialect == "sqlite" and not store.read_only and store.path is not None


def save_snapshot(store: Store, workbook_id: str, key: str, view: dict) -> bool:
    """Keep ``view`` (the home page's texts, JSON) with the stamp of the data as it is now;
    True when something was written (an unchanged snapshot is left alone)."""
    if not can_keep(store):
        return False
    text = json.dumps(view, ensure_ascii=False, sort_keys=True)
    path = str(store.path)
    with store.transaction() as s:
        row = s.get(HomeSnapshotRow, workbook_id)
        kept = (row.stamp, row.view) if row is not None else None
    # nothing changed in the file since the snapshot was kept, and the page reads the same: no
    # fingerprint to compute (~10–20 ms on years of entries) and nothing to write
    counter = counter_of_file(path)
    if kept is not None and kept[1] == text and counter is not None and kept[0].startswith(f"{key}|{counter}|"):
        return False
    # the stamp of the data the page was just read from: nothing writes in between (one GUI
    # thread); read on its own small connection so its pages do not stay in the app's cache
    stamp = f"{key}|{stamp_of_file(path, workbook_id)}"
    with store.transaction() as s:
        row = s.get(HomeSnapshotRow, workbook_id)
        if row is not None and row.stamp == stamp and row.view == text:
            return False
        if row is None:
            s.add(HomeSnapshotRow(workbook_id=workbook_id, stamp=stamp, view=text))
        else:
            row.stamp, row.view = stamp, text
        return True
