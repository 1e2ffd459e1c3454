"""A ~60 MB hand-over file: how long reading it in takes, how much memory, and whether the window
stays responsive while it happens (issue #17).

    .venv/bin/python bench/handover_big.py [--rows 200000] [--folder /tmp/handover-big] [--allow-mb 0]

Makes one workbook of about ``--rows`` rows (200,000 make a file of about 60 MB) (a century of daily stress check-ins, week plans,
relaxation, chain entries, exposure attempts, graded-activity sessions), exports it, then in a
fresh process each:

* preview and import into an empty database (a new workbook);
* preview and import the same file again (nothing new: every row compared);
* a merge: the other side changed 1 % of the rows and added some;
* the window: an offscreen Qt window runs the same preview-and-import the menu runs
  (``work_in_background.run_with_progress``) while a timer on the GUI thread ticks every 10 ms;
  the longest gap between ticks is how long the window could not react.

Prints each action's seconds and the peak memory (RSS) of its process. Not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOTE = "Het ging wat beter vandaag, maar ik merkte het in de onderrug na het tillen."


def make_workbook(path: Path, rows: int, seed: int = 1) -> str:
    """One workbook of about ``rows`` rows, every chapter, over up to a century of days."""
    from rugschool_gui.domain.pacing import DAY_PARTS, week_monday
    from rugschool_gui.domain.too_much import SIGNALS
    from rugschool_gui.storage.base import new_id
    from rugschool_gui.storage.db import Database
    from rugschool_gui.storage.exposure import ExposureAttemptRow, FearItemRow
    from rugschool_gui.storage.graded_activity import (
        ActivityPlanRow,
        ActivityScheduleRow,
        ActivitySessionRow,
    )
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.storage.pacing import PacingActivityRow
    from rugschool_gui.storage.too_much import CheckInRow, SignalRow
    from rugschool_gui.storage.too_much_practice import RelaxationRow
    from rugschool_gui.storage.understanding import ChainEntryRow
    from rugschool_gui.storage.workbooks import WorkbookRow

    rng = random.Random(seed)
    upgrade_if_needed(path)
    db = Database(path)
    today = date(2026, 11, 24)
    days = min(42_000, int(rows / 7.3))  # about 7.3 rows a day over the span (at most since 1911)
    first = today - timedelta(days=days)
    with db.transaction() as s:
        wb = WorkbookRow(id=new_id(), name="Groot werkboek")
        s.add(wb)
        s.flush()
        items = [FearItemRow(id=new_id(), workbook_id=wb.id, rank=n, label=f"Stap {n}", fear=n * 9, note="")
                 for n in range(1, 11)]
        s.add_all(items)
        plan = ActivityPlanRow(id=new_id(), workbook_id=wb.id, activity="Wandelen", unit="minutes", reduction=0.25,
                               sessions_per_week=3, goal=60, weeks=104, start_on=first, status="active")
        s.add(plan)
        s.flush()
        s.add(ActivityScheduleRow(plan_id=plan.id, start_on=first, baseline=30, start_level=22.5, goal=60, weeks=104,
                                  reduction=0.25))
        for d in range(days):
            day = first + timedelta(days=d)
            checkin = CheckInRow(id=new_id(), workbook_id=wb.id, day=day)
            s.add(checkin)
            for key in rng.sample(SIGNALS, 3):
                s.add(SignalRow(checkin_id=checkin.id, signal=key, intensity=rng.randint(0, 10), note=""))
            if d % 7 == 0:
                monday = week_monday(day)
                for n in range(14):
                    s.add(PacingActivityRow(workbook_id=wb.id, week_of=monday, day=n % 7, part=DAY_PARTS[n % 3],
                                            position=n // 21, name="Stofzuigen", minutes=30, kind="physical",
                                            motive="must", note=""))
                s.add(ChainEntryRow(workbook_id=wb.id, day=day, rounds=json.dumps([["Trap", "Steek", "Kapot",
                                                                                   "Angst", "Liggen"]]),
                                    change_link="thought", note=NOTE))
            if d % 2 == 0:
                s.add(RelaxationRow(workbook_id=wb.id, day=day, exercise="body_scan", before=7, after=3, note=NOTE))
            if d % 3 == 0:
                s.add(ExposureAttemptRow(workbook_id=wb.id, item_id=items[d % 10].id,
                                         happened_at=datetime.combine(day, datetime.min.time(), tzinfo=UTC),
                                         expected_fear=60, actual_fear=40, expectation=NOTE, learned=NOTE))
                s.add(ActivitySessionRow(plan_id=plan.id, done_on=day, amount=30, pain=3, note=NOTE))
            if d % 5000 == 0:
                s.flush()
    db.close()
    return wb.id


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def action(kind: str, file: Path, folder: Path, allow_mb: int) -> None:
    """One measured action, run in its own process (printed as one JSON line)."""
    from rugschool_gui.storage import handover
    from rugschool_gui.storage.db import Database

    if allow_mb:  # a stress run beyond what the app accepts (the 310,012 rows)
        handover.MAX_FILE_BYTES = allow_mb * 1024 * 1024

    target = folder / f"{kind}.sqlite3"
    if kind in ("again", "merge"):
        shutil.copy(folder / "imported.sqlite3", target)
    elif kind == "window":
        target = folder / "window.sqlite3"
    started = time.perf_counter()
    if kind == "window":
        result = _window(file, target)
    else:
        from rugschool_gui.storage.migrate import upgrade_if_needed

        upgrade_if_needed(target)
        db = Database(target)
        t0 = time.perf_counter()
        prepared = handover.read_file(file)
        t1 = time.perf_counter()
        preview = handover.preview_import(db, prepared)
        t2 = time.perf_counter()
        summary = handover.import_workbook(db, prepared)
        t3 = time.perf_counter()
        assert preview == summary
        db.close()
        if kind == "fresh":
            shutil.copy(target, folder / "imported.sqlite3")
        result = {"read_s": round(t1 - t0, 2), "preview_s": round(t2 - t1, 2), "import_s": round(t3 - t2, 2),
                  "new": summary.new, "updated": summary.updated, "unchanged": summary.unchanged}
    result.update(kind=kind, total_s=round(time.perf_counter() - started, 2), peak_mb=round(peak_mb()))
    print(json.dumps(result))


def _window(file: Path, target: Path) -> dict[str, object]:
    """The menu's flow in an offscreen window; the longest time the GUI thread could not react."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from rugschool_gui.storage import handover
    from rugschool_gui.storage.db import Database
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.ui.work_in_background import run_with_progress

    app = QApplication.instance() or QApplication([])
    window = QWidget()
    window.show()
    upgrade_if_needed(target)
    db = Database(target)
    beats: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start(10)
    t0 = time.perf_counter()

    def read_and_preview(work):
        prepared = handover.read_file(file, work.progress)
        return prepared, handover.preview_import(db, prepared, work.progress)

    prepared, _preview = run_with_progress(window, "Lezen…", read_and_preview, stoppable=True)
    t1 = time.perf_counter()
    run_with_progress(window, "Inlezen…", lambda work: handover.import_workbook(db, prepared, None, work.progress),
                      stoppable=True)
    t2 = time.perf_counter()
    timer.stop()
    gaps = sorted(b - a for a, b in zip(beats, beats[1:], strict=False))
    db.close()
    del app
    return {"preview_s": round(t1 - t0, 2), "import_s": round(t2 - t1, 2), "beats": len(beats),
            "longest_gap_ms": round(1000 * gaps[-1]) if gaps else None,
            "p99_gap_ms": round(1000 * gaps[int(len(gaps) * 0.99)]) if gaps else None}


