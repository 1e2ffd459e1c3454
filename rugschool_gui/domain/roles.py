"""Who uses a workbook: the patient or the psychologist/therapist (issue #25).

On a laptop the role is a convenience, not a security boundary. Kept apart from the rules of
consultations (``domain/consultations.py``, which re-exports these) so the home page's role
question does not load those rules at start-up (issue #23).
"""

from __future__ import annotations

PATIENT, THERAPIST = "patient", "therapist"
ROLES = (PATIENT, THERAPIST)


def suggested_role(workbook_count: int) -> str:
    """The role a first start suggests: a database with several workbooks is a therapist's."""
    return THERAPIST if workbook_count > 1 else PATIENT
