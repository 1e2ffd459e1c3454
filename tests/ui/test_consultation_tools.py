"""Tools for a consultation: print just this chapter, presentation mode, names kept out of sight."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from rugschool_gui.storage import exposure


def _pdf_text(data: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def test_print_the_chapter_on_screen_in_one_action(startup, tmp_path, monkeypatch):
    s = startup()
    exposure.add_item(s.ctx.store, s.ctx.workbook_id, "Bukken", 30)
    s.window.open_page("exposure")
    target = tmp_path / "stap.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    s.window.act_print_chapter.trigger()
    text = "\n".join(_pdf_text(target.read_bytes()))
    assert "Stapsgewijze blootstelling" in text and "Bukken" in text
    assert "Activiteiten spreiden" not in text and "Over je grenzen gaan" not in text  # just this chapter


def test_presentation_mode_hides_navigation_and_escape_leaves(startup, qtbot):
    s = startup()
    w = s.window
    w.show()
    qtbot.waitExposed(w)
    before = s.app.font().pointSizeF()
    w.act_present.trigger()
    assert w.presenting and not w.nav.isVisible() and not w.menuBar().isVisible()
    assert s.app.font().pointSizeF() > before
    w.act_leave_present.trigger()
    assert not w.presenting and w.nav.isVisible() and w.menuBar().isVisible()
    assert s.app.font().pointSizeF() == before
