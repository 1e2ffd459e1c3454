"""The real start (``Startup.run``): the window is on screen empty first, then filled (#23).

Driven through the app's own event loop: what is seen at the window's first paint is recorded by
an application-wide event filter, and the person's answers go through the modal driver.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from rugschool_gui.cli import parse_args
from rugschool_gui.ui.startup import Startup

from .test_instance_lock import _damaged_workbook_list, _offer


class _Watch(QObject):
    """Records, at the main window's first paint, whether it was filled yet."""

    def __init__(self) -> None:
        super().__init__()
        self.first_paint: list[bool] = []

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.Paint and obj.objectName() == "main-window"
                and not self.first_paint):
            self.first_paint.append(bool(getattr(obj, "built", None)))
        return False


def _run_with_guard(qapp, s: Startup, seconds: int = 20) -> tuple[int, bool]:
    """``s.run()``, never hanging the suite: (its exit code, whether the guard had to quit)."""
    stuck = []
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (stuck.append(True), qapp.quit()))
    guard.start(seconds * 1000)
    try:
        return s.run(), bool(stuck)
    finally:
        guard.stop()


def test_the_window_shows_at_once_and_is_filled_after_its_first_paint(qapp, data_home, db_path, modals):
    watch = _Watch()
    qapp.installEventFilter(watch)
    s = Startup(qapp, parse_args(["--database", str(db_path)]))
    seen = {}

    def look_then_quit() -> None:
        window = s.window
        if window is None or not window.built:
            QTimer.singleShot(20, look_then_quit)
            return
        seen["home"] = window.current_page_id()
        seen["parts"] = [part.isVisible() for part in
                         (window.centralWidget(), window.toolbar, window.menuBar(), window.statusBar())]
        seen["chapters"] = window.nav.count()
        seen["title"] = window.windowTitle()
        window.act_quit.trigger()  # Bestand → Afsluiten

    QTimer.singleShot(0, look_then_quit)
    try:
        code, stuck = _run_with_guard(qapp, s)
    finally:
        qapp.removeEventFilter(watch)
        if s.window is not None:
            s.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not stuck, "the app did not close"
    assert code == 0
    assert watch.first_paint == [False]  # painted before it was filled
    assert seen["home"] == "home" and seen["parts"] == [True, True, True, True]
    assert seen["chapters"] == 9 and "Rugschool werkboek" in seen["title"]


def test_a_damaged_file_is_asked_about_over_the_empty_window_and_quitting_leaves_no_window(
        qapp, data_home, db_path, modals):
    before = _damaged_workbook_list(db_path)
    offered = []
    shown_behind = []

    def answer(box):
        shown_behind.extend(w.objectName() for w in QApplication.topLevelWidgets()
                            if w.isVisible() and w.objectName() == "main-window")
        _offer(offered, "Afsluiten")(box)

    modals.then(answer)
    s = Startup(qapp, parse_args(["--database", str(db_path)]))
    code, stuck = _run_with_guard(qapp, s)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not stuck, "the app did not close"
    assert code == 0 and len(offered) == 1 and "beschadigd" in offered[0][0]
    assert shown_behind == ["main-window"]  # the question came over the empty window
    assert s.window is None and not [w for w in QApplication.topLevelWidgets()
                                     if w.isVisible() and w.objectName() == "main-window"]
    assert db_path.read_bytes() == before and not list(db_path.parent.glob("*onbruikbaar*"))
