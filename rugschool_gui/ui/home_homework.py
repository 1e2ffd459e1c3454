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
        self.homework_id = ""

    def show_texts(self, view: dict) -> None:
        """One task as :func:`row_view` put it; its ``Progress`` is set by the card once read."""
        self.homework_id = view["id"]
        self.text.setText(view["text"])
        self.setObjectName(f"homework-{view['id']}")
        self.button.setText(view["button"])
        self.button.setVisible(view["button_shown"])
        # several tasks each have a button of the same words: the name says which task it is for
        self.button.setAccessibleName(f"{view['button'].rstrip('…')} — {view['task']}")
        self.button.setAccessibleDescription(view["text"])


def row_view(p: hw.Progress, step: str) -> dict:
    """One task's texts (JSON-able, kept for the next start): what, how far, and its button."""
    hw = _rules()
    if p.homework.kind in hw.TICKED and p.state != hw.POSTPONED:
        button = translate("Home", "Nog niet gedaan") if p.state == hw.DONE else translate("Home", "Gedaan")
    else:
        button = (translate("Home", "Niet meer uitstellen") if p.state == hw.POSTPONED
                  else translate("Home", "Uitstellen…"))
    task = task_text(p.homework, step=step)
    return {"id": p.homework.id, "task": task, "text": f"{task} — {progress_text(p)}", "button": button,
            "button_shown": p.state != hw.DONE or p.homework.kind in hw.TICKED}


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
        #: the tasks the buttons act on, by id (read from the workbook; empty while a snapshot shows)
        self.progress: dict[str, hw.Progress] = {}
        self._loaded: dict[str, hw.Progress] = {}
        self.hide()  # until there is homework to show

    def refresh(self) -> None:
        self.show_view(self.read_view())
        self.show_loaded()

    def read_view(self) -> dict | None:
        """This week's homework as texts, or None when there is none (reads the workbook)."""
        from ..operations.consultations import homework_this_week
        from ..storage.exposure import load_hierarchy

        progress = self.ctx.load(homework_this_week, self.ctx.workbook_id, self.today(), default=[]) \
            if self.ctx.store_ready else []
        self._loaded = {p.homework.id: p for p in progress}
        if not progress:
            return None
        hierarchy = self.ctx.load(load_hierarchy, self.ctx.workbook_id, default=None)
        steps = {i.id: i.label for i in hierarchy.items} if hierarchy is not None else {}
        return {"title": words("brief.homework"),
                "rows": [row_view(p, steps.get(p.homework.item_id or "", "")) for p in progress]}

    def show_loaded(self) -> None:
        """The tasks just read are the ones the buttons act on (a snapshot's are not yet)."""
        self.progress = dict(self._loaded)

    def show_view(self, view: dict | None) -> None:
        self.setVisible(view is not None)
        if view is None:
            return
        self.title.setText(view["title"])
        rows = view["rows"]
        while len(self.rows) < len(rows):
            row = HomeworkRow()
            row.button.clicked.connect(lambda _=False, r=row: self._act(r))
            self.rows.append(row)
            self.lay.addWidget(row)
        for row, row_texts in zip(self.rows, rows, strict=False):
            row.show_texts(row_texts)
            row.show()
        for row in self.rows[len(rows):]:
            row.hide()

    def _act(self, row: HomeworkRow) -> None:
        from ..operations import consultations as ops

        hw = _rules()
        if row.homework_id not in self.progress:  # shown from the last start's snapshot: read now
            self.ctx.store  # noqa: B018 - opened now if start-up has not yet (SQLAlchemy loads)
            self.refresh()
        p = self.progress.get(row.homework_id)
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
