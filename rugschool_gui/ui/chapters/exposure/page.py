"""The graded exposure page: current step, the fear hierarchy, attempts with their chart.

Top to bottom, the way a person works with it: *where am I* (the current step and what to do
next), *my list* (the hierarchy, reorderable by drag and by keyboard), *add a movement*, and
*my attempts* at the selected step (a chart of expected vs actual, a list, and the form).
Everything the person changes is written at once and can be undone with Ctrl+Z.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPlainTextEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ....domain.chapters import EXPOSURE
from ....domain.exposure import MAX_ITEMS, last_change
from ...context import PageContext
from ...i18n import translate
from ...page_refresh import reload_when_shown
from ...saving import Debouncer
from ...widgets.common import card as make_card, ScrollPage, heading, note_box, paragraph
from . import commands
from .add_form import AddItemForm
from .attempts_panel import AttemptsPanel, table_height
from .hierarchy_keys import HierarchyKeys
from .hierarchy_model import FearDelegate, HierarchyModel
from .texts import chapter_title


def _repo():
    from ....storage import exposure

    return exposure


class ExposurePage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-exposure")
        self._selected_id: str | None = None
        lay = self.body_layout
        self.title = heading(level=1)
        self.intro = paragraph()
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addWidget(self._build_step_card())
        lay.addWidget(self._build_hierarchy())
        self.add_form = AddItemForm(ctx)
        self.add_form.added.connect(self._select_and_reload)
        self.attempts = AttemptsPanel(ctx)
        self.attempts.saved.connect(self._select_and_reload)
        lay.addWidget(self.add_form)
        lay.addWidget(self.attempts)
        self.reminders_title = heading(level=2)
        self.reminders = note_box()
        lay.addWidget(self.reminders_title)
        lay.addWidget(self.reminders)
        lay.addStretch(1)

        self.note_saver = Debouncer(self._write_note, self)
        ctx.register_flusher(self.note_saver.flush)
        ctx.hub.data_changed.connect(self._data_changed)
        ctx.hub.workbook_changed.connect(self._workbook_changed)
        self.retranslate()
        self._contrast_checkboxes()
        self.reload()

    # ----- building -----------------------------------------------------------------------
    def _build_step_card(self) -> QWidget:
        card = make_card("current-step")
        v = QVBoxLayout(card)
        self.step_heading = heading(level=3)
        self.step_label = heading(level=2)
        self.step_label.setObjectName("current-step-label")
        self.step_advice = paragraph()
        row = QHBoxLayout()
        self.log_step_button = QPushButton()
        self.log_step_button.clicked.connect(lambda: self.attempts.new_attempt(self._current_step_id()))
        self.master_step_button = QPushButton()
        self.master_step_button.clicked.connect(self._master_current_step)
        row.addWidget(self.log_step_button)
        row.addWidget(self.master_step_button)
        row.addStretch(1)
        for w in (self.step_heading, self.step_label, self.step_advice):
            v.addWidget(w)
        v.addLayout(row)
        return card

    def _build_hierarchy(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.hierarchy_heading = heading(level=2)
        self.hierarchy_help = paragraph()
        self.model = HierarchyModel(self)
        self.table = QTableView()
        self.table.setObjectName("fear-hierarchy")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegateForColumn(HierarchyModel.FEAR, FearDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HierarchyModel.RANK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HierarchyModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HierarchyModel.FEAR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HierarchyModel.MASTERED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(table_height(self, MAX_ITEMS))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.relabel_requested.connect(self._relabel)
        self.model.rate_requested.connect(self._rate)
        self.model.mastered_requested.connect(self._set_mastered)
        self.model.move_requested.connect(lambda item_id, rank: commands.reorder(self.ctx, "move", item_id, rank))

        buttons = QHBoxLayout()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.order_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.order_button.clicked.connect(lambda: commands.reorder(self.ctx, "by_fear"))
        self.remove_button.clicked.connect(self.remove_selected)
        for b in (self.up_button, self.down_button, self.order_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.remove_button)
        self._keys = HierarchyKeys(self)
        self.table.installEventFilter(self._keys)  # Alt+↑/↓ moves, Delete removes

        self.disagree_hint = note_box()
        self.disagree_hint.setVisible(False)
        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + self.fontMetrics().height())
        self.note_edit.textChanged.connect(self._note_typed)
        self.history_label = paragraph()
        for w in (self.hierarchy_heading, self.hierarchy_help, self.table):
            v.addWidget(w)
        v.addLayout(buttons)
        v.addWidget(self.disagree_hint)
        v.addWidget(self.note_label)
        v.addWidget(self.note_edit)
        v.addWidget(self.history_label)
        return box

    # ----- texts --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.PaletteChange:
            self._contrast_checkboxes()
        super().changeEvent(event)

    def _contrast_checkboxes(self) -> None:
        """Fusion outlines check boxes in a darker Window colour: invisible on a dark Base.

        The table gets a lighter Window colour in dark mode so the "mastered" boxes show.
        """
        from PySide6.QtGui import QPalette

        pal = self.palette()
        window = pal.color(QPalette.ColorRole.Window)
        table_pal = self.table.palette()
        table_pal.setColor(QPalette.ColorRole.Window,
                           window.lighter(260) if window.lightness() < 128 else window)
        self.table.setPalette(table_pal)

    def retranslate(self) -> None:
        self.title.setText(chapter_title())
        self.intro.setText(translate(
            "Exposure", "Bewegingen die je spannend vindt, ga je vaak uit de weg. Zo worden ze steeds "
            "spannender. Hier zet je ze op een rij, van minst naar meest angst, en oefen je ze stap "
            "voor stap: je begint bij de beweging die je het minst angst geeft."))
        self.step_heading.setText(translate("Exposure", "Je huidige stap"))
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
        self.add_form.retranslate()
        self.attempts.retranslate()
        self.reminders_title.setText(translate("Exposure", "Om bij stil te staan"))
        self.reminders.setText(translate(
            "Exposure", "• Gebruik een rugsparende techniek: buig je knieën als je iets optilt.\n"
            "• Oefen met gewone, dagelijkse bewegingen. Het gaat erom dat je weer durft, niet om je "
            "rug zwaar te belasten.\n"
            "• Komen angst, pijn of piekergedachten op? Laat ze er even zijn zonder ertegen te vechten. "
            "Merk op dat een gedachte een gedachte is, geen feit, en breng je aandacht terug naar "
            "je adem en je lichaam.\n"
            "• Pijn voelen betekent niet dat je je rug beschadigt.\n"
            "• Zit je vast of twijfel je? Bespreek het met je psycholoog of kinesitherapeut "
            "(fysiotherapeut)."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show()

    # ----- loading ------------------------------------------------------------------------
    def _data_changed(self, chapter: str) -> None:
        if chapter == EXPOSURE:
            reload_when_shown(self, self.reload)

    def _workbook_changed(self, _workbook_id: str) -> None:
        self.note_saver.flush()
        self._selected_id = None
        self.add_form.message.setVisible(False)
        reload_when_shown(self, self.reload)

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        h = self.ctx.load(_repo().load_hierarchy, self.ctx.workbook_id)
        if h is None:
            return
        self._hierarchy = h
        changes = self.ctx.load(_repo().rating_changes, self.ctx.workbook_id, default={})
        self.model.set_rows(h.items, h.disagreements(), changes)
        ids = [i.id for i in h.items]
        if self._selected_id not in ids:
            step = h.current_step
            self._selected_id = step.id if step else (ids[0] if ids else None)
        if self._selected_id:
            row = self.model.row_of(self._selected_id)
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, HierarchyModel.LABEL))
            self.table.selectionModel().blockSignals(False)
        self._show()

    def _show(self) -> None:
        h = getattr(self, "_hierarchy", None)
        if h is None:
            return
        step = h.current_step
        if not h.items:
            self.step_label.setText(translate("Exposure", "Nog geen stappen"))
            self.step_advice.setText(translate(
                "Exposure", "Noteer hieronder eerst de bewegingen of activiteiten waar je voorzichtig mee bent "
                "of bang voor bent. Daarna kies je de eerste stap: die met de minste angst."))
        elif step is None:
            self.step_label.setText(translate("Exposure", "Alle stappen van je lijst zijn beheerst"))
            self.step_advice.setText(translate(
                "Exposure", "Je hebt elke stap van je lijst geoefend tot hij lukte. Bespreek met je psycholoog "
                "of kinesitherapeut (fysiotherapeut) wat een volgende stap kan zijn."))
        else:
            fear = "" if step.fear is None else " — " + translate("Exposure", "angst %1/100").replace("%1", str(step.fear))
            self.step_label.setText(f"{step.rank}. {step.label}{fear}")
            self.step_advice.setText(translate(
                "Exposure", "Begin bij wat je het minst angst geeft en bouw rustig op. Plan een poging: "
                "schrijf vooraf op wat je verwacht, doe de beweging, en noteer achteraf wat er echt "
                "gebeurde. Lukt deze stap goed, markeer hem dan als beheerst; dan wordt de volgende "
                "stap je huidige stap."))
        self.step_label.setAccessibleName(self.step_label.text())
        self.log_step_button.setEnabled(step is not None)
        self.master_step_button.setEnabled(step is not None)
        self.count_label.setText(translate("Exposure", "%1 van %2 stappen").replace("%1", str(len(h))).replace("%2", str(MAX_ITEMS)))
        disagree = h.disagreements()
        self.disagree_hint.setVisible(bool(disagree))
        self.disagree_hint.setText(translate(
            "Exposure", "≠ Bij sommige stappen past je angstcijfer niet bij de volgorde: een hoger cijfer staat "
            "vóór een lager. Dat mag; misschien voelt de volgorde zo juist. Wil je ze laten "
            "aansluiten, kies dan ‘Ordenen op angstcijfer’."))
        self.order_button.setEnabled(any(i.fear is not None for i in h.items))
        self._show_selected()

    def _show_selected(self) -> None:
        h = self._hierarchy
        item = next((i for i in h.items if i.id == self._selected_id), None)
        has = item is not None
        for w in (self.up_button, self.down_button, self.remove_button, self.note_edit):
            w.setEnabled(has)
        if has:
            self.up_button.setEnabled(item.rank > 1)
            self.down_button.setEnabled(item.rank < len(h))
        if not self.note_saver.pending:
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(item.note if has else "")
            self.note_edit.blockSignals(False)
        self.history_label.setText(self._history_text(item) if has else "")
        self.history_label.setVisible(bool(self.history_label.text()))  # nothing empty to land on
        self.attempts.show_item(item, h.items)

    def _history_text(self, item) -> str:
        history = self.ctx.load(_repo().rating_history, item.id, default=[])
        if len(history) < 2:
            return ""
        locale = QLocale()
        parts = [f"{r.fear}/100 ({locale.toString(r.when.astimezone().date(), 'd MMM yyyy')})" for r in history]
        text = translate("Exposure", "Je angstcijfers tot nu toe: %1.").replace("%1", ", ".join(parts))
        change = last_change(history)
        if change is not None and change.is_real:
            text += " " + translate(
                "Exposure", "Van %1 naar %2: dat is meer dan 20 punten verschil, een echte verandering "
                "(▲ of ▼ in de lijst).").replace("%1", str(change.before)).replace("%2", str(change.after))
        return text

    # ----- hierarchy actions --------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item(current.row())
        if item is not None and item.id != self._selected_id:
            self.note_saver.flush()
            self._selected_id = item.id
            self._show_selected()

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, HierarchyModel.LABEL))

    def selected_item(self):
        return next((i for i in self._hierarchy.items if i.id == self._selected_id), None)

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        target = item.rank + step
        if 1 <= target <= len(self._hierarchy):
            commands.reorder(self.ctx, "move", item.id, target)
            self.table.setFocus()

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self.note_saver.flush()
        box = QMessageBox(QMessageBox.Icon.Question, translate("Exposure", "Stap verwijderen"),
                          translate("Exposure", "„%1” uit je lijst halen, met de pogingen erbij? "
                                    "Je kunt dit ongedaan maken met Ctrl+Z.").replace("%1", item.label),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Exposure", "Verwijderen"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._selected_id = None
            commands.remove_item(self.ctx, item.id)

    def _relabel(self, item_id: str, label: str) -> None:
        item = self._hierarchy.get(item_id)
        commands.relabel(self.ctx, item, label)

    def _rate(self, item_id: str, fear) -> None:
        commands.rate(self.ctx, self._hierarchy.get(item_id), fear)

    def _set_mastered(self, item_id: str, mastered: bool) -> None:
        commands.set_mastered(self.ctx, self._hierarchy.get(item_id), mastered)

    def _current_step_id(self) -> str | None:
        step = self._hierarchy.current_step
        return step.id if step else None

    def _master_current_step(self) -> None:
        step = self._hierarchy.current_step
        if step is not None:
            commands.set_mastered(self.ctx, step, True)

    def _note_typed(self) -> None:
        if self._selected_id:
            self._note_item = self._selected_id
            self.note_saver.poke()

    def _write_note(self) -> None:
        item_id = getattr(self, "_note_item", None)
        if item_id and any(i.id == item_id for i in self._hierarchy.items):
            self.ctx.save(_repo().update_item, self.ctx.workbook_id, item_id,
                          note=self.note_edit.toPlainText())

    def _select_and_reload(self, item_id: str) -> None:
        self._selected_id = item_id
        self.reload()
