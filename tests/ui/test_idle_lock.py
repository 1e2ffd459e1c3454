"""The idle lock on a shared laptop: choose a passphrase, lock when idle or at once, unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from rugschool_gui.domain.privacy_lock import verify_passphrase
from rugschool_gui.ui import lock_screen

from .driving import click, press, save, type_into


def passphrase(first: str, second: str | None = None):
    """A step for the passphrase dialog: type the passphrase twice (or ``second`` the second
    time) with real key presses and press Save."""
    def step(dialog):
        assert isinstance(dialog, lock_screen.PassphraseDialog), dialog
        type_into(dialog.first, first)
        type_into(dialog.second, first if second is None else second)
        save(dialog)
    return step


def refused(messages: list[str]):
    """A step for the passphrase dialog after a refused Save: read the message, then cancel."""
    def step(dialog):
        assert isinstance(dialog, lock_screen.PassphraseDialog), dialog
        messages.append(dialog.message.text() if dialog.message.isVisibleTo(dialog) else "")
        press(dialog, "Annuleren")
    return step


def unlock(s, qtbot, text: str = "rode fiets") -> None:
    """Type the passphrase on the lock screen and press Ontgrendelen, as a person would."""
    screen = s.window.idle_lock.screen
    assert screen.isVisible()
    qtbot.keyClicks(screen.passphrase, text)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def later(action) -> None:
    """Do ``action`` once the step that asks for it has handed the dialog back to its event loop
    (a dialog that opens another dialog must not do so inside the step itself)."""
    QTimer.singleShot(0, action)


def pick(combo, text: str) -> None:
    """Open the combo box's list with the keyboard (F4), go to ``text`` and press Enter: one
    choice, as a person makes it, not one for every entry passed on the way."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(combo, Qt.Key.Key_F4)
    view = combo.view()
    assert view.isVisible(), "the list of the combo box did not open"
    while view.currentIndex().row() != index:
        QTest.keyClick(view, Qt.Key.Key_Down if view.currentIndex().row() < index else Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Return)


@pytest.fixture
def shown(startup, qtbot):
    """The app with its window on screen (the lock watches and covers a visible window)."""
    s = startup()
    s.window.show()
    qtbot.waitExposed(s.window)
    return s


def _idle(s, minutes: float) -> None:
    lock = s.window.idle_lock
    lock.last_activity -= minutes * 60
    lock.check()


def test_choosing_a_lock_stores_only_a_hash_and_locks_when_idle(shown, qtbot, modals):
    s = shown
    w = s.window
    assert not w.idle_lock._watching  # without a lock nothing watches every event
    modals.then(passphrase("rode fiets"))
    assert s.apply_setting("lock_minutes", "5") == "5"
    assert w.idle_lock._watching
    ini = s.settings.path.read_text(encoding="utf-8")
    assert "rode fiets" not in ini and "scrypt$" in ini
    assert verify_passphrase("rode fiets", s.settings.lock_hash)

    _idle(s, 4.9)
    assert not w.idle_lock.locked
    _idle(s, 0.2)
    lock = w.idle_lock
    assert lock.locked
    assert not w.centralWidget().isVisible() and not w.toolbar.isVisible()  # no names, no content
    qtbot.keyClicks(lock.screen.passphrase, "verkeerd")
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert lock.locked and "niet de juiste wachtzin" in lock.screen.message.text()
    assert lock.screen.passphrase.text() == ""
    qtbot.keyClicks(lock.screen.passphrase, "rode fiets")
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked and w.centralWidget().isVisible() and w.toolbar.isVisible()


def test_use_of_the_app_keeps_it_open(shown, qtbot, modals):
    s = shown
    w = s.window
    modals.then(passphrase("rode fiets"))
    s.apply_setting("lock_minutes", "5")
    w.idle_lock.last_activity -= 4 * 60
    qtbot.keyClick(w.nav, Qt.Key.Key_Down)  # someone is working
    _idle(s, 2)
    assert not w.idle_lock.locked


def test_lock_now_asks_for_a_passphrase_first_and_refusals_are_kind(shown, qtbot, modals):
    s = shown
    w = s.window
    messages = []
    modals.then(passphrase("abc")).then(refused(messages))  # too short: refused, nothing set, not locked
    w.act_lock.trigger()
    assert "minstens 6 tekens" in messages[-1]
    assert not s.settings.lock_hash and not w.idle_lock.locked
    modals.then(passphrase("rode fiets", "blauwe fiets")).then(refused(messages))
    w.act_lock.trigger()
    assert "verschillen" in messages[-1] and not w.idle_lock.locked
    assert not s.settings.lock_hash
    modals.then(passphrase("rode fiets"))
    w.act_lock.trigger()
    assert w.idle_lock.locked and s.settings.lock_minutes == 10
    unlock(s, qtbot)
    assert not w.idle_lock.locked
    s.apply_setting("lock_minutes", "0")  # off again: the hash goes too
    assert not s.settings.lock_hash and s.settings.lock_minutes == 0
    _idle(s, 60)
    assert not w.idle_lock.locked


