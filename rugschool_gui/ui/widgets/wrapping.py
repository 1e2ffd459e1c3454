"""Text that wraps onto more lines instead of pushing the page sideways, and never breaks inside
a word.

- Check boxes and radio buttons whose label wraps ("Ik merk de grenzen van mijn lichaam niet op,
  of ik negeer ze." at the largest text). They are real ``QCheckBox`` / ``QRadioButton`` widgets
  (same signals, same keyboard, the label is their accessible name); only their size and
  painting know about wrapping: the width they ask for is that of their longest word, the
  height follows the width (``heightForWidth``, remembered per width: a layout asks it often).
- :func:`elide_long_words` and :class:`WholeWordsDelegate`: table cells wrap between words only;
  a word wider than its column ends in "…" ("Boodschap…", the whole text in the cell's tooltip)
  instead of being cut in two ("Boodschap" / "pen").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: where a line may break: a space, a tab, a new line (Qt's item text has U+2028 for "\n")
_BREAKS = frozenset(" \t\n\u2028")
_BETWEEN_WORDS = re.compile("([ \t\n\u2028])")


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
        key = (width, self.text(), self.font().key(), self.style())
        known = getattr(self, "_height_for", None)
        if known is not None and known[0] == key:
            return known[1]
        from .. import design

        height = max(design.target(self), self._text_rect(width).height() + 4)
        self._height_for = (key, height)  # a layout asks the same width many times over
        return height

    def sizeHint(self) -> QSize:
        base = super().sizeHint()  # the one-line size: the width a short label wants
        return QSize(base.width(), self.heightForWidth(base.width()))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word; as tall as at the width it asks for. The height at
        the real width comes from :meth:`heightForWidth`: a minimum height taken at the narrowest
        width (a word a line) made a scroll area of reasons a screen taller than its content."""
        words = self.text().replace("&&", "&").split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        width = self._text_left() + widest + 4
        return QSize(width, self.heightForWidth(max(width, super().sizeHint().width())))

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


def elide_long_words(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` with every word wider than ``width`` shortened to fit, ending in "…"; the spaces
    and line breaks (also Qt's U+2028 in an item's text) stay as they are. A no-break space
    binds two words into one, as it does when the text is laid out."""
    if width <= 0:
        return text

    def fitted(part: str) -> str:
        if not part or part in _BREAKS or metrics.horizontalAdvance(part) <= width:
            return part
        return metrics.elidedText(part, Qt.TextElideMode.ElideRight, width)

    return "".join(fitted(part) for part in _BETWEEN_WORDS.split(text))


class WholeWordsDelegate(QStyledItemDelegate):
    """Cells of a word-wrapping table: the text wraps between words; a word wider than the
    column is shortened with "…" rather than broken in two. The model's tooltip should say the
    whole text (a screen reader reads the model's text, never the shortened one)."""

    CACHE = 2000  # shortened texts kept (a screenful is painted and measured many times over)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fitted: dict[tuple[str, int, str], str] = {}

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        text, width = option.text, option.rect.width()
        if not text or width <= 0:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        room = width - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        key = (text, room, option.font.key())
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) >= self.CACHE:
                self._fitted.clear()
            fitted = self._fitted[key] = elide_long_words(option.fontMetrics, text, room)
        option.text = fitted
