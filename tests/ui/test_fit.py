"""Every page and every tab fits a 1280×720 laptop, at the normal and at the largest text size, in
Dutch and in English, on an empty and on a five-year workbook (issue #22): no horizontal scroll
bar, no label cut off, no text elided (``fit.fit_problems``).

``RUGSCHOOL_SHOTS=/some/folder`` also saves a screenshot of every view there (for looking at
them one by one); ``RUGSCHOOL_SHOTS_THEME=dark`` and ``RUGSCHOOL_SHOTS_SIZE=1366x768`` change the
theme and size of that run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget

from .fit import fit_problems

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = (int(v) for v in os.environ.get("RUGSCHOOL_SHOTS_SIZE", "1280x720").split("x"))


@pytest.fixture(scope="module")
def five_years(tmp_path_factory) -> Path:
    """One realistic workbook with five years of entries in every chapter (bench/make_data.py)."""
    out = tmp_path_factory.mktemp("data") / "five-years.sqlite3"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_data.py"), str(out), "--workbooks", "1",
                    "--years", "5"], check=True, capture_output=True)
    return out


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def views(window):
    """Open every page, and every tab of a page with tabs; yields a name for each view."""
    from rugschool_gui.ui.main_window import HOME, OVERVIEW

    for page_id in (HOME, *window._page_ids()[1:], OVERVIEW):
        window.open_page(page_id)
        _settle()
        page = window.page(page_id)
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if not tab_widgets:
            yield page_id
            continue
        for tabs in tab_widgets:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                _settle()
                yield f"{page_id}-{i + 1}"
            tabs.setCurrentIndex(0)


@pytest.mark.parametrize("data", ["empty", "five-years"])
@pytest.mark.parametrize("text_size", ["normal", "larger"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_and_tab_fits(qapp, tmp_path, monkeypatch, five_years, lang, text_size, data):
    from rugschool_gui.cli import parse_args
    from rugschool_gui.ui import theme
    from rugschool_gui.ui.appsettings import AppSettings
    from rugschool_gui.ui.startup import Startup

    home = tmp_path / "home"
    monkeypatch.setenv("RUGSCHOOL_HOME", str(home))
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda *_a, **_k: True)
    from rugschool_gui import paths

    AppSettings(paths.data_dir()).text_size = text_size
    db = tmp_path / "werkboek.sqlite3"
    if data != "empty":
        shutil.copy(five_years, db)
    scheme = os.environ.get("RUGSCHOOL_SHOTS_THEME", "light")
    s = Startup(qapp, parse_args(["--database", str(db), "--lang", lang, "--theme", scheme]))
    assert s.prepare()
    s.after_first_paint()
    s.background.wait()
    window = s.window
    shots = os.environ.get("RUGSCHOOL_SHOTS")
    try:
        window.resize(WIDTH, HEIGHT)
        window.show()
        _settle()
        problems = []
        for view in views(window):
            problems += [f"{view}: {p}" for p in fit_problems(window, WIDTH)]
            if shots:
                Path(shots).mkdir(parents=True, exist_ok=True)
                window.grab().save(f"{shots}/{lang}-{text_size}-{data}-{scheme}-{view}.png")
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        s.shutdown()
        s.translations.apply("nl")
        theme.apply_text_size(qapp, "normal")
        theme.apply_color_scheme(qapp, "light")
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, 0)