def test_locking_saves_what_is_being_typed(startup, qtbot, modals):
    s = startup()
    flushed = []
    real_flush = s.window.idle_lock._flush
    s.window.idle_lock._flush = lambda: (flushed.append(True), real_flush())  # a spy: it still saves
    modals.then(passphrase("rode fiets"))
    s.window.act_lock.trigger()
    assert flushed
    assert s.window.idle_lock.locked
    unlock(s, qtbot)
    assert not s.window.idle_lock.locked


def test_a_passphrase_in_the_settings_means_the_app_starts_locked(startup, qapp, db_path, modals):
    from PySide6.QtCore import QCoreApplication, QEvent

    from rugschool_gui.cli import parse_args
    from rugschool_gui.ui.startup import Startup

    first = startup()
    modals.then(passphrase("rode fiets"))
    first.apply_setting("lock_minutes", "15")
    first.window.close()
    first.shutdown()
    seen = []

    def wrong_first(screen):  # the lock screen covers the app the moment its main loop runs
        seen.append(("locked", second.window.idle_lock.locked, second.window.centralWidget().isVisible()))
        QTest.keyClicks(screen.passphrase, "verkeerd")
        QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
        seen.append(("refused", second.window.idle_lock.locked, screen.message.text()))

    def right_then_quit(screen):
        QTest.keyClicks(screen.passphrase, "rode fiets")
        click(screen.unlock_button)
        seen.append(("open", second.window.idle_lock.locked, second.window.centralWidget().isVisible()))
        second.window.act_quit.trigger()  # Bestand → Afsluiten: the main loop ends

    modals.then(wrong_first).then(right_then_quit)
    stuck = []
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (stuck.append(True), qapp.quit()))  # never hang the suite
    guard.start(20_000)
    second = Startup(qapp, parse_args(["--database", str(db_path)]))
    try:
        assert second.run() == 0
    finally:
        guard.stop()
        if second.window is not None:
            second.window.close()
            second.window.deleteLater()
        second.translations.apply("nl")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not stuck, "the app did not close"
    assert seen[0] == ("locked", True, False)
    assert seen[1][:2] == ("refused", True) and "niet de juiste wachtzin" in seen[1][2]
    assert seen[2] == ("open", False, True)


def test_settings_dialog_turns_the_lock_on_and_a_cancelled_passphrase_leaves_it_off(startup, modals):
    s = startup()
    seen = []

    def choose_ten_minutes(dialog):
        assert dialog.lock.currentText() == "Nooit" and not dialog.change_passphrase.isVisibleTo(dialog)
        later(lambda: pick(dialog.lock, "Na 10 minuten zonder gebruik"))

    def cancel(dialog):
        assert isinstance(dialog, lock_screen.PassphraseDialog), dialog
        press(dialog, "Annuleren")

    def after_cancel_choose_again(dialog):
        seen.append((dialog.lock.currentData(), s.settings.lock_hash, dialog.change_passphrase.isVisible(),
                     dialog.change_passphrase.isVisibleTo(dialog)))
        later(lambda: pick(dialog.lock, "Na 10 minuten zonder gebruik"))

    def after_passphrase_close(dialog):
        seen.append((dialog.lock.currentData(), s.settings.lock_minutes, dialog.change_passphrase.isVisibleTo(dialog),
                     dialog.lock.currentText()))
        press(dialog, "Sluiten")

    modals.then(choose_ten_minutes).then(cancel).then(after_cancel_choose_again) \
        .then(passphrase("rode fiets")).then(after_passphrase_close)
    s.window.act_settings.trigger()  # Bewerken → Instellingen
    assert seen[0] == ("0", "", False, False)  # cancelled: the lock stays off, nothing to change
    assert seen[1] == ("10", 10, True, "Na 10 minuten zonder gebruik")
    assert verify_passphrase("rode fiets", s.settings.lock_hash)
    assert s.window.idle_lock._watching


def test_tool_windows_hide_under_the_lock_and_come_back(shown, qtbot, modals):
    from PySide6.QtWidgets import QApplication, QWidget

    from rugschool_gui.ui.idle_lock import LOCKED_PROPERTY

    s = shown
    tool = QWidget(None)  # like the break timer: a small window of its own
    tool.setWindowTitle("Pauzetimer")
    tool.show()
    qtbot.addWidget(tool)
    modals.then(passphrase("rode fiets"))
    s.window.act_lock.trigger()
    assert not tool.isVisible() and QApplication.instance().property(LOCKED_PROPERTY)
    unlock(s, qtbot)
    assert tool.isVisible() and not QApplication.instance().property(LOCKED_PROPERTY)


