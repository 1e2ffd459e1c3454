"""PDF builders per chapter, in workbook order. Adding a chapter to the PDF is one line here.

A builder module has ``build(store, workbook_id, printout) -> list[Flowable] | None`` (None: nothing
is filled in yet, and the PDF says in a line what the chapter is for and how to start), with the
blank worksheets when ``printout.blank``; ``title(lang)`` names the chapter and ``about(lang)``
gives (what it is for, how to start). The closing chapter also has ``summary(...)``, the workbook
on one page that opens a filled-in PDF. A chapter that starts on a landscape page puts
``document.LandscapeStart()`` first.
"""

from __future__ import annotations

from types import ModuleType


def builders() -> dict[str, ModuleType]:
    from . import (
        closing,
        consultations,
        exposure,
        graded_activity,
        pacing,
        too_little,
        too_much,
        understanding,
    )

    return {"understanding": understanding, "too_much": too_much, "pacing": pacing, "too_little": too_little,
            "exposure": exposure, "graded_activity": graded_activity, "closing": closing,
            "consultations": consultations}  # issue #25
