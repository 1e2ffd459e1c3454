"""The layout of the graded exposure page: its widgets and their texts, no behaviour.

Top to bottom, the way a person works with it: *where am I* (the current step and what to do
next), *my list* (the hierarchy, reorderable by drag and by keyboard), *add a movement*, and
*my attempts* at the selected step (a chart of expected vs actual, a list, and the form),
then the reminders. :class:`~.page.ExposurePage` gives it life (loading, operations, refresh).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain.exposure import MAX_ITEMS
from ....wording.exposure import REMINDERS, words
from ... import design
from ...i18n import translate
from ...widgets.common import ScrollPage, fit_rows, heading, note_box, paragraph
from ...widgets.common import card as make_card
from ...widgets.flow import action_row
from ...widgets.late_parts import LaterPart
from .add_form import AddItemForm
from .hierarchy_model import FearDelegate, HierarchyModel
from .texts import chapter_title

if TYPE_CHECKING:
    from .attempts_panel import AttemptsPanel


class ExposureView(ScrollPage):
    """Every widget of the page, built and worded; nothing read or written here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-exposure")
        lay = self.body_layout
        self.title = heading(level=1)
        self.intro = paragraph()
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addWidget(self._build_step_card())
        # adding a movement comes before the list: on an empty workbook it is the first thing to do
        self.add_form = AddItemForm()
        lay.addWidget(self.add_form)
        lay.addWidget(self._build_hierarchy())
        # the attempts lie below the list, out of view when the page opens: made when they
        # scroll into view, Tab reaches them or they are asked for (#23)
        self._attempts: AttemptsPanel | None = None
        self.attempts_place = LaterPart(self._make_attempts, self, self.body, estimate=55, name="attempts-place")
        lay.addWidget(self.attempts_place)
        self.reminders_title = heading(level=2)
        self.reminders = note_box()
        lay.addWidget(self.reminders_title)
        lay.addWidget(self.reminders)
        lay.addStretch(1)

    # ----- building -----------------------------------------------------------------------
    @property
    def attempts(self) -> AttemptsPanel:
        """The attempts at the shown step (made now if they were not yet)."""
        self.attempts_place.part()
        assert self._attempts is not None
        return self._attempts

    def _make_attempts(self) -> QWidget:
        from .attempts_panel import AttemptsPanel  # imported with the part, not with the page

        panel = self._attempts = AttemptsPanel()
        panel.retranslate()
        self._attempts_made(panel)
        return panel

    def _attempts_made(self, panel: AttemptsPanel) -> None:
        """The page's behaviour for the attempts just made, and what it has read (the page's)."""

    def _build_step_card(self) -> QWidget:
        card = make_card("current-step")
        v = QVBoxLayout(card)
        self.step_heading = heading(level=3)
        self.step_label = heading(level=2)
        self.step_label.setObjectName("current-step-label")
        self.step_advice = paragraph()
        self.log_step_button = design.primary(QPushButton())
        self.master_step_button = QPushButton()
        for w in (self.step_heading, self.step_label, self.step_advice):
            v.addWidget(w)
        self.step_buttons = action_row((self.log_step_button, self.master_step_button))
        v.addWidget(self.step_buttons)
        return card

    def _build_hierarchy(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.hierarchy_heading = heading(level=2)
        self.hierarchy_help = paragraph()
        self.model = HierarchyModel(self)
        self.table = self._build_table()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.order_button = QPushButton()
        self.remove_button = QPushButton()
        self.count_label = QLabel()
        buttons = action_row((self.up_button, self.down_button, self.order_button),
                             (self.remove_button, self.count_label))
        self.disagree_hint = note_box()
        self.disagree_hint.setVisible(False)
        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + self.fontMetrics().height())
        self.history_label = paragraph()
        for above in (self.hierarchy_heading, self.hierarchy_help, self.table):
            v.addWidget(above)
        v.addWidget(buttons)
        self.hierarchy_tools = buttons
        for below in (self.disagree_hint, self.note_label, self.note_edit, self.history_label):
            v.addWidget(below)
        return box

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("fear-hierarchy")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setItemDelegateForColumn(HierarchyModel.FEAR, FearDelegate(table))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in (HierarchyModel.RANK, HierarchyModel.FEAR, HierarchyModel.MASTERED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HierarchyModel.LABEL, QHeaderView.ResizeMode.Stretch)
        fit_rows(table, MAX_ITEMS)  # all ten steps, whole (§4: at most ten)
        # a long step wraps in its row; the rows grow and the table shows every one of them whole
        self.model.modelReset.connect(self._fit_steps)
        self.model.layoutChanged.connect(self._fit_steps)
        header.sectionResized.connect(lambda *_a: self._fit_steps())
        return table

    def _fit_steps(self) -> None:
        self.table.resizeRowsToContents()
        fit_rows(self.table, MAX_ITEMS)

    # ----- texts and colours --------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.PaletteChange:
            self.contrast_checkboxes()
        super().changeEvent(event)

    def contrast_checkboxes(self) -> None:
        """Fusion outlines check boxes in a darker Window colour: invisible on a dark Base.

        The table gets a lighter Window colour in dark mode so the "mastered" boxes show.
        """
        window = self.palette().color(QPalette.ColorRole.Window)
        table_pal = self.table.palette()
        table_pal.setColor(QPalette.ColorRole.Window, window.lighter(260) if window.lightness() < 128 else window)
        self.table.setPalette(table_pal)

    def retranslate(self) -> None:
        self.title.setText(chapter_title())
        self.intro.setText(translate(
            "Exposure", "Bewegingen die je spannend vindt, ga je vaak uit de weg. Zo worden ze steeds "
            "spannender. Hier zet je ze op een rij, van minst naar meest angst, en oefen je ze stap "
            "voor stap: je begint bij de beweging die je het minst angst geeft.") + " " + words("caveat_injury"))
        self.step_heading.setText(words("current_heading"))
        self.table.setAccessibleName(translate("Exposure", "Je angsthiërarchie"))
        self.log_step_button.setText(translate("Exposure", "Poging plannen of invullen…"))
        self.master_step_button.setText(translate("Exposure", "Deze stap lukt me: beheerst"))
        self.hierarchy_heading.setText(translate("Exposure", "Jouw angsthiërarchie"))
        self.hierarchy_help.setText(translate(
            "Exposure", "Stap 1 is wat je het minst angst geeft, stap 10 wat je het meest angst geeft. Je kunt "
            "hoogstens tien bewegingen of activiteiten noteren. Sleep een regel naar een andere plaats, "
            "of gebruik Alt+pijl omhoog en Alt+pijl omlaag. Dubbelklik om de omschrijving of je "
            "angstcijfer aan te passen; vorige cijfers blijven bewaard."))
        self.up_button.setText(translate("Exposure", "Omhoog"))
        self.up_button.setToolTip("Alt+↑")
        self.down_button.setText(translate("Exposure", "Omlaag"))
        self.down_button.setToolTip("Alt+↓")
        self.order_button.setText(translate("Exposure", "Ordenen op angstcijfer"))
        self.order_button.setToolTip(translate("Exposure", "Zet de bewegingen in volgorde van je angstcijfer, de laagste eerst."))
        self.remove_button.setText(translate("Exposure", "Verwijderen"))
        self.note_label.setText(translate("Exposure", "Notitie bij de gekozen stap:"))
        self.note_edit.setAccessibleName(translate("Exposure", "Notitie bij de gekozen stap"))
        self.disagree_hint.setText(translate(
            "Exposure", "≠ Bij sommige stappen past je angstcijfer niet bij de volgorde: een hoger cijfer staat "
            "vóór een lager. Dat mag; misschien voelt de volgorde zo juist. Wil je ze laten "
            "aansluiten, kies dan ‘Ordenen op angstcijfer’."))
        self.add_form.retranslate()
        if self._attempts is not None:
            self._attempts.retranslate()
        self.reminders_title.setText(translate("Exposure", "Om bij stil te staan"))
        self.reminders.setText("\n".join(f"• {words(key)}" for key in REMINDERS))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
