"""Generate a large, realistic workbook database for benchmarks and manual tests.

    .venv/bin/python bench/make_data.py OUT.sqlite3 [--workbooks 200] [--years 5] [--seed 1]

Every chapter that exists contributes its own generator (``GENERATORS``), so the database grows
with the product. Names are invented; nothing here is real health data.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rugschool_gui.storage.db import Store  # noqa: E402
from rugschool_gui.storage.migrate import upgrade_if_needed  # noqa: E402
from rugschool_gui.storage.workbooks import WorkbookRow  # noqa: E402

FIRST = ["An", "Bart", "Carine", "Dirk", "Els", "Filip", "Greet", "Hilde", "Ilse", "Jan", "Karel",
         "Lies", "Marc", "Nele", "Olivier", "Patrick", "Rita", "Sofie", "Tom", "Veerle", "Wim"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
        "Wouters", "De Smet", "Dubois", "Lambert", "Hermans", "Aerts", "Vermeulen"]


def make_workbooks(session, rng: random.Random, count: int, years: int) -> list[tuple[str, datetime]]:
    now = datetime.now(UTC)
    made = []
    for i in range(count):
        start = now - timedelta(days=365 * years) + timedelta(days=rng.randint(0, 60))
        row = WorkbookRow(name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {i + 1:03d}",
                          created_at=start, updated_at=now, worked_on_at=now - timedelta(days=rng.randint(0, 30)))
        session.add(row)
        made.append((row.id, start))
    session.flush()
    return made


#: (chapter, function(session, rng, workbook_id, start, years)) — chapters add theirs here
GENERATORS: list = []


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--workbooks", type=int, default=200)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        raise SystemExit(f"{out} exists; choose a new file")
    t0 = time.perf_counter()
    upgrade_if_needed(out)
    store = Store(out)
    rng = random.Random(args.seed)
    with store.transaction() as s:
        books = make_workbooks(s, rng, args.workbooks, args.years)
    for name, generate in GENERATORS:
        with store.transaction() as s:
            for workbook_id, start in books:
                generate(s, rng, workbook_id, start, args.years)
        print(f"  {name}: done")
    store.close()
    print(f"{out}: {args.workbooks} workbooks, {args.years} years, "
          f"{out.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
