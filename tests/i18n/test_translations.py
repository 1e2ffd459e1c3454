"""English is complete, the shipped .qm is built from the .ts, and the PDF texts match."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


def test_every_source_string_has_english(tmp_path):
    ts = tmp_path / "check.ts"
    subprocess.run([i18n._tool("pyside6-lupdate"), *i18n.sources(), "-no-obsolete", "-locations",
                    "none", "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    import xml.etree.ElementTree as ET

    fresh = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    have = {(c.findtext("name"), m.findtext("source"))
            for c in ET.parse(i18n.TS).getroot().iter("context") for m in c.iter("message")}
    assert fresh - have == set(), "run: python tools/i18n.py update, then translate"
    assert i18n.missing() == []


def test_shipped_qm_is_up_to_date(tmp_path):
    built = tmp_path / "check.qm"
    i18n.release(built)
    assert built.read_bytes() == i18n.QM.read_bytes(), "run: python tools/i18n.py update"


def test_pdf_catalogues_have_the_same_keys_in_both_languages():
    import importlib
    import pkgutil

    import rugschool_gui.export as export_pkg

    catalogues = []
    for mod in pkgutil.walk_packages(export_pkg.__path__, "rugschool_gui.export."):
        module = importlib.import_module(mod.name)
        if isinstance(getattr(module, "TEXTS", None), dict):
            catalogues.append((mod.name, module.TEXTS))
    assert catalogues
    for name, texts in catalogues:
        assert set(texts["nl"]) == set(texts["en"]), name
        assert all(v.strip() for lang in texts.values() for v in lang.values()), name


def test_no_dutch_left_in_english_translations():
    import xml.etree.ElementTree as ET

    dutch_words = {" je ", " het ", " een ", " niet ", " werkboek", " van de ", " wordt "}
    for ctx in ET.parse(i18n.TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            forms = [m.findtext("translation")] + [f.text for f in m.iter("numerusform")]
            for text in filter(None, forms):
                low = f" {text.lower()} "
                assert not [w for w in dutch_words if w in low], text
