"""Time and peak memory of the filled-in PDF of a huge workbook (issues #18 and #19).

    .venv/bin/python bench/pdf_history.py [--entries 100000] [--text 100000] [--keep DB]

Makes one workbook with ``--entries`` exposure attempts (over ten steps) and as many stress-signal
check-ins (one a day, going back), one attempt whose note is ``--text`` characters long, and a few
hundred entries in the other logs; then builds its PDF three ways, each in a fresh process (so the
peak resident memory is that build's own): the recent weeks (the default), every entry ("Ook
oudere notities"), and the long note alone. Prints seconds, peak MB and pages for each.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make(path: Path, entries: int, text: int, today: date) -> str:
    from sqlalchemy import insert

    from rugschool_gui.storage.base import new_id
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.exposure import ExposureAttemptRow, FearItemRow
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.storage.too_much import CheckInRow, SignalRow
    from rugschool_gui.storage.too_much_practice import RelaxationRow
    from rugschool_gui.storage.understanding import ChainEntryRow
    from rugschool_gui.storage.workbooks import create_workbook

    upgrade_if_needed(path)
    store = Store(path)
    wb = create_workbook(store, "Groot werkboek").id
    rng = random.Random(1)
    now = datetime.combine(today, datetime.min.time(), UTC) + timedelta(hours=12)
    stamp = datetime.now(UTC)
    with store.transaction() as s:
        items = [new_id() for _ in range(10)]
        s.execute(insert(FearItemRow), [
            {"id": item, "workbook_id": wb, "rank": rank, "label": f"Beweging {rank}", "fear": rank * 9,
             "note": "", "mastered": False, "created_at": stamp, "updated_at": stamp}
            for rank, item in enumerate(items, start=1)])
        batch = []
        for i in range(entries):
            batch.append({"id": new_id(), "workbook_id": wb, "item_id": items[i % 10],
                          "happened_at": now - timedelta(hours=3 * i), "expectation": "Het doet pijn",
                          "expected_fear": rng.randint(30, 90), "expected_pain": rng.randint(2, 8),
                          "actual_fear": rng.randint(0, 60), "actual_pain": rng.randint(0, 6), "outcome": "partly",
                          "learned": "Het ging beter dan verwacht", "note": "", "created_at": stamp,
                          "updated_at": stamp})
            if len(batch) == 5000:
                s.execute(insert(ExposureAttemptRow), batch)
                batch = []
        if batch:
            s.execute(insert(ExposureAttemptRow), batch)
        long_note = " ".join(rng.choice(("lang", "verhaal", "over", "mijn", "rug", "vandaag")) for _ in range(text // 5))
        s.execute(insert(ExposureAttemptRow), [{
            "id": new_id(), "workbook_id": wb, "item_id": items[0], "happened_at": now - timedelta(minutes=5),
            "expectation": "", "learned": "", "note": long_note[:text], "created_at": stamp, "updated_at": stamp}])
        checkins, signals = [], []
        for i in range(entries):
            cid = new_id()
            checkins.append({"id": cid, "workbook_id": wb, "day": today - timedelta(days=i), "created_at": stamp,
                             "updated_at": stamp})
            signals.append({"id": new_id(), "checkin_id": cid, "signal": "falling_asleep", "intensity": 3,
                            "note": "", "created_at": stamp, "updated_at": stamp})
            if len(checkins) == 5000:
                s.execute(insert(CheckInRow), checkins)
                s.execute(insert(SignalRow), signals)
                checkins, signals = [], []
        if checkins:
            s.execute(insert(CheckInRow), checkins)
            s.execute(insert(SignalRow), signals)
        s.execute(insert(RelaxationRow), [
            {"id": new_id(), "workbook_id": wb, "day": today - timedelta(days=i), "exercise": "body_scan",
             "before": 7, "after": 3, "note": "", "created_at": stamp, "updated_at": stamp} for i in range(300)])
        s.execute(insert(ChainEntryRow), [
            {"id": new_id(), "workbook_id": wb, "day": today - timedelta(days=2 * i),
             "rounds": json.dumps([["Trap", "Steek", "Kapot", "Angst", "Liggen"]]), "change_link": "behaviour",
             "note": "", "created_at": stamp, "updated_at": stamp} for i in range(300)])
    store.close()
    return wb


def main() -> None:
    from bench._child import measure_pdf, only_workbook

    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--text", type=int, default=100_000, help="characters of the one long note")
    ap.add_argument("--keep", help="make (or reuse) the database here")
    args = ap.parse_args()
    today = date(2026, 11, 30)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "groot.sqlite3"
        t0 = time.perf_counter()
        if not path.exists():
            make(path, args.entries, args.text, today)
        wb = only_workbook(path)
        print(f"{args.entries} attempts + {args.entries} check-ins + a {args.text}-character note "
              f"({path.stat().st_size / 1e6:.0f} MB, made in {time.perf_counter() - t0:.0f} s)")
        for label, chapters, mode in (("recent weeks, all chapters", [], "recent"),
                                      ("every entry, all chapters", [], "full"),
                                      ("every entry, exposure only", ["exposure"], "full"),
                                      ("every entry, doing too much only", ["too_much"], "full")):
            r = measure_pdf(path, wb, today, chapters=chapters, full_history=mode == "full", count_pages=True)
            print(f"  {label:34s} {r['seconds']:7.1f} s  {r['peak_mb']:6.0f} MB peak  {r['pages']:5d} pages  "
                  f"{r['kb'] / 1024:5.1f} MB")


if __name__ == "__main__":
    main()
