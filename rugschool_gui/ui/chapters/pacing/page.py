"""The pacing page: the week planner, its balance flags, and working with breaks (WORKBOOK.md §2).

Top to bottom: which week (previous / next / this week, copy to next week, export to your
calendar), the grid with its actions, the flags of that week, the chunk calculator with the
break timer, and what to keep in mind. Every change is an operation (``operations/pacing.py``):
written at once as one transaction, and undone with Ctrl+Z from the workbook's own history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ....domain.chapters import PACING
from ....domain.pacing import (
    DAY_PARTS,
    DAYS,
    Activity,
    ChunkPlan,
    balance_flags,
    open_flags,
    shift_week,
    week_dates,
    week_monday,
)
from ....operations import ChangeSet
from ....operations import pacing as ops
from ... import design
from ...context import PageContext
from ...dates import day_month, long_date
from ...entry_comments import comment_text
from ...i18n import args, translate
from ...page_refresh import follow_changes
from ...widgets.common import ScrollPage, heading, note_box, paragraph
from ...widgets.flow import action_row
from ...widgets.late_parts import LaterPart
from .legend import WeekLegend
from .texts import chapter_title, day_name, flag_title
from .week_grid import WeekGrid

if TYPE_CHECKING:
    from .chunk_panel import ChunkPanel
    from .flags_panel import FlagsPanel


def _repo() -> Any:
    from ....storage import pacing

    return pacing


#: what this page shows: another chapter's action writing here (an outlet planned) reloads it too
TABLES = frozenset({"pacing_activity", "pacing_dismissed_flag", "pacing_chunk_plan", "pacing_timer_run",
                    "entry_comment"})


def _week_with_comments(db, workbook_id: str, monday: date):
    """The week's activities and the psychologist's comments on them (issue #25): one transaction."""
    from ....storage.consultations import read_with_comments

    return read_with_comments(db, workbook_id, "pacing_activity", lambda: _repo().list_week(db, workbook_id, monday),
                              lambda week: (a.id for a in week))


class PacingPage(ScrollPage):

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-pacing")
        #: today's date; tests put a fixed day here
        self.today = date.today
        self.monday = week_monday(self.today())
        self._week: list[Activity] = []
        self._running = False  # an operation of this page is being written
        self.timer_dialog: Any = None
        lay = self.body_layout
        self.title = heading(level=1)
        self.intro = paragraph()
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addWidget(self._build_week_row())
        lay.addWidget(self._build_actions())
        self.legend = WeekLegend()
        lay.addWidget(self.legend)
        self.keys_help = design.caption()
        lay.addWidget(self.keys_help)
        self.grid = WeekGrid()
        self.grid.move_requested.connect(self._move)
        self.grid.edit_requested.connect(self.edit)
        self.grid.delete_requested.connect(self.delete)
        self.grid.done_toggled.connect(self._toggle_done)
        self.grid.add_requested.connect(self.add)
        self.grid.selection_changed.connect(self._update_actions)
        lay.addWidget(self.grid)
        self.week_comments = note_box()  # the psychologist's comments on this week's activities (#25)
        self.week_comments.setObjectName("week-comments")
        self.week_comments.setTextFormat(Qt.TextFormat.PlainText)
        self.week_comments.setVisible(False)
        lay.addWidget(self.week_comments)
        # the flags and the chunk calculator, out of view at first: made when first needed (#23)
        self._flag_rows: tuple[list, set[str]] = ([], set())  # the week's flags, the dismissed ones
        self._flags_panel: FlagsPanel | None = None
        self._chunks: ChunkPanel | None = None
        self.below_grid = LaterPart(self._make_below_grid, self, self.body, estimate=45, name="below-grid")
        lay.addWidget(self.below_grid)
        self.reminders_title = heading(level=2)
        self.reminders = note_box()
        lay.addWidget(self.reminders_title)
        lay.addWidget(self.reminders)
        lay.addStretch(1)
        follow_changes(self, ctx, PACING, TABLES, self._reload_unless_running)
        # the texts, then the rows read once (#23): not first by retranslate() as well
        self._set_texts()
        if ctx.workbook_id:
            self.reload()
        else:  # nothing to read: the page as it stands, worded
            self._show_week_label()
            self._update_actions()

    # ----- the part below the grid, made when first needed ----------------------------------
    def _make_below_grid(self) -> QWidget:
        from .below_grid import BelowGrid  # imported with the part, not with the page

        below = BelowGrid(self.ctx, self.run, self.grid.cells[(DAYS - 1, DAY_PARTS[-1])],  # the grid's last cell
                          self.body_layout.spacing(), self.below_grid)
        below.flags.dismiss.connect(self._dismiss)
        below.chunks.start_timer.connect(self.start_timer)
        self._flags_panel, self._chunks = below.flags, below.chunks
        below.flags.show_flags(*self._flag_rows)
        below.chunks.retranslate()  # its texts, and the saved plans read
        return below

    @property
    def flags(self) -> FlagsPanel:
        """The flags of the week shown (made now if they were not yet)."""
        self.below_grid.part()
        assert self._flags_panel is not None
        return self._flags_panel

    @property
    def chunks(self) -> ChunkPanel:
        """The chunk calculator with the saved plans (made now if it was not yet)."""
        self.below_grid.part()
        assert self._chunks is not None
        return self._chunks

    # ----- building -----------------------------------------------------------------------
    def _build_week_row(self) -> QWidget:
        """The week shown, then the buttons to go to another week (they wrap at large text)."""
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(design.space(design.S, self))
        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(lambda: self.show_week(shift_week(self.monday, -1)))
        self.week_label = heading(level=2)
        self.week_label.setObjectName("week-label")
        self.next_button = QPushButton()
        self.next_button.clicked.connect(lambda: self.show_week(shift_week(self.monday, 1)))
        self.this_week_button = QPushButton()
        for button, name in ((self.prev_button, "week-previous"), (self.next_button, "week-next"),
                             (self.this_week_button, "week-this")):
            button.setObjectName(name)  # going to another week reads (ui.read_only)
        self.this_week_button.clicked.connect(lambda: self.show_week(week_monday(self.today())))
        v.addWidget(self.week_label)
        v.addWidget(action_row((self.prev_button, self.this_week_button, self.next_button)))
        return box

    def _build_actions(self) -> QWidget:
        self.add_button = design.primary(QPushButton())
        self.add_button.setObjectName("add-activity")
        self.add_button.clicked.connect(self._add_in_current_cell)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit(self.grid.selected_id()))
        self.split_button = QPushButton()
        self.split_button.setObjectName("split-activity")
        self.split_button.clicked.connect(self.split_or_join)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: self.delete(self.grid.selected_id()))
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy-week")
        self.copy_button.clicked.connect(self.copy_week)
        self.ics_button = QPushButton()
        self.ics_button.setObjectName("export-ics")
        self.ics_button.clicked.connect(self.export_ics)
        self.message = QLabel()
        self.message.setObjectName("pacing-message")
        self.message.setWordWrap(True)
        # one wrapping row: the activity's actions, then the week's own (copy, calendar)
        return action_row((self.add_button, self.edit_button, self.split_button, self.delete_button),
                          (self.copy_button, self.ics_button))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "reminders"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._set_texts()
        if self._flags_panel is not None and self._chunks is not None:
            self._flags_panel.retranslate()
            self._chunks.retranslate()
        self._show_week_label()
        self._update_actions()

    def _set_texts(self) -> None:
        """The page's own texts and the grid's (the flags and the saved plans: their panels)."""
        self.title.setText(chapter_title())
        self.intro.setText(translate(
            "Pacing", "Op een goede dag alles doen en daarna dagen moeten bekomen: zo ga je op en neer. Spreid "
            "je activiteiten liever over de week en over de ochtend, de middag en de avond. Wissel af: "
            "inspanning en rust, lichamelijk en mentaal, wat moet en wat je graag doet."))
        self.prev_button.setText(translate("Pacing", "◀ Vorige week"))
        self.next_button.setText(translate("Pacing", "Volgende week ▶"))
        self.this_week_button.setText(translate("Pacing", "Deze week"))
        self.add_button.setText(translate("Pacing", "Nieuwe activiteit…"))
        self.edit_button.setText(translate("Pacing", "Aanpassen…"))
        self.delete_button.setText(translate("Pacing", "Verwijderen"))
        self.copy_button.setText(translate("Pacing", "Kopieer naar volgende week"))
        self.ics_button.setText(translate("Pacing", "Zet in je agenda (.ics)…"))
        self.keys_help.setText(translate(
            "Pacing", "Met het toetsenbord: de pijltjes gaan van vak naar vak. Enter op een leeg vak plant daar "
            "iets, Enter op een activiteit past ze aan, Insert plant iets extra in het vak. Alt+pijltjes "
            "verplaatsen een activiteit, spatie vinkt af als gedaan, Delete verwijdert. Met de muis: slepen "
            "naar een ander vak, dubbelklikken op een leeg vak om daar iets te plannen."))
        self.legend.show_words(translate(
            "Pacing", "%1 ♥ iets wat je graag doet (willen) · %2 iets wat moet · %3 lichamelijk · %4 mentaal · "
            "%5 vandaag"))
        self.grid.retranslate()
        self.reminders_title.setText(translate("Pacing", "Om bij stil te staan"))
        self.reminders.setText(translate(
            "Pacing", "• Doe elke dag iets, ook op een mindere dag, en niet alles op een goede dag.\n"
            "• Splits grote taken: de badkamer op de ene dag, de vloer van de woonkamer op een andere.\n"
            "• Plan ook wat je graag doet: dat geeft energie voor de rest.\n"
            "• Neem je pauze vóór de pijn je ertoe dwingt."))

    # ----- loading ------------------------------------------------------------------------
    def _reload_unless_running(self) -> None:
        """Reload after a change from elsewhere; this page's own operations reload it once, when
        they are written (:meth:`run`)."""
        if not self._running:
            self.reload()

    def show_week(self, monday: date) -> None:
        self.monday = week_monday(monday)
        self.reload()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        repo = _repo()
        self._week, comments = self.ctx.load(_week_with_comments, self.ctx.workbook_id, self.monday,
                                             default=([], {}))
        dismissed = self.ctx.load(repo.dismissed_flags, self.ctx.workbook_id, self.monday, default=set())
        flags = balance_flags(self._week)
        marks: dict[int, str] = {}
        for f in open_flags(flags, dismissed):
            if f.day is not None:
                marks[f.day] = (marks.get(f.day, "") + "\n" + flag_title(f)).strip()
        self.grid.set_week(self.monday, self._week, marks, self.today(), comments)
        commented = [(a, comments[a.id]) for a in self._week if a.id in comments]
        self.week_comments.setText("\n\n".join(
            f"{a.name} ({day_name(a.day)}) — {comment_text(c)}" for a, c in commented))
        self.week_comments.setVisible(bool(commented))
        self._flag_rows = (flags, dismissed)
        if self._flags_panel is not None and self._chunks is not None:  # else read when made
            self._flags_panel.show_flags(flags, dismissed)
            self._chunks.reload()
        self._show_week_label()
        self._update_actions()

    def _show_week_label(self) -> None:
        sunday = week_dates(self.monday)[-1]
        text = args(translate("Pacing", "%1 – %2"), day_month(self.monday), long_date(sunday))
        if self.monday == week_monday(self.today()):
            text += " · " + translate("Pacing", "deze week")
        self.week_label.setText(text)

    def selected(self) -> Activity | None:
        wanted = self.grid.selected_id()
        return next((a for a in self._week if a.id == wanted), None)

    def _update_actions(self) -> None:
        a = self.selected()
        for b in (self.edit_button, self.delete_button, self.split_button):
            b.setEnabled(a is not None)
        self.split_button.setText(translate("Pacing", "Stukken samenvoegen") if a is not None and a.task_id
                                  else translate("Pacing", "Opsplitsen…"))
        self.copy_button.setEnabled(bool(self._week))
        self.ics_button.setEnabled(bool(self._week))

    # ----- actions ------------------------------------------------------------------------
    def run(self, operation: Callable[..., ChangeSet], *values: object,
            rejected: Callable[[str], None] | None = None, reload: bool = True) -> ChangeSet | None:
        """Write one of the chapter's operations on the open workbook (undoable with Ctrl+Z) and
        show the result once; None when it was refused (the message is shown) or not written."""
        self._running = True
        try:
            change = self.ctx.run(operation, *values, source=self, rejected=rejected)
        finally:
            self._running = False
        if change is not None and reload:
            self.reload()
        return change

    def _add_in_current_cell(self) -> None:
        """"Nieuwe activiteit" plans in the cell the keyboard or mouse was last in."""
        cell = self.grid.current_cell()
        self.add(cell.day, cell.part)

    def add(self, day: int = 0, part: str = "morning") -> None:
        self._edit(Activity(None, day, part, "", 30))

    def edit(self, activity_id: str | None) -> None:
        a = self._activity(activity_id)
        if a is not None:
            self._edit(a)

    def _activity(self, activity_id: str | None) -> Activity | None:
        return next((x for x in self._week if x.id == activity_id), None)

    def _edit(self, activity: Activity) -> None:
        from .activity_dialog import ActivityDialog

        dialog = ActivityDialog(activity, self)
        while dialog.exec() == ActivityDialog.DialogCode.Accepted:
            change = self.run(ops.save_activity, self.monday, dialog.activity(), rejected=dialog.show_message)
            if change is not None:
                self.grid.select(change.result.id)
                return

    def _move(self, activity_id: str, day: int, part: str, row: int) -> None:
        a = self._activity(activity_id)
        if a is None or a.id is None or (a.day, a.part, a.position) == (day, part, row):
            return
        self.run(ops.move, a.id, day, part, None if row < 0 else row)
        self.grid.select(activity_id)

    def delete(self, activity_id: str | None) -> None:
        a = self._activity(activity_id)
        if a is not None:
            self.run(ops.delete, a.id)

    def _toggle_done(self, activity_id: str) -> None:
        if self._activity(activity_id) is not None:
            self.run(ops.toggle_done, activity_id)
            self.grid.select(activity_id)

    def split_or_join(self) -> None:
        a = self.selected()
        if a is None:
            return
        if a.task_id:
            joined = self.run(ops.join, a.task_id)
            if joined is not None:
                self.grid.select(joined.result.id)
            return
        from .split_dialog import SplitDialog

        dialog = SplitDialog(a, self)
        while dialog.exec() == SplitDialog.DialogCode.Accepted:
            if self.run(ops.split, a.id, dialog.pieces(), rejected=dialog.show_message) is not None:
                return

    def copy_week(self) -> None:
        if self.run(ops.copy_week, self.monday, reload=False) is not None:
            self.show_week(shift_week(self.monday, 1))

    def _dismiss(self, flag_id: str, dismissed: bool) -> None:
        self.run(ops.set_flag_dismissed, self.monday, flag_id, dismissed)

    def export_ics(self) -> None:
        from .calendar_export import export_week

        export_week(self, self.ctx, self.monday, self._week)

    def start_timer(self, plan: ChunkPlan) -> None:
        from .timer_dialog import TimerDialog

        if self.timer_dialog is not None and self.timer_dialog.isVisible():
            self.timer_dialog.raise_()
            return
        self.timer_dialog = TimerDialog(self.ctx, plan, self)
        self.timer_dialog.finished.connect(lambda _r: self.chunks.reload())
        self.timer_dialog.show()
