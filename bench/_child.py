"""A PDF build measured in a fresh process, for the benches of long logs (``history_memory.py``,
``pdf_history.py``): how long the build takes and its own peak resident memory (``VmHWM``:
``ru_maxrss`` would also count the parent's peak before the child's exec on Linux)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PDF_BUILD = r"""
import io, json, sys, time
from datetime import date
from rugschool_gui.export.pdf import build_workbook_pdf
from rugschool_gui.storage.db import Store
db, workbook_id, chapters, mode, today, out, count_pages = sys.argv[1:8]


def status_mb(key):
    return int(next(line for line in open("/proc/self/status") if line.startswith(key)).split()[1]) / 1024


store = Store(db)
start = status_mb("VmRSS")
t0 = time.perf_counter()
data = build_workbook_pdf(store, workbook_id, chapters=json.loads(chapters) or None, full_history=mode == "full",
                          today=date.fromisoformat(today))
result = {"seconds": time.perf_counter() - t0, "peak_mb": status_mb("VmHWM"), "start_mb": start,
          "kb": len(data) // 1024}
if out:
    with open(out, "wb") as f:
        f.write(data)
if count_pages:
    from pypdf import PdfReader
    result["pages"] = len(PdfReader(io.BytesIO(data)).pages)
print(json.dumps(result))
"""


def measure_pdf(db: Path, workbook_id: str, today: date, *, chapters: Sequence[str] = (),
                full_history: bool = True, out: Path | None = None, count_pages: bool = False,
                code: Path = ROOT) -> dict:
    """Build the PDF of ``workbook_id`` (``chapters``, or all) in a fresh process that imports the
    ``rugschool_gui`` package found in ``code``; ``out``: keep the PDF there; ``count_pages``: read
    it back for its number of pages (after the peak is taken). Returns seconds, peak_mb, start_mb,
    kb (and pages)."""
    env = dict(os.environ, PYTHONPATH=str(code))
    done = subprocess.run([sys.executable, "-c", PDF_BUILD, str(db), workbook_id, json.dumps(list(chapters)),
                           "full" if full_history else "recent", today.isoformat(), str(out or ""),
                           "pages" if count_pages else ""],
                          capture_output=True, text=True, cwd=code, check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def only_workbook(db: Path) -> str:
    """The id of the one workbook a bench made in ``db``."""
    from sqlalchemy import text

    from rugschool_gui.storage.db import Store

    store = Store(db)
    with store.transaction() as s:
        workbook_id = s.execute(text("select id from workbook")).scalar_one()
    store.close()
    return str(workbook_id)
