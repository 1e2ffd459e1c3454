"""Proof that nothing committed is lost when the app is killed: kill -9 during a long run of edits.

    .venv/bin/python bench/crash_proof.py [--kills 10] [--edits 1200] [--database PATH]

A child process edits across chapters (fear ratings, check-ins, pacing activities, answers),
printing a line after every committed edit; the parent kills it with SIGKILL at random moments,
then checks ``integrity_check`` and that every acknowledged edit is in the database. Prints the
numbers for the closing note; exits 1 if anything was lost.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import sys
from datetime import date, timedelta
sys.path.insert(0, {root!r})
from rugschool_gui.storage.db import Store
from rugschool_gui.storage import exposure, pacing, too_much
from rugschool_gui.storage.workbooks import list_workbooks, create_workbook
from rugschool_gui.domain.pacing import Activity
from rugschool_gui.domain.too_much import CheckIn, SignalEntry
store = Store({db!r})
books = list_workbooks(store)
wb = books[0].id if books else create_workbook(store, "Kill").id
start = int(sys.argv[1])
for n in range(start, start + int(sys.argv[2])):
    kind = n % 4
    if kind == 0:
        items = exposure.load_hierarchy(store, wb).items
        if len(items) < 10:
            exposure.add_item(store, wb, f"Stap {{n}}", n % 101)
        else:
            exposure.rate_item(store, wb, items[n % 10].id, n % 101)
    elif kind == 1:
        too_much.save_checkin(store, wb, CheckIn(date(2026, 1, 1) + timedelta(days=n), (SignalEntry("palpitations", n % 11),)))
    elif kind == 2:
        pacing.save_activity(store, wb, date(2026, 1, 5), Activity(None, n % 7, "morning", f"Edit {{n}}", 10 + n % 50))
    else:
        too_much.save_answer(store, wb, "energy", date(2026, 1, 1) + timedelta(days=n), f"Antwoord {{n}}")
    print(n, flush=True)
"""


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {
            "ok": con.execute("PRAGMA integrity_check").fetchone()[0] == "ok",
            "checkins": con.execute("SELECT count(*) FROM stress_checkin").fetchone()[0],
            "activities": con.execute("SELECT count(*) FROM pacing_activity").fetchone()[0],
            "answers": con.execute("SELECT count(*) FROM reflection_answer").fetchone()[0],
        }
    finally:
        con.close()


def run(kills: int, edits: int, db: Path, seed: int = 1) -> dict:
    sys.path.insert(0, str(ROOT))
    from rugschool_gui.storage.migrate import upgrade_if_needed

    upgrade_if_needed(db)
    rng = random.Random(seed)
    acknowledged = -1
    done_kills = 0
    next_start = 0
    started = time.perf_counter()
    while next_start < edits:
        batch = edits - next_start
        proc = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), db=str(db)), str(next_start), str(batch)],
                                stdout=subprocess.PIPE, text=True)
        kill_after = rng.randint(20, 120) if done_kills < kills else None
        for seen, line in enumerate(proc.stdout, start=1):
            acknowledged = max(acknowledged, int(line))
            if kill_after is not None and seen >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                done_kills += 1
                break
        proc.wait()
        next_start = acknowledged + 1
        c = counts(db)
        expected_checkins = len([n for n in range(acknowledged + 1) if n % 4 == 1])
        if not c["ok"] or c["checkins"] < expected_checkins:
            return {"lost": True, "acknowledged": acknowledged + 1, **c}
    c = counts(db)
    return {"lost": False, "kills": done_kills, "edits": acknowledged + 1, "seconds": round(time.perf_counter() - started, 1), **c}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--edits", type=int, default=1200)
    ap.add_argument("--database")
    args = ap.parse_args()
    db = Path(args.database) if args.database else Path(tempfile.mkdtemp()) / "crash.sqlite3"
    result = run(args.kills, args.edits, db)
    print(result)
    raise SystemExit(1 if result["lost"] else 0)


if __name__ == "__main__":
    main()
