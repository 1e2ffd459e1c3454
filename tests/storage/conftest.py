"""Fixtures every storage test may ask for by name."""

from .handover_fill import source  # noqa: F401  (the patient's database with a filled workbook)
