"""The part of the pacing page below the week grid: the week's balance flags and the chunk
calculator with the break timer. It lies out of view when the page opens, so the page makes
it when it is first needed (``ui/widgets/late_parts.py``, #23)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...context import PageContext
from .chunk_panel import ChunkPanel, Run
from .flags_panel import FlagsPanel


class BelowGrid(QWidget):
    """The flags (:class:`FlagsPanel`) above the chunk calculator (:class:`ChunkPanel`), spaced
    as the page's own column; ``tab_anchor``: the control Tab reaches just before the flags."""

    def __init__(self, ctx: PageContext, run: Run, tab_anchor: QWidget, spacing: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)  # in the window before the flags order their Tab stops
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(spacing)
        self.flags = FlagsPanel()
        self.flags.tab_anchor = tab_anchor
        self.chunks = ChunkPanel(ctx, run)
        v.addWidget(self.flags)
        v.addWidget(self.chunks)
        self.flags.set_texts()  # its heading; the rows come with the week (``FlagsPanel.show_flags``)
