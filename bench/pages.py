"""Page-opening benchmark (issue #23): the first and a later opening of every page and of the overview.

    .venv/bin/python bench/pages.py /tmp/y1.sqlite3 /tmp/y5.sqlite3 [--runs 5]

Each run is one fresh process per database (offscreen Qt, a throw-away data folder, the real
main window made as the app makes it: ``Startup.prepare``, shown, then ``Startup._settle``; the
pages are opened once start-up is done — the home page filled, ``gc.freeze()`` — and the time
that took is printed). In that process every chapter page and then the overview is opened once from the home page (the first opening: the page is built and loaded), and then
each again (a later opening). An opening is timed from ``MainWindow.open_page`` until the page
has painted and the event loop has nothing left to do (timers it started, rows fitted after the
paint). Prints the median over the runs against the goals: first opening < 100 ms, later < 50 ms.

The database is opened by the app as usual (it may migrate it and purge deleted workbooks):
give it a copy. Not a test: numbers on a busy machine vary; the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MS = 1000.0
GOALS = {"first": 0.100, "later": 0.050}  # issue #23, in seconds
#: a round of the event loop shorter than this did nothing: the loop is idle
IDLE_ROUND = 0.0005
#: give up waiting for a paint after this long (the page is then reported as it stood)
PATIENCE = 5.0


def _child(database: str, size: str, text_size: str) -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["RUGSCHOOL_HOME"] = tempfile.mkdtemp(prefix="rugschool-pages-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    import rugschool_gui.storage.backup as backup
    from rugschool_gui.cli import parse_args
    from rugschool_gui.ui.chapters import registered
    from rugschool_gui.ui.main_window import HOME, OVERVIEW
    from rugschool_gui.ui.startup import Startup

    backup.backup_if_due = lambda *_a: None  # the bench reads the database, it does not copy it
    app = QApplication([])
    s = Startup(app, parse_args(["--database", database]))
    if text_size:
        from rugschool_gui.paths import data_dir
        from rugschool_gui.ui.appsettings import AppSettings

        AppSettings(data_dir()).text_size = text_size
    assert s.prepare()
    w = s.window
    assert w is not None
    width, height = (int(v) for v in size.split("x"))
    w.resize(width, height)
    w.show()
    app.processEvents()
    s._settle()  # the app's own: after the first paint (it may go on on a worker), then gc.freeze()
    import gc

    started = time.perf_counter()
    while not gc.get_freeze_count() and time.perf_counter() - started < PATIENCE:
        app.processEvents()  # start-up is done once what it made is frozen (Startup._settle)
        time.sleep(0.001)
    settled = time.perf_counter() - started
    # a psychologist's overview is read ahead on the housekeeping thread (ui/overview_warmup.py):
    # opened a moment after start-up, as a person would, it finds that read done
    while s.ctx.overview_ahead is None and len(s.ctx.workbooks()) > 1 and \
            time.perf_counter() - started < PATIENCE:
        app.processEvents()
        time.sleep(0.001)
    read_ahead = time.perf_counter() - started

    class Paints(QObject):
        """Counts the window's repaints: Qt paints every widget that changed while it handles
        the window's ``UpdateRequest`` (a scroll area's own frame may never get a paint event)."""

        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                self.count += 1
            return False

    paints = Paints()
    w.installEventFilter(paints)

    def settle() -> None:
        """Run the event loop until a round does nothing."""
        while True:
            t = time.perf_counter()
            app.processEvents()
            if time.perf_counter() - t < IDLE_ROUND:
                return

    def timed(page_id: str) -> tuple[float, float]:
        """(wall-clock seconds, seconds the GUI thread worked) from the request to painted and idle."""
        w.open_page(HOME)
        settle()
        watched = False
        paints.count = 0
        c0 = time.thread_time()
        t0 = time.perf_counter()
        w.open_page(page_id)
        end, cpu = time.perf_counter(), time.thread_time()
        while time.perf_counter() - t0 < PATIENCE:
            t = time.perf_counter()
            app.processEvents()
            done = time.perf_counter()
            if done - t >= IDLE_ROUND:
                end, cpu = done, time.thread_time()  # something was done in this round
            elif paints.count:  # painted, and the loop is idle
                watched = True
                break
        if not watched:
            print(f"{page_id}: no paint seen within {PATIENCE} s", file=sys.stderr)
        return end - t0, cpu - c0

    pages = [c.id for c in registered()] + [OVERVIEW]
    first = {pid: timed(pid) for pid in pages}
    later = {pid: timed(pid) for pid in pages}

    w.removeEventFilter(paints)
    result = {"first": {p: t[0] for p, t in first.items()}, "later": {p: t[0] for p, t in later.items()},
              "first_cpu": {p: t[1] for p, t in first.items()}, "later_cpu": {p: t[1] for p, t in later.items()},
              "workbooks": len(s.ctx.workbooks()), "settled": settled, "read_ahead": read_ahead,
              "size_mb": Path(database).stat().st_size / 1e6, "gc_frozen": gc.get_freeze_count()}
    w.close()
    s.shutdown()
    return result


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def report(database: str, runs: list[dict]) -> None:
    r0 = runs[0]
    print(f"\n{database}: {r0['workbooks']} workbooks, {r0['size_mb']:.0f} MB, {len(runs)} runs (medians, ms)")
    settled = statistics.median(r.get("settled", 0.0) for r in runs)
    print(f"  pages opened once start-up had settled (home filled, gc.freeze): {settled * MS:.0f} ms after _settle")
    ahead = statistics.median(r.get("read_ahead", 0.0) for r in runs)
    print(f"  and once the overview had been read ahead (several workbooks): {ahead * MS:.0f} ms after _settle")
    print("  wall clock from the request until painted and idle; cpu: what the GUI thread worked of it")
    print(f"  {'page':<18}{'first':>8}{'min':>7}{'max':>7}{'cpu':>7}  {'goal':<7}{'':<8}"
          f"{'later':>8}{'max':>7}{'cpu':>7}  {'goal':<6}")
    for pid in r0["first"]:
        firsts = [r["first"][pid] for r in runs]
        laters = [r["later"][pid] for r in runs]
        f, lt = statistics.median(firsts), statistics.median(laters)
        fc = statistics.median(r["first_cpu"][pid] for r in runs)
        lc = statistics.median(r["later_cpu"][pid] for r in runs)
        print(f"  {pid:<18}{f * MS:>8.1f}{min(firsts) * MS:>7.0f}{max(firsts) * MS:>7.0f}{fc * MS:>7.0f}  "
              f"{'< 100':<7}{'OK' if f < GOALS['first'] else 'MISSED':<8}"
              f"{lt * MS:>8.1f}{max(laters) * MS:>7.0f}{lc * MS:>7.0f}  {'< 50':<6}"
              f"{'OK' if lt < GOALS['later'] else 'MISSED'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("databases", nargs="+", help="copies: the app opens them as usual")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per database (default 5)")
    ap.add_argument("--size", default="1280x860", help="window size (default 1280x860)")
    ap.add_argument("--text-size", default="", help="small, normal, large or larger (default: the app's)")
    ap.add_argument("--json", help="also write every run's figures to this file")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(args.databases[0], args.size, args.text_size)))
        return
    print(f"load average before: {_load()}")
    everything = {}
    for database in args.databases:
        if not Path(database).exists():
            raise SystemExit(f"{database} does not exist: make it with bench/make_data.py (and copy it)")
        runs = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--child", "--size", args.size,
                                  "--text-size", args.text_size, database],
                                 capture_output=True, text=True, cwd=ROOT)
            if out.returncode != 0:
                raise SystemExit(out.stderr)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        everything[database] = runs
        report(database, runs)
    print(f"\nload average after: {_load()}")
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=1))


if __name__ == "__main__":
    main()
