"""File names the app suggests: with the workbook's (a patient's) name only when the settings
allow names — the system lists saved files in its recent files, for anyone to see."""

from __future__ import annotations

from datetime import date

from .context import PageContext
from .i18n import translate


def neutral_stem() -> str:
    """A file name without a name in it, e.g. "werkboek-2026-11-24"."""
    return translate("PdfExport", "werkboek") + "-" + date.today().isoformat()


def shown_name(ctx: PageContext, workbook) -> str:
    """The workbook's name for a suggested file name, or "" when names stay private."""
    return workbook.name if workbook is not None and ctx.settings.names_in_title == "shown" else ""
