"""Peak memory and time of a full-history PDF of long logs (issue #18): before/after paged reads.

    .venv/bin/python bench/history_memory.py [--entries 100000] [--keep DB] [--code DIR]
                                             [--chapters too_much understanding]

Makes one workbook with ``--entries`` stress-signal check-ins (one a day, going back), as many
relaxation sessions and ``--chains`` chain-diary entries, then builds the PDF of each chapter
with every entry ("Ook oudere notities"), each in a fresh process, so the peak resident memory
(``VmHWM``) is that build's own. ``--code DIR`` runs the build with the ``rugschool_gui``
package found in DIR (a copy of the code before a change), for a before/after figure.
Prints seconds, peak MB, pages and how much the PDF holds of the log (every date once).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make(path: Path, entries: int, chains: int, today: date) -> str:
    from sqlalchemy import insert

    from rugschool_gui.storage.base import new_id
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed
    from rugschool_gui.storage.too_much import CheckInRow, SignalRow
    from rugschool_gui.storage.too_much_practice import RelaxationRow
    from rugschool_gui.storage.understanding import ChainEntryRow
    from rugschool_gui.storage.workbooks import create_workbook

    upgrade_if_needed(path)
    store = Store(path)
    wb = create_workbook(store, "Lang logboek").id
    stamp = datetime.now(UTC)
    with store.transaction() as s:
        for first in range(0, entries, 5000):
            span = range(first, min(entries, first + 5000))
            checkins = [{"id": new_id(), "workbook_id": wb, "day": today - timedelta(days=i), "created_at": stamp,
                         "updated_at": stamp} for i in span]
            s.execute(insert(CheckInRow), checkins)
            s.execute(insert(SignalRow), [
                {"id": new_id(), "checkin_id": c["id"], "signal": "falling_asleep", "intensity": 1 + i % 5,
                 "note": f"nacht{i}" if i % 7 == 0 else "", "created_at": stamp, "updated_at": stamp}
                for i, c in zip(span, checkins, strict=True)])
            s.execute(insert(RelaxationRow), [
                {"id": new_id(), "workbook_id": wb, "day": today - timedelta(days=i), "exercise": "body_scan",
                 "before": 7, "after": 3, "note": f"sessie{i}" if i % 3 == 0 else "", "created_at": stamp,
                 "updated_at": stamp} for i in span])
        s.execute(insert(ChainEntryRow), [
            {"id": new_id(), "workbook_id": wb, "day": today - timedelta(days=i),
             "rounds": json.dumps([["Trap", "Steek", "Kapot", "Angst", f"Liggen{i}"]]), "change_link": "behaviour",
             "note": "", "created_at": stamp, "updated_at": stamp} for i in range(chains)])
    store.close()
    return wb


def pages_and_dates(pdf: Path) -> tuple[int, int]:
    """Pages of the PDF, and how many distinct "nachtN"/"sessieN"/"LiggenN" marks it prints."""
    import re

    from pypdf import PdfReader

    reader = PdfReader(pdf)
    marks: set[str] = set()
    for page in reader.pages:
        marks.update(re.findall(r"(?:nacht|sessie|Liggen)\d+", page.extract_text() or ""))
    return len(reader.pages), len(marks)


def main() -> None:
    from pypdf.errors import PyPdfError as PdfError

    from bench._child import measure_pdf, only_workbook

    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--chains", type=int, default=20_000)
    ap.add_argument("--keep", help="make (or reuse) the database here")
    ap.add_argument("--code", default=str(ROOT), help="folder holding the rugschool_gui package to measure")
    ap.add_argument("--chapters", nargs="+", default=["too_much", "understanding"])
    ap.add_argument("--no-count", action="store_true", help="skip reading the PDF back")
    args = ap.parse_args()
    today = date(2026, 11, 30)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "lang.sqlite3"
        t0 = time.perf_counter()
        if not path.exists():
            make(path, args.entries, args.chains, today)
        wb = only_workbook(path)
        print(f"{args.entries} check-ins + {args.entries} relaxation sessions + {args.chains} chains "
              f"({path.stat().st_size / 1e6:.0f} MB, ready in {time.perf_counter() - t0:.0f} s); code: {args.code}")
        for chapter in args.chapters:
            out = Path(tmp) / f"{chapter}.pdf"
            r = measure_pdf(path, wb, today, chapters=[chapter], out=out, code=Path(args.code))
            print(f"  every entry, {chapter:14s} {r['seconds']:7.1f} s  {r['peak_mb']:6.0f} MB peak "
                  f"(start {r['start_mb']:.0f} MB)  {r['kb'] / 1024:5.1f} MB of PDF", flush=True)
            if not args.no_count:
                try:
                    pages, marks = pages_and_dates(out)
                    print(f"      {pages} pages, {marks} numbered notes printed", flush=True)
                except PdfError as e:  # pypdf refuses a page of too many drawing commands
                    print(f"      not read back: {type(e).__name__}: {e}", flush=True)


if __name__ == "__main__":
    main()
