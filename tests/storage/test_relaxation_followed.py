"""Issue #20's practice meter in storage: minutes followed are saved, carried by the hand-over,
and sessions logged before migration 0013 keep "not measured" (NULL)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from rugschool_gui.domain.too_much import RelaxationSession
from rugschool_gui.storage import too_much_practice as repo
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.workbooks import create_workbook

from .handover_sides import Side

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DAY = date(2026, 12, 7)


def test_minutes_followed_travel_both_ways_and_unmeasured_stays_unmeasured(tmp_path):
    patient, psy = Side("patient", tmp_path), Side("psy", tmp_path)
    try:
        wb = create_workbook(patient.db, "Anna").id
        repo.save_relaxation(patient.db, wb, RelaxationSession(None, DAY, "progressive", 6, 3, "", 754))
        repo.save_relaxation(patient.db, wb, RelaxationSession(None, DAY, "autogenic", 5, 4, "zonder gids"))
        psy.receive(patient.send(wb))
        got = {s.exercise: s.followed_seconds for s in repo.list_relaxation(psy.db, wb)}
        assert got == {"progressive": 754, "autogenic": None}
    finally:
        patient.close()
        psy.close()


def test_old_sessions_keep_not_measured_after_the_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0008.sqlite3", path)
    con = sqlite3.connect(path)
    before = con.execute("SELECT count(*) FROM relaxation_session").fetchone()[0]
    con.close()
    upgrade_if_needed(path, tmp_path / "backups")
    con = sqlite3.connect(path)
    rows = con.execute("SELECT followed_seconds FROM relaxation_session").fetchall()
    con.close()
    assert before > 0 and len(rows) == before and all(f is None for (f,) in rows)
