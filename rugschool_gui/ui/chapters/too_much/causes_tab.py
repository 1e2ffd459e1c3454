"""A causes checklist: causes to tick (dated), the person's own causes, and what they lead to.

"Why do I go over my limits?" (WORKBOOK.md §2) uses it with its ten causes; "doing too little"
(§3) with its own keys and texts, and ticking is then an action of that chapter
(``operations.too_much.cause_actions``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ....domain.chapters import TOO_MUCH
from ....domain.too_much import CAUSES, CONSEQUENCES, MAX_LABEL_LENGTH, OWN_CAUSE
from ....wording.too_much import words
from ...context import PageContext
from ...i18n import translate
from ...widgets.common import heading, note_box, paragraph
from ...widgets.wrapping import WrapCheckBox
from .running import ops, repo, run
from .texts import cause, consequence, day_text

if TYPE_CHECKING:
    from ....operations.too_much import CauseActions
    from ....storage.too_much import CauseTick


class CausesTab(QWidget):
    def __init__(self, ctx: PageContext, today: Callable[[], date], parent: QWidget | None = None, *,
                 keys: tuple[str, ...] = CAUSES, own_key: str = OWN_CAUSE,
                 cause_text: Callable[[str], str] = cause, consequence_keys: tuple[str, ...] = CONSEQUENCES,
                 consequence_text: Callable[[str], str] = consequence,
                 titles: Callable[[], tuple[str, str, str]] | None = None, chapter: str = TOO_MUCH) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.keys, self.own_key, self.cause_text = keys, own_key, cause_text
        self.consequence_keys, self.consequence_text = consequence_keys, consequence_text
        self.titles, self.chapter = titles or self._titles, chapter
        v = QVBoxLayout(self)
        self.title = heading(level=2)
        self.intro = paragraph()
        v.addWidget(self.title)
        v.addWidget(self.intro)
        self.boxes: dict[str, QCheckBox] = {}
        for key in keys:
            box = WrapCheckBox()
            box.setObjectName(f"cause-{key}")
            box.toggled.connect(lambda on, k=key: self._toggle(k, on))
            self.boxes[key] = box
            v.addWidget(box)
        self.own_box = QVBoxLayout()
        v.addLayout(self.own_box)
        row = QHBoxLayout()
        self.own_edit = QLineEdit()
        self.own_edit.setObjectName("own-cause")
        self.own_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.own_edit.returnPressed.connect(self.add_own)
        self.own_button = QPushButton()
        self.own_button.clicked.connect(self.add_own)
        row.addWidget(self.own_edit, 1)
        row.addWidget(self.own_button)
        v.addLayout(row)
        self.message = paragraph()
        self.message.setVisible(False)
        v.addWidget(self.message)
        self.consequences_title = heading(level=2)
        self.consequences = note_box()
        v.addWidget(self.consequences_title)
        v.addWidget(self.consequences)
        v.addStretch(1)
        self._ticks: list[CauseTick] = []

    @property
    def cause_ops(self) -> CauseActions:
        """Ticking and unticking, as actions of this checklist's chapter."""
        return ops().cause_actions(self.chapter)

    @staticmethod
    def _titles() -> tuple[str, str, str]:
        return (words("causes_title"),
                translate("TooMuch", "Vink aan wat bij jou past. De datum wordt erbij bewaard, zodat je later kunt "
                          "vergelijken. Staat jouw reden er niet bij, schrijf ze er dan zelf bij."),
                words("consequences_title"))

    def retranslate(self) -> None:
        title, intro, consequences_title = self.titles()
        self.title.setText(title)
        self.intro.setText(intro)
        self.own_edit.setPlaceholderText(translate("TooMuch", "Een eigen reden …"))
        self.own_edit.setAccessibleName(translate("TooMuch", "Een eigen reden"))
        self.own_button.setText(translate("TooMuch", "Toevoegen"))
        self.consequences_title.setText(consequences_title)
        self.consequences.setText("\n".join("• " + self.consequence_text(k) for k in self.consequence_keys))
        self.reload()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        self._ticks = self.ctx.load(repo().list_cause_ticks, self.ctx.workbook_id, (*self.keys, self.own_key),
                                    default=[])
        by_cause = {t.cause: t for t in self._ticks if t.cause != self.own_key}
        for key, box in self.boxes.items():
            tick = by_cause.get(key)
            box.blockSignals(True)
            box.setChecked(tick is not None)
            box.blockSignals(False)
            when = (" — " + words("ticked_on", day=day_text(tick.day))) if tick else ""
            box.setText(self.cause_text(key) + when)
        while self.own_box.count():
            item = self.own_box.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()  # not at once: it may be the button whose click is being handled
        for t in (t for t in self._ticks if t.cause == self.own_key):
            box = WrapCheckBox(t.label + " — " + words("ticked_on", day=day_text(t.day)))
            box.setChecked(True)
            box.toggled.connect(lambda on, tid=t.id: None if on else self._untick(tid))
            self.own_box.addWidget(box)

    def _toggle(self, key: str, on: bool) -> None:
        if on:
            run(self, self.ctx, self.cause_ops.tick, key, self.today())
        else:
            tick = next((t for t in self._ticks if t.cause == key), None)
            if tick is not None:
                run(self, self.ctx, self.cause_ops.untick, tick.id)
        self.reload()

    def _untick(self, tick_id: str) -> None:
        """An own cause unticked: undoable, like every untick."""
        run(self, self.ctx, self.cause_ops.untick, tick_id)
        self.reload()

    def add_own(self) -> None:
        done = run(self, self.ctx, self.cause_ops.tick, self.own_key, self.today(), self.own_edit.text(),
                   rejected=self._show_message)
        if done is not None:
            self.own_edit.clear()
            self.message.setVisible(False)
            self.reload()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
