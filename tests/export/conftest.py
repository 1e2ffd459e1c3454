import io
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def pdf_text():
    """Extract the text of every page of PDF bytes (pypdf), as one list of page strings; a date's
    no-break spaces (it never splits over two lines) read as plain spaces."""

    def read(data: bytes) -> list[str]:
        return [page.replace("\u00a0", " ") for page in _pages(data)]

    return read


@pytest.fixture
def pdf_raw():
    """The pages' text exactly as pypdf reads it (no-break spaces kept)."""
    return _pages


@pytest.fixture(scope="session")
def year_database(tmp_path_factory):
    """A workbook with a year of entries in every chapter (``bench/make_data.py``), read only."""
    path = tmp_path_factory.mktemp("year") / "year.sqlite3"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_data.py"), str(path), "--workbooks", "1",
                    "--years", "1"], check=True, capture_output=True, cwd=ROOT)
    return path


@pytest.fixture
def year_workbook(year_database):
    """(store, workbook id) of the year-long workbook."""
    from rugschool_gui.storage.db import Store

    store = Store(year_database)
    with store.transaction() as s:
        from sqlalchemy import text

        workbook_id = s.execute(text("select id from workbook")).scalar_one()
    yield store, workbook_id
    store.close()
