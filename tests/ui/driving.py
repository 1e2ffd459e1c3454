"""Drive the app's own dialogs and message boxes through the real event loop, as a person would.

Nothing here replaces ``exec``: the code under test opens its dialog for real and sits in Qt's
modal loop, while a timer on that same loop finds the active modal window and types, clicks or
presses keys on its real widgets. ``exec`` then returns by itself.

- ``modals.then(step)`` queues what to do with the next modal window (``step(widget)``);
  steps run in order, one per appearance, so "Save (refused) → fix → Save" is three steps on
  the same dialog.
- A message box with no step queued is read (its text lands in ``modals.shown``) and closed
  with its Escape button — "Nee"/"Annuleren"/"OK", what a careful person presses.
- Any other modal window with no step queued is a surprise: it is closed and the test fails.
- A step that raises closes the dialog (so the test never hangs) and fails the test.
- A step that was queued but never used fails the test: the dialog did not appear.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QRadioButton,
    QWidget,
)

Step = Callable[[QWidget], object]


class Modals:
    POLL_MS = 5

    def __init__(self) -> None:
        self.steps: deque[Step] = deque()
        self.shown: list[str] = []  # texts of message boxes answered by default
        self.problems: list[str] = []
        from PySide6.QtWidgets import QProgressDialog

        # a progress window comes and goes by itself (slow machines show it, fast ones never)
        self.left_open: tuple[type, ...] = (QProgressDialog,)
        self._timer = QTimer()
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def then(self, step: Step) -> Modals:
        self.steps.append(step)
        return self

    def leave_open(self, *kinds: type) -> Modals:
        """Modal windows of these kinds stay up while the test waits (the idle lock's screen)."""
        self.left_open += kinds
        return self

    # ----- the loop ---------------------------------------------------------------------
    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            return
        if not self.steps:
            if not isinstance(widget, self.left_open):
                self._answer_unexpected(widget)
            return
        from PySide6.QtWidgets import QProgressDialog

        if isinstance(widget, QProgressDialog) and not getattr(self.steps[0], "for_progress", False):
            return  # it comes and goes by itself (a slow moment shows it): the step is for what follows
        step = self.steps.popleft()
        try:
            step(widget)
        except Exception as exc:  # noqa: BLE001 - reported at the end of the test
            self.problems.append(f"a step on {type(widget).__name__} failed: {exc!r}")
            close_all_modals()

    def _answer_unexpected(self, widget: QWidget) -> None:
        if isinstance(widget, QMessageBox):
            self.shown.append(widget.text())
            button = widget.escapeButton() or widget.defaultButton() or widget.buttons()[0]
            button.click()
            return
        self.problems.append(f"an unexpected {type(widget).__name__} ({widget.windowTitle()!r}) appeared")
        close_all_modals()

    def finish(self) -> None:
        self._timer.stop()
        if self.steps:
            self.problems.append(f"{len(self.steps)} queued step(s) never ran: the dialog did not appear")
        unexpected = [m for m in self.shown if "onverwachts" in m or "unexpected" in m]
        if unexpected:
            self.problems.append("the crash handler was shown: see the log for the traceback")


def on_progress(step: Step) -> Step:
    """Mark ``step`` as meant for a progress window ("Even geduld", to cancel it); other steps wait
    for the next dialog a person answers, whether a progress window showed first or not."""
    step.for_progress = True  # type: ignore[attr-defined]
    return step


def close_all_modals() -> None:
    while (widget := QApplication.activeModalWidget()) is not None and widget.isVisible():
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


# ----- what a person does in a dialog -----------------------------------------------------
def click(widget: QWidget) -> None:
    """A real left click in the middle of ``widget`` (on the box of a check box or radio button)."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be clicked"
    x = widget.width() // 2
    if isinstance(widget, QCheckBox | QRadioButton):
        x = min(x, widget.fontMetrics().height() // 2 + 2)  # on the box itself (the row may be wider)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, widget.height() // 2))


def button(dialog: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text (without the & of its shortcut) is ``text``."""
    found = [b for b in dialog.findChildren(QAbstractButton)
             if b.isVisible() and b.text().replace("&", "") == text]
    assert found, f"no button {text!r} in {dialog.windowTitle()!r}: " + ", ".join(
        b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible())
    return found[0]


def press(dialog: QWidget, text: str) -> None:
    click(button(dialog, text))


def save(dialog: QWidget) -> None:
    """Click the dialog's accepting button (Opslaan, OK, Toevoegen, …)."""
    box = dialog.findChild(QDialogButtonBox)
    for b in box.buttons():
        if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole):
            click(b)
            return
    raise AssertionError("the dialog has no accepting button")


def type_into(widget: QWidget, text: str, replace: bool = True) -> None:
    """Focus ``widget`` and type ``text`` with real key presses (selecting what was there)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if replace:
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(widget, Qt.Key.Key_Backspace)
    QTest.keyClicks(widget, text)


def key(widget: QWidget, key_: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key_, modifier)


def choose(combo, text: str) -> None:
    """Pick the entry ``text`` in a combo box with the keyboard, as a person would."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    while combo.currentIndex() != index:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def answer(text: str) -> Step:
    """A step that presses the button ``text`` in a message box (or any dialog)."""
    return lambda widget: press(widget, text)


def read_into(sink: list[str]) -> Step:
    """A step that keeps a message box's text and closes it with its default button."""
    def step(box):
        sink.append(box.text())
        (box.defaultButton() or box.escapeButton() or box.buttons()[0]).click()
    return step


def show_active(qtbot, window: QWidget) -> QWidget:
    """Show ``window`` and make it the active window, so the keyboard focus is real."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def focused() -> QWidget:
    """The widget with the keyboard focus (a test fails here rather than typing into nothing)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget
