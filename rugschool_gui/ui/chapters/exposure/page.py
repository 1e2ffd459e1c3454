"""The graded exposure page's behaviour: what it reads, the operations it runs, how it refreshes.

The widgets are :class:`~.view.ExposureView`'s. Reading is one snapshot of the chapter
(:func:`~rugschool_gui.storage.exposure_page.load_snapshot`, one transaction). Every change the
person makes is an operation of ``operations/exposure.py`` run with ``ctx.run(…, source=self)``:
one transaction that also reads back the snapshot the page then shows, so an action — its redraw
included — is one ``BEGIN``, and Ctrl+Z undoes it in this workbook's history. Other pages'
changes, undo/redo, a workbook switch and an import reload the page (``follow_changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox, QWidget

from ....domain.chapters import EXPOSURE
from ....domain.charts import RECENT_ENTRIES
from ....domain.exposure import (
    FEAR_MAX,
    MAX_ITEMS,
    Attempt,
    FearHierarchy,
    FearItem,
    Rating,
    last_change,
)
from ....operations import exposure as ops
from ....operations.change import ChangeSet
from ....storage.exposure_page import Showing, Snapshot, load_snapshot
from ....wording.exposure import words
from ...context import PageContext
from ...dates import long_date
from ...i18n import args, translate
from ...page_refresh import follow_changes
from ...saving import Debouncer
from .hierarchy_keys import HierarchyKeys
from .hierarchy_model import HierarchyModel
from .view import ExposureView

if TYPE_CHECKING:
    from .attempts_panel import AttemptsPanel

#: the tables this page shows: another chapter's action writing here reloads it
TABLES = frozenset({"fear_item", "fear_rating", "exposure_attempt", "entry_comment"})


class ExposurePage(ExposureView):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._selected_id: str | None = None
        self._snapshot: Snapshot | None = None
        self._workbook_id = ctx.workbook_id
        self._note: tuple[str, str, str] | None = None  # (workbook, step, text) still to write
        self._wire()
        self.note_saver = Debouncer(self._write_note, self)
        ctx.register_flusher(self.note_saver.flush)
        follow_changes(self, ctx, EXPOSURE, TABLES, self.reload)
        self.retranslate()
        self.contrast_checkboxes()
        self.reload()

    def _wire(self) -> None:
        self.log_step_button.clicked.connect(lambda: self.attempts.new_attempt(self._current_step_id()))
        self.master_step_button.clicked.connect(self._master_current_step)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.relabel_requested.connect(lambda item_id, label: self._run(ops.relabel_item, item_id, label))
        self.model.rate_requested.connect(lambda item_id, fear: self._run(ops.rate_item, item_id, fear))
        self.model.mastered_requested.connect(lambda item_id, on: self._run(ops.set_mastered, item_id, on))
        self.model.move_requested.connect(lambda item_id, rank: self._run(ops.move_item, item_id, rank))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.order_button.clicked.connect(lambda: self._run(ops.order_by_fear))
        self.remove_button.clicked.connect(self.remove_selected)
        self._keys = HierarchyKeys(self)
        self.table.installEventFilter(self._keys)  # Alt+↑/↓ moves, Delete removes
        self.note_edit.textChanged.connect(self._note_typed)
        self.add_form.submit = self._add

    def _attempts_made(self, panel: AttemptsPanel) -> None:
        panel.save = self.save_attempt
        panel.delete = self.delete_attempt
        panel.pager.moved.connect(lambda _page: self.reload())
        s = self._snapshot
        if s is not None:
            panel.show_item(s.item, s.hierarchy.items, s.attempts, s.attempt_count, s.comments)

    @property
    def hierarchy(self) -> FearHierarchy:
        return self._snapshot.hierarchy if self._snapshot is not None else FearHierarchy()

    # ----- running operations ---------------------------------------------------------------
    def _run(self, operation: Callable[..., ChangeSet], *values: Any,
             rejected: Callable[[str], None] | None = None) -> ops.Done[Any] | None:
        """Run one of the chapter's operations and show the snapshot it read back; None when
        it was refused (the message is shown) or could not be written."""
        change = self.ctx.run(operation, *values, showing=self._showing(), source=self, rejected=rejected)
        if change is None:
            return None
        done: ops.Done[Any] = change.result
        if done.snapshot is not None:
            self._show_snapshot(done.snapshot)
        return done

    def _showing(self) -> Showing:
        # the attempts not made yet show the latest (a step's first page), as a new step does
        page = self._attempts.pager.page_of(self._selected_id) if self._attempts is not None else 0
        return Showing(self._selected_id, RECENT_ENTRIES, page * RECENT_ENTRIES)

    # ----- refreshing -----------------------------------------------------------------------
    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        if self.ctx.workbook_id != self._workbook_id:  # another workbook: start at its current step
            self._workbook_id, self._selected_id = self.ctx.workbook_id, None
            self.add_form.message.setVisible(False)
        snapshot = self.ctx.load(load_snapshot, self.ctx.workbook_id, self._showing())
        if snapshot is not None:
            self._show_snapshot(snapshot)

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        h = snapshot.hierarchy
        self._selected_id = snapshot.item.id if snapshot.item else None
        self.model.set_rows(h.items, h.disagreements(), snapshot.changes)
        if self._selected_id:
            row = self.model.row_of(self._selected_id)
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, HierarchyModel.LABEL))
            self.table.selectionModel().blockSignals(False)
        self._show()

    # ----- showing --------------------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        self._show()

    def _show(self) -> None:
        if self._snapshot is None:
            return
        h = self._snapshot.hierarchy
        step = h.current_step
        if not h.items:
            self.step_label.setText(translate("Exposure", "Nog geen stappen"))
            self.step_advice.setText(translate(
                "Exposure", "Noteer hieronder eerst de bewegingen of activiteiten waar je voorzichtig mee bent "
                "of bang voor bent. Daarna kies je de eerste stap: die met de minste angst."))
        elif step is None:
            self.step_label.setText(words("all_mastered"))
            self.step_advice.setText(translate(
                "Exposure", "Je hebt elke stap van je lijst geoefend tot hij lukte. Bespreek met je psycholoog "
                "of kinesitherapeut (fysiotherapeut) wat een volgende stap kan zijn."))
        else:
            fear = "" if step.fear is None else " — " + args(translate("Exposure", "angst %1/100"), step.fear)
            self.step_label.setText(f"{step.rank}. {step.label}{fear}")
            self.step_advice.setText(translate(
                "Exposure", "Begin bij wat je het minst angst geeft en bouw rustig op. Plan een poging: "
                "schrijf vooraf op wat je verwacht, doe de beweging, en noteer achteraf wat er echt "
                "gebeurde. Lukt deze stap goed, markeer hem dan als beheerst; dan wordt de volgende "
                "stap je huidige stap."))
        self.step_label.setAccessibleName(self.step_label.text())
        self.log_step_button.setEnabled(step is not None)
        self.master_step_button.setEnabled(step is not None)
        # an empty hierarchy: no disabled buttons and no empty table, the form to add comes first
        self.step_buttons.setVisible(step is not None)
        for w in (self.table, self.hierarchy_tools):
            w.setVisible(bool(h.items))
        self.count_label.setText(args(translate("Exposure", "%1 van %2 stappen"), len(h), MAX_ITEMS))
        self.disagree_hint.setVisible(bool(h.disagreements()))
        self.order_button.setEnabled(any(i.fear is not None for i in h.items))
        self._show_selected()

    def _show_selected(self) -> None:
        assert self._snapshot is not None
        s = self._snapshot
        item = s.item
        for w in (self.up_button, self.down_button, self.remove_button, self.note_edit):
            w.setEnabled(item is not None)
        if item is not None:
            self.up_button.setEnabled(item.rank > 1)
            self.down_button.setEnabled(item.rank < len(s.hierarchy))
        waiting = self.note_saver.pending and self._note is not None and item is not None \
            and self._note[:2] == (self._workbook_id, item.id)
        if not waiting:  # what is being typed for this step stays as typed
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(item.note if item else "")
            self.note_edit.blockSignals(False)
        self.history_label.setText(self._history_text(s.history) if item else "")
        self.history_label.setVisible(bool(self.history_label.text()))  # nothing empty to land on
        if self._attempts is not None:  # else shown when they are made
            self._attempts.show_item(item, s.hierarchy.items, s.attempts, s.attempt_count, s.comments)

    @staticmethod
    def _history_text(history: list[Rating]) -> str:
        if len(history) < 2:
            return ""
        parts = [f"{r.fear}/{FEAR_MAX} ({long_date(r.when)})" for r in history]
        text = words("ratings", ratings=", ".join(parts))
        change = last_change(history)
        if change is not None and change.is_real:
            text += " " + words("real_change", before=change.before, after=change.after) + " " + translate(
                "Exposure", "In de lijst staat er ▲ of ▼ bij het cijfer.")
        return text

    # ----- the hierarchy ----------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item(current.row())
        if item is not None and item.id != self._selected_id:
            self.note_saver.flush()
            self._selected_id = item.id
            self.reload()

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, HierarchyModel.LABEL))

    def selected_item(self) -> FearItem | None:
        return self._snapshot.item if self._snapshot is not None else None

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        target = item.rank + step
        if 1 <= target <= len(self.hierarchy):
            self._run(ops.move_item, item.id, target)
            self.table.setFocus()

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self.note_saver.flush()
        box = QMessageBox(QMessageBox.Icon.Question, translate("Exposure", "Stap verwijderen"),
                          args(translate("Exposure", "„%1” uit je lijst halen, met de pogingen erbij? "
                                         "Je kunt dit ongedaan maken met Ctrl+Z."), item.label),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Exposure", "Verwijderen"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._run(ops.remove_item, item.id)

    def _add(self, label: str, fear: int | None, note: str) -> bool:
        self.note_saver.flush()
        return self._run(ops.add_item, label, fear, note, rejected=self.add_form.refused) is not None

    def _current_step_id(self) -> str | None:
        step = self.hierarchy.current_step
        return step.id if step else None

    def _master_current_step(self) -> None:
        step = self.hierarchy.current_step
        if step is not None:
            self._run(ops.set_mastered, step.id, True)

    # ----- the note of the selected step (typed: written when typing pauses) -----------------
    def _note_typed(self) -> None:
        if self._selected_id:
            self._note = (self.ctx.workbook_id, self._selected_id, self.note_edit.toPlainText())
            self.note_saver.poke()

    def _write_note(self) -> None:
        if self._note is None:
            return
        workbook_id, item_id, text = self._note
        if workbook_id == self._workbook_id and not any(i.id == item_id for i in self.hierarchy.items):
            self._note = None  # the step was taken away (an undo) while its note waited
            return
        change = self.ctx.run(ops.set_note, item_id, text, source=self, workbook_id=workbook_id)
        if change is None:
            return  # a disk failure: the debouncer tries again with the same text
        self._note = None
        item: FearItem = change.result.value
        if workbook_id == self._workbook_id:
            self.hierarchy.set_note(item.id, item.note)
            self.model.update_item(self.hierarchy.get(item.id))

    # ----- attempts -------------------------------------------------------------------------
    def save_attempt(self, attempt: Attempt) -> bool:
        """Plan or complete ``attempt``; its step is shown after. False when refused."""
        return self._run(ops.save_attempt, attempt) is not None

    def delete_attempt(self, attempt: Attempt) -> bool:
        return self._run(ops.delete_attempt, attempt.id) is not None
