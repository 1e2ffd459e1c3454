"""Start-up benchmark: the app's first painted window vs a bare PySide6 window, in one run.

    .venv/bin/python bench/startup.py [--runs 7] [--database PATH] [--bundle dist/rugschool-werkboek/rugschool-werkboek]

Each measurement is a fresh process: time from launching it to its first paint event, and its
peak memory (max RSS). Prints medians, the ratio app/bare (goal ≤ 2.0) and the memory ratio
(goal ≤ 2.5). With ``--bundle`` it also starts the PyInstaller bundle (``tools/build-app``) the
same way and prints its start against the venv's (a bundle must not be slower). Not a test: numbers on a busy machine vary, ratios in one run much less.
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

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(900, 600)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            o.removeEventFilter(self); print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def run_once(cmd: list[str], env: dict) -> tuple[float, float]:
    start = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, cwd=ROOT)
    painted = None
    for line in proc.stdout:
        if line.startswith("first-paint "):
            painted = float(line.split()[1])
    _pid, status, usage = os.wait4(proc.pid, 0)
    if painted is None or status != 0:
        raise SystemExit(f"no first paint from: {' '.join(cmd)} (status {status})")
    return painted - start, usage.ru_maxrss / 1024  # seconds, MiB


def measure(cmd, env, runs):
    run_once(cmd, env)  # warm the OS file cache once
    results = [run_once(cmd, env) for _ in range(runs)]
    return [r[0] for r in results], [r[1] for r in results]


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
    bare_t, bare_m = measure([sys.executable, "-c", BARE], env, args.runs)
    app_t, app_m = measure(app_cmd, env, args.runs)
    med = statistics.median
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'xcb')}, runs: {args.runs}, database: {db}")
    print(f"bare window : first paint median {med(bare_t) * 1000:7.1f} ms "
          f"(min {min(bare_t) * 1000:.1f}, max {max(bare_t) * 1000:.1f}), peak memory {med(bare_m):6.1f} MiB")
    print(f"app         : first paint median {med(app_t) * 1000:7.1f} ms "
          f"(min {min(app_t) * 1000:.1f}, max {max(app_t) * 1000:.1f}), peak memory {med(app_m):6.1f} MiB")
    ratio_t = med(app_t) / med(bare_t)
    ratio_m = med(app_m) / med(bare_m)
    print(f"start-up ratio app/bare: {ratio_t:.2f} (goal ≤ 2.0) {'OK' if ratio_t <= 2.0 else 'MISSED'}")
    print(f"memory ratio app/bare  : {ratio_m:.2f} (goal ≤ 2.5) {'OK' if ratio_m <= 2.5 else 'MISSED'}")
    if args.bundle:
        bundle_t, bundle_m = measure([str(Path(args.bundle).resolve()), "--database", db, "--quit-after-paint"],
                                     env, args.runs)
        ratio_b = med(bundle_t) / med(app_t)
        print(f"bundle      : first paint median {med(bundle_t) * 1000:7.1f} ms, peak memory {med(bundle_m):6.1f} MiB")
        print(f"start-up ratio bundle/venv: {ratio_b:.2f} (goal ≤ 1.0) {'OK' if ratio_b <= 1.0 else 'MISSED'}")


if __name__ == "__main__":
    main()
