"""Walk a window as a keyboard and a screen reader do: real Tab presses, accessible names.

- :func:`tab_walk` presses Tab from a start control until the focus comes back to it, and fails
  on a keyboard trap (Tab that does not move on, or a loop that never returns).
- :func:`tabbable` lists the controls a person should be able to reach in a part of a window.
- :func:`accessible_name` is the name a screen reader announces (Qt's accessibility interface:
  the same tree AT-SPI and UI Automation read).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QLabel, QScrollBar, QWidget


def tab_walk(start: QWidget, limit: int = 800) -> list[QWidget]:
    window = start.window()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    first = window.focusWidget()
    assert first is not None, f"{start!r} cannot take the keyboard focus"
    visited = [first]
    for _ in range(limit):
        current = window.focusWidget()
        QTest.keyClick(current, Qt.Key.Key_Tab)
        after = window.focusWidget()
        if after is first:
            return visited
        assert after is not current, f"keyboard trap: Tab stays in {describe(current)}"
        assert after not in visited, f"keyboard trap: Tab loops back to {describe(after)} without leaving"
        visited.append(after)
    raise AssertionError(f"Tab never came back to the start after {limit} presses")


def tabbable(root: QWidget) -> list[QWidget]:
    window = root.window()
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(window) or not w.isEnabled() or isinstance(w, QScrollBar):
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            continue
        if isinstance(w.parentWidget(), QAbstractScrollArea) and w is w.parentWidget().viewport():
            continue
        found.append(w)
    return found


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says a control is. A combo box on Linux announces its value as its
    name and what it is for through its label (the "labelled by" relation): that label, or the
    name set on it, is what counts here."""
    if isinstance(widget, QComboBox):
        if widget.accessibleName().strip():
            return widget.accessibleName().strip()
        labels = [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
        return labels[0].text().replace("&", "").strip(" :") if labels else ""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    """A widget as a developer can find it: class, object name, accessible name, nearest
    named ancestor."""
    parent, chain = widget.parentWidget(), []
    while parent is not None and len(chain) < 3:
        if parent.objectName():
            chain.append(parent.objectName())
        parent = parent.parentWidget()
    return (f"{type(widget).__name__}#{widget.objectName() or '-'} "
            f"named {accessible_name(widget)!r} in {'/'.join(chain) or '?'}")
