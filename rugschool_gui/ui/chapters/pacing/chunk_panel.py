"""Work and breaks: the chunk calculator with its figure, saved chunk plans, and the timer.

The figure sets the same work in chunks with breaks against all at once and then recovering
(WORKBOOK.md §2: 60 min of weeding and 120 min on the couch = 180 min; 20-minute chunks with
15-minute breaks = 90 min). It draws the rows :func:`~rugschool_gui.domain.pacing.chunk_comparison`
gives, as the PDF does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import DomainError
from ....domain.pacing import (
    BREAK,
    MAX_MINUTES,
    ChunkPlan,
    Timeline,
    chunk_comparison,
    minutes_saved,
    week_monday,
)
from ....operations import ChangeSet
from ....operations import pacing as ops
from ....wording.pacing import words
from ... import design
from ...context import PageContext
from ...i18n import args, translate
from ...messages import domain_message
from ...widgets.common import paragraph
from ...widgets.flow import action_row
from .texts import minutes_text

#: how the panel writes: the page's ``run`` (one operation, undoable, the page shown once)
Run = Callable[..., ChangeSet | None]


def _repo() -> Any:
    from ....storage import pacing

    return pacing


def timeline_label(key: str) -> str:
    """"In blokken met pauzes" / "Alles in één keer, dan bekomen": the same words as the PDF."""
    return words(key) if key in ("chunked", "all_at_once") else key


class ChunkFigure(QWidget):
    """Two timelines on one minute scale: work blocks solid, breaks and recovery lighter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chunk-figure")
        self._rows: tuple[Timeline, ...] = ()

    def set_rows(self, rows: tuple[Timeline, ...]) -> None:
        self._rows = rows
        self.setAccessibleDescription("; ".join(
            f"{timeline_label(r.key)}: {minutes_text(r.total)}" for r in rows))
        self.update()

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 30, int(em * 5.5))

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()  # the bars shrink with a narrow window; the labels stay
        return QSize(em * 16, int(em * 5.5))

    def paintEvent(self, _event) -> None:
        if not self._rows:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        em = fm.height()
        c = design.colours(self.palette())
        label_w = max(fm.horizontalAdvance(timeline_label(r.key)) for r in self._rows) + em
        total_w = max(fm.horizontalAdvance(minutes_text(r.total)) for r in self._rows) + em
        left, right = label_w, self.width() - total_w
        scale = (right - left) / max(r.total for r in self._rows)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for i, row in enumerate(self._rows):
            y = em * 0.3 + i * em * 2.4
            p.setPen(text)
            p.drawText(QRectF(0, y, label_w, em * 1.6), Qt.AlignmentFlag.AlignVCenter, timeline_label(row.key))
            x = float(left)
            work = QColor(c.physical if row.key == "chunked" else c.caution)
            for block in row.blocks:
                w = block.minutes * scale
                colour = QColor(work)
                if block.kind == BREAK:
                    colour.setAlpha(70)
                p.fillRect(QRectF(x, y, max(1.0, w - 1), em * 1.6), colour)
                if w > fm.horizontalAdvance("999") + 4:
                    p.setPen(text if block.kind == BREAK else c.on_accent if row.key == "chunked" else c.window)
                    p.drawText(QRectF(x, y, w, em * 1.6), Qt.AlignmentFlag.AlignCenter, str(int(block.minutes)))
                x += w
            p.setPen(text)
            p.drawText(QRectF(x + em * 0.4, y, total_w, em * 1.6), Qt.AlignmentFlag.AlignVCenter,
                       minutes_text(row.total))
        p.end()


def _minutes_spin(value: int, zero_text: str | None = None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_MINUTES)
    box.setSuffix(" min")
    box.setValue(value)
    if zero_text:
        box.setSpecialValueText(zero_text)
    return box


