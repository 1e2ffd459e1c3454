"""Headings a screen reader hears as headings (WCAG 1.3.1): a ``QLabel`` made by
``widgets.common.heading`` carries its level (``headingLevel``); Qt reports every label as static
text, so an accessibility factory gives those labels the role *Heading*. Installed once, at
start-up; nothing is made for a label that is no heading.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel

_installed = False
_made: dict[int, QAccessibleInterface] = {}  # Qt caches the interface; Python keeps it alive too


class HeadingAccessible(QAccessibleWidget):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if key == "QLabel" and isinstance(obj, QLabel) and obj.property("headingLevel"):
        key_of = id(obj)
        made = _made.get(key_of)
        if made is None:
            made = _made[key_of] = HeadingAccessible(obj)
            obj.destroyed.connect(partial(_made.pop, key_of, None))
        return made
    return None


def install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
