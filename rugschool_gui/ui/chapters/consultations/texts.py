"""Words of the consultations page: the chapter's wording (``wording/consultations.py``, shared
with the PDF) in the screen's language, and the tables whose changes move homework progress."""

from __future__ import annotations

from ....wording.consultations import words

CHAPTER_ID = "consultations"
#: what the page shows: its own tables and every log that homework progress is counted from
TABLES = frozenset({"consultation", "homework", "entry_comment", "patient_question", "smart_goal",
                    "exposure_attempt", "fear_item", "activity_session", "stress_checkin", "stress_signal",
                    "relaxation_session", "pacing_activity", "pacing_timer_run", "reflection_answer",
                    "chain_entry", "activity_plan", "declined_reminder"})  # activity_plan: a goal following the plan (#25)


def chapter_title() -> str:
    return words("pdf.chapter")
