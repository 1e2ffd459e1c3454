"""Every UI test runs with a modal driver: the app's own dialogs and message boxes open for real
and are answered through the event loop (see ``driving.py``); nothing replaces their ``exec``."""

from __future__ import annotations

import pytest

from .driving import Modals, close_all_modals


@pytest.fixture(autouse=True)
def modals(qapp):
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication), "an earlier test left a bare QCoreApplication behind"
    driver = Modals()
    yield driver
    close_all_modals()
    driver.finish()
    assert not driver.problems, "; ".join(driver.problems)


@pytest.fixture
def no_modal_boxes(modals):
    """The texts of the message boxes that appeared and were closed with their Escape button."""
    return modals.shown


@pytest.fixture
def app_at(startup, qtbot):
    """The app started with its reminder service on a stubbed clock at ``moment``."""
    from datetime import datetime

    from .reminders_clock import Clock

    def make(moment: datetime):
        s = startup()
        qtbot.addWidget(s.window)
        clock = Clock(moment)
        s.reminders.clock = clock
        return s, clock

    return make
