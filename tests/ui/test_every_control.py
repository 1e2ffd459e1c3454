"""Every page, tab and dialog, walked as a keyboard user and a screen reader would.

For an empty and a filled workbook, in Dutch and in English: real Tab presses from the chapter
list go through every enabled, visible control of the page and come back (no trap), and every
control reached has an accessible name that is not shared with another control on the page.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, datetime, UTC
from pathlib import Path

import pytest
from PySide6.QtWidgets import QRadioButton, QTabWidget, QWidget

from .driving import show_active
from .walking import accessible_name, describe, tab_walk, tabbable

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["home", "understanding", "too_much", "pacing", "too_little", "exposure", "graded_activity",
         "closing", "overview"]


@pytest.fixture(scope="module")
def filled_database(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("filled") / "filled.sqlite3"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_data.py"), str(target),
                    "--workbooks", "2", "--years", "1"], check=True, capture_output=True)
    return target


@pytest.fixture(params=["empty", "filled"])
def window(request, startup, qtbot, db_path):
    if request.param == "filled":
        shutil.copy(request.getfixturevalue("filled_database"), db_path)
    s = startup()
    qtbot.addWidget(s.window)
    s.window.resize(1366, 768)
    show_active(qtbot, s.window)
    return s.window


def _views(window, page_id):
    """The page, once per tab for a tabbed page (the tab on screen is what Tab walks)."""
    window.open_page(page_id)
    page = window.page(page_id)
    tabs = page.findChild(QTabWidget)
    if tabs is None:
        yield page_id, page
        return
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield f"{page_id}[{tabs.tabText(i)}]", page


def _radio_group_reached(widget, visited) -> bool:
    """A group of radio buttons is one Tab stop (the chosen one); the arrows move inside it."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    members = group.buttons() if group is not None and group.exclusive() else (
        [w for w in widget.parentWidget().findChildren(QRadioButton) if w.autoExclusive()] if widget.autoExclusive() else [])
    return any(m in visited for m in members)


def _check_names(where: str, controls: list[QWidget]) -> list[str]:
    problems, names = [], {}
    for w in controls:
        name = accessible_name(w)
        if not name:
            problems.append(f"{where}: no accessible name: {describe(w)}")
        elif name in names:
            problems.append(f"{where}: the name {name!r} is used twice: {describe(w)} and {describe(names[name])}")
        else:
            names[name] = w
    return problems


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_is_walked_by_tab_and_every_control_is_named(window, language, qtbot):
    if language == "en":
        window.shell.apply_setting("language", "en")
    problems = []
    for page_id in PAGES:
        for where, page in _views(window, page_id):
            expected = tabbable(page)  # before the walk: focus in the week grid selects, which enables more
            visited = tab_walk(window.nav)
            missed = [w for w in expected if w not in visited and not _radio_group_reached(w, visited)]
            problems += [f"{where}: Tab never reaches {describe(w)}" for w in missed]
            problems += _check_names(where, [w for w in visited if page.isAncestorOf(w)])
    problems += _check_names("window", [w for w in tab_walk(window.nav) if not window.stack.isAncestorOf(w)])
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
