"""Bestand → Exporteer als PDF…: choose chapters and filled-in or blank, save, open the file."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from ..export.history import HISTORY_WEEKS
from ..storage.files import write_atomically
from . import design, file_dialogs
from .chapters import registered
from .context import PageContext
from .file_names import neutral_stem, shown_name
from .i18n import args, translate
from .widgets.form_dialog import AppDialog

log = logging.getLogger(__name__)


class PdfOptionsDialog(AppDialog):
    def __init__(self, parent, chapter_ids: list[str], preselect: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PdfExport", "Exporteer als PDF"))
        lay = QVBoxLayout(self)
        kind = QGroupBox(translate("PdfExport", "Wat wil je maken?"))
        kl = QVBoxLayout(kind)
        self.filled = QRadioButton(translate("PdfExport", "Ingevuld werkboek (met je antwoorden en grafieken)"))
        self.blank = QRadioButton(translate("PdfExport", "Lege werkbladen (om met de pen in te vullen)"))
        self.filled.setChecked(True)
        self.full_history = QCheckBox(args(translate(
            "PdfExport", "Ook oudere notities (standaard: de laatste %1 weken, en hoeveel er daarvoor waren)"
        ), HISTORY_WEEKS))
        self.full_history.setObjectName("pdf-full-history")
        self.blank.toggled.connect(lambda on: self.full_history.setEnabled(not on))
        kl.addWidget(self.filled)
        indented = QHBoxLayout()  # an option of the filled-in workbook, so under it
        indented.addSpacing(self.fontMetrics().height() * 3 // 2)
        indented.addWidget(self.full_history, 1)
        kl.addLayout(indented)
        kl.addWidget(self.blank)
        lay.addWidget(kind)
        box = QGroupBox(translate("PdfExport", "Hoofdstukken"))
        bl = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        titles = {c.id: c.title() for c in registered()}
        for cid in chapter_ids:
            check = QCheckBox(titles.get(cid, cid))
            check.setChecked(preselect is None or preselect == cid)
            self.checks[cid] = check
            bl.addWidget(check)
        if not chapter_ids:
            bl.addWidget(QLabel(translate("PdfExport", "Alleen het voorblad: er zijn nog geen hoofdstukken.")))
        lay.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        design.primary(buttons.button(QDialogButtonBox.StandardButton.Save))  # the one main action
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [cid for cid, check in self.checks.items() if check.isChecked()]


def suggested_file_name(name: str, blank: bool) -> str:
    """``name`` is the workbook's name, or "" when names stay private (``ui.file_names``)."""
    if blank:
        return translate("PdfExport", "lege-werkbladen") + ".pdf"
    slug = re.sub(r"[^\w]+", "-", name.casefold()).strip("-") or neutral_stem()
    return f"{slug}.pdf"



def export_pdf_interactively(parent, ctx: PageContext, preselect: str | None = None) -> Path | None:
    from ..export.pdf import available_chapters

    dialog = PdfOptionsDialog(parent, available_chapters(), preselect)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chapters, blank, full_history = dialog.chosen(), dialog.blank.isChecked(), dialog.full_history.isChecked()
    finally:
        # gone once read: a closed dialog left under the window piles up (and stays in the
        # screen reader's tree as a nameless, hidden dialog)
        dialog.deleteLater()
    return save_and_open_pdf(parent, ctx, chapters, blank, full_history=full_history)


def save_and_open_pdf(parent, ctx: PageContext, chapters: list[str], blank: bool = False,
                      full_history: bool = False) -> Path | None:
    """Ask where to save the PDF of ``chapters``, write it atomically, then offer to open it or
    its folder (``file_dialogs.offer_to_open``)."""
    from ..export.pdf import build_workbook_pdf

    wb = ctx.workbook()
    path = file_dialogs.save_path(parent, translate("PdfExport", "PDF bewaren als"),
                                  suggested_file_name(shown_name(ctx, wb), blank),
                                  translate("PdfExport", "PDF-bestanden (*.pdf)"), ".pdf", ctx.settings)
    if path is None:
        return None
    from .work_in_background import Cancelled, run_with_progress

    store, workbook_id, language = ctx.store, ctx.workbook_id, ctx.language
    # the name goes into the file's title only where the settings allow names (as file names do)
    names = ctx.settings.names_in_title == "shown"
    try:
        # years of entries take seconds: on a worker thread, the window stays responsive
        data = run_with_progress(parent, translate("PdfExport", "De PDF wordt gemaakt…"), lambda: build_workbook_pdf(
            store, workbook_id, chapters=chapters, blank=blank, lang=language, full_history=full_history,
            names_in_metadata=names))
        write_atomically(path, data)
    except Cancelled:
        return None
    except Exception:  # a full disk or a folder we may not write in: said, never a crash
        log.exception("PDF export failed")
        QMessageBox.warning(parent, translate("PdfExport", "PDF niet gemaakt"), translate(
            "PdfExport", "De PDF kon niet bewaard worden. Kies een andere map, of kijk of er nog "
            "ruimte vrij is op de schijf. Er is niets veranderd aan je werkboek."))
        return None
    file_dialogs.offer_to_open(parent, path, translate("PdfExport", "PDF bewaard"), args(
        translate("PdfExport", "De PDF is bewaard als „%1”."), path.name))
    return path
