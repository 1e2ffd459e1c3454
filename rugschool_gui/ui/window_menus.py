"""The main window's actions and menus (Bestand, Bewerken, Beeld, Help): built once, their texts
set in the current language, and what undo, redo and "Vraag voor de volgende keer" do. The window
is ``ui/main_window.py``; the hand-over and workbook actions load when first used (#23).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from ..domain.workbooks import Workbook
from .i18n import app_title, args, translate

HOME = "home"
OVERVIEW = "overview"  # the consultation overview: every workbook at a glance


def _workbook_actions():
    from . import workbook_actions  # loaded when first used, not before the first paint (#23)

    return workbook_actions


def _handover_actions():
    from . import handover_actions  # loaded when first used, not before the first paint (#23)

    return handover_actions


def make_action(window, handler, shortcut=None, name="") -> QAction:
    """An action of the window, with its shortcut(s) and object name."""
    act = QAction(window)
    act.setObjectName(name)
    if shortcut is not None:
        act.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                         else [QKeySequence(shortcut)])
    act.triggered.connect(handler)
    return act


def build_menus(window) -> None:
    """The window's actions (``window.act_*``) and its four menus, texts set by :func:`retranslate_menus`."""
    SK = QKeySequence.StandardKey
    ctx = window.ctx
    window.act_new = make_action(window, lambda: _workbook_actions().create_workbook(window, ctx, window.switch_workbook), SK.New, "new-workbook")
    window.act_rename = make_action(window, lambda: _workbook_actions().rename_workbook(window, ctx), "F2", "rename-workbook")
    window.act_delete = make_action(window, lambda: _workbook_actions().delete_workbook(window, ctx, window.switch_workbook), None, "delete-workbook")
    window.act_pdf = make_action(window, lambda: window.services.export_pdf(window), SK.Print, "export-pdf")
    window.act_export = make_action(window, lambda: _handover_actions().export_current(window, ctx), None, "export-workbook")
    window.act_import = make_action(window, lambda: _handover_actions().import_file(window, ctx, window.switch_workbook), None,
                                   "import-workbook")
    window.act_restore = make_action(window, window._restore_backup, None, "restore-backup")
    from ..storage.url import is_server

    window.act_sharing = make_action(window, window._open_sharing, None, "practice-sharing")
    window.act_sharing.setVisible(is_server(ctx.url))  # a practice database only (#21)
    window.act_print_chapter = make_action(window, window.print_current_chapter, "Ctrl+Shift+P", "print-chapter")
    window.act_present = make_action(window, lambda: window.set_presentation(True), "F5", "presentation")
    window.act_leave_present = make_action(window, lambda: window.set_presentation(False), "Escape", "leave-presentation")
    window.act_leave_present.setEnabled(False)
    window.addAction(window.act_leave_present)
    window.act_lock = make_action(window, window.lock_now, "Ctrl+L", "lock-now")
    window.act_quit = make_action(window, window.close, SK.Quit, "quit")
    window.act_undo = make_action(window, lambda: undo(window), SK.Undo, "undo")
    window.act_redo = make_action(window, lambda: redo(window), SK.Redo, "redo")
    ctx.hub.history_changed.connect(lambda *_a: update_undo_texts(window))
    ctx.hub.workbook_changed.connect(lambda *_a: update_undo_texts(window))
    window.act_settings = make_action(window, lambda: window.services.open_settings(window), SK.Preferences, "settings")
    window.act_ask = make_action(window, lambda: ask_question(window), "Ctrl+Shift+Q", "ask-question")  # #25, from any page
    if not window.act_settings.shortcuts():
        window.act_settings.setShortcut(QKeySequence("Ctrl+,"))
    window.act_home = make_action(window, lambda: window.open_page(HOME), "Ctrl+0", "go-home")
    window.act_overview = make_action(window, lambda: window.open_page(OVERVIEW), "Ctrl+Shift+O", "go-overview")
    window.act_bigger = make_action(window, lambda: window.services.step_text_size(+1), SK.ZoomIn, "text-bigger")
    window.act_smaller = make_action(window, lambda: window.services.step_text_size(-1), SK.ZoomOut, "text-smaller")
    window.act_about = make_action(window, window.show_about, None, "about")
    window.act_help = make_action(window, window.show_page_help, SK.HelpContents, "help")
    mb = window.menuBar()
    window.menu_file = mb.addMenu("")
    for a in (window.act_new, window.act_rename, window.act_delete, None, window.act_pdf, window.act_print_chapter, None,
              window.act_export,
              window.act_import, window.act_restore, window.act_sharing, None, window.act_quit):
        window.menu_file.addSeparator() if a is None else window.menu_file.addAction(a)
    window.menu_edit = mb.addMenu("")
    for a in (window.act_undo, window.act_redo, None, window.act_ask, None, window.act_settings):
        window.menu_edit.addSeparator() if a is None else window.menu_edit.addAction(a)
    window.menu_view = mb.addMenu("")
    for a in (window.act_home, window.act_overview, None, window.act_bigger, window.act_smaller, None, window.act_present, window.act_lock):
        window.menu_view.addSeparator() if a is None else window.menu_view.addAction(a)
    window.menu_help = mb.addMenu("")
    window.menu_help.addAction(window.act_help)
    window.menu_help.addAction(window.act_about)