class ChunkPanel(QGroupBox):
    start_timer = Signal(object)  # a ChunkPlan

    def __init__(self, ctx: PageContext, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._run = ctx, run
        self.setObjectName("chunk-panel")
        v = QVBoxLayout(self)
        self.help = paragraph()
        v.addWidget(self.help)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        self.name = QLineEdit()
        self.name.setObjectName("chunk-name")
        self.name.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.work, self.chunk, self.pause = _minutes_spin(60), _minutes_spin(20), _minutes_spin(15)
        self.recovery = _minutes_spin(120)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.name, self.work, self.chunk, self.pause, self.recovery), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        for box in (self.work, self.chunk, self.pause, self.recovery):
            box.valueChanged.connect(self._recompute)
        v.addLayout(form)
        self.figure = ChunkFigure()
        self.result = paragraph()
        self.result.setObjectName("chunk-result")
        v.addWidget(self.figure)
        v.addWidget(self.result)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_plan)
        self.timer_button = QPushButton()
        self.timer_button.setObjectName("start-timer")
        self.timer_button.clicked.connect(lambda: self._start(self.current_plan()))
        v.addWidget(action_row((self.save_button, self.timer_button)))
        self.saved_label = QLabel()
        self.saved = QListWidget()
        self.saved.setObjectName("chunk-plans")
        self.saved.itemDoubleClicked.connect(lambda item: self._load(item.data(Qt.ItemDataRole.UserRole)))
        self.use_button = QPushButton()
        self.use_button.clicked.connect(self._use_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_selected)
        self.breaks = paragraph()
        self.breaks.setObjectName("breaks-this-week")
        for w in (self.saved_label, self.saved):
            v.addWidget(w)
        v.addWidget(action_row((self.use_button,), (self.delete_button,)))
        v.addWidget(self.breaks)
        self._plans: list[ChunkPlan] = []

    def retranslate(self) -> None:
        self.set_texts()
        self.reload()

    def set_texts(self) -> None:
        """The panel's texts and the worked-out example (the saved plans: :meth:`reload`)."""
        self.setTitle(words("chunks"))
        self.help.setText(translate(
            "Pacing", "Een klus in één keer doen en daarna lang moeten bekomen, kost meer tijd dan werken in "
            "blokken met een pauze ertussen. Reken het hier uit voor je eigen klus."))
        for label, text in zip(self.labels, (
                translate("Pacing", "&Klus:"), translate("Pacing", "&Werk in totaal:"),
                translate("Pacing", "&Blokken van:"), translate("Pacing", "&Pauze tussen de blokken:"),
                translate("Pacing", "In één keer: &bekomen achteraf:")), strict=True):
            label.setText(text)
        self.name.setPlaceholderText(translate("Pacing", "bijvoorbeeld de tuin wieden"))
        for field, label in zip((self.name, self.work, self.chunk, self.pause, self.recovery), self.labels, strict=True):
            field.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.save_button.setText(translate("Pacing", "Bewaren"))
        self.timer_button.setText(translate("Pacing", "Start de pauzetimer…"))
        self.saved_label.setText(translate("Pacing", "Je bewaarde klussen (dubbelklik om te openen):"))
        self.use_button.setText(translate("Pacing", "Openen"))
        self.delete_button.setText(translate("Pacing", "Verwijderen"))
        self.use_button.setAccessibleName(translate("Pacing", "Bewaarde klus openen"))
        self.delete_button.setAccessibleName(translate("Pacing", "Bewaarde klus verwijderen"))
        self._recompute()

    # ----- the calculation ----------------------------------------------------------------
    def current_plan(self) -> ChunkPlan:
        return ChunkPlan(None, self.name.text(), self.work.value(), self.chunk.value(), self.pause.value(),
                         self.recovery.value())

    def _recompute(self, *_args) -> None:
        plan = self.current_plan()
        try:
            chunked, at_once = chunk_comparison(plan)
        except DomainError as exc:
            self.figure.set_rows(())
            self.result.setText(domain_message(exc))
            self.timer_button.setEnabled(False)
            return
        self.figure.set_rows((chunked, at_once))
        saved = minutes_saved(chunked, at_once)
        text = args(translate("Pacing", "In blokken: %1 werk, %2 pauzes, samen %3. In één keer en dan bekomen: %4."),
                    minutes_text(plan.work), plan.breaks, minutes_text(chunked.total), minutes_text(at_once.total))
        if saved > 0:
            text += " " + args(translate("Pacing", "Met pauzes ben je %1 sneller klaar."), minutes_text(saved))
        self.result.setText(text)
        self.timer_button.setEnabled(True)

    # ----- saved plans --------------------------------------------------------------------
    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        self._plans = self.ctx.load(_repo().list_chunk_plans, self.ctx.workbook_id, default=[])
        self.saved.clear()
        for plan in self._plans:
            item = QListWidgetItem(args(translate("Pacing", "%1: %2 in blokken van %3, %4 pauze"), plan.name,
                                        minutes_text(plan.work), minutes_text(plan.chunk), minutes_text(plan.pause)))
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.saved.addItem(item)
        line = self.saved.sizeHintForRow(0) if self._plans else 0
        self.saved.setFixedHeight(line * min(len(self._plans), 5) + 2 * self.saved.frameWidth() + 4)
        has = bool(self._plans)
        for w in (self.saved_label, self.saved, self.use_button, self.delete_button):
            w.setVisible(has)
        taken, planned = self.ctx.load(_repo().breaks_in_week, self.ctx.workbook_id,
                                       week_monday(date.today()), default=(0, 0))
        self.breaks.setText(args(translate("Pacing", "Pauzes genomen: %1 van %2 deze week."), taken, planned)
                            if planned else "")
        self.breaks.setVisible(bool(planned))

    def save_plan(self) -> None:
        self._run(ops.save_chunk_plan, self.current_plan(), rejected=self.result.setText)

    def _load(self, plan_id: str) -> None:
        plan = next((p for p in self._plans if p.id == plan_id), None)
        if plan is None:
            return
        self.name.setText(plan.name)
        for box, value in ((self.work, plan.work), (self.chunk, plan.chunk), (self.pause, plan.pause),
                           (self.recovery, plan.recovery)):
            box.setValue(int(value))

    def _use_selected(self) -> None:
        item = self.saved.currentItem()
        if item is not None:
            self._load(item.data(Qt.ItemDataRole.UserRole))

    def _delete_selected(self) -> None:
        item = self.saved.currentItem()
        if item is not None:
            self._run(ops.delete_chunk_plan, item.data(Qt.ItemDataRole.UserRole))

    def _start(self, plan: ChunkPlan) -> None:
        self.start_timer.emit(plan)
