"""The graded exposure page: current step, the fear hierarchy, attempts with their chart.

Top to bottom, the way a person works with it: *where am I* (the current step and what to do
next), *my list* (the hierarchy, reorderable by drag and by keyboard), *add a movement*, and
*my attempts* at the selected step (a chart of expected vs actual, a list, and the form).
Everything the person changes is written at once and can be undone with Ctrl+Z.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QStyledItemDelegate,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ....domain.chapters import EXPOSURE
from ....domain.exposure import (
    FEAR_MAX, MAX_ITEMS, MAX_LABEL_LENGTH, SUGGESTION_KEYS, Attempt, attempt_chart,
)
from ...context import PageContext
from ...i18n import translate
from ...saving import Debouncer
from ...widgets.chart_view import ChartWithTable
from ...widgets.common import ScrollPage, heading, note_box, paragraph
from . import commands
from .attempt_dialog import EMPTY, AttemptDialog, rating_box, with_focus_on_after
from .hierarchy_model import HierarchyModel
from .texts import chapter_title, chart_label, outcome, suggestion

#: How many attempts of one step the list and chart show (older ones are in the PDF).
RECENT_ATTEMPTS = 50


def _repo():
    from ....storage import exposure

    return exposure


class FearDelegate(QStyledItemDelegate):
    """Edits the fear column with a 0–100 spin box where "—" means not rated."""

    def createEditor(self, parent, option, index):
        box = rating_box(FEAR_MAX, translate("Exposure", "Angst"))
        box.setParent(parent)
        return box


class _HierarchyKeys(QObject):
    """Keyboard reordering in the hierarchy table: Alt+↑/↓ (or Ctrl+Shift+↑/↓), Delete.

    An event filter rather than shortcuts, so the keys work whenever the table has focus.
    """

    def __init__(self, page: "ExposurePage") -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            mods = event.modifiers()
            alt = mods == Qt.KeyboardModifier.AltModifier or mods == (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.page.move_selected(-1 if event.key() == Qt.Key.Key_Up else +1)
                return True
            editing = self.page.table.state() == QAbstractItemView.State.EditingState
            if event.matches(QKeySequence.StandardKey.Delete) and not editing:
                self.page.remove_selected()
                return True
        return False


class ExposurePage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-exposure")
        self._selected_id: str | None = None
        self._attempts: list[Attempt] = []
        lay = self.body_layout
        self.title = heading(level=1)
        self.intro = paragraph()
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addWidget(self._build_step_card())
        lay.addWidget(self._build_hierarchy())
        lay.addWidget(self._build_add_form())
        lay.addWidget(self._build_attempts())
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
        card = QFrame()
        card.setObjectName("current-step")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAutoFillBackground(True)
        card.setBackgroundRole(card.backgroundRole().AlternateBase)
        v = QVBoxLayout(card)
        self.step_heading = heading(level=3)
        self.step_label = heading(level=2)
        self.step_label.setObjectName("current-step-label")
        self.step_advice = paragraph()
        row = QHBoxLayout()
        self.log_step_button = QPushButton()
        self.log_step_button.clicked.connect(lambda: self.new_attempt(self._current_step_id()))
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
        self.table.setMinimumHeight(self._table_height(MAX_ITEMS))
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
        self._keys = _HierarchyKeys(self)
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

    def _build_add_form(self) -> QWidget:
        self.add_box = QGroupBox()
        form = QFormLayout(self.add_box)
        self.suggestions = QComboBox()
        self.suggestions.activated.connect(self._suggestion_picked)
        self.new_label = QLineEdit()
        self.new_label.setObjectName("new-item-label")
        self.new_label.setMaxLength(MAX_LABEL_LENGTH)
        self.new_label.returnPressed.connect(self.add_from_form)
        self.new_fear = rating_box(FEAR_MAX, translate("Exposure", "Angst"))
        self.new_note = QLineEdit()
        self.new_note.returnPressed.connect(self.add_from_form)
        self.add_button = QPushButton()
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.add_from_form)
        self.add_message = QLabel()
        self.add_message.setObjectName("add-message")
        self.add_message.setWordWrap(True)
        self.add_message.setVisible(False)
        self.add_labels = [QLabel() for _ in range(4)]
        form.addRow(self.add_labels[0], self.suggestions)
        form.addRow(self.add_labels[1], self.new_label)
        form.addRow(self.add_labels[2], self.new_fear)
        form.addRow(self.add_labels[3], self.new_note)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.add_message)
        return self.add_box

    def _build_attempts(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.attempts_heading = heading(level=2)
        self.chart = ChartWithTable(chart_label)
        self.chart.setObjectName("attempt-chart")
        self.attempt_table = QTableWidget(0, 5)
        self.attempt_table.setObjectName("attempt-list")
        self.attempt_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attempt_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attempt_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attempt_table.verticalHeader().setVisible(False)
        self.attempt_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.attempt_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.attempt_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attempt_table.setWordWrap(False)
        self.attempt_table.doubleClicked.connect(lambda _i: self.open_selected_attempt())
        self.attempt_table.setMinimumHeight(self._table_height(5))
        buttons = QHBoxLayout()
        self.new_attempt_button = QPushButton()
        self.open_attempt_button = QPushButton()
        self.delete_attempt_button = QPushButton()
        self.new_attempt_button.clicked.connect(lambda: self.new_attempt(self._selected_id))
        self.open_attempt_button.clicked.connect(self.open_selected_attempt)
        self.delete_attempt_button.clicked.connect(self.delete_selected_attempt)
        buttons.addWidget(self.new_attempt_button)
        buttons.addWidget(self.open_attempt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_attempt_button)
        self.attempts_help = paragraph()
        v.addWidget(self.attempts_heading)
        v.addWidget(self.chart)
        v.addWidget(self.attempts_help)
        v.addWidget(self.attempt_table)
        v.addLayout(buttons)
        return box

    def _table_height(self, rows: int) -> int:
        line = self.fontMetrics().height() + self.fontMetrics().height() // 2
        return line * (rows + 1) + 6

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
        self.add_box.setTitle(translate("Exposure", "Een beweging of activiteit toevoegen"))
        for label, text in zip(self.add_labels, (translate("Exposure", "Voorbeeld (mag):"), translate("Exposure", "Omschrijving:"),
                                                 translate("Exposure", "Angst (0–100):"), translate("Exposure", "Notitie:")), strict=True):
            label.setText(text)
        self.new_label.setPlaceholderText(translate("Exposure", "Bijvoorbeeld: een krat water optillen"))
        self.new_note.setPlaceholderText(translate("Exposure", "Wanneer, waar, met wie… (mag leeg blijven)"))
        self.new_fear.setToolTip(translate("Exposure", "0 = helemaal niet bang, 100 = zo bang als je je maar kunt voorstellen"))
        self.add_button.setText(translate("Exposure", "Toevoegen"))
        self.suggestions.clear()
        self.suggestions.addItem(translate("Exposure", "Kies een voorbeeld of typ zelf…"), "")
        for key in SUGGESTION_KEYS:
            self.suggestions.addItem(suggestion(key), key)
        completer = QCompleter([suggestion(k) for k in SUGGESTION_KEYS], self.new_label)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_label.setCompleter(completer)
        self.new_attempt_button.setText(translate("Exposure", "Nieuwe poging…"))
        self.open_attempt_button.setText(translate("Exposure", "Bekijken of aanvullen…"))
        self.delete_attempt_button.setText(translate("Exposure", "Poging verwijderen"))
        self.attempt_table.setHorizontalHeaderLabels([
            translate("Exposure", "Wanneer"), translate("Exposure", "Angst"), translate("Exposure", "Pijn"), translate("Exposure", "Zoals verwacht?"), translate("Exposure", "Wat je leerde")])
        self.attempts_help.setText(translate(
            "Exposure", "Per poging zie je wat je vooraf verwachtte → wat er echt gebeurde. Dubbelklik op een "
            "poging om ze te bekijken of achteraf aan te vullen."))
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
        self.chart.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show()

    # ----- loading ------------------------------------------------------------------------
    def _data_changed(self, chapter: str) -> None:
        if chapter == EXPOSURE:
            self.reload()

    def _workbook_changed(self, _workbook_id: str) -> None:
        self.note_saver.flush()
        self._selected_id = None
        self.add_message.setVisible(False)
        self.reload()

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
        for w in (self.up_button, self.down_button, self.remove_button, self.note_edit,
                  self.new_attempt_button):
            w.setEnabled(has)
        if has:
            self.up_button.setEnabled(item.rank > 1)
            self.down_button.setEnabled(item.rank < len(h))
        if not self.note_saver.pending:
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(item.note if has else "")
            self.note_edit.blockSignals(False)
        self.history_label.setText(self._history_text(item) if has else "")
        self.attempts_heading.setText(
            translate("Exposure", "Pogingen bij stap %1: %2").replace("%1", str(item.rank)).replace("%2", item.label)
            if has else translate("Exposure", "Pogingen"))
        self._attempts = (self.ctx.load(_repo().list_attempts, self.ctx.workbook_id, item.id,
                                        RECENT_ATTEMPTS, default=[]) if has else [])
        self.chart.set_spec(attempt_chart(self._attempts, self._short_date))
        self._fill_attempt_table()

    def _history_text(self, item) -> str:
        history = self.ctx.load(_repo().rating_history, item.id, default=[])
        if len(history) < 2:
            return ""
        from ....domain.exposure import last_change

        locale = QLocale()
        parts = [f"{r.fear}/100 ({locale.toString(r.when.astimezone().date(), 'd MMM yyyy')})" for r in history]
        text = translate("Exposure", "Je angstcijfers tot nu toe: %1.").replace("%1", ", ".join(parts))
        change = last_change(history)
        if change is not None and change.is_real:
            text += " " + translate(
                "Exposure", "Van %1 naar %2: dat is meer dan 20 punten verschil, een echte verandering "
                "(▲ of ▼ in de lijst).").replace("%1", str(change.before)).replace("%2", str(change.after))
        return text

    @staticmethod
    def _short_date(when: datetime) -> str:
        return QLocale().toString(when.astimezone().date(), "d MMM")

    def _fill_attempt_table(self) -> None:
        self.attempt_table.setRowCount(len(self._attempts))
        locale = QLocale()

        def pair(expected, actual, scale):
            e = "—" if expected is None else f"{expected}/{scale}"
            a = "—" if actual is None else f"{actual}/{scale}"
            return f"{e} → {a}"

        for row, a in enumerate(self._attempts):
            local = a.when.astimezone()
            when = locale.toString(local.date(), "d MMM yyyy") + " " + local.strftime("%H:%M")
            if not a.completed:
                when += " · " + translate("Exposure", "gepland")
            cells = [when, pair(a.expected_fear, a.actual_fear, 100),
                     pair(a.expected_pain, a.actual_pain, 10), outcome(a.outcome),
                     a.learned.splitlines()[0] if a.learned else ""]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, a.id)
                if col == 4 and a.learned:
                    cell.setToolTip(a.learned)
                self.attempt_table.setItem(row, col, cell)
        has = bool(self._attempts)
        self.open_attempt_button.setEnabled(has)
        self.delete_attempt_button.setEnabled(has)
        if has and self.attempt_table.currentRow() < 0:
            self.attempt_table.selectRow(0)

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

    # ----- adding -------------------------------------------------------------------------
    def _suggestion_picked(self, index: int) -> None:
        if self.suggestions.itemData(index):
            self.new_label.setText(self.suggestions.itemText(index))
            self.new_fear.setFocus()
        self.suggestions.setCurrentIndex(0)

    def add_from_form(self) -> None:
        fear = None if self.new_fear.value() == EMPTY else self.new_fear.value()
        item = commands.add_item(self.ctx, self.new_label.text(), fear, self.new_note.text(),
                                 rejected=self._add_refused)
        if item is None:
            return
        self.add_message.setVisible(False)
        self.new_label.clear()
        self.new_note.clear()
        self.new_fear.setValue(EMPTY)
        self._selected_id = item.id
        self.reload()
        self.new_label.setFocus()

    def _add_refused(self, message: str) -> None:
        self.add_message.setText(message)
        self.add_message.setVisible(True)
        self.new_label.setFocus()

    # ----- attempts -----------------------------------------------------------------------
    def _selected_attempt(self) -> Attempt | None:
        row = self.attempt_table.currentRow()
        return self._attempts[row] if 0 <= row < len(self._attempts) else None

    def new_attempt(self, item_id: str | None) -> None:
        if item_id is None or not self._hierarchy.items:
            return
        from datetime import UTC

        blank = Attempt(id="", item_id=item_id, when=datetime.now(UTC).replace(second=0, microsecond=0))
        self._edit_attempt(blank, None)

    def open_selected_attempt(self) -> None:
        attempt = self._selected_attempt()
        if attempt is not None:
            self._edit_attempt(attempt, attempt)

    def _edit_attempt(self, attempt: Attempt, previous: Attempt | None) -> None:
        dialog = AttemptDialog(list(self._hierarchy.items), attempt, self)
        if previous is not None and not previous.completed:
            with_focus_on_after(dialog)
        while dialog.exec() == AttemptDialog.DialogCode.Accepted:
            saved = commands.save_attempt(self.ctx, dialog.attempt(), previous)
            if saved is not None:
                self._selected_id = saved.item_id
                self.reload()
                return

    def delete_selected_attempt(self) -> None:
        attempt = self._selected_attempt()
        if attempt is not None:
            commands.delete_attempt(self.ctx, attempt)
