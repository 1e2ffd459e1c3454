"""Input widgets shared by the chapters: optional 0–N ratings and short multi-line text boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox

EMPTY = -1  # the spin box value meaning "not filled in"


def rating_box(maximum: int, accessible: str) -> QSpinBox:
    """A 0..maximum rating that may stay empty: its lowest value shows "—"."""
    box = QSpinBox()
    box.setRange(EMPTY, maximum)
    box.setSpecialValueText("—")
    box.setValue(EMPTY)
    box.setSuffix(f" / {maximum}")
    box.setAccessibleName(accessible)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("100 / 100") * 2)
    return box


def rating_value(box: QSpinBox) -> int | None:
    return None if box.value() == EMPTY else box.value()


def set_rating(box: QSpinBox, value: int | None) -> None:
    box.setValue(EMPTY if value is None else value)


def text_box(lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + box.fontMetrics().height())
    return box
