"""Instellingen → Praktijkdatabase…: the address of a practice database, never with a password,
used from the next start on (no server needed for these tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton

from rugschool_gui import paths
from rugschool_gui.ui.practice_settings import has_password
from tests.ui.conftest import modals  # noqa: F401  (a fixture)
from tests.ui.driving import click


def test_a_password_in_an_address_is_recognised():
    assert has_password("postgresql://anna:geheim@server/rug")
    assert has_password("postgresql://server/rug?sslmode=require&password=geheim")
    assert not has_password("postgresql://anna@server/rug?sslmode=verify-full")
    assert not has_password("postgresql://server:5432/rug")
    assert not has_password("postgresql:///rug?service=praktijk")


def test_the_settings_keep_a_practice_address_without_password_for_the_next_start(startup, modals, qtbot):  # noqa: F811
    s = startup()
    said: list[str] = []

    def open_practice(settings_dialog) -> None:
        QTimer.singleShot(0, lambda: click(settings_dialog.findChild(QPushButton, "open-practice")))

    def type_address(text: str):
        def step(dialog) -> None:
            field = dialog.findChild(QLineEdit, "practice-url")
            field.selectAll()
            qtbot.keyClicks(field, text)
            click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
        return step

    def read_refusal(dialog) -> None:
        message = dialog.findChild(QLabel, "practice-settings-message")
        said.append(message.text() if message.isVisible() else "")
        type_address("postgresql://anna@server/rugschool?sslmode=verify-full")(dialog)

    modals.then(open_practice).then(type_address("postgresql://anna:geheim@server/rugschool")) \
        .then(read_refusal).then(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    s.window.act_settings.trigger()
    assert "wachtwoord" in said[0]
    assert s.settings.practice_url == "postgresql://anna@server/rugschool?sslmode=verify-full"
    assert "geheim" not in s.settings.path.read_text()
    assert paths.database_url(None, s.settings.practice_url) == s.settings.practice_url


def test_the_command_line_and_the_environment_still_win(data_home, monkeypatch, tmp_path):
    own = tmp_path / "eigen.sqlite3"
    assert paths.database_url(str(own), "postgresql://server/rug") == f"sqlite:///{own}"
    monkeypatch.setenv("RUGSCHOOL_DATABASE", str(own))
    assert paths.database_url(None, "postgresql://server/rug") == f"sqlite:///{own}"
    monkeypatch.setenv("RUGSCHOOL_DATABASE", "postgresql://server/rug")
    assert paths.own_database_url().endswith("/werkboek.sqlite3")  # a server in the environment
