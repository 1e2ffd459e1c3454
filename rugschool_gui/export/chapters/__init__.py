"""PDF builders per chapter, in workbook order. Adding a chapter to the PDF is one line here.

A builder is ``build(store, workbook_id, *, lang, blank, width, today) -> list[Flowable]``; a blank
worksheet is the same builder given no data. ``title(lang)`` names the chapter.
"""

from __future__ import annotations

from types import ModuleType


def builders() -> dict[str, ModuleType]:
    from . import closing, exposure, graded_activity, pacing, too_little, too_much, understanding

    return {"understanding": understanding, "too_much": too_much, "pacing": pacing, "too_little": too_little,
            "exposure": exposure, "graded_activity": graded_activity, "closing": closing}
