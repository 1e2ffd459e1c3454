"""A reminder reaches the desktop's notification server: the real app on a private D-Bus
session bus (``dbus-run-session``) and an X server (``xvfb-run``), where Qt's tray icon sends
``org.freedesktop.Notifications.Notify``; a fake server (fake_notifications.py, jeepney) records
what arrived and clicks it, and the app opens the check-in's page on its stress signals. Only the notification server
is a stand-in. (Qt's offscreen platform has no tray, hence the separate X server.)"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("jeepney")
NEEDED = ("dbus-run-session", "xvfb-run")


HAS_DESKTOP_TOOLS = all(shutil.which(t) for t in NEEDED) and sys.platform.startswith("linux")


@pytest.mark.skipif(not HAS_DESKTOP_TOOLS and not os.environ.get("CI_REQUIRE_DESKTOP"),
                    reason="needs dbus-run-session and xvfb-run (Linux); CI installs them and sets CI_REQUIRE_DESKTOP")
def test_the_reminder_arrives_and_a_click_opens_its_page(tmp_path):
    assert HAS_DESKTOP_TOOLS, "CI_REQUIRE_DESKTOP is set but dbus-run-session or xvfb-run is missing"
    log = tmp_path / "notifications.jsonl"
    here = Path(__file__).parent
    env = {**os.environ, "PYTHONPATH": str(here.parents[1])}
    env.pop("QT_QPA_PLATFORM", None)
    run = subprocess.run(["dbus-run-session", "--", "xvfb-run", "-a", sys.executable,
                          str(here / "reminders_on_a_desktop.py"), str(log)],
                         capture_output=True, text=True, timeout=120, env=env, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    arrived = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(n["summary"], n["body"]) for n in arrived] == [(
        "Even stilstaan bij je stress",
        "Welke stresssignalen merkte je vandaag? Het invullen duurt maar even.")]
    assert result == {"tray": True, "page": "too_much", "visible": True, "on_stress_signals": True}
