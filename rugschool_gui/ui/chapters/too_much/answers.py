"""One reflection question: today's answer (saved while typing) and the earlier answers below it,
newest first, so the person — and the psychologist — can see how the thinking changed; the
psychologist's comment on an answer stands under it (issue #25). The tab reads every question's
answers and their comments in one transaction (:func:`answers_with_comments`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....domain.consultations import Comment
from ....domain.too_much import QUESTIONS, Answer, todays_answer
from ...context import PageContext
from ...entry_comments import comment_text
from ...i18n import args, translate
from ...saving import Debouncer
from ...widgets.common import note_box
from ...widgets.inputs import text_box
from .running import ops, repo, run
from .texts import day_text, question


def answers_with_comments(db, workbook_id: str) -> tuple[dict[str, list[Answer]], dict[str, Comment]]:
    """Every question's answers and the psychologist's comments on them: one transaction, one
    query for the comments."""
    from ....storage.consultations import read_with_comments

    return read_with_comments(
        db, workbook_id, "reflection_answer",
        lambda: {key: repo().list_answers(db, workbook_id, key) for key in QUESTIONS},
        lambda answers: (a.id for listed in answers.values() for a in listed))


def _comment_html(c: Comment | None, before: str = "<br>") -> str:
    """The comment in italics under the answer (nothing when there is none)."""
    return f"{before}<i>{escape(comment_text(c)).replace(chr(10), '<br>')}</i>" if c is not None else ""


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
        self._answers: list[Answer] = []
        self._comments: dict[str, Comment] = {}

    def retranslate(self) -> None:
        self.label.setText(question(self.key))
        self.edit.setAccessibleName(question(self.key))
        self.edit.setPlaceholderText(translate("TooMuch", "Schrijf hier je antwoord van vandaag."))
        if self._day is not None:
            self.show_answers(self._answers, self._comments)

    def reload(self) -> None:
        """Read this question's answers again (the tab reads all of them at once)."""
        if not self.ctx.workbook_id:
            return
        self.saver.flush()
        answers, comments = self.ctx.load(answers_with_comments, self.ctx.workbook_id, default=({}, {}))
        self.show_answers(answers.get(self.key, []), comments)

    def show_answers(self, answers: list[Answer], comments: dict[str, Comment]) -> None:
        """Today's answer in the editor, the earlier ones below it, each comment under its answer."""
        self._answers, self._comments = answers, comments
        self._day = self.today()
        today, earlier = todays_answer(answers, self._day)
        if not self.edit.hasFocus() and self.edit.toPlainText() != (today.text if today else ""):
            self.edit.blockSignals(True)
            self.edit.setPlainText(today.text if today else "")
            self.edit.blockSignals(False)
        todays_comment = comments.get(today.id or "") if today else None
        items = ""
        if todays_comment is not None:
            items += f"<p>{_comment_html(todays_comment, before='')}</p>"
        if earlier:
            items += translate("TooMuch", "Je eerdere antwoorden:") + "".join(
                f"<p><b>{escape(day_text(a.day, 'd MMMM yyyy'))}</b><br>"
                f"{escape(a.text).replace(chr(10), '<br>')}{_comment_html(comments.get(a.id or ''))}</p>"
                for a in earlier)
        self.history.setText(items)
        self.history.setVisible(bool(items))
        # five of these on one tab: the name says which question they answer, the text follows
        self.history.setAccessibleName(args(translate("TooMuch", "Je eerdere antwoorden op: %1"), question(self.key)))
        self.history.setAccessibleDescription(QTextDocumentFragment.fromHtml(items).toPlainText())

    def _write(self) -> None:
        """Today's answer as typed (not undoable: the next keystroke would refuse it anyway)."""
        day = self._day or self.today()
        run(self, self.ctx, ops().save_answer, self.key, day, self.edit.toPlainText())
