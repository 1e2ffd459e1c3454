"""The shell window: workbooks (create, rename, delete, undo, switch), settings, language."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from rugschool_gui.storage import workbooks as repo

from .driving import answer, choose, key, press, read_into, type_into


def named(text, seen=None):
    """A step for the name dialog: (note what it offers,) type ``text`` and press Bewaren."""
    def step(dialog):
        field = dialog.findChild(QLineEdit)
        if seen is not None:
            seen.append((dialog.windowTitle(), field.text()))
        type_into(field, text)
        press(dialog, "Bewaren")
    return step


def pressing_delete(asked=None):
    """A step for the delete question: (read it and) press Verwijderen."""
    def step(box):
        if asked is not None:
            asked.append(box.text())
        press(box, "Verwijderen")
    return step


def test_opens_on_ready_default_workbook(startup, qtbot):
    s = startup()
    w = s.window
    qtbot.addWidget(w)
    assert [wb.name for wb in repo.list_workbooks(s.ctx.store)] == ["Mijn werkboek"]
    assert w.switcher.currentText() == "Mijn werkboek"
    assert w.current_page_id() == "home"
    assert w.saved_label.text() == "Opgeslagen"
    home = w.page("home")
    assert home.title.text() == "Mijn werkboek"
    # a workbook nobody worked on yet: no "Laatst aan gewerkt", a first step instead (issue #22)
    assert not home.worked_on.isVisibleTo(home)
    assert home.today_heading.text() == "Waar begin je?"
    assert home.begin_button.text() == "Begin bij „De pijn begrijpen”"
    assert [w.menuBar().actions()[i].text() for i in range(4)] == ["&Bestand", "Be&werken", "Bee&ld", "&Help"]


def test_create_rename_switch(startup, qtbot, modals):
    s = startup()
    w = s.window
    seen = []
    modals.then(named("  Jan Peeters ", seen))
    w.act_new.trigger()
    assert seen == [("Nieuw werkboek", "")]
    assert w.switcher.currentText() == "Jan Peeters"
    assert w.page("home").title.text() == "Jan Peeters"
    modals.then(named("Jan P.", seen))
    w.act_rename.trigger()
    assert seen[-1] == ("Werkboek hernoemen", "Jan Peeters")  # the current name, ready to change
    assert w.switcher.currentText() == "Jan P."
    assert "Jan P." not in w.windowTitle()  # a patient's name stays out of the title by default
    s.apply_setting("names_in_title", "shown")
    assert "Jan P." in w.windowTitle()
    # switch back through the combo box, as a person would
    choose(w.switcher, "Mijn werkboek")
    assert w.page("home").title.text() == "Mijn werkboek"
    assert s.settings.last_workbook(s.ctx.url) == s.ctx.workbook_id


def test_duplicate_name_gets_a_clear_message_and_changes_nothing(startup, modals, no_modal_boxes):
    s = startup()
    messages = no_modal_boxes  # the kind messages, read and closed with OK
    modals.then(named("mijn WERKBOEK"))
    s.window.act_new.trigger()
    assert messages and "Er is al een werkboek met de naam" in messages[0]
    assert len(repo.list_workbooks(s.ctx.store)) == 1
    modals.then(named("   "))
    s.window.act_new.trigger()
    assert "Vul eerst een naam" in messages[1]
    assert len(repo.list_workbooks(s.ctx.store)) == 1


def test_delete_names_the_workbook_and_undo_brings_it_back(startup, modals):
    s = startup()
    w = s.window
    modals.then(named("Els"))
    w.act_new.trigger()
    els = s.ctx.workbook_id
    asked = []
    modals.then(pressing_delete(asked))
    w.act_delete.trigger()
    assert "„Els”" in asked[0]
    assert [b.name for b in repo.list_workbooks(s.ctx.store)] == ["Mijn werkboek"]
    assert w.switcher.currentText() == "Mijn werkboek"
    assert w.act_undo.isEnabled()
    assert "Els" in w.act_undo.text()
    w.act_undo.trigger()
    assert s.ctx.workbook_id == els
    assert w.switcher.currentText() == "Els"
    w.act_redo.trigger()
    assert [b.name for b in repo.list_workbooks(s.ctx.store)] == ["Mijn werkboek"]


def test_deleting_the_only_workbook_leaves_a_fresh_one(startup, modals):
    s = startup()
    first = s.ctx.workbook_id
    modals.then(pressing_delete())
    s.window.act_delete.trigger()
    books = repo.list_workbooks(s.ctx.store)
    assert len(books) == 1 and books[0].id == s.ctx.workbook_id
    assert books[0].id != first and books[0].name == "Mijn werkboek"
    assert s.window.switcher.currentText() == "Mijn werkboek"


def test_cancelled_delete_changes_nothing(startup, modals):
    s = startup()
    modals.then(lambda box: key(box, Qt.Key.Key_Escape))  # closed without choosing
    s.window.act_delete.trigger()
    assert len(repo.list_workbooks(s.ctx.store)) == 1
    assert not s.window.act_undo.isEnabled()
    modals.then(answer("Annuleren"))
    s.window.act_delete.trigger()
    assert len(repo.list_workbooks(s.ctx.store)) == 1
    assert not s.window.act_undo.isEnabled()


def test_cancelled_name_dialog_creates_and_renames_nothing(startup, modals):
    s = startup()
    w = s.window

    def typed_then_cancelled(dialog):
        type_into(dialog.findChild(QLineEdit), "Half getypt")
        press(dialog, "Annuleren")

    modals.then(typed_then_cancelled)
    w.act_new.trigger()
    modals.then(typed_then_cancelled)
    w.act_rename.trigger()
    assert [b.name for b in repo.list_workbooks(s.ctx.store)] == ["Mijn werkboek"]
    assert w.switcher.currentText() == "Mijn werkboek"


def test_a_name_longer_than_allowed_cannot_be_typed(startup, modals):
    from rugschool_gui.domain.workbooks import MAX_NAME_LENGTH

    s = startup()
    modals.then(named("x" * (MAX_NAME_LENGTH + 10)))
    s.window.act_new.trigger()
    assert s.window.switcher.currentText() == "x" * MAX_NAME_LENGTH


def test_last_workbook_opens_next_time(startup, modals):
    s = startup()
    modals.then(named("Tweede"))
    s.window.act_new.trigger()
    second_id = s.ctx.workbook_id
    s.window.close()
    s.shutdown()
    again = startup()
    assert again.ctx.workbook_id == second_id


def test_language_switch_changes_visible_text_without_restart(startup, qtbot):
    s = startup()
    w = s.window
    s.apply_setting("language", "en")
    QApplication.processEvents()
    assert w.menuBar().actions()[0].text() == "&File"
    assert w.saved_label.text() == "Saved"
    assert w.nav.item(0).text() == "Today"
    assert w.page("home").where_heading.text() == "Where are you now?"
    assert "Back school workbook" in w.windowTitle()
    assert QApplication.translate("QDialogButtonBox", "Cancel") == "Cancel"
    s.apply_setting("language", "nl")
    QApplication.processEvents()
    assert w.menuBar().actions()[0].text() == "&Bestand"
    # Qt's own buttons follow the language (qtbase_nl.qm)
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


def test_language_from_command_line(startup):
    s = startup("--lang", "en")
    assert s.window.menuBar().actions()[1].text() == "&Edit"


def test_text_size_steps_apply_live(startup):
    s = startup()
    start = QApplication.font().pointSize()
    s.window.act_bigger.trigger()
    assert QApplication.font().pointSize() > start
    assert s.settings.text_size == "large"
    s.window.act_smaller.trigger()
    s.window.act_smaller.trigger()
    assert QApplication.font().pointSize() < start
    s.apply_setting("text_size", "normal")


def test_dark_scheme_changes_palette(startup):
    s = startup()
    s.apply_setting("color_scheme", "dark")
    assert QApplication.palette().window().color().lightness() < 100
    s.apply_setting("color_scheme", "light")
    assert QApplication.palette().window().color().lightness() > 200


def test_settings_dialog_offers_every_choice(startup, qtbot):
    from rugschool_gui.ui.settings_dialog import SettingsDialog

    s = startup()
    applied = []
    dialog = SettingsDialog(s.window, {"language": "nl", "text_size": "normal", "color_scheme": "system"},
                            lambda k, v, _parent: applied.append((k, v)))
    qtbot.addWidget(dialog)
    assert dialog.language.count() == 2
    assert dialog.lock.count() == 5 and dialog.lock.currentText() == "Nooit"
    assert dialog.text_size.count() >= 3
    assert dialog.scheme.count() == 3
    dialog.scheme.setCurrentIndex(2)
    dialog.scheme.activated.emit(2)
    assert applied == [("color_scheme", "dark")]


def test_about_shows_version_data_folder_and_licence(startup, modals, data_home):
    s = startup()
    shown = []
    modals.then(read_into(shown))
    s.window.act_about.trigger()
    assert "0.1.0" in shown[0] and str(data_home) in shown[0] and "GNU General Public License" in shown[0]


def test_storage_failure_is_a_kind_message_not_a_crash(startup, no_modal_boxes):
    s = startup()
    warnings = no_modal_boxes  # the warning opens for real and is closed with OK

    def broken(store, *a):
        raise OSError(30, "Read-only file system")

    assert s.ctx.save(broken) is None
    QApplication.processEvents()
    assert s.window.saved_label.text() == "Niet opgeslagen"
    assert warnings and "alleen-lezen" in warnings[0]


def test_keyboard_reaches_navigation_and_switcher(startup):
    s = startup()
    w = s.window
    assert w.switcher_label.buddy() is w.switcher
    assert w.nav.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert w.switcher.accessibleName()
    labels = [lbl for lbl in w.findChildren(QLabel) if lbl.objectName() == "saved-indicator"]
    assert labels


def test_switching_workbook_reloads_only_the_page_in_front_others_on_opening(startup, monkeypatch):
    from rugschool_gui.storage import exposure
    from rugschool_gui.ui.chapters.exposure import page as exposure_page

    s = startup()
    w = s.window
    other = repo.create_workbook(s.ctx.store, "Tweede")
    exposure.add_item(s.ctx.store, other.id, "Bukken", 40)
    page = w.page("exposure")  # built once, then left for the home page
    w.open_page("home")
    loads = []
    original = exposure_page.load_snapshot
    monkeypatch.setattr(exposure_page, "load_snapshot", lambda *a: (loads.append(1), original(*a))[1])
    w.switch_workbook(other.id)
    assert loads == []  # hidden: only marked out of date
    assert w.page("home").title.text() == "Tweede"
    w.open_page("exposure")
    assert loads == [1] and page.model.rowCount() == 1  # up to date the moment it is opened
    w.open_page("home")
    w.open_page("exposure")
    assert loads == [1]  # nothing changed since: no second reload


def test_the_window_gets_its_services_not_the_start_up_object(startup):
    from dataclasses import fields

    from rugschool_gui.ui.main_window import WindowServices
    from rugschool_gui.ui.startup import Startup

    s = startup()
    w = s.window
    assert isinstance(w.services, WindowServices)
    assert not any(isinstance(value, Startup) for value in vars(w).values())
    assert {f.name for f in fields(WindowServices)} == {
        "app", "export_pdf", "open_settings", "step_text_size", "choose_passphrase"}


def test_every_menu_service_reaches_the_services_it_was_given(startup, qtbot):
    """A window made with stand-in services: each menu action calls its service, with the window."""
    from rugschool_gui.ui.main_window import MainWindow, WindowServices

    s = startup()
    calls = []

    def cancelled_passphrase(parent) -> bool:
        calls.append(("choose_passphrase", parent))
        return False

    services = WindowServices(
        app=QApplication.instance(),
        export_pdf=lambda parent: calls.append(("export_pdf", parent)),
        open_settings=lambda parent: calls.append(("open_settings", parent)),
        step_text_size=lambda step: calls.append(("step_text_size", step)),
        choose_passphrase=cancelled_passphrase,
    )
    w = MainWindow(s.ctx, services)
    qtbot.addWidget(w)
    w.act_pdf.trigger()
    w.act_print_chapter.trigger()  # on the home page: the whole workbook's PDF dialog
    w.act_settings.trigger()
    w.act_bigger.trigger()
    w.act_smaller.trigger()
    w.act_lock.trigger()  # no passphrase yet: one is asked for first (here: cancelled)
    assert calls == [("export_pdf", w), ("export_pdf", w), ("open_settings", w), ("step_text_size", 1),
                     ("step_text_size", -1), ("choose_passphrase", w)]
    assert not w.idle_lock.locked
    w.close()


TRICKY_NAME = "Tillen %1 keer, %2 pauze {x}"


def test_a_name_with_placeholders_comes_out_exactly_everywhere(startup, modals, monkeypatch, tmp_path):
    """Window title, home page, PDF cover (read back), the delete question and the undo label."""
    import io

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from .driving import save

    s = startup()
    w = s.window
    modals.then(named(TRICKY_NAME))
    w.act_new.trigger()
    s.apply_setting("names_in_title", "shown")
    assert w.windowTitle() == f"{TRICKY_NAME} — Rugschool werkboek"
    assert w.page("home").title.text() == TRICKY_NAME
    assert w.switcher.currentText() == TRICKY_NAME

    target = tmp_path / "werkboek.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    modals.then(save)
    w.act_pdf.trigger()  # Bestand → Exporteer als PDF…, every chapter, filled in
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    cover = reader.pages[0].extract_text()
    assert TRICKY_NAME in cover.splitlines()  # the title line, as typed
    assert "Gemaakt op" in cover
    assert TRICKY_NAME in reader.metadata.title

    asked = []
    modals.then(pressing_delete(asked))
    w.act_delete.trigger()
    assert asked == [f"Wil je het werkboek „{TRICKY_NAME}” verwijderen, met alles wat erin staat?"]
    assert TRICKY_NAME in w.act_undo.text()


def test_chapter_list_rows_are_as_tall_as_their_titles_need(startup, qtbot):
    """A title that fits on one line gets a one-line row ("Stapsgewijze blootstelling" was sized
    for two at the usual text size, leaving a gap above and below it); at the largest text in a
    1280-pixel window that title wraps, and its row is tall enough for both lines."""
    s = startup()
    w = s.window
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    nav = w.nav

    def heights() -> dict[str, int]:
        QApplication.processEvents()
        return {nav.item(i).text(): nav.visualItemRect(nav.item(i)).height() for i in range(nav.count())}

    assert len(set(heights().values())) == 1, heights()  # every title on one line, every row alike
    s.apply_setting("text_size", "larger")
    w.resize(1280, 720)
    rows = heights()
    assert rows["Stapsgewijze blootstelling"] >= rows["Vandaag"] + nav.fontMetrics().lineSpacing() - 2, rows
    s.apply_setting("text_size", "normal")
