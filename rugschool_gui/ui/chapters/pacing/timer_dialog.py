"""The break timer: counts down a work block, then clearly signals the break, counts it, and so
on (WORKBOOK.md §2: alternate effort and rest).

The countdown is read from :class:`~rugschool_gui.domain.pacing_timer.BreakTimer` against a
clock (``time.monotonic`` by default), so a hidden window or a busy machine never makes it
drift; the screen only refreshes a few times a second. At the start of a break the window comes
to the front with a coloured panel and, unless turned off, a sound. The run is recorded when it
ends (in the workbook it was started in, even if another one is open by then), so the page can
say "Pauzes genomen: 4 van 5 deze week".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.pacing import BREAK, ChunkPlan
from ....domain.pacing_timer import BreakTimer
from ....operations import pacing as ops
from ... import design
from ...context import PageContext
from ...i18n import args, translate
from ...idle_lock import LOCKED_PROPERTY
from ...widgets.form_dialog import AppDialog
from .texts import minutes_text

REFRESH_MS = 250


def clock_text(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TimerDialog(AppDialog):
    def __init__(self, ctx: PageContext, plan: ChunkPlan, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.ctx, self.plan, self.clock = ctx, plan, clock
        self.workbook_id = ctx.workbook_id  # the run belongs to the workbook it was started in
        self.setObjectName("break-timer")
        self.setWindowTitle(args(translate("Pacing", "Pauzetimer: %1"), plan.name or translate("Pacing", "je klus")))
        self.started_at = datetime.now(UTC)
        self.timer = BreakTimer(plan.blocks, clock())
        self._last_index = -1
        self._recorded = False
        lay = QVBoxLayout(self)
        self.panel = QFrame()
        self.panel.setAutoFillBackground(True)
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        pv = QVBoxLayout(self.panel)
        self.phase = QLabel()
        self.phase.setObjectName("timer-phase")
        self.remaining = QLabel()
        self.remaining.setObjectName("timer-remaining")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        self.remaining.setFont(big)
        phase_font = QFont(self.font())
        phase_font.setPointSizeF(phase_font.pointSizeF() * 1.5)
        phase_font.setBold(True)
        self.phase.setFont(phase_font)
        for w in (self.phase, self.remaining):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pv.addWidget(w)
        self.progress = QLabel()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pv.addWidget(self.progress)
        lay.addWidget(self.panel)
        row = QHBoxLayout()
        self.pause_button = QPushButton(translate("Pacing", "Stilzetten"))
        self.pause_button.setObjectName("timer-pause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button = QPushButton(translate("Pacing", "Overslaan"))
        self.skip_button.clicked.connect(self.skip)
        self.stop_button = QPushButton(translate("Pacing", "Stoppen"))
        self.stop_button.clicked.connect(self.stop)
        for b in (self.pause_button, self.skip_button, self.stop_button):
            row.addWidget(b)
        lay.addLayout(row)
        options = QHBoxLayout()
        self.sound = QCheckBox(translate("Pacing", "Geluid bij de pauze"))
        self.sound.setChecked(ctx.settings.timer_sound)
        self.sound.toggled.connect(self._sound_toggled)
        self.on_top = QCheckBox(translate("Pacing", "Klein en altijd bovenop"))
        self.on_top.toggled.connect(self._on_top_toggled)
        options.addWidget(self.sound)
        options.addWidget(self.on_top)
        lay.addLayout(options)
        self.ticker = QTimer(self)
        self.ticker.setInterval(REFRESH_MS)
        self.ticker.timeout.connect(self.refresh)
        self.ticker.start()
        self.refresh()

    # ----- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        now = self.clock()
        state = self.timer.state(now)
        if state.finished:
            self._finish(now)
            return
        is_break = state.kind == BREAK
        self.phase.setText(translate("Pacing", "Pauze. Rust even uit.") if is_break else translate("Pacing", "Werken"))
        self.remaining.setText(clock_text(state.remaining))
        self.progress.setText(args(translate("Pacing", "Blok %1 van %2 · pauzes genomen: %3 van %4"),
                                   self.timer.work_block_number(state.index), self.timer.work_blocks,
                                   self.timer.breaks_taken(now), self.timer.breaks_planned))
        self.pause_button.setText(translate("Pacing", "Verder") if state.paused else translate("Pacing", "Stilzetten"))
        if state.index != self._last_index:
            self._last_index = state.index
            self._colour(is_break)
            if is_break:
                self._signal_break()

    def _colour(self, is_break: bool) -> None:
        pal = self.panel.palette()
        if is_break:  # a calm green (the design's "done"), text in the colour that reads on it
            c = design.colours(self.palette())
            pal.setColor(QPalette.ColorRole.Window, c.done)
            pal.setColor(QPalette.ColorRole.WindowText, c.window if c.dark else QColor("#ffffff"))
        else:
            pal = self.palette()
        self.panel.setPalette(pal)

    def _signal_break(self) -> None:
        """The break must be noticed: to the front, the taskbar alerts, and a sound. While the
        app is locked (``ui.idle_lock``) it stays out of sight: the sound and the alert remain."""
        app = QApplication.instance()
        if app is None or not app.property(LOCKED_PROPERTY):
            self.show()
            self.raise_()
            self.activateWindow()
        QApplication.alert(self)
        if self.sound.isChecked():
            QApplication.beep()

    # ----- controls -----------------------------------------------------------------------
    def toggle_pause(self) -> None:
        now = self.clock()
        if self.timer.state(now).paused:
            self.timer.resume(now)
        else:
            self.timer.pause(now)
        self.refresh()

    def skip(self) -> None:
        self.timer.skip(self.clock())
        self.refresh()

    def stop(self) -> None:
        now = self.clock()
        self.timer.stop(now)
        self._finish(now)

    def _finish(self, now: float) -> None:
        self.ticker.stop()
        if not self._recorded:
            self._recorded = True
            self.ctx.run(ops.record_timer_run, self.plan.name or "—", self.started_at, self.timer.breaks_planned,
                         self.timer.breaks_taken(now), self.timer.work_done_minutes(now), source=self,
                         workbook_id=self.workbook_id)
        self.phase.setText(translate("Pacing", "Klaar"))
        self.remaining.setText(minutes_text(round(self.timer.work_done_minutes(now))))
        self.progress.setText(args(translate("Pacing", "Pauzes genomen: %1 van %2"),
                                   self.timer.breaks_taken(now), self.timer.breaks_planned))
        self._colour(False)
        for b in (self.pause_button, self.skip_button):
            b.setEnabled(False)
        self.stop_button.setText(translate("Pacing", "Sluiten"))
        self.stop_button.clicked.disconnect()
        self.stop_button.clicked.connect(self.accept)

    def _sound_toggled(self, on: bool) -> None:
        self.ctx.settings.timer_sound = on

    def _on_top_toggled(self, on: bool) -> None:
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if on:
            self.resize(self.minimumSizeHint())
        self.show()

    def closeEvent(self, event) -> None:
        if not self._recorded:
            self.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        if not self._recorded:
            self.stop()
        super().reject()
