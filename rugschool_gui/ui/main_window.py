"""The shell window: chapter navigation left, the page right, workbook switcher, menus, "Opgeslagen".

The shell knows chapters only through ``ui.chapters.registered()``; pages are built the first
time they are opened, so the window appears quickly. What it needs of the application around it
(the settings dialog, the PDF export, the text size, a passphrase) comes in a
:class:`WindowServices`, built by ``ui.startup``.

Built in two steps at start-up (issue #23): ``MainWindow()`` is the empty frame
(``ui/first_frame.py``), shown at once; :meth:`MainWindow.build` then fills it, after that first
paint. ``MainWindow(ctx, services)`` does both. This module is imported before the first paint,
so what only the built window needs is imported in :meth:`build` and the methods that use it
(PySide6's ``Qt`` namespace alone costs ~17 ms: it makes ~100 Python enums).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import __version__
from .chapter_list import fill_chapter_list, make_chapter_list, size_chapter_list
from .first_frame import FrameSketch, default_size
from .i18n import app_title, args, translate
from .window_menus import (
    HOME,
    OVERVIEW,
    build_menus,
    make_action,
    retranslate_menus,
    update_undo_texts,
)

if TYPE_CHECKING:
    from .context import PageContext


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
    #: made by ``window_menus.build_menus`` (with every other ``act_*`` and ``menu_*``)
    act_delete: QAction
    act_present: QAction
    act_leave_present: QAction

    def __init__(self, ctx: PageContext | None = None, services: WindowServices | None = None) -> None:
        """The frame (a title and a sketch of the window, no data); with ``ctx`` and
        ``services`` also :meth:`build`."""
        super().__init__()
        self.setObjectName("main-window")
        self.built = False
        self.setWindowTitle(app_title())
        self.setCentralWidget(FrameSketch(self))
        self.resize(*default_size(self.fontMetrics().height()))
        if ctx is not None and services is not None:
            self.build(ctx, services)

    def build(self, ctx: PageContext, services: WindowServices) -> None:
        """Everything of the window: toolbar, chapters, page, menus, status; the home page open."""
        from PySide6.QtCore import Qt

        from .widgets.keyboard import calm_inputs

        self.ctx = ctx
        self.services = services
        self.presenting = False
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

        self.nav = make_chapter_list()
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter
        self._size_nav()

        from .save_status import SaveStatus

        self.save_status = SaveStatus(self, ctx)  # "Opgeslagen", a failure told once, asking on close
        self.saved_label = self.save_status.label
        self.read_only_label = self.save_status.read_only_label

        build_menus(self)
        if ctx.read_only:  # nothing can be written: every page's controls say so (ui.read_only)
            from .read_only import guard

            self.read_only_guard = guard(self, self.stack)
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
        self.built = True
        self.retranslate()  # also fills the chapter list and names the pages
        calm_inputs(self)
        self.open_page(HOME)
        if self.isVisible():  # filled after its first paint: what was added shows now, not a moment later
            for part in (self.splitter, self.toolbar, self.menuBar(), self.statusBar()):
                part.show()
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard starts on the chapters

    # ----- actions and menus: ui/window_menus.py ------------------------------------------
    def retranslate(self) -> None:
        retranslate_menus(self)
        self.switcher_label.setText(translate("MainWindow", "&Werkboek:") + " ")
        self.switcher.setAccessibleName(translate("MainWindow", "Werkboek kiezen"))
        self.nav.setAccessibleName(translate("MainWindow", "Hoofdstukken"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Werkboek"))
        update_undo_texts(self)
        self._fill_nav()
        self._name_pages()
        self.save_status.retranslate()
        self.update_title()
        self.idle_lock.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.built:
            self.retranslate()
        super().changeEvent(event)

    # ----- navigation ---------------------------------------------------------------------
    def _name_pages(self) -> None:
        """Each page is announced by its title (a scrolling page is a Tab stop for Page Up/Down)."""
        from PySide6.QtCore import Qt

        titles = {self.nav.item(i).data(Qt.ItemDataRole.UserRole): self.nav.item(i).text()
                  for i in range(self.nav.count())}
        titles[OVERVIEW] = translate("MainWindow", "Alle werkboeken")
        for page_id, widget in self._pages.items():
            widget.setAccessibleName(titles.get(page_id, ""))

    def _page_ids(self) -> list[str]:
        from .chapters import registered

        return [HOME] + [c.id for c in registered()]

    def _fill_nav(self) -> None:
        def shortcut(number: int, chapter_id: str) -> None:  # Ctrl+1 … Ctrl+9, made once
            if not self.findChild(QAction, f"go-{chapter_id}"):
                self.addAction(make_action(self, lambda _=False, cid=chapter_id: self.open_page(cid),
                                           f"Ctrl+{number}", f"go-{chapter_id}"))

        fill_chapter_list(self.nav, shortcut)

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
                from .home import HomePage

                widget = HomePage(self.ctx, self.stack)
            elif page_id == OVERVIEW:
                from .overview import OverviewPage

                overview = OverviewPage(self.ctx, self.stack)
                overview.open_requested.connect(self._open_from_overview)
                widget = overview
            else:
                from .chapters import registered

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
        from .page_refresh import refresh_if_stale
        from .widgets.keyboard import calm_inputs

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
        size_chapter_list(self.nav, self.splitter, self.width())

    def _calm_current_page(self) -> None:
        if not shiboken6.isValid(self):
            return
        page = self.stack.currentWidget()
        if page is not None:
            from .widgets.keyboard import calm_inputs

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
        if not self.built:  # closed before it was filled: nothing to save or ask
            super().closeEvent(event)
            return
        if not self.save_status.may_close():
            event.ignore()  # "open laten": the app keeps trying every few seconds
            return
        self.ctx.settings.set_geometry(self.saveGeometry())
        self.idle_lock.close()
        super().closeEvent(event)
