"""The shell window: chapter navigation left, the page right, workbook switcher, menus, "Opgeslagen".

The shell knows chapters only through ``ui.chapters.registered()``; pages are built the first
time they are opened, so the window appears quickly. What it needs of the application around it
(the settings dialog, the PDF export, the text size, a passphrase) comes in a
:class:`WindowServices`, built by ``ui.startup``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QWidget,
)

from .. import __version__
from ..domain.workbooks import Workbook
from .chapters import registered
from .context import PageContext
from .home import HomePage
from .i18n import app_title, args, translate
from .page_refresh import refresh_if_stale
from .widgets.keyboard import calm_inputs

HOME = "home"
OVERVIEW = "overview"  # the consultation overview: every workbook at a glance


@dataclass(frozen=True)
class WindowServices:
    """The application-level services the window calls; nothing else of start-up reaches it."""

    #: the running application (presentation mode sets its text size without saving it)
    app: QApplication
    #: File → Exporteer als PDF… (also "this chapter" from the home page), parented to the window
    export_pdf: Callable[[QWidget], None]
    #: Bewerken → Instellingen…
    open_settings: Callable[[QWidget], None]
    #: Beeld → Tekst groter (+1) / kleiner (-1): saved, and applied at once
    step_text_size: Callable[[int], None]
    #: ask for a new passphrase (Ctrl+L without one yet); False when the person cancelled
    choose_passphrase: Callable[[QWidget], bool]


class MainWindow(QMainWindow):
    def __init__(self, ctx: PageContext, services: WindowServices) -> None:
        super().__init__()
        self.ctx = ctx
        self.services = services
        self.presenting = False
        self.setObjectName("main-window")
        self._pages: dict[str, QWidget] = {}
        # the toolbar first: Tab then goes workbook → chapters → page, the order they are read in
        self.switcher = QComboBox()
        self.switcher.setObjectName("workbook-switcher")
        self.switcher.setMinimumContentsLength(18)
        self.switcher_label = QLabel()
        self.switcher_label.setBuddy(self.switcher)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("workbook-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.switcher_label)
        self.toolbar.addWidget(self.switcher)
        self.addToolBar(self.toolbar)

        self.nav = QListWidget()
        self.nav.setObjectName("chapter-navigation")
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter
        # the chapter list wraps a long title ("Stapsgewijze blootstelling" at the largest text)
        # rather than scrolling sideways or cutting it
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows are laid out again at a new width
        self.nav.setItemDelegate(_WrappingRows(self.nav))
        self._size_nav()
        self.resize(*_default_size(self.fontMetrics().height()))

        from .save_status import SaveStatus

        self.save_status = SaveStatus(self, ctx)  # "Opgeslagen", a failure told once, asking on close
        self.saved_label = self.save_status.label
        self.read_only_label = self.save_status.read_only_label

        self._build_actions()
        if ctx.read_only:  # nothing can be written: every page's controls say so (ui.read_only)
            from .read_only import guard

            self.read_only_guard = guard(self, self.stack)
        self._fill_nav()
        self._name_pages()
        self._fill_switcher()
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.switcher.activated.connect(self._switcher_activated)
        hub = ctx.hub
        hub.rejected.connect(self._rejected)
        hub.open_chapter.connect(self.open_page)
        # rows a page adds after a change get the same keyboard rules once the change is shown
        hub.data_changed.connect(lambda _c: QTimer.singleShot(0, self._calm_current_page))
        hub.changed.connect(lambda *_a: QTimer.singleShot(0, self._calm_current_page))
        hub.workbook_changed.connect(self._workbook_switched)
        from .idle_lock import IdleLock

        self.idle_lock = IdleLock(self, ctx.settings, ctx.flush)
        self.retranslate()
        calm_inputs(self)
        self.open_page(HOME)
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard starts on the chapters

    # ----- actions and menus -------------------------------------------------------------
    def _action(self, handler, shortcut=None, name="") -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                             else [QKeySequence(shortcut)])
        act.triggered.connect(handler)
        return act

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        ctx = self.ctx
        self.act_new = self._action(lambda: _workbook_actions().create_workbook(self, ctx, self.switch_workbook), SK.New, "new-workbook")
        self.act_rename = self._action(lambda: _workbook_actions().rename_workbook(self, ctx), "F2", "rename-workbook")
        self.act_delete = self._action(lambda: _workbook_actions().delete_workbook(self, ctx, self.switch_workbook), None, "delete-workbook")
        self.act_pdf = self._action(lambda: self.services.export_pdf(self), SK.Print, "export-pdf")
        self.act_export = self._action(lambda: _handover_actions().export_current(self, ctx), None, "export-workbook")
        self.act_import = self._action(lambda: _handover_actions().import_file(self, ctx, self.switch_workbook), None,
                                       "import-workbook")
        self.act_restore = self._action(self._restore_backup, None, "restore-backup")
        from ..storage.url import is_server

        self.act_sharing = self._action(self._open_sharing, None, "practice-sharing")
        self.act_sharing.setVisible(is_server(ctx.url))  # a practice database only (#21)
        self.act_print_chapter = self._action(self.print_current_chapter, "Ctrl+Shift+P", "print-chapter")
        self.act_present = self._action(lambda: self.set_presentation(True), "F5", "presentation")
        self.act_leave_present = self._action(lambda: self.set_presentation(False), "Escape", "leave-presentation")
        self.act_leave_present.setEnabled(False)
        self.addAction(self.act_leave_present)
        self.act_lock = self._action(self.lock_now, "Ctrl+L", "lock-now")
        self.act_quit = self._action(self.close, SK.Quit, "quit")
        self.act_undo = self._action(self._undo, SK.Undo, "undo")
        self.act_redo = self._action(self._redo, SK.Redo, "redo")
        ctx.hub.history_changed.connect(self._update_undo_texts)
        ctx.hub.workbook_changed.connect(self._update_undo_texts)
        self.act_settings = self._action(lambda: self.services.open_settings(self), SK.Preferences, "settings")
        self.act_ask = self._action(self._ask_question, "Ctrl+Shift+Q", "ask-question")  # #25, from any page
        if not self.act_settings.shortcuts():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_home = self._action(lambda: self.open_page(HOME), "Ctrl+0", "go-home")
        self.act_overview = self._action(lambda: self.open_page(OVERVIEW), "Ctrl+Shift+O", "go-overview")
        self.act_bigger = self._action(lambda: self.services.step_text_size(+1), SK.ZoomIn, "text-bigger")
        self.act_smaller = self._action(lambda: self.services.step_text_size(-1), SK.ZoomOut, "text-smaller")
        self.act_about = self._action(self.show_about, None, "about")
        self.act_help = self._action(self.show_page_help, SK.HelpContents, "help")
        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        for a in (self.act_new, self.act_rename, self.act_delete, None, self.act_pdf, self.act_print_chapter, None,
                  self.act_export,
                  self.act_import, self.act_restore, self.act_sharing, None, self.act_quit):
            self.menu_file.addSeparator() if a is None else self.menu_file.addAction(a)
        self.menu_edit = mb.addMenu("")
        for a in (self.act_undo, self.act_redo, None, self.act_ask, None, self.act_settings):
            self.menu_edit.addSeparator() if a is None else self.menu_edit.addAction(a)
        self.menu_view = mb.addMenu("")
        for a in (self.act_home, self.act_overview, None, self.act_bigger, self.act_smaller, None, self.act_present, self.act_lock):
            self.menu_view.addSeparator() if a is None else self.menu_view.addAction(a)
        self.menu_help = mb.addMenu("")
        self.menu_help.addAction(self.act_help)
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        self.menu_file.setTitle(translate("MainWindow", "&Bestand"))
        self.menu_edit.setTitle(translate("MainWindow", "Be&werken"))
        self.menu_view.setTitle(translate("MainWindow", "Bee&ld"))
        self.menu_help.setTitle(translate("MainWindow", "&Help"))
        self.act_new.setText(translate("MainWindow", "&Nieuw werkboek…"))
        self.act_rename.setText(translate("MainWindow", "Werkboek &hernoemen…"))
        self.act_delete.setText(translate("MainWindow", "Werkboek &verwijderen…"))
        self.act_pdf.setText(translate("MainWindow", "Exporteer als &PDF…"))
        self.act_sharing.setText(translate("MainWindow", "Delen en toegang…"))
        self.act_export.setText(translate("MainWindow", "Werkboek &exporteren…"))
        self.act_import.setText(translate("MainWindow", "Werkboek &importeren…"))
        self.act_restore.setText(translate("MainWindow", "&Reservekopie terugzetten…"))
        self.act_print_chapter.setText(translate("MainWindow", "Dit &hoofdstuk als PDF…"))
        self.act_present.setText(translate("MainWindow", "&Presentatiemodus"))
        self.act_present.setToolTip(translate("MainWindow", "Grote tekst zonder menu's, om het scherm aan je "
                                              "patiënt te tonen. Esc om te stoppen."))
        self.act_leave_present.setText(translate("MainWindow", "Presentatiemodus verlaten"))
        self.act_lock.setText(translate("MainWindow", "&Vergrendelen"))
        self.act_lock.setToolTip(translate("MainWindow", "Scherm het werkboek af met je wachtzin, bijvoorbeeld "
                                           "als je even wegloopt."))
        self.act_quit.setText(translate("MainWindow", "&Afsluiten"))
        self.act_settings.setText(translate("MainWindow", "&Instellingen…"))
        self.act_ask.setText(translate("MainWindow", "&Vraag voor de volgende keer…"))
        self.act_home.setText(translate("MainWindow", "&Vandaag"))
        self.act_overview.setText(translate("MainWindow", "&Alle werkboeken"))
        self.act_bigger.setText(translate("MainWindow", "Tekst &groter"))
        self.act_smaller.setText(translate("MainWindow", "Tekst &kleiner"))
        self.act_about.setText(args(translate("MainWindow", "&Over %1…"), app_title()))
        self.act_help.setText(translate("MainWindow", "&Hulp bij deze pagina…"))
        self.switcher_label.setText(translate("MainWindow", "&Werkboek:") + " ")
        self.switcher.setAccessibleName(translate("MainWindow", "Werkboek kiezen"))
        self.nav.setAccessibleName(translate("MainWindow", "Hoofdstukken"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Werkboek"))
        self._update_undo_texts()
        self._fill_nav()
        self._name_pages()
        self.save_status.retranslate()
        self.update_title()
        self.idle_lock.retranslate()

    def _ask_question(self) -> None:
        """A question for the next consultation, written down from whatever page is open."""
        if self.ctx.workbook_id:
            from datetime import date

            from .chapters.consultations.actions import ask_question

            ask_question(self, self.ctx, date.today())

    def _undo(self) -> None:
        if self.ctx.history.can_undo(self.ctx.workbook_id):
            change = self.ctx.undo_last()
            restored = getattr(change, "result", None) if change is not None else None
            if isinstance(restored, Workbook) and restored.id != self.ctx.workbook_id:
                self.switch_workbook(restored.id)  # undoing a deletion shows the workbook again

    def _redo(self) -> None:
        if self.ctx.history.can_redo(self.ctx.workbook_id):
            change = self.ctx.redo_last()
            if change is not None and self.ctx.workbook() is None:  # the workbook was deleted again
                left = self.ctx.workbooks()
                if left:
                    self.switch_workbook(left[0].id)

    def _update_undo_texts(self, *_args) -> None:
        """The menu says what Ctrl+Z and Ctrl+Shift+Z would do — in the workbook on screen."""
        from .history_words import label_text

        history, workbook_id = self.ctx.history, self.ctx.workbook_id
        undo_label = history.undo_label(workbook_id)
        redo_label = history.redo_label(workbook_id)
        undo_text = label_text(undo_label) if undo_label else ""
        redo_text = label_text(redo_label) if redo_label else ""
        self.act_undo.setEnabled(history.can_undo(workbook_id))
        self.act_redo.setEnabled(history.can_redo(workbook_id))
        self.act_undo.setText(translate("MainWindow", "&Ongedaan maken") + (f": {undo_text}" if undo_text else ""))
        self.act_redo.setText(translate("MainWindow", "Opnie&uw") + (f": {redo_text}" if redo_text else ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- navigation ---------------------------------------------------------------------
    def _name_pages(self) -> None:
        """Each page is announced by its title (a scrolling page is a Tab stop for Page Up/Down)."""
        titles = {self.nav.item(i).data(Qt.ItemDataRole.UserRole): self.nav.item(i).text()
                  for i in range(self.nav.count())}
        titles[OVERVIEW] = translate("MainWindow", "Alle werkboeken")
        for page_id, widget in self._pages.items():
            widget.setAccessibleName(titles.get(page_id, ""))

    def _page_ids(self) -> list[str]:
        return [HOME] + [c.id for c in registered()]

    def _fill_nav(self) -> None:
        current = self.nav.currentRow()
        self.nav.blockSignals(True)
        self.nav.clear()
        from . import design
        from .icons import chapter_icon

        c = design.colours(self.nav.palette())
        item = QListWidgetItem(chapter_icon(HOME, c.text, c.on_accent), translate("MainWindow", "Vandaag"))
        item.setData(Qt.ItemDataRole.UserRole, HOME)
        self.nav.addItem(item)
        for i, chapter in enumerate(registered(), start=1):
            item = QListWidgetItem(chapter_icon(chapter.id, c.text, c.on_accent), chapter.title())
            item.setData(Qt.ItemDataRole.UserRole, chapter.id)
            if i < 10:
                item.setToolTip(QKeySequence(f"Ctrl+{i}").toString(QKeySequence.SequenceFormat.NativeText))
            self.nav.addItem(item)
            if i < 10 and not self.findChild(QAction, f"go-{chapter.id}"):
                act = self._action(lambda _=False, cid=chapter.id: self.open_page(cid), f"Ctrl+{i}", f"go-{chapter.id}")
                self.addAction(act)
        self.nav.setCurrentRow(max(0, current))
        self.nav.blockSignals(False)

    def _nav_changed(self, row: int) -> None:
        ids = self._page_ids()
        if 0 <= row < len(ids):
            self.open_page(ids[row])

    def built_pages(self) -> set[str]:
        """The pages built so far (a page is built when first opened)."""
        return set(self._pages)

    def page(self, page_id: str) -> QWidget:
        if page_id not in self._pages:
            widget: QWidget
            if page_id != HOME:  # a page's modules import the storage ones start-up may be loading
                self.ctx.wait_for_storage_modules()
            # made inside the stack: moved in afterwards, the style sheet styled it all again
            if page_id == HOME:
                widget = HomePage(self.ctx, self.stack)
            elif page_id == OVERVIEW:
                from .overview import OverviewPage

                overview = OverviewPage(self.ctx, self.stack)
                overview.open_requested.connect(self._open_from_overview)
                widget = overview
            else:
                chapter = next(c for c in registered() if c.id == page_id)
                widget = chapter.make_page(self.ctx, self.stack)
            widget.setObjectName(widget.objectName() or f"page-{page_id}")
            self._pages[page_id] = widget
            self.stack.addWidget(widget)
            self._name_pages()
        return self._pages[page_id]

    def _open_from_overview(self, workbook_id: str) -> None:
        self.switch_workbook(workbook_id)
        self.open_page(HOME)

    def open_page(self, page_id: str) -> None:
        ids = self._page_ids()
        if page_id == OVERVIEW:  # not in the chapter navigation
            from .overview import OverviewPage

            overview = self.page(OVERVIEW)
            if isinstance(overview, OverviewPage):
                overview.reload()
            calm_inputs(overview)
            self.stack.setCurrentWidget(overview)
            self.nav.clearSelection()
            return
        if page_id not in ids:
            page_id = HOME
        page = self.page(page_id)
        refresh_if_stale(page)  # a page brings itself up to date when it comes to the front
        calm_inputs(page)  # Tab leaves tables, the wheel scrolls past fields (also rows added since)
        self.stack.setCurrentWidget(page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(ids.index(page_id))
        self.nav.blockSignals(False)

    def follow_text_size(self) -> None:
        """The chapter list's width and icons follow the new text size."""
        self.nav.setFont(QApplication.font())
        self._size_nav()
        self._fill_nav()

    def _size_nav(self) -> None:
        """As wide as its longest title on one line, but never more than 14½ text heights: at
        the largest text a long title wraps, so a 1280-pixel screen keeps room for the page."""
        from . import design

        em = design.em(self.nav)
        self.nav.setSpacing(design.space(design.XS, self.nav))  # calm, easy-to-hit rows
        icon = round(em * 1.1)
        self.nav.setIconSize(QSize(icon, icon))
        titles = [translate("MainWindow", "Vandaag"), *(c.title() for c in registered())]
        one_line = max(self.nav.fontMetrics().horizontalAdvance(t) for t in titles)
        chrome = icon + em + 2 * (em // 2) + self.nav.frameWidth() * 2 + design.space(design.S, self.nav)
        width = min(one_line + chrome, round(em * 14.5))
        self.nav.setMinimumWidth(min(width, em * 9))
        self.splitter.setSizes([width, max(1, self.width() - width)])

    def _calm_current_page(self) -> None:
        if not shiboken6.isValid(self):
            return
        page = self.stack.currentWidget()
        if page is not None:
            calm_inputs(page)

    def current_page_id(self) -> str:
        for pid, widget in self._pages.items():
            if widget is self.stack.currentWidget():
                return pid
        return HOME

    # ----- workbooks ---------------------------------------------------------------------
    def _fill_switcher(self) -> None:
        books = self.ctx.workbooks()
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for wb in books:
            self.switcher.addItem(wb.name, wb.id)
        self.switcher.setCurrentIndex(max(0, self.switcher.findData(self.ctx.workbook_id)))
        self.switcher.blockSignals(False)
        self.act_delete.setEnabled(bool(books))

    def _workbook_switched(self, _workbook_id: str) -> None:
        self._fill_switcher()
        self.update_title()

    def _switcher_activated(self, index: int) -> None:
        workbook_id = self.switcher.itemData(index)
        if workbook_id and workbook_id != self.ctx.workbook_id:
            self.switch_workbook(workbook_id)

    def switch_workbook(self, workbook_id: str) -> None:
        self.ctx.flush()
        self.ctx.workbook_id = workbook_id
        from ..storage.practice import log_read  # a practice database logs who opened it (#21)

        self.ctx.load(log_read, workbook_id)
        self.ctx.settings.set_last_workbook(self.ctx.url, workbook_id)
        self.ctx.hub.workbook_changed.emit(workbook_id)

    def print_current_chapter(self) -> None:
        """The PDF of just the chapter on screen, in one action ("print for the patient")."""
        from .pdf_dialog import save_and_open_pdf

        page = self.current_page_id()
        if page in (HOME, OVERVIEW):
            self.services.export_pdf(self)
        else:
            self.ctx.flush()
            save_and_open_pdf(self, self.ctx, [page])

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the largest text, navigation, menus and toolbar hidden; Esc leaves."""
        from . import theme

        if on == self.presenting:
            return
        self.presenting = on
        for widget in (self.nav, self.toolbar, self.menuBar(), self.statusBar()):
            widget.setVisible(not on)
        theme.apply_text_size(self.services.app, "larger" if on else self.ctx.settings.text_size)
        self.act_leave_present.setEnabled(on)
        self.act_present.setEnabled(not on)

    def lock_now(self) -> None:
        """Lock at once; without a passphrase yet, choose one first (the lock then also works when idle)."""
        if not self.ctx.settings.lock_hash and not self.services.choose_passphrase(self):
            return
        self.idle_lock.lock()

    def _open_sharing(self) -> None:
        from .practice_dialog import open_for  # SQLAlchemy is not loaded before the first paint

        open_for(self, self.ctx)

    def _restore_backup(self) -> None:
        from .backup_dialog import restore_interactively

        restore_interactively(self, self.ctx, self.switch_workbook)

    def update_title(self) -> None:
        """The app's name; the workbook's (a patient's) name only when the settings allow it."""
        wb = self.ctx.workbook() if self.ctx.settings.names_in_title == "shown" else None
        title = f"{wb.name} — {app_title()}" if wb else app_title()
        if self.ctx.read_only:
            title += " " + translate("MainWindow", "(alleen lezen)")
        self.setWindowTitle(title)

    # ----- messages -----------------------------------------------------------------------
    def _rejected(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        QMessageBox.information(self, translate("MainWindow", "Even nakijken"), message)

    # ----- about and closing ---------------------------------------------------------------
    def show_page_help(self) -> None:
        from .page_help import PageHelpDialog

        page_id = OVERVIEW if self.stack.currentWidget() is self._pages.get(OVERVIEW) else self.current_page_id()
        item = self.nav.currentItem()
        title = item.text() if item is not None and page_id != OVERVIEW else self.windowTitle()
        PageHelpDialog(title, page_id, self).exec()

    def show_about(self) -> None:
        from ..paths import data_dir

        QMessageBox.about(self, args(translate("MainWindow", "Over %1"), app_title()), args(translate(
            "MainWindow",
            "<h3>%1</h3><p>Versie %2</p><p>Het werkboek bij de oefeningen van de psycholoog van "
            "de rugschool.</p><p>Je gegevens blijven op deze computer, in:<br><code>%3</code></p>"
            "<p>Vrije software onder de GNU General Public License, versie 3 of later. "
            "Lettertype: DejaVu Sans (vrije licentie).</p>",
        ), app_title(), __version__, data_dir()))

    def closeEvent(self, event) -> None:
        if not self.save_status.may_close():
            event.ignore()  # "open laten": the app keeps trying every few seconds
            return
        self.ctx.settings.set_geometry(self.saveGeometry())
        self.idle_lock.close()
        super().closeEvent(event)


def _workbook_actions():
    from . import workbook_actions  # loaded when first used, not before the first paint (#23)

    return workbook_actions


def _handover_actions():
    from . import handover_actions  # loaded when first used, not before the first paint (#23)

    return handover_actions


class _WrappingRows(QStyledItemDelegate):
    """A chapter's title wraps onto a second line in a narrow list (the largest text) — Qt's
    list measures a wrapped row as one line and ends it in "…"."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListWidget):
            return hint
        # the room the text really gets: the row minus its icon, padding (the design's style
        # sheet) and the style's margins; a title wider than that takes two lines
        metrics = view.fontMetrics()
        em = metrics.height()
        room = view.viewport().width() - 2 * view.spacing() - view.iconSize().width() - 2 * em
        text = str(index.data() or "")
        if room <= 0 or metrics.horizontalAdvance(text) <= room:
            return hint
        tall = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(hint.width(), max(hint.height(), tall + hint.height() - em))


def _default_size(em: int) -> tuple[int, int]:
    """A first window that fits the screen it opens on (a 1366×768 laptop keeps its task bar
    and title bar): 62 × 38 text heights at most, never more than the screen's free area."""
    from PySide6.QtGui import QGuiApplication

    width, height = em * 62, em * 38
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, int(free.width() * 0.94)), min(height, int(free.height() * 0.9))
    return width, height
