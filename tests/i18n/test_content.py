"""Psycho-education content: every Dutch file has an English twin with the same shape, and no
section is empty."""

from __future__ import annotations

from rugschool_gui.content import blocks, bold_spans, load
from rugschool_gui.paths import resources_dir


def test_every_dutch_content_file_has_an_english_twin_with_the_same_shape():
    folder = resources_dir() / "content"
    nl = sorted(p.name for p in (folder / "nl").glob("*.md"))
    en = sorted(p.name for p in (folder / "en").glob("*.md"))
    assert nl and nl == en
    for name in nl:
        a, b = blocks(load(name[:-3], "nl")), blocks(load(name[:-3], "en"))
        assert [k for k, _ in a] == [k for k, _ in b], name
        assert all(text.strip() for _k, text in a + b), name
        assert a[0][0] == "title", name


def test_bold_markup_is_split_for_the_pdf():
    assert bold_spans("**Lichamelijk**: een letsel") == [("Lichamelijk", True), (": een letsel", False)]
