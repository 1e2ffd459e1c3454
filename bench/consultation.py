"""Consultation benchmark: switching workbooks, opening pages, the overview and PDFs on a big database.

    .venv/bin/python bench/make_data.py /tmp/y1.sqlite3 --years 1
    .venv/bin/python bench/make_data.py /tmp/y5.sqlite3 --years 5
    .venv/bin/python bench/consultation.py /tmp/y1.sqlite3 /tmp/y5.sqlite3 [--samples 15]

Each database is measured in a fresh process (offscreen Qt, a throw-away data folder; the
database itself is only read). An action is timed until its result is painted. Prints the
median, 90th percentile and maximum of every action against its goal (WORKBOOK.md has none; the
goals come from issue #10), and with more than one database how each cost grows with the data.
Not a test: numbers on a busy machine vary; run it twice before believing a surprise.
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
#: goals from issue #10, in seconds
GOALS = {"brief": 0.050, "switch": 0.050, "page": 0.050, "overview": 0.050, "pdf_filled": 1.0, "pdf_blank": 0.5,
         "overview_first": 0.100}  # issue #25: the overview with its consultation columns
#: the tables that grow with the years; their rows per workbook measure "how much data"
GROWING = ("stress_checkin", "stress_signal", "pacing_activity", "exposure_attempt", "activity_session",
           "chain_entry", "relaxation_session", "reflection_answer")


def _child(database: str, samples: int) -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["RUGSCHOOL_HOME"] = tempfile.mkdtemp(prefix="rugschool-bench-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    import rugschool_gui.storage.backup as backup
    from rugschool_gui.cli import parse_args
    from rugschool_gui.ui.chapters import registered
    from rugschool_gui.ui.main_window import HOME, OVERVIEW
    from rugschool_gui.ui.startup import Startup

    backup.backup_if_due = lambda *_a: None  # the bench reads the database, it does not copy it
    app = QApplication([])
    s = Startup(app, parse_args(["--database", database]))
    assert s.prepare()
    w = s.window
    w.resize(1280, 860)
    w.show()
    app.processEvents()
    s.after_first_paint()

    def timed(action) -> float:
        t0 = time.perf_counter()
        action()
        app.processEvents()
        w.repaint()
        return time.perf_counter() - t0

    books = [b.id for b in s.ctx.workbooks()]
    largest = _largest_workbook(database)
    step = max(1, len(books) // samples)
    sample = ([largest] + [b for b in books[::step] if b != largest])[:samples]
    chapters = [c.id for c in registered()]
    result: dict = {"workbooks": len(books), "size_mb": Path(database).stat().st_size / 1e6,
                    "rows_per_workbook": _rows_per_workbook(database), "first_open": {}, "page": {}}
    for cid in chapters:  # the very first opening builds the page
        w.switch_workbook(sample[0])
        w.open_page(HOME)
        result["first_open"][cid] = timed(lambda cid=cid: w.open_page(cid))
    result["page"] = {cid: [] for cid in chapters}
    result["switch"] = []
    for wb in sample:
        w.open_page(HOME)
        result["switch"].append(timed(lambda wb=wb: w.switch_workbook(wb)))
        for cid in chapters:
            w.open_page(HOME)
            result["page"][cid].append(timed(lambda cid=cid: w.open_page(cid)))
    w.open_page(HOME)
    result["first_open"]["overview"] = timed(lambda: w.open_page(OVERVIEW))  # every workbook read
    page = w.page(OVERVIEW)
    result["overview_loop"] = _loop_columns(page)
    result["overview_build"] = []
    for _ in range(5):  # the whole overview again: every workbook read, its cues computed and shown
        def rebuild() -> None:
            page._facts = {}
            page.reload()
        result["overview_build"].append(timed(rebuild))
    result["overview"] = []
    for wb in sample:  # back to the overview after working in one workbook (its cues are read again)
        w.switch_workbook(wb)
        s.ctx.hub.data_changed.emit("too_much")
        w.open_page(HOME)
        result["overview"].append(timed(lambda: w.open_page(OVERVIEW)))

    from datetime import date

    from rugschool_gui.export.pdf import build_workbook_pdf
    from rugschool_gui.operations.consultations import brief

    store = s.ctx.store
    result["brief"] = []
    for _ in range(5):  # "since last time" of the largest workbook: homework, flags, questions (#25)
        t0 = time.perf_counter()
        brief(store, largest, date.today())
        result["brief"].append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    build_workbook_pdf(None, None, blank=True)
    result["pdf_cold"] = time.perf_counter() - t0  # includes importing reportlab once
    result["pdf_blank"], result["pdf_filled"] = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        build_workbook_pdf(None, None, blank=True)
        result["pdf_blank"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        data = build_workbook_pdf(store, largest)
        result["pdf_filled"].append(time.perf_counter() - t0)
    result["pdf_filled_pages"] = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    w.close()
    s.shutdown()
    return result


def _loop_columns(page) -> dict[str, int]:
    """How many workbooks show a next appointment, flags and homework (the new columns are filled)."""
    rows = list(page._facts.values())
    return {"next": sum(1 for o in rows if o.next_on), "flags": sum(len(o.flags) for o in rows),
            "homework": sum(o.homework for o in rows)}


def with_consultations(database: str) -> str:
    """The database itself when it has consultations; else a migrated copy in a temporary folder
    with ``make_data.make_consultations`` added to every workbook (the original is never written)."""
    import random
    import shutil
    import sqlite3

    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    has = "consultation" in _tables(con) and con.execute("SELECT count(*) FROM consultation").fetchone()[0]
    con.close()
    if has:
        return database
    sys.path.insert(0, str(ROOT))
    from bench.make_data import make_consultations
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed

    copy = Path(tempfile.mkdtemp(prefix="rugschool-bench-")) / Path(database).name
    shutil.copy(database, copy)
    upgrade_if_needed(copy)
    store = Store(copy)
    rng = random.Random(25)
    with store.transaction() as s:
        ids = [r[0] for r in s.connection().exec_driver_sql("SELECT id FROM workbook WHERE deleted_at IS NULL")]
        for wb in ids:
            make_consultations(s, rng, wb, None, 0)
    store.close()
    print(f"{database} has no consultations: measuring a copy with consultations and homework added ({copy})")
    return str(copy)


def _count_by_workbook(con, table: str) -> dict[str, int]:
    cols = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
    if "workbook_id" in cols:
        return dict(con.execute(f"SELECT workbook_id, count(*) FROM {table} GROUP BY workbook_id"))
    if table == "stress_signal":
        return dict(con.execute("SELECT c.workbook_id, count(*) FROM stress_signal s "
                                "JOIN stress_checkin c ON c.id = s.checkin_id GROUP BY c.workbook_id"))
    if table == "activity_session":
        return dict(con.execute("SELECT p.workbook_id, count(*) FROM activity_session s "
                                "JOIN activity_plan p ON p.id = s.plan_id GROUP BY p.workbook_id"))
    return {}


def _tables(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _largest_workbook(database: str) -> str:
    import sqlite3

    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    totals: dict[str, int] = {}
    for table in set(GROWING) & _tables(con):
        for wb, n in _count_by_workbook(con, table).items():
            totals[wb] = totals.get(wb, 0) + n
    con.close()
    return max(totals, key=totals.get)


def _rows_per_workbook(database: str) -> float:
    import sqlite3

    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    books = con.execute("SELECT count(*) FROM workbook WHERE deleted_at IS NULL").fetchone()[0]
    rows = sum(sum(_count_by_workbook(con, t).values()) for t in set(GROWING) & _tables(con))
    con.close()
    return rows / max(1, books)


def _stats(values: list[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return statistics.median(ordered), p90, ordered[-1]


def _line(label: str, values: list[float], goal: float | None, unit: str = "ms") -> str:
    median, p90, top = _stats(values)
    scale = MS if unit == "ms" else 1.0
    verdict = "" if goal is None else ("ok" if median < goal else "MISSED")
    goal_text = "" if goal is None else f"< {goal * scale:g} {unit}"
    return (f"  {label:<40}{median * scale:>9.1f}{p90 * scale:>9.1f}{top * scale:>9.1f} {unit:<3}"
            f"  {goal_text:<10} {verdict}")


def report(database: str, r: dict) -> list[tuple[str, float]]:
    print(f"\n{database}: {r['workbooks']} workbooks, {r['size_mb']:.0f} MB, "
          f"{r['rows_per_workbook']:.0f} growing rows per workbook")
    print(f"  {'action':<40}{'median':>9}{'p90':>9}{'max':>9}       goal")
    medians = []
    print(_line("switch workbook", r["switch"], GOALS["switch"]))
    medians.append(("switch workbook", statistics.median(r["switch"])))
    for cid, values in r["page"].items():
        print(_line(f"open page {cid}", values, GOALS["page"]))
        medians.append((f"open page {cid}", statistics.median(values)))
    print(_line("open the overview (after a change)", r["overview"], GOALS["overview"]))
    print(_line("overview, first opening (build)", [r["first_open"]["overview"]], GOALS["overview_first"]))
    print(_line("overview rebuilt, every workbook read", r["overview_build"], GOALS["overview_first"]))
    loop = r["overview_loop"]
    print(f"  (consultation columns filled: {loop['next']} next appointments, {loop['flags']} flags, "
          f"{loop['homework']} homework items this week)")
    medians.append(("open the overview", statistics.median(r["overview"])))
    print(_line("the brief 'since last time', largest", r["brief"], GOALS["brief"]))
    medians.append(("the brief, largest", statistics.median(r["brief"])))
    for cid, seconds in r["first_open"].items():
        print(_line(f"first opening (build) {cid}", [seconds], None))
    print(_line(f"filled PDF, largest ({r['pdf_filled_pages']} pages)", r["pdf_filled"], GOALS["pdf_filled"], "s"))
    medians.append(("filled PDF, largest", statistics.median(r["pdf_filled"])))
    print(_line("all blank worksheets", r["pdf_blank"], GOALS["pdf_blank"], "s"))
    print(_line("  (first PDF, importing reportlab)", [r["pdf_cold"]], None, "s"))
    return medians


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("databases", nargs="+")
    ap.add_argument("--samples", type=int, default=15, help="workbooks to switch between (default 15)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(args.databases[0], args.samples)))
        return
    runs = []
    for database in args.databases:
        if not Path(database).exists():
            raise SystemExit(f"{database} does not exist: make it with bench/make_data.py")
        measured = with_consultations(database)
        out = subprocess.run([sys.executable, __file__, "--child", "--samples", str(args.samples), measured],
                             capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        runs.append((database, result, report(database, result)))
    if len(runs) > 1:
        (first_db, first, first_m), (last_db, last, last_m) = runs[0], runs[-1]
        data = last["rows_per_workbook"] / first["rows_per_workbook"]
        print(f"\ngrowth from {Path(first_db).name} to {Path(last_db).name}: the data per workbook "
              f"grew {data:.1f}×; a cost that grows at most that much is at most linear")
        for (label, a), (_label, b) in zip(first_m, last_m, strict=True):
            verdict = "ok" if b / a <= data else "MORE THAN LINEAR"
            print(f"  {label:<40}{a * MS:>9.1f} → {b * MS:>9.1f} ms   ×{b / a:>5.2f}   {verdict}")


if __name__ == "__main__":
    main()
