"""A workbook travels between a patient's file (SQLite) and the practice database (PostgreSQL) in
both directions, with the same merge guarantees."""

from __future__ import annotations

from rugschool_gui.storage import handover
from rugschool_gui.storage.db import Database
from tests.storage.handover_fill import empty_db, snapshot, source  # noqa: F401  (a fixture)


def test_patient_file_to_practice_and_back_keeps_every_row(source, pg_url, tmp_path):  # noqa: F811
    path, wb_id = source
    to_practice = handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk")
    practice = Database(pg_url)
    summary = handover.import_workbook(practice, to_practice, tmp_path / "no-backups-for-a-server")
    assert summary.new_workbook and summary.new > 25
    assert not (tmp_path / "no-backups-for-a-server").exists()
    again = handover.import_workbook(practice, to_practice)
    assert (again.new, again.updated) == (0, 0)  # the same file twice changes nothing
    back = handover.export_workbook(practice, wb_id, tmp_path / "terug.rugwerk")
    practice.close()
    home = empty_db(tmp_path, "thuis.sqlite3")
    handover.import_workbook(home, back)
    before, after = snapshot(path), snapshot(home)
    for table in before:
        if table != "consultation_private_note":  # never travels (issue #25)
            assert after[table] == before[table], table


def test_after_an_import_the_own_app_edits_the_rows_it_merged_without_a_conflict(source, pg_url, tmp_path):  # noqa: F811
    from rugschool_gui.storage import exposure

    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk")
    practice = Database(pg_url)
    handover.import_workbook(practice, file)
    item = exposure.load_hierarchy(practice, wb_id).items[0]  # the page shows the imported steps
    patient = Database(path)
    exposure.update_item(patient, wb_id, item.id, label="Thuis veranderd")
    patient.close()
    handover.import_workbook(practice, handover.export_workbook(path, wb_id, tmp_path / "terug.rugwerk"))
    exposure.update_item(practice, wb_id, item.id, label="In de praktijk veranderd")  # no Conflict
    assert exposure.load_hierarchy(practice, wb_id).items[0].label == "In de praktijk veranderd"
    practice.close()
