"""PDF builders per chapter, in workbook order. Adding a chapter to the PDF is one line here.

A builder is ``build(store, workbook_id, *, lang, blank, width, today) -> list[Flowable]``; a blank
worksheet is the same builder given no data. ``title(lang)`` names the chapter.
"""

from __future__ import annotations

from types import ModuleType


def builders() -> dict[str, ModuleType]:
    from . import exposure, graded_activity, pacing, too_much

    return {"too_much": too_much, "pacing": pacing, "exposure": exposure, "graded_activity": graded_activity}