def test_closing_the_lock_window_closes_the_app_and_never_uncovers_it(shown, modals):
    s = shown
    modals.then(passphrase("rode fiets"))
    s.window.act_lock.trigger()
    screen = s.window.idle_lock.screen
    screen.close()
    assert not s.window.isVisible()  # the app closed (its content was saved on locking)
    assert not s.window.centralWidget().isVisible()


def test_a_screenshot_is_refused_while_a_passphrase_is_set(qapp, data_home, db_path, tmp_path, capsys):
    """The idle lock has no back door: --screenshot would render names and entries."""
    from rugschool_gui import paths
    from rugschool_gui.cli import parse_args
    from rugschool_gui.domain.privacy_lock import hash_passphrase
    from rugschool_gui.ui.appsettings import AppSettings
    from rugschool_gui.ui.startup import Startup

    AppSettings(paths.data_dir()).set_lock(10, hash_passphrase("geheim wachtwoord"))
    shot = tmp_path / "shot.png"
    s = Startup(qapp, parse_args(["--database", str(db_path), "--screenshot", str(shot), "--page", "overview"]))
    try:
        assert s.run() == 7
    finally:
        if s.window is not None:
            s.window.deleteLater()
        s.translations.apply("nl")
    assert not shot.exists() and "vergrendeld" in capsys.readouterr().err


def test_after_three_wrong_passphrases_the_lock_screen_waits_before_the_next(startup, qtbot, modals):
    s = startup()
    modals.then(passphrase("rode fiets"))
    s.window.act_lock.trigger()
    screen = s.window.idle_lock.screen
    modals.leave_open(type(screen))  # it covers the app while the test types and waits, as it should
    for _attempt in range(1, 5):
        assert screen.passphrase.isEnabled()
        qtbot.keyClicks(screen.passphrase, "blauwe fiets")
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not screen.passphrase.isEnabled() and "seconden" in screen.message.text()
    qtbot.waitUntil(screen.passphrase.isEnabled, timeout=5000)  # 2 s after the fourth
    unlock(s, qtbot)
    assert not s.window.idle_lock.locked


def test_a_dialog_open_when_the_app_locks_is_covered_and_keeps_what_was_typed(startup, qtbot, modals):
    from PySide6.QtWidgets import QWidget

    from rugschool_gui.storage import pacing as repo

    s = startup()
    modals.then(passphrase("rode fiets"))
    s.window.act_lock.trigger()
    unlock(s, qtbot)  # a passphrase is set; the app is open again
    s.window.open_page("pacing")
    page = s.window.page("pacing")
    seen = {}

    def type_then_lock(dialog):
        qtbot.keyClicks(dialog.name, "Fysiotherapie")
        s.window.idle_lock.lock()  # nobody touched the app for the chosen minutes
        veil = dialog.findChild(QWidget, "lock-veil")
        seen["covered"] = veil is not None and veil.isVisible() and veil.geometry() == dialog.rect()
        seen["open"] = dialog.isVisible()
        later(lambda: unlock(s, qtbot))  # the passphrase, typed on the lock screen on top

    def after_unlock(dialog):
        seen["uncovered"] = dialog.findChild(QWidget, "lock-veil") is None or not dialog.findChild(
            QWidget, "lock-veil").isVisible()
        seen["kept"] = dialog.name.text()
        press(dialog, "Opslaan")

    modals.leave_open(type(s.window.idle_lock.screen))
    modals.then(type_then_lock).then(after_unlock)
    page.add(1, "morning")
    assert seen == {"covered": True, "open": True, "uncovered": True, "kept": "Fysiotherapie"}
    assert [a.name for a in repo.list_week(s.ctx.store, s.ctx.workbook_id, page.monday)] == ["Fysiotherapie"]


def test_the_strength_line_sits_right_under_the_passphrase_field(qapp, qtbot):
    """Issue #22: the line about the passphrase floated under the second field, ~55 px away."""
    from PySide6.QtTest import QTest

    from rugschool_gui.ui import design
    from rugschool_gui.ui.lock_screen import PassphraseDialog

    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.first, "korte")
    first_bottom = dialog.first.mapTo(dialog, dialog.first.rect().bottomLeft()).y()
    line_top = dialog.strength.mapTo(dialog, dialog.strength.rect().topLeft()).y()
    second_top = dialog.second.mapTo(dialog, dialog.second.rect().topLeft()).y()
    assert 0 <= line_top - first_bottom <= design.space(design.M, dialog)  # at most one text height
    assert line_top < second_top  # between the two fields, not under the second
    assert dialog.strength.x() == dialog.first.x()  # in the field's column
    assert "Minstens" in dialog.strength.text()
