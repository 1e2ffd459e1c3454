"""Small building blocks used on every page: headings, calm info text, a scrolling page frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

#: the design's kind of text for each heading level (``ui.design.TYPE``)
HEADING_TYPES = {1: "title", 2: "heading", 3: "subheading"}


def heading(text: str = "", level: int = 1) -> QLabel:
    """A heading of the page (1), a section (2) or a part (3): the design's type scale, so it
    follows the text size (also presentation mode: a title stays larger than the body), and a
    screen reader hears it as a heading (``ui.accessible``)."""
    from .. import design

    label = QLabel(text)
    design.set_type(label, HEADING_TYPES.get(level, "subheading"))
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
    """A gently framed hint (advice, reminders): a card's surface, never red, never shouting."""
    from .. import design

    label = paragraph(text)
    label.setProperty("surface", "card")
    label.setMargin(design.space(design.M, label))
    return label


def card(name: str) -> QFrame:
    """A softly tinted panel for "where am I now" (the current step, this week's quota)."""
    from .. import design

    frame = design.make_card(name)
    return frame


class ScrollPage(QScrollArea):
    """A page whose content scrolls when the window is small or the text is large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        from .. import design

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        side, top = design.space(design.L, self), design.space(design.L, self)
        self.body_layout.setContentsMargins(side, top, side, top)
        self.body_layout.setSpacing(design.space(design.S, self) + design.space(design.XS, self))
        self.setWidget(self.body)


def fit_rows(table, rows: int) -> None:
    """Make a table exactly tall enough for its header and ``rows`` whole rows (more rows scroll;
    never a row cut in half). Rows of their own height (wrapped text) count as they are."""
    top = table.horizontalHeader()
    header = max(top.sizeHint().height(), top.minimumHeight()) if top.isVisibleTo(table) or not top.isHidden() else 0
    default = table.verticalHeader().defaultSectionSize()
    count = table.model().rowCount() if table.model() is not None else 0
    heights = [table.rowHeight(i) or default for i in range(min(rows, count))]
    heights += [default] * (rows - len(heights))
    scrollbar = table.horizontalScrollBar().sizeHint().height() if table.horizontalScrollBar().isVisible() else 0
    table.setFixedHeight(header + sum(heights) + 2 * table.frameWidth() + scrollbar)


def wrap_header(table, lines: int = 2) -> None:
    """Column titles that wrap onto ``lines`` lines instead of ending in "…" when a column is
    narrow (a 1280-pixel screen, the largest text)."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
    metrics = header.fontMetrics()
    header.setMinimumHeight(metrics.lineSpacing() * lines + metrics.height() // 2 + 4)
