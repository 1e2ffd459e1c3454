"""Bestand → Exporteer als PDF…: the file is written atomically, privately, and opened.

The options dialog opens for real and is answered through the event loop (``driving.py``); only
the operating system's file chooser and the PDF viewer are stood in for."""

import io
import stat

from PySide6.QtWidgets import QFileDialog

from rugschool_gui.storage import exposure
from rugschool_gui.ui import pdf_dialog

from .driving import answer, click, on_progress, press, read_into, save


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _keep_defaults_and_save(seen: list):
    """A step: look at the dialog as it opens, change nothing, press Save."""
    def step(dialog):
        seen.append((dialog.windowTitle(), dialog.filled.isChecked(), dialog.blank.isChecked(),
                     dialog.full_history.isEnabled(), dialog.full_history.isChecked(), dialog.chosen()))
        save(dialog)
    return step


def test_export_writes_pdf_and_opens_it(startup, monkeypatch, tmp_path, modals):
    s = startup()
    exposure.add_item(s.ctx.store, s.ctx.workbook_id, "Bukken", 30)
    target = tmp_path / "uit" / "mijn"
    target.parent.mkdir()
    opened = []
    seen = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # the OS's launcher lies outside the app: it reports that a viewer started
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    modals.then(_keep_defaults_and_save(seen)).then(answer("Openen"))  # the quiet confirmation
    result = pdf_dialog.export_pdf_interactively(s.window, s.ctx)
    # the dialog opened with every chapter ticked, filled in, recent history only
    from rugschool_gui.ui.chapters import registered

    every_chapter = [c.id for c in registered()]  # workbook order; #25 added the consultations
    assert every_chapter[:7] == ["understanding", "too_much", "pacing", "too_little", "exposure",
                                 "graded_activity", "closing"]
    assert seen == [("Exporteer als PDF", True, False, True, False, every_chapter)]
    assert result == target.with_suffix(".pdf")
    assert result.read_bytes().startswith(b"%PDF")
    assert "Bukken" in _pdf_text(result.read_bytes())  # filled in: the answers are in it
    assert opened and opened[0].toLocalFile() == str(result)
    assert stat.S_IMODE(result.stat().st_mode) & 0o077 == 0
    assert list(target.parent.glob(".*tmp")) == []


def test_blank_sheets_of_one_chapter_from_the_menu(startup, monkeypatch, tmp_path, modals):
    s = startup()
    exposure.add_item(s.ctx.store, s.ctx.workbook_id, "Bukken", 30)
    target = tmp_path / "leeg.pdf"
    offered = []

    def ask(*args, **_kwargs):
        offered.append(args[2])
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    states = []

    def blank_exposure_only(dialog):
        click(dialog.blank)
        states.append(dialog.full_history.isEnabled())  # an option of the filled-in workbook only
        for cid, check in dialog.checks.items():
            if cid != "exposure":
                click(check)
        states.append(dialog.chosen())
        press(dialog, "Opslaan")

    modals.then(blank_exposure_only)
    s.window.act_pdf.trigger()  # Bestand → Exporteer als PDF…
    assert states == [False, ["exposure"]]
    assert offered and offered[0].endswith("lege-werkbladen.pdf")
    text = _pdf_text(target.read_bytes())
    assert "Stapsgewijze blootstelling" in text
    assert "Bukken" not in text  # blank: nothing of the workbook in it
    assert "Activiteiten spreiden" not in text and "Over je grenzen gaan" not in text


def test_cancelling_the_options_writes_nothing_and_asks_no_file(startup, monkeypatch, modals):
    s = startup()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    modals.then(lambda dialog: press(dialog, "Annuleren"))
    assert pdf_dialog.export_pdf_interactively(s.window, s.ctx) is None
    assert asked == []


def test_unwritable_folder_gives_kind_message(startup, monkeypatch, tmp_path, modals):
    s = startup()
    warned = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "bestaat-niet" / "x.pdf"), ""))
    modals.then(save).then(read_into(warned))
    assert pdf_dialog.export_pdf_interactively(s.window, s.ctx) is None
    assert warned and "kon niet bewaard worden" in warned[0]
    assert not (tmp_path / "bestaat-niet").exists()


def test_cancelled_save_dialog_writes_nothing(startup, monkeypatch, tmp_path, modals, no_modal_boxes):
    s = startup()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    modals.then(save)
    assert pdf_dialog.export_pdf_interactively(s.window, s.ctx) is None
    assert no_modal_boxes == []  # cancelling the file chooser is not an error


def test_suggested_file_names_leave_the_patients_name_out_unless_allowed(startup, monkeypatch, tmp_path):
    from datetime import date

    s = startup()
    offered = []

    def ask(*args, **_kwargs):
        offered.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    pdf_dialog.save_and_open_pdf(s.window, s.ctx, ["exposure"])
    s.window.act_export.trigger()
    assert offered[0].endswith(f"werkboek-{date.today().isoformat()}.pdf")
    assert offered[1].endswith(f"werkboek-{date.today().isoformat()}.rugwerk")
    s.apply_setting("names_in_title", "shown")
    pdf_dialog.save_and_open_pdf(s.window, s.ctx, ["exposure"])
    assert offered[-1].endswith("mijn-werkboek.pdf")


def test_a_slow_pdf_is_made_off_the_window_with_progress_and_can_be_cancelled(startup, qtbot, monkeypatch,
                                                                               tmp_path, modals):
    """Years of entries take seconds: the window keeps painting, a progress window appears after
    half a second, and "Annuleren" writes nothing."""
    import threading
    import time

    from rugschool_gui.export import pdf as export_pdf

    s = startup()
    qtbot.addWidget(s.window)
    s.window.show()
    target = tmp_path / "traag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    real, threads = export_pdf.build_workbook_pdf, []

    def slow(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(1.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_pdf, "build_workbook_pdf", slow)
    seen = []

    def cancel(progress):
        seen.append(progress.labelText())
        press(progress, "Annuleren")

    modals.then(on_progress(cancel))
    assert pdf_dialog.save_and_open_pdf(s.window, s.ctx, ["exposure"]) is None
    assert threads == [False]  # built on a worker thread
    assert seen and "PDF" in seen[0]
    assert not target.exists()
    modals.left_open = ()  # the next one is not cancelled: it simply finishes
    monkeypatch.setattr(export_pdf, "build_workbook_pdf", real)
    assert pdf_dialog.save_and_open_pdf(s.window, s.ctx, ["exposure"]) == target and target.stat().st_size > 1000
