import io

import pytest


@pytest.fixture
def pdf_text():
    """Extract the text of every page of PDF bytes (pypdf), as one list of page strings."""
    from pypdf import PdfReader

    def read(data: bytes) -> list[str]:
        return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]

    return read
