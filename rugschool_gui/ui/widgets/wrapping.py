"""Check boxes and radio buttons whose label wraps onto more lines instead of pushing the page
sideways ("Ik merk de grenzen van mijn lichaam niet op, of ik negeer ze." at the largest text).

They are real ``QCheckBox`` / ``QRadioButton`` widgets (same signals, same keyboard, the label is
their accessible name); only their size and painting know about wrapping: the width they ask
for is that of their longest word, the height follows the width (``heightForWidth``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


if TYPE_CHECKING:
    _Base = QAbstractButton
else:
    _Base = object


class _Wrapping(_Base):
    """What a wrapping check box and radio button share (mixed into the Qt class)."""

    _indicator_metric = QStyle.PixelMetric.PM_IndicatorWidth
    _element = QStyle.ControlElement.CE_CheckBox

    def _setup(self) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_left(self) -> int:
        style = self.style()
        return (style.pixelMetric(self._indicator_metric, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self) + 2)

    def _text_rect(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width - self._text_left()), 100_000),
                                               int(_FLAGS), self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        from .. import design

        return max(design.target(self), self._text_rect(width).height() + 4)

    def sizeHint(self) -> QSize:
        base = super().sizeHint()  # the one-line size: the width a short label wants
        return QSize(base.width(), self.heightForWidth(base.width()))

    def minimumSizeHint(self) -> QSize:
        words = self.text().replace("&&", "&").split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        width = self._text_left() + widest + 4
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)  # type: ignore[attr-defined]  # QCheckBox's and QRadioButton's
        text = opt.text
        opt.text = ""
        painter.drawControl(self._element, opt)  # the indicator (and focus, hover) without text
        rect = self.rect().adjusted(self._text_left(), 0, 0, 0)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(_FLAGS), text.replace("&&", "&"))
        painter.end()

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)


class WrapCheckBox(_Wrapping, QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, text, parent)
        self._setup()


class WrapRadioButton(_Wrapping, QRadioButton):
    _indicator_metric = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    _element = QStyle.ControlElement.CE_RadioButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, text, parent)
        self._setup()
