"""PDF export with reportlab: the filled-in workbook and blank worksheets.

Nothing here is imported at start-up; the UI imports ``export.pdf`` only when exporting.
"""
