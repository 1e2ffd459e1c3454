"""The balance flags of the shown week, each with why it matters, kindly worded.

A flag can be set aside ("Negeren") when the person has a reason for the plan as it is; set-
aside flags stay listed below, folded, and can be shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....domain.pacing import Flag
from ....wording.pacing import words
from ...i18n import count_text, translate
from ...widgets.common import heading, paragraph
from .texts import flag_title, flag_why


class FlagsPanel(QWidget):
    dismiss = Signal(str, bool)  # flag id, dismissed?

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags-panel")
        self.v = QVBoxLayout(self)
        self.v.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(level=2)
        self.v.addWidget(self.heading)
        self.rows = QVBoxLayout()
        self.v.addLayout(self.rows)
        self.folded = QPushButton()
        self.folded.setObjectName("show-dismissed")
        self.folded.setCheckable(True)
        self.folded.toggled.connect(lambda _on: self._fill())
        self.v.addWidget(self.folded)
        self._open: list[Flag] = []
        self._dismissed: list[Flag] = []
        #: the control Tab reaches just before this panel (set by the page)
        self.tab_anchor: QWidget | None = None

    def retranslate(self) -> None:
        self.set_texts()
        self._fill()

    def set_texts(self) -> None:
        """The heading (the rows are worded when they are made: :meth:`show_flags`)."""
        self.heading.setText(words("flags"))

    def show_flags(self, flags: list[Flag], dismissed: set[str]) -> None:
        self._open = [f for f in flags if f.id not in dismissed]
        self._dismissed = [f for f in flags if f.id in dismissed]
        self._fill()

    def _fill(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone now, not after the next event loop turn
        if not self._open:
            self.rows.addWidget(paragraph(words("no_flags")))
        for flag in self._open:
            self.rows.addWidget(self._row(flag, dismissed=False))
        self.folded.setVisible(bool(self._dismissed))
        self.folded.setText(count_text(
            len(self._dismissed), translate("Pacing", "1 genegeerd aandachtspunt"),
            translate("Pacing", "%1 genegeerde aandachtspunten")))
        if self.folded.isChecked():
            for flag in self._dismissed:
                self.rows.addWidget(self._row(flag, dismissed=True))
        self._order_tabs()

    def _order_tabs(self) -> None:
        if self.tab_anchor is not None:
            follow_reading_order(self.tab_anchor, self.findChildren(QPushButton), self.folded)

    def showEvent(self, event) -> None:
        self._order_tabs()  # rows made before the page joined the window: order them again
        super().showEvent(event)

    def _row(self, flag: Flag, dismissed: bool) -> QWidget:
        box = QFrame()
        box.setObjectName(f"flag-{flag.key}")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        text = QLabel(f"<b>{_escape(flag_title(flag))}</b><br>{_escape(flag_why(flag.key))}")
        text.setWordWrap(True)
        row.addWidget(text, 1)
        button = QPushButton(translate("Pacing", "Weer tonen") if dismissed else translate("Pacing", "Negeren"))
        button.setAccessibleName(f"{button.text()}: {flag_title(flag)}")
        button.clicked.connect(lambda _=False, fid=flag.id: self.dismiss.emit(fid, not dismissed))
        row.addWidget(button)
        return box

    def open_flags(self) -> list[Flag]:
        return list(self._open)


def follow_reading_order(anchor: QWidget, widgets: list[QWidget], last: QWidget) -> None:
    """Rows made after the page was built would come last in Tab order: put them after
    ``anchor`` and before ``last``, in the order they were made (top to bottom). Qt ignores a
    control that never takes focus here, so ``anchor`` must be one that can."""
    previous = anchor
    for widget in (*[w for w in widgets if w is not last], last):
        QWidget.setTabOrder(previous, widget)
        previous = widget


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
