"""Two sides of a hand-over for the tests: a patient's and a psychologist's database, the files
between them, what a workbook holds (to compare the sides), and "every page opens" — the data
of every chapter page, the summaries and the PDF, as the app builds them."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from rugschool_gui.storage import handover
from rugschool_gui.storage.db import Database
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.url import as_url

TODAY = date(2026, 11, 25)


@dataclass
class Side:
    """One database (a patient's laptop, a psychologist's) and the files it hands over."""

    name: str
    folder: Path

    def __post_init__(self) -> None:
        self.path = self.folder / f"{self.name}.sqlite3"
        self.url = as_url(self.path)
        if not self.path.exists():
            self.path.write_bytes(_empty_database())  # a migrated empty database, copied: quick
        upgrade_if_needed(self.url)
        self.db = Database(self.url)
        self.sent = 0

    def send(self, workbook_id: str) -> Path:
        self.sent += 1
        return handover.export_workbook(self.db, workbook_id, self.folder / f"{self.name}-{self.sent}.rugwerk")

    def receive(self, file: Path) -> handover.ImportSummary:
        preview = handover.preview_import(self.db, file)
        done = handover.import_workbook(self.db, file)
        assert done == preview, "the preview says exactly what the import does"
        return done

    def content(self, workbook_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every row of the workbook, tombstones included, as the file carries them."""
        doc = json.loads(self.send(workbook_id).read_text(encoding="utf-8"))
        return {t: sorted(rows, key=lambda r: r["id"]) for t, rows in doc["tables"].items()}

    def close(self) -> None:
        self.db.close()


_EMPTY: list[bytes] = []


def _empty_database() -> bytes:
    if not _EMPTY:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "empty.sqlite3"
            upgrade_if_needed(as_url(path))
            _EMPTY.append(database_bytes(path))
    return _EMPTY[0]


def exchange(a: Side, b: Side, workbook_id: str) -> None:
    """A hands over to B, then B back to A, then once more each way (a calm round trip)."""
    b.receive(a.send(workbook_id))
    a.receive(b.send(workbook_id))


def assert_same(a: Side, b: Side, workbook_id: str) -> None:
    ca, cb = a.content(workbook_id), b.content(workbook_id)
    assert ca.keys() == cb.keys()
    for table in ca:
        assert ca[table] == cb[table], table
    assert_no_duplicates(a.db, workbook_id)


def assert_no_duplicates(db: Database, workbook_id: str) -> None:
    """One row in use per natural key (a day's check-in, a signal of it, an answer per day, …)."""
    from rugschool_gui.storage.handover_checks import workbook_tables
    from rugschool_gui.storage.handover_merge import NATURAL_KEYS
    from rugschool_gui.storage.handover_write import local_rows

    with db.engine.connect() as conn:
        rows = local_rows(conn, workbook_id)
    assert {t.name for t, _p in workbook_tables()} == set(rows)
    for table, key in NATURAL_KEYS.items():
        seen: set[Any] = set()
        for row in rows[table].values():
            if row.get("deleted_at") is None and key(row) is not None:
                assert key(row) not in seen, (table, key(row))
                seen.add(key(row))


def every_page_loads(db: Database, workbook_id: str, today: date = TODAY, pdf: bool = True) -> None:
    """What every chapter page, the home page, the closing page, the overview and the PDF read
    and compute — raises if anything of it fails."""
    from rugschool_gui.domain import graded_activity_plan as gap
    from rugschool_gui.domain import pacing as pacing_rules
    from rugschool_gui.domain.consultation import overview, signal_weeks
    from rugschool_gui.domain.exposure import FearHierarchy, attempt_chart
    from rugschool_gui.domain.graded_activity_chart import schedule_chart
    from rugschool_gui.domain.graded_activity_weeks import (
        is_stagnating,
        schedule_rows,
        week_results,
    )
    from rugschool_gui.domain.pacing import chunk_comparison
    from rugschool_gui.domain.too_little import score_chart, trend
    from rugschool_gui.domain.too_much import (
        ASSERTIVE_QUESTION,
        QUESTIONS,
        relaxation_chart,
        signal_chart,
    )
    from rugschool_gui.storage import (
        closing,
        consultation,
        exposure,
        exposure_page,
        graded_activity,
        pacing,
        too_little,
        too_much,
        too_much_practice,
        understanding,
    )

    now = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    understanding.list_entries(db, workbook_id), understanding.count_entries(db, workbook_id)
    too_much.list_cause_ticks(db, workbook_id), too_much.list_own_signals(db, workbook_id)
    signal_chart(too_much.list_checkins(db, workbook_id), today, str)
    for question in (*QUESTIONS, ASSERTIVE_QUESTION):
        too_much.list_answers(db, workbook_id, question)
    too_much.get_outlet(db, workbook_id)
    relaxation_chart(too_much_practice.list_relaxation(db, workbook_id), str)
    too_much_practice.list_situations(db, workbook_id), too_much.summary(db, workbook_id, today)
    for monday in {pacing_rules.week_monday(today), pacing.latest_planned_week(db, workbook_id, date(2199, 12, 1))}:
        if monday is not None:
            week = pacing.list_week(db, workbook_id, monday)
            pacing_rules.open_flags(pacing_rules.balance_flags(week), pacing.dismissed_flags(db, workbook_id, monday))
    for plan in pacing.list_chunk_plans(db, workbook_id):
        chunk_comparison(plan)
    pacing.summary(db, workbook_id, today)
    too_little.list_valued(db, workbook_id), too_little.reflections(db, workbook_id)
    scores = too_little.list_scores(db, workbook_id)
    score_chart(scores, str), trend(scores)
    hierarchy: FearHierarchy = exposure.load_hierarchy(db, workbook_id)
    for item in hierarchy.items:
        exposure_page.load_snapshot(db, workbook_id, exposure_page.Showing(item.id, 30))
    attempt_chart(exposure.list_attempts(db, workbook_id), str), exposure.summary(db, workbook_id, now)
    plan, sessions, history = graded_activity.chapter_state(db, workbook_id)
    for p in [plan, *history]:
        if p is None:
            continue
        if p.status == "draft":
            gap.draft_preview(p)
        for version in p.versions:
            schedule_rows(version, week_results(version.schedule, version.start_on, sessions,
                                                    p.sessions_per_week, today))
            is_stagnating(version.schedule, version.start_on, sessions, p.sessions_per_week, today)
        if p.versions:
            schedule_chart(p.versions, sessions, today, "minutes_axis")
            gap.recompute_proposal(p, sessions, today)
    graded_activity.summary(db, workbook_id, today)
    closing.workbook_summary(db, workbook_id, today)
    overview(consultation.overview_facts(db, signal_weeks(today)), today)
    if pdf:
        from rugschool_gui.export.pdf import build_workbook_pdf

        for lang in ("nl", "en"):
            assert build_workbook_pdf(db, workbook_id, lang=lang, today=today, full_history=True).startswith(b"%PDF")


def database_bytes(path: Path) -> bytes:
    """The database file as it is on disk, its write-ahead log folded in first."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path.read_bytes()
