"""Guard against a binding that leaks or drops references to None/True/False.

PySide6 6.12.0 on CPython 3.11 dropped one reference to ``None`` on every ``QLabel.setText``;
after some thousands of calls the interpreter aborts ("deallocating None"). On CPython 3.12+
these objects are immortal and the check has nothing to measure.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QSpinBox

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12 on")


def _drift(action, rounds: int = 2000) -> dict[str, int]:
    gc.collect()
    before = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    for _ in range(rounds):
        action()
    gc.collect()
    return {name: sys.getrefcount(obj) - before[name]
            for name, obj in (("None", None), ("True", True), ("False", False))}


def test_common_widget_calls_keep_singleton_refcounts(qtbot):
    label, box = QLabel(), QSpinBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)

    def calls():
        label.setText("Opgeslagen")
        label.setVisible(not label.isVisible())
        box.setValue((box.value() + 1) % 10)
        QLocale().toString(3)

    drift = _drift(calls)
    assert all(abs(d) < 200 for d in drift.values()), drift
