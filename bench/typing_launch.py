"""Start the app normally (a real window) with the keyboard in the first reflection answer of
"Over je grenzen gaan" (tab "Vragen"): for bench/kill_typing.py and bench/full_disk.py.

    .venv/bin/python bench/typing_launch.py --database PATH [any other main.py option]

Like tools/a11y_launch.py this changes nothing in the app: once the window has painted and the
workbook is loaded, it opens the page (``MainWindow.open_page``, what the chapter list does),
picks the tab and puts the focus in the answer field — where a person would click — and prints
``typing_launch: ready`` with the question's key. Keys then come from the X server (xdotool).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rugschool_gui import app as app_module
from rugschool_gui.ui import startup as startup_module


def main() -> int:
    original = startup_module.Startup.after_first_paint

    def after_first_paint(self) -> None:
        original(self)
        from PySide6.QtCore import QTimer

        def go() -> None:
            self.window.open_page("too_much")
            page = self.window.page("too_much")
            page.tabs.setCurrentIndex(2)  # Vragen
            box = page.tabs.currentWidget().widget().boxes[0]
            self.window.raise_()
            self.window.activateWindow()
            box.edit.setFocus()
            print(f"typing_launch: ready {box.key}", flush=True)

        QTimer.singleShot(300, go)

    startup_module.Startup.after_first_paint = after_first_paint
    return app_module.main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
