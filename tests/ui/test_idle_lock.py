"""The idle lock on a shared laptop: choose a passphrase, lock when idle or at once, unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rugschool_gui.domain.privacy_lock import verify_passphrase
from rugschool_gui.ui import lock_screen


@pytest.fixture
def typed_passphrase(monkeypatch):
    """Answer the passphrase dialog with what a test puts in ``answers`` (first, repeated)."""
    answers: list[tuple[str, str]] = []
    messages: list[str] = []

    def exec_(dialog):
        first, second = answers.pop(0)
        dialog.first.setText(first)
        dialog.second.setText(second)
        dialog.accept()
        if dialog.message.isVisibleTo(dialog):  # refused: the message shows, the dialog stays
            messages.append(dialog.message.text())
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(lock_screen.PassphraseDialog, "exec", exec_)
    return answers, messages


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


def test_choosing_a_lock_stores_only_a_hash_and_locks_when_idle(shown, qtbot, typed_passphrase):
    answers, _messages = typed_passphrase
    s = shown
    w = s.window
    assert not w.idle_lock._watching  # without a lock nothing watches every event
    answers.append(("rode fiets", "rode fiets"))
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


def test_use_of_the_app_keeps_it_open(shown, qtbot, typed_passphrase):
    answers, _ = typed_passphrase
    s = shown
    w = s.window
    answers.append(("rode fiets", "rode fiets"))
    s.apply_setting("lock_minutes", "5")
    w.idle_lock.last_activity -= 4 * 60
    qtbot.keyClick(w.nav, Qt.Key.Key_Down)  # someone is working
    _idle(s, 2)
    assert not w.idle_lock.locked


def test_lock_now_asks_for_a_passphrase_first_and_refusals_are_kind(shown, typed_passphrase):
    answers, messages = typed_passphrase
    s = shown
    w = s.window
    answers.append(("abc", "abc"))  # too short: refused, nothing set, not locked
    w.act_lock.trigger()
    assert "minstens 4 tekens" in messages[-1]
    assert not s.settings.lock_hash and not w.idle_lock.locked
    answers.append(("rode fiets", "blauwe fiets"))
    w.act_lock.trigger()
    assert "verschillen" in messages[-1] and not w.idle_lock.locked
    answers.append(("rode fiets", "rode fiets"))
    w.act_lock.trigger()
    assert w.idle_lock.locked and s.settings.lock_minutes == 10
    w.idle_lock.try_unlock("rode fiets")
    s.apply_setting("lock_minutes", "0")  # off again: the hash goes too
    assert not s.settings.lock_hash and s.settings.lock_minutes == 0
    _idle(s, 60)
    assert not w.idle_lock.locked


def test_locking_saves_what_is_being_typed(startup, qtbot, typed_passphrase):
    answers, _ = typed_passphrase
    s = startup()
    flushed = []
    s.window.idle_lock._flush = lambda: flushed.append(True)
    answers.append(("rode fiets", "rode fiets"))
    s.window.act_lock.trigger()
    assert flushed


def test_a_passphrase_in_the_settings_means_the_app_starts_locked(startup, qtbot, typed_passphrase, monkeypatch):
    answers, _ = typed_passphrase
    first = startup()
    answers.append(("rode fiets", "rode fiets"))
    first.apply_setting("lock_minutes", "15")
    first.window.close()
    first.shutdown()
    second = startup()
    monkeypatch.setattr(second.app, "exec", lambda: 0)
    second.run()
    assert second.window.idle_lock.locked
    assert second.window.idle_lock.try_unlock("rode fiets")


def test_settings_dialog_turns_the_lock_on_and_a_cancelled_passphrase_leaves_it_off(startup, typed_passphrase,
                                                                                    monkeypatch):
    from rugschool_gui.ui.settings_dialog import SettingsDialog

    typed_exec = lock_screen.PassphraseDialog.exec  # the fixture's answering exec
    s = startup()
    current = {"language": "nl", "text_size": "normal", "color_scheme": "system", "names_in_title": "hidden",
               "lock_minutes": "0"}
    dialog = SettingsDialog(s.window, current, s.apply_setting)
    monkeypatch.setattr(lock_screen.PassphraseDialog, "exec", lambda _d: 0)  # cancelled
    dialog.lock.setCurrentIndex(dialog.lock.findData("10"))
    dialog.lock.activated.emit(dialog.lock.currentIndex())
    assert dialog.lock.currentData() == "0" and not s.settings.lock_hash
    assert not dialog.change_passphrase.isVisible() and not dialog.change_passphrase.isVisibleTo(dialog)
    monkeypatch.setattr(lock_screen.PassphraseDialog, "exec", typed_exec)
    answers, _ = typed_passphrase
    answers.append(("rode fiets", "rode fiets"))
    dialog.lock.setCurrentIndex(dialog.lock.findData("10"))
    dialog.lock.activated.emit(dialog.lock.currentIndex())
    assert dialog.lock.currentData() == "10" and s.settings.lock_minutes == 10
    assert dialog.change_passphrase.isVisibleTo(dialog)
    assert dialog.lock.currentText() == "Na 10 minuten zonder gebruik"
    dialog.deleteLater()


def test_tool_windows_hide_under_the_lock_and_come_back(shown, qtbot, typed_passphrase):
    from PySide6.QtWidgets import QApplication, QWidget

    from rugschool_gui.ui.idle_lock import LOCKED_PROPERTY

    answers, _ = typed_passphrase
    s = shown
    tool = QWidget(None)  # like the break timer: a small window of its own
    tool.setWindowTitle("Pauzetimer")
    tool.show()
    qtbot.addWidget(tool)
    answers.append(("rode fiets", "rode fiets"))
    s.window.act_lock.trigger()
    assert not tool.isVisible() and QApplication.instance().property(LOCKED_PROPERTY)
    s.window.idle_lock.try_unlock("rode fiets")
    assert tool.isVisible() and not QApplication.instance().property(LOCKED_PROPERTY)


def test_closing_the_lock_window_closes_the_app_and_never_uncovers_it(shown, typed_passphrase):
    answers, _ = typed_passphrase
    s = shown
    answers.append(("rode fiets", "rode fiets"))
    s.window.act_lock.trigger()
    screen = s.window.idle_lock.screen
    screen.close()
    assert not s.window.isVisible()  # the app closed (its content was saved on locking)
    assert not s.window.centralWidget().isVisible()
