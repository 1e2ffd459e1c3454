"""Relaxation: three exercises explained, each guided on screen step by step (progressive
relaxation: tense ~7 s, release ~20 s per muscle group; autogenic formulas; a body scan), tension
0–10 before and after, a log of sessions and a small chart of before/after.

The guide follows the clock (``GuidedExercise``), so it can be paused and stepped back and forth
with the keyboard (Space, ←, →, Esc). It can be followed with the eyes closed: a soft bell at each
step (tense, release, next, end), or a therapist's own recording with pause and resume
(``relax_sound``), and if chosen the computer's own voice reads each step as it starts (quiet
while paused, and once the guide stops or its window closes); without sound it works on screen
as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.charts import RECENT_ENTRIES
from ....domain.relax_cues import END, cue_at_step
from ....domain.too_much import (
    EXERCISES,
    SCALE_MAX,
    GuidedExercise,
    RelaxationSession,
    relaxation_chart,
    relaxation_steps,
)
from ....wording.too_much import words
from ... import design
from ...context import PageContext
from ...dates import axis_dates, long_date
from ...i18n import args, translate
from ...widgets.chart_view import ChartWithTable
from ...widgets.common import card, heading, paragraph
from ...widgets.flow import action_row
from ...widgets.history_pager import HistoryPager
from ...widgets.inputs import rating_box, rating_value, set_rating
from ...widgets.wrapping import WrapRadioButton
from .relax_sound import GuideSound
from .running import ops, practice_repo, run
from .texts import chart_label, exercise, exercise_about, phase_name, step_text

REFRESH_MS = 250


class _GuideKeys(QObject):
    def __init__(self, tab: RelaxTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress or self.tab.guide is None:
            return False
        action = {Qt.Key.Key_Space: self.tab.toggle_pause, Qt.Key.Key_Right: self.tab.next_step,
                  Qt.Key.Key_Left: self.tab.previous_step, Qt.Key.Key_Escape: self.tab.stop}.get(Qt.Key(event.key()))
        if action is None:
            return False
        action()
        return True


class _WindowClosed(QObject):
    """Stops a running guide once its window has closed (it may live on in the tray)."""

    def __init__(self, tab: RelaxTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:  # after the window had its say (it may stay open)
            QTimer.singleShot(0, self.tab, self.tab.stop_if_window_closed)
        return False


class RelaxTab(QWidget):
    def __init__(self, ctx: PageContext, today: Callable[[], date], parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.ctx, self.today, self.clock = ctx, today, clock
        self.guide: GuidedExercise | None = None
        self._exercise = EXERCISES[0]
        self._last_index = -1
        v = QVBoxLayout(self)
        self.title = heading(level=2)
        self.intro = paragraph()
        v.addWidget(self.title)
        v.addWidget(self.intro)
        self.choice = QButtonGroup(self)
        self.choice_rows: list[tuple[QRadioButton, QLabel]] = []
        for i, key in enumerate(EXERCISES):
            radio = WrapRadioButton()
            radio.setObjectName(f"exercise-{key}")
            radio.setChecked(i == 0)
            about = paragraph()
            about.setIndent(self.fontMetrics().height() * 2)
            self.choice.addButton(radio, i)
            self.choice_rows.append((radio, about))
            v.addWidget(radio)
            v.addWidget(about)
        self.choice.idClicked.connect(self._choose)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.before_label = QLabel()
        self.before = rating_box(SCALE_MAX, "")
        self.before.setObjectName("tension-before")
        self.before_label.setBuddy(self.before)
        form.addRow(self.before_label, self.before)
        v.addLayout(form)
        self.start_button = design.primary(QPushButton())
        self.start_button.setObjectName("start-relaxation")
        self.start_button.clicked.connect(self.start)
        self.sound = GuideSound(ctx.settings, language=lambda: ctx.language)
        self.sound.exercise = self._exercise
        v.addWidget(self.sound)
        v.addWidget(action_row((self.start_button,)))
        v.addWidget(self._build_guide())
        v.addWidget(self._build_after())
        self.log_title = heading(level=3)
        self.log = paragraph()
        self.log.setObjectName("relax-log")
        self.chart = ChartWithTable(chart_label)
        self.chart.setObjectName("relax-chart")
        self.pager = HistoryPager(RECENT_ENTRIES)
        self.pager.setObjectName("relax-pager")
        self.pager.moved.connect(lambda _page: self.reload())
        for w in (self.log_title, self.log, self.pager, self.chart):
            v.addWidget(w)
        v.addStretch(1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(REFRESH_MS)
        self.ticker.timeout.connect(self.refresh)
        self._sessions: list[RelaxationSession] = []
        self._followed: int | None = None  # seconds followed in the guide that just ended
        self.recording_mode = False
        self._window_watch = _WindowClosed(self)

    def _choose(self, index: int) -> None:
        self._exercise = EXERCISES[index]
        self.sound.show_exercise(self._exercise)

    def _build_guide(self) -> QWidget:
        self.guide_card = card("relax-guide")
        g = QVBoxLayout(self.guide_card)
        self.phase = QLabel()
        self.phase.setObjectName("guide-phase")
        self.step = QLabel()
        self.step.setObjectName("guide-step")
        self.step.setWordWrap(True)
        design.set_type(self.step, "display")
        self.countdown = QLabel()
        self.countdown.setObjectName("guide-countdown")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.prev_button, self.pause_button = QPushButton(), QPushButton()
        self.next_button, self.stop_button = QPushButton(), QPushButton()
        for b, action in ((self.prev_button, self.previous_step), (self.pause_button, self.toggle_pause),
                          (self.next_button, self.next_step), (self.stop_button, self.stop)):
            b.clicked.connect(action)
        for w in (self.phase, self.step, self.countdown, self.progress):
            g.addWidget(w)
        g.addWidget(action_row((self.prev_button, self.pause_button, self.next_button, self.stop_button)))
        self.guide_card.installEventFilter(_GuideKeys(self))
        self.guide_card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.guide_card.setVisible(False)
        return self.guide_card

    def _build_after(self) -> QWidget:
        self.after_card = card("relax-after")
        f = QFormLayout(self.after_card)
        self.after_label = QLabel()
        self.after = rating_box(SCALE_MAX, "")
        self.after.setObjectName("tension-after")
        self.after_label.setBuddy(self.after)
        self.note = QLineEdit()
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save-relaxation")
        self.save_button.clicked.connect(self.save_session)
        f.addRow(self.after_label, self.after)
        f.addRow(self.note_label, self.note)
        f.addRow(self.save_button)
        self.after_card.setVisible(False)
        return self.after_card

    def retranslate(self) -> None:
        self.title.setText(words("relax_title"))
        self.guide_card.setAccessibleName(translate(
            "TooMuch", "Begeleide oefening: spatie pauzeert, pijltjes gaan naar de vorige of volgende stap, Esc stopt"))
        self.intro.setText(translate(
            "TooMuch", "Ontspannen kun je leren, ook met rugpijn. Je leert deze oefeningen het best eerst samen "
            "met je kinesitherapeut (fysiotherapeut) of psycholoog; hier oefen je thuis verder. Kies een oefening, "
            "geef aan hoe gespannen je nu bent, en volg de stappen op het scherm. Je kunt altijd pauzeren of "
            "stoppen."))
        for (radio, about), key in zip(self.choice_rows, EXERCISES, strict=True):
            radio.setText(exercise(key))
            about.setText(exercise_about(key))
        self.before_label.setText(translate("TooMuch", "&Spanning nu (0–10):"))
        self.before.setAccessibleName(translate("TooMuch", "Spanning voor de oefening"))
        self.start_button.setText(translate("TooMuch", "Begin de oefening"))
        self.sound.retranslate()
        self.prev_button.setText(translate("TooMuch", "◀ Vorige (←)"))
        self.next_button.setText(translate("TooMuch", "Volgende (→) ▶"))
        self.stop_button.setText(translate("TooMuch", "Stoppen (Esc)"))
        self.after_label.setText(translate("TooMuch", "Spanning &na de oefening (0–10):"))
        self.after.setAccessibleName(translate("TooMuch", "Spanning na de oefening"))
        self.note_label.setText(translate("TooMuch", "&Notitie:"))
        self.save_button.setText(translate("TooMuch", "Bewaren in mijn logboek"))
        self.log_title.setText(translate("TooMuch", "Je logboek"))
        self.chart.retranslate()
        self.pager.retranslate()
        self.refresh()
        self.reload()

    # ----- the guide ----------------------------------------------------------------------
    def start(self) -> None:
        self.guide = GuidedExercise(relaxation_steps(self._exercise), started=self.clock())
        self._last_index = -1
        self.recording_mode = self.sound.plays_recording and self.sound.start_recording()
        for b in (self.prev_button, self.next_button):
            b.setVisible(not self.recording_mode)
        self.progress.setVisible(not self.recording_mode)
        self.guide_card.setVisible(True)
        self.after_card.setVisible(False)
        self.start_button.setEnabled(False)
        self.guide_card.setFocus()
        self.window().installEventFilter(self._window_watch)
        self.ticker.start()
        self.refresh()

    def refresh(self) -> None:
        if self.guide is None:
            return
        now = self.clock()
        if self.recording_mode:
            self._refresh_recording()
            return
        index, left, finished = self.guide.position(now)
        if finished:
            self.sound.cue(END)
            self._finish()
            return
        step = self.guide.steps[index]
        self.phase.setText(f"{phase_name(step.phase)} · "
                           + args(translate("TooMuch", "stap %1 van %2"), index + 1, len(self.guide.steps)))
        self.step.setText(step_text(step))
        self.guide_card.setAccessibleDescription(step_text(step))  # a screen reader reads the step too
        self.countdown.setText(args(translate("TooMuch", "nog %1 s"), GuidedExercise.seconds_shown(left)))
        self.progress.setMaximum(int(self.guide.total_seconds))
        self.progress.setValue(int(self.guide.elapsed(now)))
        self.pause_button.setText(translate("TooMuch", "Verder (spatie)") if self.guide.paused
                                  else translate("TooMuch", "Pauze (spatie)"))
        if index != self._last_index:
            self._last_index = index
            self.sound.cue(cue_at_step(self.guide.steps, index))
            self.sound.read_aloud(step_text(step))

    def _refresh_recording(self) -> None:
        """The therapist's voice guides: the screen says so and counts what was heard."""
        assert self.guide is not None
        if self.sound.recording_ended:
            self._finish()
            return
        self.phase.setText(translate("TooMuch", "Opname van je therapeut"))
        self.step.setText(translate("TooMuch", "Luister met je ogen dicht. Spatie pauzeert, Esc stopt."))
        played = int(self.sound.seconds_played)
        self.countdown.setText(args(translate("TooMuch", "%1 min %2 s beluisterd"), played // 60, played % 60))
        self.pause_button.setText(translate("TooMuch", "Verder (spatie)") if self.guide.paused
                                  else translate("TooMuch", "Pauze (spatie)"))

    def toggle_pause(self) -> None:
        if self.guide is None:
            return
        now = self.clock()
        (self.guide.resume if self.guide.paused else self.guide.pause)(now)
        self.sound.set_paused(self.guide.paused)
        if self.guide.paused:
            self.sound.quiet()
        self.refresh()
        if self.guide is not None and not self.guide.paused and not self.recording_mode:
            index, _left, finished = self.guide.position(self.clock())
            if not finished:  # on again: the step is read once more, for eyes that are closed
                self.sound.read_aloud(step_text(self.guide.steps[index]))

    def next_step(self) -> None:
        if self.guide is not None and not self.recording_mode:
            self.guide.next_step(self.clock())
            self.refresh()

    def previous_step(self) -> None:
        if self.guide is not None and not self.recording_mode:
            self.guide.previous_step(self.clock())
            self.refresh()

    def stop(self) -> None:
        if self.guide is not None:
            self._finish()

    def stop_if_window_closed(self) -> None:
        if self.guide is not None and not self.window().isVisible():
            self.stop()

    def _finish(self) -> None:
        self.ticker.stop()
        self.sound.quiet()
        self.window().removeEventFilter(self._window_watch)
        if self.guide is not None:  # the practice meter: time the guide ran or the recording sounded
            self._followed = (int(self.sound.seconds_played) if self.recording_mode
                              else self.guide.followed_seconds(self.clock()))
        self.guide = None
        if self.recording_mode:
            self.sound.stop()
            self.recording_mode = False
        self.guide_card.setVisible(False)
        self.after_card.setVisible(True)
        self.start_button.setEnabled(True)
        self.after.setFocus()

    def save_session(self) -> None:
        session = RelaxationSession(None, self.today(), self._exercise, rating_value(self.before),
                                    rating_value(self.after), self.note.text(), self._followed)
        if run(self, self.ctx, ops().save_relaxation, session) is not None:
            self._followed = None
            self.after_card.setVisible(False)
            set_rating(self.before, None)
            set_rating(self.after, None)
            self.note.clear()
            self.reload()

    # ----- the log ------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        page = self.pager.page_of(self.ctx.workbook_id)
        self._sessions, total = self.ctx.load(practice_repo().relaxation_page, self.ctx.workbook_id, page,
                                              RECENT_ENTRIES, default=([], 0))
        self.pager.show_range(total, self._sessions, lambda s: s.day)
        lines = []
        for s in reversed(self._sessions):  # every entry of the page the pager says it shows
            tension = " → ".join("—" if x is None else words("intensity", value=x) for x in (s.before, s.after))
            followed = ("" if s.followed_seconds is None
                        else " · " + args(translate("TooMuch", "%1 min gevolgd"), round(s.followed_seconds / 60)))
            lines.append(f"{long_date(s.day)} · {exercise(s.exercise)} · {tension}{followed}"
                         + (f" · {s.note}" if s.note else ""))
        self.log.setText("\n".join(lines) or words("no_relax"))
        self.chart.set_spec(relaxation_chart(self._sessions, axis_dates([s.day for s in self._sessions])))
