"""Write ``tests/fixtures/schema_<rev>.sqlite3``: a small database at one released schema.

Run once per released migration: ``python tools/make_schema_fixture.py 0001``. The fixture keeps
a few rows in every table of that schema, so the migration test can check nothing is lost.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rugschool_gui.storage.migrate import MIGRATIONS_DIR  # noqa: E402

ROWS = {
    "0001": [
        "INSERT INTO workbook VALUES ('11111111-1111-4111-8111-111111111111', 'Anna', "
        "'2026-01-05 09:00:00.000000', NULL, '2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000')",
        "INSERT INTO workbook VALUES ('22222222-2222-4222-8222-222222222222', 'Bert', "
        "'2026-02-10 14:30:00.000000', NULL, '2026-02-01 08:00:00.000000', '2026-02-10 14:30:00.000000')",
    ],
}
T = "'2026-03-02 10:00:00.000000'"
ROWS["0002"] = ROWS["0001"] + [
    # fear_item: id, workbook_id, rank, label, fear, note, mastered, mastered_at, deleted_at, stamps
    f"INSERT INTO fear_item VALUES ('aaaaaaaa-0000-4000-8000-000000000001', "
    f"'11111111-1111-4111-8111-111111111111', 1, 'Bukken', 40, '', 1, {T}, NULL, {T}, {T})",
    f"INSERT INTO fear_item VALUES ('aaaaaaaa-0000-4000-8000-000000000002', "
    f"'11111111-1111-4111-8111-111111111111', 2, 'Een krat tillen', 75, 'met water', 0, NULL, NULL, {T}, {T})",
    f"INSERT INTO fear_rating VALUES ('bbbbbbbb-0000-4000-8000-000000000001', "
    f"'aaaaaaaa-0000-4000-8000-000000000002', {T}, 75, {T}, {T})",
    f"INSERT INTO exposure_attempt VALUES ('cccccccc-0000-4000-8000-000000000001', "
    f"'11111111-1111-4111-8111-111111111111', 'aaaaaaaa-0000-4000-8000-000000000001', {T}, "
    f"'Ik kom niet meer recht', 70, 6, 35, 3, 'no', 'Het ging beter dan ik dacht', '', NULL, {T}, {T})",
]

P = "'dddddddd-0000-4000-8000-000000000001'"
ROWS["0003"] = ROWS["0002"] + [
    # activity_plan: id, workbook_id, activity, unit, reduction, sessions_per_week, goal, weeks,
    # start_on, status, ended_on, barriers_inside, barriers_outside, realistic, stamps
    f"INSERT INTO activity_plan VALUES ({P}, '11111111-1111-4111-8111-111111111111', 'Fietsen', "
    f"'minutes', 0.25, 3, 40, 5, '2026-03-02', 'active', NULL, '', '', '', {T}, {T})",
    *(f"INSERT INTO activity_measurement VALUES ('eeeeeeee-0000-4000-8000-00000000000{i}', {P}, "
      f"{i}, '2026-02-2{i}', {a}, {T}, {T})" for i, a in ((1, 25), (2, 28), (3, 27))),
    f"INSERT INTO activity_schedule VALUES ('ffffffff-0000-4000-8000-000000000001', {P}, "
    f"'2026-03-02', 26.666666666666668, 20.0, 40, 5, 0.25, {T}, {T})",
    f"INSERT INTO activity_session VALUES ('99999999-0000-4000-8000-000000000001', {P}, "
    f"'2026-03-03', 20, 4, 'Stijf na afloop', NULL, {T}, {T})",
]

W = "'11111111-1111-4111-8111-111111111111'"
ROWS["0004"] = ROWS["0003"] + [
    "INSERT INTO pacing_activity (id, workbook_id, week_of, day, part, position, name, minutes, kind, "
    "motive, note, task_id, done, pain, deleted_at, created_at, updated_at) VALUES "
    f"('77777777-0000-4000-8000-000000000001', {W}, '2026-03-02', 0, 'morning', 0, 'Stofzuigen', 30, "
    f"'physical', 'must', '', NULL, 1, 4, NULL, {T}, {T})",
    "INSERT INTO pacing_activity (id, workbook_id, week_of, day, part, position, name, minutes, kind, "
    "motive, note, task_id, done, pain, deleted_at, created_at, updated_at) VALUES "
    f"('77777777-0000-4000-8000-000000000002', {W}, '2026-03-02', 2, 'evening', 0, 'Lezen', 45, "
    f"'mental', 'want', 'met thee', NULL, 0, NULL, NULL, {T}, {T})",
    "INSERT INTO pacing_dismissed_flag (id, workbook_id, week_of, flag_id, created_at, updated_at) VALUES "
    f"('66666666-0000-4000-8000-000000000001', {W}, '2026-03-02', 'no_want_day:0', {T}, {T})",
    "INSERT INTO pacing_chunk_plan (id, workbook_id, name, work, chunk, pause, recovery, deleted_at, "
    f"created_at, updated_at) VALUES ('55555555-0000-4000-8000-000000000001', {W}, 'Tuin', 60, 20, 15, "
    f"120, NULL, {T}, {T})",
    "INSERT INTO pacing_timer_run (id, workbook_id, name, started_at, breaks_planned, breaks_taken, "
    f"work_minutes, created_at, updated_at) VALUES ('44444444-0000-4000-8000-000000000001', {W}, 'Tuin', "
    f"{T}, 2, 1, 60, {T}, {T})",
]

C = "'33333333-0000-4000-8000-000000000001'"
STAMPS = "created_at, updated_at"
ROWS["0005"] = ROWS["0004"] + [
    f"INSERT INTO cause_tick (id, workbook_id, cause, own_label, ticked_on, deleted_at, {STAMPS}) VALUES "
    f"('33333333-0000-4000-8000-000000000009', {W}, 'guilt', '', '2026-03-02', NULL, {T}, {T})",
    f"INSERT INTO stress_own_signal (id, workbook_id, label, deleted_at, {STAMPS}) VALUES "
    f"('33333333-0000-4000-8000-000000000008', {W}, 'Tandenknarsen', NULL, {T}, {T})",
    f"INSERT INTO stress_checkin (id, workbook_id, day, {STAMPS}) VALUES ({C}, {W}, '2026-03-02', {T}, {T})",
    f"INSERT INTO stress_signal (id, checkin_id, signal, intensity, note, {STAMPS}) VALUES "
    f"('33333333-0000-4000-8000-000000000002', {C}, 'falling_asleep', 6, 'piekeren', {T}, {T})",
    f"INSERT INTO reflection_answer (id, workbook_id, question, answered_on, text, {STAMPS}) VALUES "
    f"('33333333-0000-4000-8000-000000000003', {W}, 'energy', '2026-03-02', 'Wandelen met mijn zus', {T}, {T})",
    f"INSERT INTO outlet (id, workbook_id, old_outlet, why, gains, chosen_id, {STAMPS}) VALUES "
    f"('33333333-0000-4000-8000-000000000004', {W}, 'Joggen', 'Even alles vergeten', 'movement,calm', NULL, {T}, {T})",
    f"INSERT INTO outlet_substitute (id, workbook_id, name, tried, outcome, deleted_at, {STAMPS}) VALUES "
    f"('33333333-0000-4000-8000-000000000005', {W}, 'Zwemmen', 'Deugddoend', 'good', NULL, {T}, {T})",
    f"INSERT INTO relaxation_session (id, workbook_id, day, exercise, before, after, note, deleted_at, {STAMPS}) "
    f"VALUES ('33333333-0000-4000-8000-000000000006', {W}, '2026-03-02', 'body_scan', 7, 4, '', NULL, {T}, {T})",
    f"INSERT INTO assertive_situation (id, workbook_id, day, situation, say, went, deleted_at, {STAMPS}) VALUES "
    f"('33333333-0000-4000-8000-000000000007', {W}, '2026-03-02', 'Buurvrouw vraagt hulp', 'Vandaag niet', '', "
    f"NULL, {T}, {T})",
]

ROWS["0006"] = ROWS["0005"] + [
    f"INSERT INTO chain_entry (id, workbook_id, day, rounds, change_link, note, deleted_at, {STAMPS}) VALUES "
    f"('22222222-0000-4000-8000-000000000001', {W}, '2026-03-02', "
    "'[[\"Trap af\", \"Steek\", \"Kapot\", \"Angst\", \"Liggen\"]]', 'thought', '', NULL, "
    f"{T}, {T})",
    f"INSERT INTO valued_activity (id, workbook_id, name, value, what_matters, adapted, deleted_at, {STAMPS}) "
    f"VALUES ('22222222-0000-4000-8000-000000000002', {W}, 'Voetbal', 9, 'De ploeg', 'Supporteren', NULL, "
    f"{T}, {T})",
    f"INSERT INTO questionnaire_score (id, workbook_id, scale, name, day, moment, total, deleted_at, {STAMPS}) "
    f"VALUES ('22222222-0000-4000-8000-000000000003', {W}, 'tsk', 'Tampa Scale for Kinesiophobia (TSK-17)', "
    f"'2026-03-02', 'start', 44, NULL, {T}, {T})",
    f"INSERT INTO score_reflection (id, workbook_id, moment, text, {STAMPS}) VALUES "
    f"('22222222-0000-4000-8000-000000000004', {W}, 'start', 'Veel angst om te bewegen', {T}, {T})",
]


# 0007 added workbook.archived_at (at the end): from then on the workbooks are named column by column
WORKBOOKS_0007 = [
    "INSERT INTO workbook (id, name, worked_on_at, deleted_at, created_at, updated_at, archived_at) VALUES "
    "('11111111-1111-4111-8111-111111111111', 'Anna', '2026-01-05 09:00:00.000000', NULL, "
    "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', NULL)",
    "INSERT INTO workbook (id, name, worked_on_at, deleted_at, created_at, updated_at, archived_at) VALUES "
    "('22222222-2222-4222-8222-222222222222', 'Bert', '2026-02-10 14:30:00.000000', NULL, "
    "'2026-02-01 08:00:00.000000', '2026-02-10 14:30:00.000000', '2026-03-01 12:00:00.000000')",
]
ROWS["0008"] = WORKBOOKS_0007 + ROWS["0006"][len(ROWS["0001"]):]

def main(rev: str) -> None:
    target = ROOT / "tests" / "fixtures" / f"schema_{rev}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    with engine.connect() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, rev)
        conn.commit()
    engine.dispose()
    con = sqlite3.connect(target)
    for sql in ROWS[rev]:
        con.execute(sql)
    con.execute("PRAGMA application_id=1381320531")
    con.commit()
    con.execute("VACUUM")
    con.close()
    print(target)


if __name__ == "__main__":
    main(sys.argv[1])
