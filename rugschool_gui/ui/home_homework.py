"""The home page's "Je huiswerk deze week" (issue #25): each homework the psychologist set, with its
progress counted from what the patient logged, in the app's warm voice ("nog 1 poging te gaan"),
and the one button that fits it — "Gedaan" for a task ticked by hand, "Uitstellen…" (with the
barrier, WORKBOOK.md §5) for the rest. Also, once, the question who uses the workbook.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..wording.consultations import progress_text, task_text, words
from . import design
from .context import PageContext
from .i18n import translate
from .widgets.common import heading, paragraph

if TYPE_CHECKING:
    from ..domain import homework as hw


def _rules():
    """The homework rules (``domain.homework``), loaded with the first homework shown: not
    before the first paint, when the home page has no facts yet (#23)."""
    from ..domain import homework

    return homework


class HomeworkRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(design.space(design.M, self))
        self.text = paragraph()
        self.button = QPushButton()
        h.addWidget(self.text, 1)
        h.addWidget(self.button)
        self.progress: hw.Progress | None = None

    def show_progress(self, p: hw.Progress, step: str) -> None:
        hw = _rules()
        self.progress = p
        self.text.setText(f"{task_text(p.homework, step=step)} — {progress_text(p)}")
        self.setObjectName(f"homework-{p.homework.id}")
        if p.homework.kind in hw.TICKED and p.state != hw.POSTPONED:
            self.button.setText(translate("Home", "Nog niet gedaan") if p.state == hw.DONE
                                else translate("Home", "Gedaan"))
        else:
            self.button.setText(translate("Home", "Niet meer uitstellen") if p.state == hw.POSTPONED
                                else translate("Home", "Uitstellen…"))
        self.button.setVisible(p.state != hw.DONE or p.homework.kind in hw.TICKED)
        # several tasks each have a button of the same words: the name says which task it is for
        self.button.setAccessibleName(f"{self.button.text().rstrip('…')} — {task_text(p.homework, step=step)}")
        self.button.setAccessibleDescription(self.text.text())


class HomeworkCard(QWidget):
    """This week's homework on the home page; hidden when there is none."""

    def __init__(self, ctx: PageContext, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.setObjectName("home-homework")
        self.card = design.make_card("homework", "card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.card)
        self.lay = QVBoxLayout(self.card)
        pad = design.space(design.L, self)
        self.lay.setContentsMargins(pad, pad, pad, pad)
        self.lay.setSpacing(design.space(design.S, self))
        self.title = heading(level=2)
        self.lay.addWidget(self.title)
        self.rows: list[HomeworkRow] = []
        self.hide()  # until there is homework to show

    def refresh(self) -> None:
        from ..operations.consultations import homework_this_week
        from ..storage.exposure import load_hierarchy

        progress = self.ctx.load(homework_this_week, self.ctx.workbook_id, self.today(), default=[]) \
            if self.ctx.store_ready else []
        self.setVisible(bool(progress))
        if not progress:
            return
        hierarchy = self.ctx.load(load_hierarchy, self.ctx.workbook_id, default=None)
        steps = {i.id: i.label for i in hierarchy.items} if hierarchy is not None else {}
        self.title.setText(words("brief.homework"))
        while len(self.rows) < len(progress):
            row = HomeworkRow()
            row.button.clicked.connect(lambda _=False, r=row: self._act(r))
            self.rows.append(row)
            self.lay.addWidget(row)
        for row, p in zip(self.rows, progress, strict=False):
            row.show_progress(p, steps.get(p.homework.item_id or "", ""))
            row.show()
        for row in self.rows[len(progress):]:
            row.hide()

    def _act(self, row: HomeworkRow) -> None:
        from ..operations import consultations as ops

        hw = _rules()
        p = row.progress
        if p is None or not p.homework.id:
            return
        if p.homework.kind in hw.TICKED and p.state != hw.POSTPONED:
            self._run(ops.tick_homework, p.homework.id, None if p.state == hw.DONE else self.today())
        elif p.state == hw.POSTPONED:
            self._run(ops.postpone_homework, p.homework.id, None)
        else:
            from .chapters.consultations.small_dialogs import PostponeDialog

            dialog = PostponeDialog(task_text(p.homework), self.window())
            while dialog.exec() == PostponeDialog.DialogCode.Accepted:
                kind, text = dialog.barrier()
                if self._run(ops.postpone_homework, p.homework.id, self.today(), kind, text,
                             rejected=dialog.show_message):
                    return

    def _run(self, op, *values, rejected=None) -> bool:
        change = self.ctx.run(op, *values, source=self, rejected=rejected)
        if change is not None:
            self.refresh()
        return change is not None


class RoleQuestion(QWidget):
    """At first start: "Hoe gebruik je dit werkboek?" (changeable later in the settings)."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .role_setting import RoleChoice, role_of

        self.ctx = ctx
        self.setObjectName("home-role")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.choice = RoleChoice(role_of(ctx.settings, len(ctx.workbooks())), lambda _role: None, self)
        self.confirm = QPushButton()
        self.confirm.setObjectName("role-confirm")
        self.confirm.clicked.connect(lambda: self._save(self._checked()))
        row = QHBoxLayout()
        row.addWidget(self.confirm)
        row.addStretch(1)
        lay.addWidget(self.choice)
        lay.addLayout(row)
        self.retranslate()
        self.setVisible(not ctx.settings.role)

    def retranslate(self) -> None:
        self.choice.retranslate()
        self.confirm.setText(translate("Home", "Zo gebruik ik het"))

    def _checked(self) -> str:
        return next((r for r, b in self.choice.buttons.items() if b.isChecked()), "patient")

    def _save(self, role: str) -> None:
        self.ctx.settings.role = role
        self.hide()
        self.ctx.hub.data_changed.emit("consultations")
