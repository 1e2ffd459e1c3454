"""Start the app normally (a real window), then open one page: for tools/a11y_check.sh.

    .venv/bin/python tools/a11y_launch.py --page PAGE [--size WxH] [any other main.py option]

``main.py --page`` only applies to ``--screenshot``; an interactive start always opens the home
page. This wrapper changes nothing in the app: once the window has painted and the workbook is
loaded (``Startup.after_first_paint``), it calls ``MainWindow.open_page(PAGE)`` — the same call
the navigation list, Ctrl+1…7, Ctrl+0 and Ctrl+Shift+O make. ``--size`` resizes the window.
The keyboard focus stays where the app puts it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rugschool_gui import app as app_module
from rugschool_gui.cli import parse_args
from rugschool_gui.ui import startup as startup_module


def main() -> int:
    args = parse_args(sys.argv[1:])
    original = startup_module.Startup.after_first_paint

    def after_first_paint(self) -> None:
        original(self)
        from PySide6.QtCore import QTimer

        def go() -> None:
            if args.size:
                w, h = (int(v) for v in args.size.lower().split("x"))
                self.window.resize(w, h)
            self.window.open_page(args.page)
            print(f"a11y_launch: page {args.page!r} open", flush=True)

        QTimer.singleShot(0, go)

    startup_module.Startup.after_first_paint = after_first_paint
    return app_module.main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