def retranslate_menus(window) -> None:
    """The menus' and actions' texts in the current language."""
    window.menu_file.setTitle(translate("MainWindow", "&Bestand"))
    window.menu_edit.setTitle(translate("MainWindow", "Be&werken"))
    window.menu_view.setTitle(translate("MainWindow", "Bee&ld"))
    window.menu_help.setTitle(translate("MainWindow", "&Help"))
    window.act_new.setText(translate("MainWindow", "&Nieuw werkboek…"))
    window.act_rename.setText(translate("MainWindow", "Werkboek &hernoemen…"))
    window.act_delete.setText(translate("MainWindow", "Werkboek &verwijderen…"))
    window.act_pdf.setText(translate("MainWindow", "Exporteer als &PDF…"))
    window.act_sharing.setText(translate("MainWindow", "Delen en toegang…"))
    window.act_export.setText(translate("MainWindow", "Werkboek &exporteren…"))
    window.act_import.setText(translate("MainWindow", "Werkboek &importeren…"))
    window.act_restore.setText(translate("MainWindow", "&Reservekopie terugzetten…"))
    window.act_print_chapter.setText(translate("MainWindow", "Dit &hoofdstuk als PDF…"))
    window.act_present.setText(translate("MainWindow", "&Presentatiemodus"))
    window.act_present.setToolTip(translate("MainWindow", "Grote tekst zonder menu's, om het scherm aan je "
                                            "patiënt te tonen. Esc om te stoppen."))
    window.act_leave_present.setText(translate("MainWindow", "Presentatiemodus verlaten"))
    window.act_lock.setText(translate("MainWindow", "&Vergrendelen"))
    window.act_lock.setToolTip(translate("MainWindow", "Scherm het werkboek af met je wachtzin, bijvoorbeeld "
                                         "als je even wegloopt."))
    window.act_quit.setText(translate("MainWindow", "&Afsluiten"))
    window.act_settings.setText(translate("MainWindow", "&Instellingen…"))
    window.act_ask.setText(translate("MainWindow", "&Vraag voor de volgende keer…"))
    window.act_home.setText(translate("MainWindow", "&Vandaag"))
    window.act_overview.setText(translate("MainWindow", "&Alle werkboeken"))
    window.act_bigger.setText(translate("MainWindow", "Tekst &groter"))
    window.act_smaller.setText(translate("MainWindow", "Tekst &kleiner"))
    window.act_about.setText(args(translate("MainWindow", "&Over %1…"), app_title()))
    window.act_help.setText(translate("MainWindow", "&Hulp bij deze pagina…"))


def ask_question(window) -> None:
    """A question for the next consultation, written down from whatever page is open."""
    if window.ctx.workbook_id:
        from datetime import date

        from .chapters.consultations.actions import ask_question

        ask_question(window, window.ctx, date.today())


def undo(window) -> None:
    if window.ctx.history.can_undo(window.ctx.workbook_id):
        change = window.ctx.undo_last()
        restored = getattr(change, "result", None) if change is not None else None
        if isinstance(restored, Workbook) and restored.id != window.ctx.workbook_id:
            window.switch_workbook(restored.id)  # undoing a deletion shows the workbook again


def redo(window) -> None:
    if window.ctx.history.can_redo(window.ctx.workbook_id):
        change = window.ctx.redo_last()
        if change is not None and window.ctx.workbook() is None:  # the workbook was deleted again
            left = window.ctx.workbooks()
            if left:
                window.switch_workbook(left[0].id)


def update_undo_texts(window, *_args) -> None:
    """The menu says what Ctrl+Z and Ctrl+Shift+Z would do — in the workbook on screen."""
    from .history_words import label_text

    history, workbook_id = window.ctx.history, window.ctx.workbook_id
    undo_label = history.undo_label(workbook_id)
    redo_label = history.redo_label(workbook_id)
    undo_text = label_text(undo_label) if undo_label else ""
    redo_text = label_text(redo_label) if redo_label else ""
    window.act_undo.setEnabled(history.can_undo(workbook_id))
    window.act_redo.setEnabled(history.can_redo(workbook_id))
    window.act_undo.setText(translate("MainWindow", "&Ongedaan maken") + (f": {undo_text}" if undo_text else ""))
    window.act_redo.setText(translate("MainWindow", "Opnie&uw") + (f": {redo_text}" if redo_text else ""))
