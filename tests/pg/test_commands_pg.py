"""``rugschool import-workbook FILE --database postgresql://…`` (batch intake into the practice
database) and ``export-workbook`` from it; the start-up's looks at a server's database."""

from __future__ import annotations

from rugschool_gui import commands, paths
from rugschool_gui.storage import handover, probe
from rugschool_gui.storage.db import Database
from rugschool_gui.storage.workbooks import list_workbooks
from tests.storage.handover_fill import source  # noqa: F401  (a fixture)


def test_batch_intake_into_the_practice_database_and_back_out(source, pg_url, data_home, tmp_path,  # noqa: F811
                                                               capsys):
    path, wb_id = source
    file = handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk")
    assert commands.run(["import-workbook", str(file), "--database", pg_url, "--lang", "en"]) == commands.OK
    assert "Read into “Anna”" in capsys.readouterr().out
    practice = Database(pg_url)
    assert [w.name for w in list_workbooks(practice)] == ["Anna"]
    practice.close()
    out = tmp_path / "uit.rugwerk"
    assert commands.run(["export-workbook", str(out), "--workbook", "Anna", "--database", pg_url]) == commands.OK
    assert handover.read_file(out).workbook["id"] == wb_id
    assert not (data_home / "backups").exists() or not list((data_home / "backups").iterdir())


def test_a_server_url_is_kept_as_it_is_and_a_file_stays_a_file(data_home, tmp_path):
    assert paths.database_url("postgresql://praktijk/rug?sslmode=verify-full") == \
        "postgresql://praktijk/rug?sslmode=verify-full"
    assert paths.database_url(str(tmp_path / "w.sqlite3")) == f"sqlite:///{tmp_path / 'w.sqlite3'}"


def test_the_start_up_looks_ask_the_server(pg_url, make_workbook):
    make_workbook("Bram")
    assert probe.exists(pg_url) and probe.can_write(pg_url)
    assert probe.inspect_database(pg_url) == probe.OURS
    assert [w.name for w in probe.live_workbooks(pg_url)] == ["Bram"]


def test_a_pdf_of_a_workbook_in_the_practice_database(source, pg_url, data_home, tmp_path):  # noqa: F811
    path, wb_id = source
    handover.import_workbook(pg_url, handover.export_workbook(path, wb_id, tmp_path / "anna.rugwerk"))
    out = tmp_path / "anna.pdf"
    assert commands.run(["export-pdf", str(out), "--workbook", "Anna", "--database", pg_url]) == commands.OK
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 10_000
