"""Start-up benchmark: the app's first painted window vs a bare PySide6 window, in one run.

    .venv/bin/python bench/startup.py [--runs 7] [--database PATH] [--bundle dist/rugschool-werkboek/rugschool-werkboek]

Each measurement is a fresh process; the app and the bare window take turns (bare, app, bare,
app, …) so a busy moment of a shared machine hits both alike. Three figures per process:

- **first paint**: from launching it to its window's first paint event;
- **interactive**: from launching it until the GUI thread is free again with the home page filled
  (the app reads the home page's facts after the first paint; the bare window is interactive the
  moment its event loop is idle after its paint);
- **settled**: until everything start-up loads is loaded and the home page has been read
  properly (when the page was first shown from the snapshot of the last start, SQLAlchemy loads
  on a worker thread after "interactive", then the page is read again); no goal, printed so the
  work moved after "interactive" stays visible;
- **peak memory**: the process's max RSS over the whole run, up to "settled".

Prints medians, the ratios app/bare and the goals of issue #23 (first paint ≤ 1.5×, interactive
≤ 2.0×, memory ≤ 2.0×), with the load average before and after (``/proc/loadavg``). With
``--bundle`` it also starts the PyInstaller bundle (``tools/build-app``) the same way and prints
its start against the venv's (a bundle must not be slower). Not a test: numbers on a busy
machine vary, ratios in one run much less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: issue #23: app/bare ratios
GOALS = {"first paint": 1.5, "interactive": 2.0, "memory": 2.0}

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(900, 600)
def idle():
    print(f"interactive {time.time():.6f}", flush=True); app.quit()
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            o.removeEventFilter(self); print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, idle)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def run_once(cmd: list[str], env: dict) -> tuple[float, float, float, float]:
    """(first paint s, interactive s, settled s, peak MiB of the whole run) of one fresh process."""
    start = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, cwd=ROOT)
    painted = interactive = settled = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("first-paint "):
            painted = float(line.split()[1])
        elif line.startswith("interactive "):
            interactive = float(line.split()[1])
        elif line.startswith("settled "):
            settled = float(line.split()[1])
    _pid, status, usage = os.wait4(proc.pid, 0)
    if painted is None or status != 0:
        raise SystemExit(f"no first paint from: {' '.join(cmd)} (status {status})")
    interactive = painted if interactive is None else interactive  # an older app: paint only
    settled = max(interactive, settled or interactive)
    return painted - start, interactive - start, settled - start, usage.ru_maxrss / 1024


def measure(commands: dict[str, list[str]], env: dict, runs: int) -> dict[str, list[tuple[float, float, float, float]]]:
    """Each command ``runs`` times, taking turns; one warm-up run each first (OS file cache)."""
    for cmd in commands.values():
        run_once(cmd, env)
    results: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            results[name].append(run_once(cmd, env))
    return results


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--database", help="database to start on (default: a fresh one, migrated once)")
    ap.add_argument("--bundle", help="the bundle's executable, to compare its start with the venv's")
    args = ap.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="rugschool-bench-")
    env["RUGSCHOOL_HOME"] = home
    db = args.database or str(Path(home) / "werkboek.sqlite3")
    app_cmd = [sys.executable, str(ROOT / "main.py"), "--database", db, "--quit-after-paint"]
    if not args.database:
        run_once(app_cmd, env)  # create and migrate once; the benchmark measures a real start
    commands = {"bare": [sys.executable, "-c", BARE], "app": app_cmd}
    if args.bundle:
        commands["bundle"] = [str(Path(args.bundle).resolve()), "--database", db, "--quit-after-paint"]
    load_before = loadavg()
    results = measure(commands, env, args.runs)
    med = statistics.median
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'xcb')}, runs: {args.runs} (taking turns), database: {db}")
    print(f"load average: {load_before} before, {loadavg()} after ({os.cpu_count()} cores)")
    figures: dict[str, tuple[float, float, float, float]] = {}
    for name, rows in results.items():
        paint, ready, settled, memory = ([r[i] for r in rows] for i in range(4))
        figures[name] = (med(paint), med(ready), med(memory), med(settled))
        print(f"{name:<7}: first paint {med(paint) * 1000:6.1f} ms (min {min(paint) * 1000:.1f}, "
              f"max {max(paint) * 1000:.1f}), interactive {med(ready) * 1000:6.1f} ms "
              f"(min {min(ready) * 1000:.1f}, max {max(ready) * 1000:.1f}), settled {med(settled) * 1000:6.1f} ms, "
              f"peak memory {med(memory):5.1f} MiB")
    bare, app = figures["bare"], figures["app"]
    for i, label in enumerate(("first paint", "interactive", "memory")):
        ratio = app[i] / bare[i]
        goal = GOALS[label]
        print(f"{label + ' app/bare':<22}: {ratio:.2f} (goal ≤ {goal}) {'OK' if ratio <= goal else 'MISSED'}")
    if args.bundle:
        bundle = figures["bundle"]
        ratio_b = bundle[0] / app[0]
        print(f"first paint bundle/venv: {ratio_b:.2f} (goal ≤ 1.0) {'OK' if ratio_b <= 1.0 else 'MISSED'}")


if __name__ == "__main__":
    main()
