"""The week planned, put in the person's calendar: an .ics file of the week's activities.

Exported again later, the same appointments are updated rather than doubled (stable ids, see
``domain/pacing_calendar.py``). Used by the pacing page's "Zet in je agenda (.ics)…" button.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ....domain.pacing import Activity
from ...context import PageContext
from ...i18n import args, translate
from .texts import chapter_title, kind_name, motive_name, part_name


def export_week(parent: QWidget, ctx: PageContext, monday: date, week: list[Activity]) -> None:
    """Ask where to save the week of ``monday`` as an .ics file, write it, and say where it is."""
    from ....domain.pacing_calendar import week_ics
    from ....storage.files import write_atomically
    from ...file_dialogs import save_path

    path = save_path(parent, translate("Pacing", "Zet in je agenda"), f"planning-{monday.isoformat()}.ics",
                     translate("Pacing", "Agendabestand (*.ics)"), ".ics", ctx.settings)
    if path is None:
        return
    text = week_ics(
        monday, week, title=lambda a: a.name,
        description=lambda a: f"{part_name(a.part)} · {kind_name(a.kind)} · {motive_name(a.motive)}"
                              + (f"\n{a.note}" if a.note else ""),
        calendar_name=translate("Pacing", "Mijn weekplanning"), now=datetime.now(UTC))
    try:
        write_atomically(Path(path), text.encode("utf-8"))
    except OSError:
        import logging

        logging.getLogger(__name__).exception("ics export failed")
        QMessageBox.warning(parent, chapter_title(), translate(
            "Pacing", "Het agendabestand kon niet bewaard worden in die map. Kies een andere map, "
            "bijvoorbeeld je map Documenten."))
        return
    QMessageBox.information(parent, chapter_title(), args(translate(
        "Pacing", "Je planning staat in „%1”. Open dat bestand met je agenda-app. Exporteer je later "
        "opnieuw, dan worden dezelfde afspraken bijgewerkt in plaats van verdubbeld."), Path(path).name))
