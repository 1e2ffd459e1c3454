"""One reflection question: today's answer (saved while typing) and the earlier answers below it,
newest first, so the person — and the psychologist — can see how the thinking changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....domain.too_much import todays_answer
from ...context import PageContext
from ...i18n import translate
from ...saving import Debouncer
from ...widgets.common import note_box
from ...widgets.inputs import text_box
from .running import ops, repo, run
from .texts import day_text, question


class AnswerBox(QWidget):
    def __init__(self, ctx: PageContext, key: str, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.key, self.today = ctx, key, today
        self.setObjectName(f"answer-{key}")
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.edit = text_box(4)
        self.edit.setObjectName(f"answer-edit-{key}")
        self.label.setBuddy(self.edit)
        self.history = note_box()
        self.history.setObjectName(f"answer-history-{key}")
        for w in (self.label, self.edit, self.history):
            v.addWidget(w)
        self.saver = Debouncer(self._write, self)
        ctx.register_flusher(self.saver.flush)
        self.edit.textChanged.connect(self.saver.poke)
        self._day: date | None = None

    def retranslate(self) -> None:
        self.label.setText(question(self.key))
        self.edit.setAccessibleName(question(self.key))
        self.edit.setPlaceholderText(translate("TooMuch", "Schrijf hier je antwoord van vandaag."))
        self.reload()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        self.saver.flush()
        self._day = self.today()
        answers = self.ctx.load(repo().list_answers, self.ctx.workbook_id, self.key, default=[])
        today, earlier = todays_answer(answers, self._day)
        if not self.edit.hasFocus() and self.edit.toPlainText() != (today.text if today else ""):
            self.edit.blockSignals(True)
            self.edit.setPlainText(today.text if today else "")
            self.edit.blockSignals(False)
        if earlier:
            items = "".join(f"<p><b>{escape(day_text(a.day, 'd MMMM yyyy'))}</b><br>"
                            f"{escape(a.text).replace(chr(10), '<br>')}</p>" for a in earlier)
            self.history.setText(translate("TooMuch", "Je eerdere antwoorden:") + items)
        else:
            self.history.setText("")
        self.history.setVisible(bool(earlier))

    def _write(self) -> None:
        """Today's answer as typed (not undoable: the next keystroke would refuse it anyway)."""
        day = self._day or self.today()
        run(self, self.ctx, ops().save_answer, self.key, day, self.edit.toPlainText())
