"""The chapters of the workbook, in the order of the psychologist's workbook (WORKBOOK.md).

The same stem names a chapter in every layer: ``domain/exposure.py``, ``storage/exposure.py``,
``ui/chapters/exposure/``, ``export/chapters/exposure.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

UNDERSTANDING = "understanding"
TOO_MUCH = "too_much"
PACING = "pacing"
TOO_LITTLE = "too_little"
EXPOSURE = "exposure"
GRADED_ACTIVITY = "graded_activity"
CLOSING = "closing"

#: Workbook order (WORKBOOK.md §1–§6). Layers list only the chapters they implement.
ORDER = (UNDERSTANDING, TOO_MUCH, PACING, TOO_LITTLE, EXPOSURE, GRADED_ACTIVITY, CLOSING)


def in_workbook_order(chapter_ids: Iterable[str]) -> list[str]:
    """Sort chapter ids the way the workbook presents them."""
    rank = {cid: i for i, cid in enumerate(ORDER)}
    return sorted(chapter_ids, key=lambda c: rank.get(c, len(ORDER)))
