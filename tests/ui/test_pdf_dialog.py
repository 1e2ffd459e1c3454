"""Bestand → Exporteer als PDF…: the file is written atomically, privately, and opened."""

import stat

from PySide6.QtWidgets import QDialog, QFileDialog

from rugschool_gui.ui import pdf_dialog


def test_export_writes_pdf_and_opens_it(startup, monkeypatch, tmp_path):
    s = startup()
    target = tmp_path / "uit" / "mijn"
    target.parent.mkdir()
    opened = []
    monkeypatch.setattr(pdf_dialog.PdfOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(pdf_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url))
    result = pdf_dialog.export_pdf_interactively(s.window, s.ctx)
    assert result == target.with_suffix(".pdf")
    assert result.read_bytes().startswith(b"%PDF")
    assert opened and opened[0].toLocalFile() == str(result)
    assert stat.S_IMODE(result.stat().st_mode) & 0o077 == 0
    assert list(target.parent.glob(".*tmp")) == []


def test_unwritable_folder_gives_kind_message(startup, monkeypatch, tmp_path):
    s = startup()
    warned = []
    monkeypatch.setattr(pdf_dialog.PdfOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "bestaat-niet" / "x.pdf"), ""))
    monkeypatch.setattr(pdf_dialog.QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert pdf_dialog.export_pdf_interactively(s.window, s.ctx) is None
    assert warned and "kon niet bewaard worden" in warned[0]


def test_cancelled_save_dialog_writes_nothing(startup, monkeypatch):
    s = startup()
    monkeypatch.setattr(pdf_dialog.PdfOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert pdf_dialog.export_pdf_interactively(s.window, s.ctx) is None


def test_suggested_file_names_leave_the_patients_name_out_unless_allowed(startup, monkeypatch, tmp_path):
    from datetime import date

    from PySide6.QtWidgets import QFileDialog

    s = startup()
    offered = []

    def ask(*args, **_kwargs):
        offered.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    from rugschool_gui.ui import pdf_dialog

    pdf_dialog.save_and_open_pdf(s.window, s.ctx, ["exposure"])
    s.window.act_export.trigger()
    assert offered[0].endswith(f"werkboek-{date.today().isoformat()}.pdf")
    assert offered[1].endswith(f"werkboek-{date.today().isoformat()}.rugwerk")
    s.apply_setting("names_in_title", "shown")
    pdf_dialog.save_and_open_pdf(s.window, s.ctx, ["exposure"])
    assert offered[-1].endswith("mijn-werkboek.pdf")
