"""Small building blocks used on every page: headings, calm info text, a scrolling page frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def heading(text: str = "", level: int = 1) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.25, 3: 1.1}.get(level, 1.0))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setProperty("headingLevel", level)
    return label


def paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MarkdownLabel(QLabel):
    """Text from a content file (Markdown), shown formatted and read by a screen reader as the
    words on screen — never as "## Pijn heeft …" (Qt exposes a Markdown label's source)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_markdown(self, text: str) -> None:
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setMarkdown(text)
        self.setText(doc.toHtml())
        self.setAccessibleName("")  # Qt then reads the plain text of the rich text


def note_box(text: str = "") -> QLabel:
    """A gently framed hint (advice, reminders): never red, never shouting."""
    label = paragraph(text)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setAutoFillBackground(True)
    label.setBackgroundRole(label.backgroundRole().AlternateBase)
    label.setMargin(label.fontMetrics().height() // 2)
    return label


def card(name: str) -> QFrame:
    """A softly tinted panel for "where am I now" (the current step, this week's quota)."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(frame.backgroundRole().AlternateBase)
    return frame


class ScrollPage(QScrollArea):
    """A page whose content scrolls when the window is small or the text is large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        em = self.fontMetrics().height()
        self.body_layout.setContentsMargins(em * 2, int(em * 1.5), em * 2, int(em * 1.5))
        self.body_layout.setSpacing(int(em * 0.8))
        self.setWidget(self.body)


def fit_rows(table, rows: int) -> None:
    """Make a table exactly tall enough for its header and ``rows`` rows (more rows scroll)."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    scrollbar = table.horizontalScrollBar().sizeHint().height() if table.horizontalScrollBar().isVisible() else 0
    table.setFixedHeight(header + row * rows + 2 * table.frameWidth() + scrollbar)