def merge_file(file: Path, out: Path) -> None:
    """The other side's copy: 1 % of the rows changed a second later, some rows added."""
    doc = json.loads(file.read_text(encoding="utf-8"))
    later = "2099-01-01T00:00:00.000000Z"
    rng = random.Random(2)
    for rows in doc["tables"].values():
        for row in rng.sample(rows, len(rows) // 100):
            row["updated_at"] = later
            if "note" in row:
                row["note"] = "Aangepast door de psycholoog"
    out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)  # ≈ 60 MB in the file format of schema 0009
    ap.add_argument("--folder", default="/tmp/handover-big")
    ap.add_argument("--allow-mb", type=int, default=0, help="accept files up to this size (a stress run)")
    ap.add_argument("--action", help=argparse.SUPPRESS)
    ap.add_argument("--file", help=argparse.SUPPRESS)
    args = ap.parse_args()
    folder = Path(args.folder)
    if args.action:
        action(args.action, Path(args.file), folder, args.allow_mb)
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source = folder / "source.sqlite3"
    t0 = time.perf_counter()
    wb = make_workbook(source, args.rows)
    t1 = time.perf_counter()
    from rugschool_gui.storage import handover

    file = handover.export_workbook(str(source), wb, folder / "big.rugwerk")
    t2 = time.perf_counter()
    rows = sum(len(r) for r in json.loads(file.read_text(encoding="utf-8"))["tables"].values())
    print(json.dumps({"made_s": round(t1 - t0, 1), "export_s": round(t2 - t1, 2), "rows": rows,
                      "file_mb": round(file.stat().st_size / 1e6, 1)}))
    merge_file(file, folder / "merge.rugwerk")
    for kind, which in (("fresh", file), ("again", file), ("merge", folder / "merge.rugwerk"), ("window", file)):
        subprocess.run([sys.executable, __file__, "--folder", str(folder), "--action", kind, "--file", str(which),
                        "--allow-mb", str(args.allow_mb)], check=True)


if __name__ == "__main__":
    main()
