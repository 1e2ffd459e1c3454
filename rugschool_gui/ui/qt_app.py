"""The running Qt application, typed.

``QApplication.instance()`` is typed ``QCoreApplication | None``: right for a library, but the
window, the idle lock and the screenshot only run inside the app's own ``QApplication``. These
helpers say so once, and fail with a clear message instead of ``'NoneType' has no attribute``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def running_core() -> QCoreApplication:
    """The running application, window or not (translators work in a bare ``QCoreApplication``:
    the command line words its refusals with the window's catalogue)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no Qt application is running")
    return app


def running_app() -> QApplication:
    """The running application with widgets (start-up made it before anything else)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication with widgets is running")
    return app
