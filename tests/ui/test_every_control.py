"""Every page, tab and dialog, walked as a keyboard user and a screen reader would.

For an empty and a filled workbook, in Dutch and in English: real Tab presses from the chapter
list go through every enabled, visible control of the page and come back (no trap), and every
control reached has an accessible name that is not shared with another control on the page.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
from datetime import UTC, date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QRadioButton, QTabWidget, QWidget

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
def started(request, startup, qtbot, db_path):
    """The app started on an empty or a filled database, its window on screen."""
    if request.param == "filled":
        shutil.copy(request.getfixturevalue("filled_database"), db_path)
    s = startup()
    qtbot.addWidget(s.window)
    s.window.resize(1366, 768)
    show_active(qtbot, s.window)
    return s


@pytest.fixture
def window(started):
    return started.window


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


def _later_part_reached(widget, visited) -> bool:
    """A part of a page made when first needed (``ui/widgets/late_parts.py``) holds its place in
    the Tab order until Tab reaches it: then it is made, and every control in it is reached."""
    from rugschool_gui.ui.widgets.late_parts import LaterPart

    if not isinstance(widget, LaterPart) or not widget.is_made():
        return False
    inside = tabbable(widget)
    return bool(inside) and all(w in visited or _radio_group_reached(w, visited) for w in inside)


def _radio_group_reached(widget, visited) -> bool:
    """A group of radio buttons is one Tab stop (the chosen one); the arrows move inside it. So is
    an exclusive group of choice buttons (the parts of a chapter, like a tab bar)."""
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QRadioButton):
        group = widget.group()
        return group is not None and group.exclusive() and any(m in visited for m in group.buttons())
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    members = group.buttons() if group is not None and group.exclusive() else (
        [w for w in widget.parentWidget().findChildren(QRadioButton) if w.autoExclusive()] if widget.autoExclusive() else [])
    return any(m in visited for m in members)


def _check_reading_order(where: str, page: QWidget, controls: list[QWidget]) -> list[str]:
    """Tab goes down the page, and sideways only to the right (a next column): never back up."""
    from PySide6.QtCore import QPoint

    problems = []
    slack = page.fontMetrics().height()
    for before, after in itertools.pairwise(controls):
        a, b = before.mapTo(page, QPoint(0, 0)), after.mapTo(page, QPoint(0, 0))
        if b.y() < a.y() - slack and b.x() <= a.x():
            problems.append(f"{where}: Tab goes back up from {describe(before)} to {describe(after)}")
    return problems


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
def test_every_page_is_walked_by_tab_and_every_control_is_named(started, window, language, qtbot):
    if language == "en":
        started.apply_setting("language", "en")
    problems = []
    for page_id in PAGES:
        for where, page in _views(window, page_id):
            expected = tabbable(page)  # before the walk: focus in the week grid selects, which enables more
            visited = tab_walk(window.nav)
            missed = [w for w in expected if w not in visited and not _radio_group_reached(w, visited)
                      and not _later_part_reached(w, visited)]
            problems += [f"{where}: Tab never reaches {describe(w)}" for w in missed]
            on_page = [w for w in visited if page.isAncestorOf(w)]
            problems += _check_names(where, on_page)
            problems += _check_reading_order(where, page, on_page)
            if visited[-1] is not window.switcher:
                problems.append(f"{where}: after the page Tab should wrap to the workbook switcher, "
                                f"not {describe(visited[-1])}")
    problems += _check_names("window", [w for w in tab_walk(window.nav) if not window.stack.isAncestorOf(w)])
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


# ----- dialogs ------------------------------------------------------------------------------
def _walk_dialog(dialog, problems: list[str]) -> None:
    where = f"dialog {type(dialog).__name__} ({dialog.windowTitle()!r})"
    expected = tabbable(dialog)
    start = next((w for w in expected if not isinstance(w, QRadioButton)), None)
    assert start is not None, f"{where} has nothing to reach by keyboard"
    visited = tab_walk(start)
    missed = [w for w in expected if w not in visited and not _radio_group_reached(w, visited)]
    problems += [f"{where}: Tab never reaches {describe(w)}" for w in missed]
    problems += _check_names(where, visited)


def _chapter_dialogs(window):
    """Each chapter's dialogs, built as the page builds them (shown, not executed)."""
    from datetime import datetime

    from rugschool_gui.domain.exposure import Attempt, FearItem
    from rugschool_gui.domain.pacing import Activity
    from rugschool_gui.domain.too_little import ValuedActivity
    from rugschool_gui.domain.too_much import Situation
    from rugschool_gui.domain.understanding import ChainEntry
    from rugschool_gui.ui.chapters.exposure.attempt_dialog import AttemptDialog
    from rugschool_gui.ui.chapters.pacing.activity_dialog import ActivityDialog
    from rugschool_gui.ui.chapters.pacing.split_dialog import SplitDialog
    from rugschool_gui.ui.chapters.too_little.value_tab import ValueDialog
    from rugschool_gui.ui.chapters.too_much.assertive_tab import SituationDialog
    from rugschool_gui.ui.chapters.understanding.chain_dialog import ChainDialog
    from rugschool_gui.ui.page_help import PageHelpDialog

    today = date(2026, 11, 24)
    yield ActivityDialog(Activity(None, 0, "morning", "", 30), window)
    yield SplitDialog(Activity("a", 0, "morning", "Eten maken", 60), window)
    items = [FearItem("i1", 1, "Bukken"), FearItem("i2", 2, "Tillen")]
    yield AttemptDialog(items, Attempt("t", "i1", datetime(2026, 11, 24, 10, 0, tzinfo=UTC)), window)
    yield SituationDialog(Situation(None, today, ""), window)
    yield ValueDialog(ValuedActivity(None, ""), window)
    yield ChainDialog(ChainEntry(None, today, (("", "", "", "", ""),)), window)
    yield PageHelpDialog("Start", "home", window)
    window.open_page("graded_activity")
    view = window.page("graded_activity").running
    plan = getattr(view, "_plan", None) if view is not None else None
    if plan is not None:
        from rugschool_gui.domain.graded_activity import Session
        from rugschool_gui.ui.chapters.graded_activity.recompute_dialog import RecomputeDialog
        from rugschool_gui.ui.chapters.graded_activity.session_dialog import SessionDialog

        yield SessionDialog(plan, Session(None, today, 0), window)
        yield RecomputeDialog(plan, None, today, window)


