"""Run by tests/ui/test_reminders_notification.py inside ``dbus-run-session`` and ``xvfb-run``:
the real app (xcb, a private session bus with fake_notifications.py) with a fixed clock and the
check-in reminder chosen. Prints one JSON line: the reminder shown and the page open afterwards
(and whether it opened on the stress signals, where the check-in is filled in)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time as clock
from datetime import datetime, time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"
os.environ["RUGSCHOOL_HOME"] = tempfile.mkdtemp(prefix="rugschool-tray-")


def main(log_path: str) -> int:
    here = Path(__file__).parent
    server = subprocess.Popen([sys.executable, str(here / "fake_notifications.py"), log_path],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        from PySide6.QtWidgets import QApplication

        from rugschool_gui.cli import parse_args
        from rugschool_gui.domain import reminders as r
        from rugschool_gui.ui.startup import Startup

        app = QApplication([])
        s = Startup(app, parse_args(["--database", str(Path(os.environ["RUGSCHOOL_HOME"]) / "w.sqlite3")]))
        assert s.prepare()
        s.after_first_paint()
        s.background.wait()
        s.reminders.clock = lambda: datetime(2026, 11, 30, 20, 1)
        s.reminders.apply_choices(r.ReminderSettings(kinds=frozenset({r.CHECKIN}), checkin_time=time(20, 0)))
        deadline = clock.monotonic() + 30
        while s.window.current_page_id() != "too_much" and clock.monotonic() < deadline:
            app.processEvents()
            clock.sleep(0.02)
        page = s.window.page("too_much")
        result = {"tray": s.reminders.tray.isSystemTrayAvailable(),
                  "page": s.window.current_page_id(), "visible": s.window.isVisible(),
                  "on_stress_signals": page.tabs.currentWidget().widget() is page.signals}
        print(json.dumps(result), flush=True)  # noqa: T201 - read by the test
        s.window.close()
        s.shutdown()
        return 0
    finally:
        server.kill()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
