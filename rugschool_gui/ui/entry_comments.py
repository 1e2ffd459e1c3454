"""The psychologist's comment beside the entry it is about (issue #25): "Opmerking van je
psycholoog · 12 december: …" under an exposure attempt, a graded-activity session or a chain in
the diary, with the patient's reply when there is one.

Pages read the comments of the entries they show with one query in the same transaction as
the entries (``storage.consultations.comments_on`` / ``read_with_comments``), and put the words
in the entry's row with :func:`mark_item`: visible as a line of its own, in the tooltip, and in
the accessible description (a screen reader says it with the entry).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from ..domain.consultations import Comment
from .dates import day_month
from .i18n import args, translate


def comment_text(c: Comment) -> str:
    """The comment as the patient reads it beside the entry, with their reply on a line below."""
    text = args(translate("EntryComments", "Opmerking van je psycholoog · %1: %2"), day_month(c.written_on), c.text)
    if c.reply:
        text += "\n" + args(translate("EntryComments", "Jouw antwoord: %1"), c.reply)
    return text


def mark_item(item: QTableWidgetItem | QListWidgetItem, c: Comment | None, *, add_line: bool = True) -> None:
    """Put ``c`` beside the entry in ``item``: a line of its own under the item's text (unless
    ``add_line`` is False), the tooltip and the accessible description."""
    if c is None:
        return
    text = comment_text(c)
    if add_line:
        item.setText(f"{item.text()}\n{text}" if item.text() else text)
    tip = item.toolTip()
    item.setToolTip(f"{tip}\n\n{text}" if tip else text)
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, text)