def test_every_chapter_dialog_is_walked_by_tab_and_named(window, qtbot):
    problems: list[str] = []
    for dialog in _chapter_dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        _walk_dialog(dialog, problems)
        dialog.reject()
        dialog.deleteLater()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.parametrize("action", ["act_settings", "act_pdf", "act_restore", "act_new", "act_help", "act_lock"])
def test_every_window_dialog_is_walked_by_tab_and_named(window, modals, action):
    problems: list[str] = []

    def walk_and_cancel(dialog):
        _walk_dialog(dialog, problems)
        dialog.reject()

    if action == "act_restore":
        from rugschool_gui import paths
        from rugschool_gui.storage.backup import make_backup

        make_backup(window.ctx.database, paths.backup_dir())
    modals.then(walk_and_cancel)
    getattr(window, action).trigger()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_content_text_is_read_as_words_not_markdown(window):
    from PySide6.QtWidgets import QLabel

    for page_id in ("understanding", "closing"):
        window.open_page(page_id)
        for label in window.page(page_id).findChildren(QLabel):
            name = accessible_name(label)
            assert "## " not in name and "**" not in name, f"{page_id}: {name[:60]!r}"


def test_the_focus_is_visible_on_every_control_it_reaches(window, qtbot):
    """The focus ring follows Tab, surrounds the whole control (a spin box, not its inner line
    edit), and survives a dialog that closes around it."""
    from PySide6.QtWidgets import QAbstractSpinBox

    from rugschool_gui.ui import focus_ring

    window.open_page("exposure")
    page = window.page("exposure")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QSplitter

    splitter = window.findChild(QSplitter)
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(len(tab_walk(window.nav))):
        widget = window.focusWidget()
        spin = widget.parentWidget() if isinstance(widget.parentWidget(), QAbstractSpinBox) else None
        ringed = focus_ring._ring.target()
        assert focus_ring._ring.isVisible(), f"no visible focus on {describe(widget)}"
        assert ringed is (spin or widget), f"the ring is on {describe(ringed)}, the focus on {describe(widget)}"
        ring = focus_ring._ring
        from PySide6.QtCore import QPoint, QRect

        assert ring.geometry() == QRect(ringed.mapTo(ring.parentWidget(), QPoint(0, 0)), ringed.size())
        assert splitter.count() == 2, "the ring became a pane of the splitter"
        siblings = [c for c in ring.parentWidget().children() if isinstance(c, QWidget) and c.isVisible()]
        assert siblings[-1] is ring, "the ring is drawn on top of the control"
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    page.add_form.fear.setFocus(Qt.FocusReason.TabFocusReason)
    assert focus_ring._ring.target() is page.add_form.fear


def test_every_dialog_opened_as_a_person_opens_it_is_walked_by_tab_and_named(
        startup, qtbot, db_path, filled_database, modals):
    """The dialogs of ``dialog_tour.TOUR`` (menus and buttons, the psychologist's too), each
    opened for real on a filled workbook: Tab goes round without a trap, every control has a
    name of its own, Escape closes it."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from .dialog_tour import TOUR

    shutil.copy(filled_database, db_path)
    s = startup()
    qtbot.addWidget(s.window)
    window = s.window
    window.resize(1366, 768)
    show_active(qtbot, window)
    window.tour_modals = modals
    problems: list[str] = []

    def walk(dialog) -> None:
        # the keyboard is in the dialog once the window system made it active
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=3000)
        if type(dialog).__name__ not in ("QMessageBox", "QInputDialog"):
            _walk_dialog(dialog, problems)
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        if dialog.isVisible():
            problems.append(f"{type(dialog).__name__}: Escape does not close it")
            dialog.reject()

    for name, open_dialog in TOUR:
        modals.then(walk)
        open_dialog(window)
        assert not modals.steps, f"{name}: the dialog did not open"
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
