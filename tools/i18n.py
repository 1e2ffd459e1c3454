"""Maintain the English translation: ``python tools/i18n.py update|missing|fill FILE.json``.

* ``update``  — extract the Dutch source strings with ``pyside6-lupdate`` into
  ``resources/i18n/rugschool_en.ts`` (existing translations kept) and build the ``.qm``.
* ``missing`` — list source strings that have no English translation yet.
* ``fill``    — take translations from a JSON object ``{"Dutch source": "English"}`` (or keyed
  ``"Context|Dutch source"``) into the ``.ts``, then build the ``.qm``.
The ``.ts`` is the source of truth and can be edited in Qt Linguist too.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "rugschool_en.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "rugschool_gui").rglob("*.py"))


def update() -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "nl_BE", "-target-language", "en_GB", "-ts", str(TS)],
                   cwd=ROOT, check=True, capture_output=True)
    release()


def release(target: Path = QM) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(target)], check=True,
                   capture_output=True)


def messages():
    tree = ET.parse(TS)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield tree, name, msg


def missing() -> list[tuple[str, str]]:
    out = []
    for _tree, ctx, msg in messages():
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished" or not ((tr.text or "").strip() or tr.findall("numerusform")):
            out.append((ctx, msg.findtext("source")))
    return out


def fill(mapping: dict[str, str]) -> None:
    tree = ET.parse(TS)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            value = mapping.get(f"{name}|{src}", mapping.get(src))
            if value is None:
                continue
            tr = msg.find("translation")
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
                tr.text = None
            else:
                tr.text = value
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    release()


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    if cmd == "update":
        update()
        print(f"{len(missing())} strings still need English")
    elif cmd == "missing":
        for ctx, src in missing():
            print(json.dumps(f"{ctx}|{src}", ensure_ascii=False))
    elif cmd == "fill":
        fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
        print(f"{len(missing())} strings still need English")
