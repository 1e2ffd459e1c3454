"""Bestand → "Werkboek exporteren…" and "Werkboek importeren…": hand a workbook over as a file.

Importing first shows what will change (new / updated / unchanged) and asks to confirm; a backup
is taken before anything is merged. A bad, foreign or newer file gets a kind message and changes
nothing (the storage layer guarantees that; this module only words it).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .context import PageContext
from .file_names import neutral_stem, shown_name
from .i18n import app_title, args, translate

log = logging.getLogger(__name__)


def _file_filter() -> str:
    return translate("Handover", "Werkboekbestand (*.rugwerk)")


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def export_current(parent: QWidget, ctx: PageContext) -> Path | None:
    from ..storage import handover

    wb = ctx.workbook()
    if wb is None:
        return None
    ctx.flush()
    safe = re.sub(r"[^\w\- ]+", "", shown_name(ctx, wb)).strip() or neutral_stem()
    path, _ = QFileDialog.getSaveFileName(parent, translate("Handover", "Werkboek exporteren"),
                                          str(_documents() / f"{safe}{handover.EXTENSION}"), _file_filter())
    if not path:
        return None
    target = Path(path)
    if target.suffix != handover.EXTENSION:
        target = target.with_suffix(handover.EXTENSION)
    try:
        handover.export_workbook(ctx.database, wb.id, target)
    except Exception:  # a folder we cannot write to must not crash the app
        log.exception("handover export failed")
        QMessageBox.warning(parent, app_title(), translate(
            "Handover", "Het werkboek kon niet bewaard worden in die map. Kies een andere map, bijvoorbeeld "
            "je map Documenten of een USB-stick."))
        return None
    QMessageBox.information(parent, app_title(), args(translate(
        "Handover", "„%1” staat nu in het bestand %2. Geef dat bestand aan je psycholoog, of als psycholoog "
        "terug aan je patiënt. Het bevat persoonlijke gegevens: bewaar het veilig."), wb.name, target.name))
    return target


def import_file(parent: QWidget, ctx: PageContext, switch_to) -> bool:
    from ..storage import handover
    from ..storage.paths_hint import backup_dir

    path, _ = QFileDialog.getOpenFileName(parent, translate("Handover", "Werkboek importeren"), str(_documents()),
                                          _file_filter())
    if not path:
        return False
    ctx.flush()
    preview = _refusing(parent, handover.preview_import, ctx.database, path)
    if preview is None:
        return False
    if preview.changes == 0:
        QMessageBox.information(parent, app_title(), args(translate(
            "Handover", "Dit bestand bevat niets nieuws: „%1” is hier al helemaal bijgewerkt."),
            preview.workbook_name))
        return False
    question = (args(translate("Handover", "Het werkboek „%1” wordt toegevoegd: %2 onderdelen."),
                     preview.workbook_name, preview.new) if preview.new_workbook else
                args(translate("Handover", "Het werkboek „%1” wordt samengevoegd: %2 nieuw, %3 bijgewerkt, "
                               "%4 ongewijzigd."), preview.workbook_name, preview.new, preview.updated,
                     preview.unchanged))
    box = QMessageBox(QMessageBox.Icon.Question, translate("Handover", "Werkboek importeren"),
                      question + "\n\n" + translate("Handover", "Eerst wordt een reservekopie gemaakt. Doorgaan?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Handover", "Importeren"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    summary = _refusing(parent, handover.import_workbook, ctx.database, path, backup_dir())
    if summary is None:
        return False
    ctx.hub.data_changed.emit("")
    switch_to(summary.workbook_id)
    return True


def _refusing(parent: QWidget, step, *args):
    """``step(*args)``, or None after a kind message when the file is refused or reading fails.

    A file that is refused says why; a database that cannot be written (read-only, a full disk)
    says that, by its typed storage error — not that the file would be damaged."""
    from ..storage.handover import HandoverError
    from .context import is_storage_failure
    from .messages import storage_message

    try:
        return step(*args)
    except HandoverError as exc:
        QMessageBox.warning(parent, app_title(), _refusal(exc))
    except Exception as exc:  # the disk or the database: said kindly, nothing read in
        log.exception("handover %s failed", step.__name__)
        QMessageBox.warning(parent, app_title(), storage_message(exc) if is_storage_failure(exc) else _refusal(None))
    return None


def _refusal(exc) -> str:
    key = getattr(exc, "key", "")
    if key == "handover_newer":
        return translate("Handover", "Dit bestand komt uit een nieuwere versie van de app. Werk de app eerst bij; "
                         "er is niets ingelezen.")
    if key == "handover_foreign":
        return translate("Handover", "Dit is geen werkboekbestand van deze app. Er is niets ingelezen.")
    if key == "handover_conflict":
        return translate("Handover", "Dit bestand botst met wat hier al staat (bijvoorbeeld twee verschillende "
                         "notities voor dezelfde dag). Er is niets ingelezen; bespreek het met je psycholoog.")
    if key == "handover_too_big":
        return translate("Handover", "Dit bestand is te groot voor een werkboek. Er is niets ingelezen.")
    return translate("Handover", "Dit bestand is beschadigd of bevat gegevens die niet kloppen. Er is niets "
                     "ingelezen; je werkboek is onveranderd.")
