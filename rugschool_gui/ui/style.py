"""Fusion, with controls a person in pain can find and hit: :class:`CalmStyle`.

Fusion draws the edge of a field and of a check box in ``window.darker(140)`` — about 1.2:1
against a dark window, invisible — and keeps its check boxes 13 px whatever the text size. This
proxy keeps everything else of Fusion and changes only that:

- check boxes and radio buttons grow with the text (``design.indicator``), and every check box
  or radio button row is at least ``design.target`` high (24 px at the default size, WCAG 2.5.8);
- their edge, and the edge of line edits, spin boxes, combo boxes and text areas, is drawn in
  ``design.Colours.edge`` (≥ 3:1 against the window and the field, WCAG 1.4.11); a ticked box is
  filled with the accent and its mark drawn in the colour that reads on the accent.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from . import design

_SIZE_METRICS = (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
                 QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)


class CalmStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("calm-fusion")

    # ----- sizes --------------------------------------------------------------------------
    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric in _SIZE_METRICS:
            return design.indicator(widget)
        return super().pixelMetric(metric, option, widget)

    def sizeFromContents(self, kind, option, size: QSize, widget=None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind in (QStyle.ContentsType.CT_CheckBox, QStyle.ContentsType.CT_RadioButton):
            result.setHeight(max(result.height(), design.target(widget)))
        return result

    # ----- edges --------------------------------------------------------------------------
    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        PE = QStyle.PrimitiveElement
        if element == PE.PE_IndicatorCheckBox:
            self._check_box(option, painter)
            return
        if element == PE.PE_IndicatorRadioButton:
            self._radio(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == PE.PE_FrameLineEdit or (element == PE.PE_Frame and _is_text_area(widget)):
            self._edge(option, painter)

    def drawComplexControl(self, control, option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        CC = QStyle.ComplexControl
        if control in (CC.CC_SpinBox, CC.CC_ComboBox) and getattr(option, "frame", True):
            self._edge(option, painter)
        elif control == CC.CC_ScrollBar:
            # Fusion's handle is ~1.4:1 against its groove (dark): its outline in the edge colour
            # shows where it is and how long (WCAG 1.4.11)
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider,
                                         widget)  # type: ignore[arg-type]  # the stubs want a widget; Qt takes none
            if handle.width() > 2 and handle.height() > 2:
                self._edge(option, painter, QRectF(handle))

    @staticmethod
    def _edge(option: QStyleOption, painter: QPainter, rect: QRectF | None = None) -> None:
        c = design.colours(option.palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(c.edge, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect((rect or QRectF(option.rect)).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.restore()

    @staticmethod
    def _box(option: QStyleOption) -> QRectF:
        side = min(option.rect.width(), option.rect.height())
        r = QRectF(0, 0, side, side)
        r.moveCenter(QRectF(option.rect).center())
        return r.adjusted(0.5, 0.5, -0.5, -0.5)

    def _check_box(self, option: QStyleOption, painter: QPainter) -> None:
        c = design.colours(option.palette)
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        on = bool(state & QStyle.StateFlag.State_On)
        partly = bool(state & QStyle.StateFlag.State_NoChange)
        box = self._box(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = c.edge if enabled else option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Mid)
        fill = c.accent if (on or partly) and enabled else c.field
        painter.setPen(QPen(c.accent if (on or partly) and enabled else edge, max(1.0, box.width() / 12)))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, box.width() / 6, box.width() / 6)
        mark = c.on_accent if enabled else option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        pen = QPen(mark, max(1.5, box.width() / 7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        w, x, y = box.width(), box.left(), box.top()
        if on:
            path = QPainterPath(QPointF(x + w * 0.24, y + w * 0.52))
            path.lineTo(QPointF(x + w * 0.42, y + w * 0.70))
            path.lineTo(QPointF(x + w * 0.76, y + w * 0.30))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif partly:
            painter.drawLine(QPointF(x + w * 0.28, y + w / 2), QPointF(x + w * 0.72, y + w / 2))
        painter.restore()

    def _radio(self, option: QStyleOption, painter: QPainter) -> None:
        c = design.colours(option.palette)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        on = bool(option.state & QStyle.StateFlag.State_On)
        box = self._box(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = c.edge if enabled else option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Mid)
        painter.setPen(QPen(c.accent if on and enabled else edge, max(1.0, box.width() / 12)))
        painter.setBrush(c.field)
        painter.drawEllipse(box)
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.accent if enabled else edge)
            inner = box.width() * 0.27
            painter.drawEllipse(box.center(), inner, inner)
        painter.restore()


def _is_text_area(widget: QWidget | None) -> bool:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    return isinstance(widget, QPlainTextEdit | QTextEdit)
