"""Bestand → "Werkboek exporteren…" and "Werkboek importeren…": hand a workbook over as a file.

Importing first reads the file and shows what will change (new / updated / unchanged, the rows
here that the other side's newer version replaces, repairs of the order) and asks to confirm;
a backup is taken before anything is merged. Reading, the preview and the import run off the
GUI thread with a progress window (``work_in_background``); a cancel stops them and nothing is
changed. A bad, foreign or newer file gets a kind message and changes nothing (the storage layer
guarantees that; this module only words it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from . import file_dialogs
from .context import PageContext
from .file_names import neutral_stem, shown_name
from .i18n import app_title, args, translate
from .work_in_background import Cancelled, Work, run_with_progress

if TYPE_CHECKING:
    from ..storage.handover import ImportSummary, Replaced

log = logging.getLogger(__name__)
SHOWN_PER_CHAPTER = 3  # names of replaced rows listed per chapter; the rest are counted


def _file_filter() -> str:
    return translate("Handover", "Werkboekbestand (*.rugwerk)")


def export_current(parent: QWidget, ctx: PageContext) -> Path | None:
    from ..storage import handover

    wb = ctx.workbook()
    if wb is None:
        return None
    ctx.flush()
    safe = re.sub(r"[^\w\- ]+", "", shown_name(ctx, wb)).strip() or neutral_stem()
    target = file_dialogs.save_path(parent, translate("Handover", "Werkboek exporteren"),
                                    f"{safe}{handover.EXTENSION}", _file_filter(), handover.EXTENSION, ctx.settings)
    if target is None:
        return None
    try:
        run_with_progress(parent, translate("Handover", "Het werkboek wordt bewaard…"),
                          lambda work: handover.export_workbook(ctx.database, wb.id, target, work.progress),
                          stoppable=True)
    except Cancelled:
        return None
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


def import_file(parent: QWidget, ctx: PageContext, switch_to: Callable[[str], None]) -> bool:
    from ..storage import handover
    from ..storage.paths_hint import backup_dir

    chosen = file_dialogs.open_path(parent, translate("Handover", "Werkboek importeren"), _file_filter(),
                                    ctx.settings)
    if chosen is None:
        return False
    path = str(chosen)
    ctx.flush()

    def read_and_preview(work: Work) -> tuple[handover.Prepared, ImportSummary]:
        prepared = handover.read_file(path, work.progress)
        return prepared, handover.preview_import(ctx.database, prepared, work.progress)

    read = _refusing(parent, translate("Handover", "Het bestand wordt gelezen en vergeleken…"), read_and_preview)
    if read is None:
        return False
    prepared, preview = read
    if preview.changes == 0:
        QMessageBox.information(parent, app_title(), args(translate(
            "Handover", "Dit bestand bevat niets nieuws: „%1” is hier al helemaal bijgewerkt."),
            preview.workbook_name))
        return False
    box = QMessageBox(QMessageBox.Icon.Question, translate("Handover", "Werkboek importeren"),
                      question(preview) + "\n\n" + translate("Handover", "Eerst wordt een reservekopie gemaakt. "
                                                                          "Doorgaan?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Handover", "Importeren"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    summary = _refusing(parent, translate("Handover", "Het werkboek wordt ingelezen…"),
                        lambda work: handover.import_workbook(ctx.database, prepared, backup_dir(), work.progress))
    if summary is None:
        return False
    ctx.hub.data_changed.emit("")
    switch_to(summary.workbook_id)
    return True


# ----- what the preview says ---------------------------------------------------------------------
def question(preview: ImportSummary) -> str:
    """What reading the file in will do, in sentences (the preview counts it exactly)."""
    if preview.new_workbook:
        return args(translate("Handover", "Het werkboek „%1” wordt toegevoegd: %2 onderdelen."),
                    preview.workbook_name, preview.new)
    lines = [args(translate("Handover", "Het werkboek „%1” wordt samengevoegd: %2 nieuw, %3 bijgewerkt, "
                                        "%4 ongewijzigd."), preview.workbook_name, preview.new, preview.updated,
                  preview.unchanged)]
    replaced = [r for r in preview.replaced if not r.deleted]
    deleted = [r for r in preview.replaced if r.deleted]
    if replaced:
        lines.append(translate("Handover", "De nieuwere versie uit het bestand vervangt wat hier staat bij:")
                     + "\n" + _listed(replaced))
    if deleted:
        lines.append(translate("Handover", "Aan de andere kant verwijderd, en dus ook hier:") + "\n" + _listed(deleted))
    if preview.folded:
        lines.append(args(translate("Handover", "%1 onderdelen bestonden aan beide kanten voor dezelfde dag of "
                                                "hetzelfde moment: ze worden er telkens één."), preview.folded))
    repairs = {what for _table, what in preview.repairs}
    if "ranks" in repairs:
        lines.append(translate("Handover", "Beide kanten veranderden de angsthiërarchie: de stappen krijgen "
                                           "opnieuw de plaatsen 1 tot en met het aantal stappen (de nieuwste "
                                           "volgorde eerst, bij gelijke plaats de minst gevreesde stap eerst)."))
    if "plan_closed" in repairs:
        lines.append(translate("Handover", "Aan beide kanten is een plan voor stapsgewijze opbouw begonnen: het "
                                           "laatst gewijzigde blijft lopen, het andere komt bij de vorige plannen."))
    return "\n\n".join(lines)


def _listed(rows: list[Replaced]) -> str:
    """One line per chapter: a few names (or days), and how many more."""
    from ..domain.chapters import in_workbook_order
    from .chapters.too_much.texts import day_text
    from .history_words import chapter_words

    by_chapter: dict[str, list[Replaced]] = {}
    for r in rows:
        by_chapter.setdefault(r.chapter, []).append(r)
    out = []
    for chapter in in_workbook_order(by_chapter):
        words = chapter_words(chapter)
        title = words("title") if words is not None and "title" in words else chapter
        named = list(dict.fromkeys(_name(r, day_text) for r in by_chapter[chapter] if r.what or r.day is not None))
        shown, rest = named[:SHOWN_PER_CHAPTER], len(by_chapter[chapter]) - len(named[:SHOWN_PER_CHAPTER])
        text = ", ".join(shown)
        if rest:
            more = args(translate("Handover", "%1 andere onderdelen"), rest)
            text = args(translate("Handover", "%1 en %2"), text, more) if text else more
        out.append(f"• {title}: {text}")
    return "\n".join(out)


def _name(row: Replaced, day_text: Callable[[date, str], str]) -> str:
    if row.what or row.day is None:
        return args(translate("Handover", "„%1”"), row.what)
    return day_text(row.day, "d MMMM yyyy")


# ----- running a step, and its refusal -------------------------------------------------------------
def _refusing(parent: QWidget, label: str, step: Callable[[Work], Any]) -> Any:
    """``step(work)`` off the GUI thread, or None: cancelled (nothing changed, nothing said), or
    after a kind message when the file is refused or reading fails.

    A file that is refused says why; a database that cannot be written (read-only, a full disk)
    says that, by its typed storage error — not that the file would be damaged."""
    from ..storage.handover import HandoverError
    from .context import is_storage_failure
    from .messages import storage_message

    try:
        return run_with_progress(parent, label, step, stoppable=True)
    except Cancelled:
        return None
    except HandoverError as exc:
        QMessageBox.warning(parent, app_title(), refusal(exc))
    except Exception as exc:  # the disk or the database: said kindly, nothing read in
        log.exception("handover step failed")
        QMessageBox.warning(parent, app_title(), storage_message(exc) if is_storage_failure(exc) else refusal(None))
    return None


def refusal(exc: Exception | None) -> str:
    """The kind sentence of a refused file (``wording/handover.py``), with the chapter it concerns."""
    from ..wording.handover import words
    from .history_words import chapter_words

    key = str(getattr(exc, "key", "")).removeprefix("handover.")
    text = words(f"error.{key}", **_values(exc)) if f"error.{key}" in words else words("error.invalid")
    chapter = getattr(exc, "params", {}).get("chapter") if exc is not None else None
    chapter_wording = chapter_words(chapter) if chapter else None
    if chapter_wording is not None and "title" in chapter_wording:
        text += " " + words("error.where", chapter=chapter_wording("title"))
    return text


def _values(exc: Exception | None) -> dict[str, object]:
    params = getattr(exc, "params", {}) if exc is not None else {}
    return {k: v for k, v in params.items() if isinstance(v, str | int | float)}
