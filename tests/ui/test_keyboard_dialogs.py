"""Dialogs driven with real key presses (issue #22, keyboard-only run in a real X window):
F1 opens the help, the focus ring sits on the button that has the focus (not around the whole
button row), Tab reaches the button and Escape closes the dialog."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from .driving import show_active


def _wait_for_focus(qtbot, dialog) -> None:
    """A dialog takes the keyboard focus once the window system made it active."""
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=3000)


def _ring_problems(dialog) -> list[str]:
    from rugschool_gui.ui import focus_ring

    ring = focus_ring._ring
    focus = QApplication.focusWidget()
    target = ring.target()
    out = []
    if not ring.isVisible():
        out.append("no focus ring is shown")
    if target is not focus:
        out.append(f"the ring is on {type(target).__name__}, the focus on {type(focus).__name__}")
    elif ring.geometry() != QRect(target.mapTo(ring.parentWidget(), QPoint(0, 0)), target.size()):
        out.append(f"the ring ({ring.geometry()}) does not sit on {focus.text()!r}")
    return out


def test_f1_opens_help_with_the_ring_on_its_close_button_and_escape_closes_it(startup, qtbot, modals):
    s = startup()
    qtbot.addWidget(s.window)
    window = show_active(qtbot, s.window)
    seen: dict[str, object] = {}

    def in_help(dialog) -> None:
        _wait_for_focus(qtbot, dialog)
        box = dialog.findChild(QDialogButtonBox)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        seen["focus"] = QApplication.focusWidget()
        seen["close"] = close
        seen["problems"] = _ring_problems(dialog)
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        seen["open after Escape"] = dialog.isVisible()

    modals.then(in_help)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    assert "close" in seen, "F1 did not open the help"
    assert isinstance(seen["focus"], QPushButton) and seen["focus"] is seen["close"]
    assert seen["problems"] == []
    assert seen["open after Escape"] is False


def test_the_ring_follows_tab_onto_each_button_of_the_pdf_dialog(startup, qtbot, modals):
    s = startup()
    qtbot.addWidget(s.window)
    window = show_active(qtbot, s.window)
    problems: list[str] = []
    reached: list[str] = []

    def in_pdf(dialog) -> None:
        _wait_for_focus(qtbot, dialog)
        box = dialog.findChild(QDialogButtonBox)
        wanted = {b.text().replace("&", "") for b in box.buttons()}
        for _ in range(40):
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and focus.parentWidget() is box:
                reached.append(focus.text().replace("&", ""))
                problems.extend(_ring_problems(dialog))
            if wanted <= set(reached):
                break
            QTest.keyClick(focus, Qt.Key.Key_Tab)
        problems.extend(f"Tab never reached {w!r}" for w in wanted - set(reached))
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

    modals.then(in_pdf)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert reached, "Ctrl+P did not open the PDF dialog (or Tab reached none of its buttons)"
    assert not problems, "\n".join(problems)


def test_closed_dialogs_do_not_stay_behind_under_the_window(startup, qtbot, modals):
    """F1, Bewerken → Instellingen and Ctrl+P, each closed with Escape, twice: afterwards none of these dialogs
    is left under the window (each closed one stayed, nameless and hidden, in the AT-SPI tree)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    s = startup()
    qtbot.addWidget(s.window)
    window = show_active(qtbot, s.window)

    def escape(dialog) -> None:
        _wait_for_focus(qtbot, dialog)
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        return lambda: QTest.keyClick(window.focusWidget() or window, key, modifier)

    # Preferences has no key on every platform (the offscreen one): its menu item then
    openers = [press(Qt.Key.Key_F1), window.act_settings.trigger,
               press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)] * 2
    for i, open_dialog in enumerate(openers):
        window.activateWindow()  # what the window manager does when a dialog closes (offscreen has none)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        modals.then(escape)
        open_dialog()
        assert not modals.steps, f"opener {i} did not open a dialog"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [type(d).__name__ for d in window.findChildren(QDialog)]
    assert left == [], f"closed dialogs still under the window: {left}"
