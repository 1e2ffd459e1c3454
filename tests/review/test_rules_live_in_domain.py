"""A review that runs: clinical arithmetic lives in ``domain/`` only, and every chapter's error
key has its own wording in both languages (issue #26).

The patterns are the shapes the rules had before they moved (``(today - start).days // 7``,
``baseline * (1 - reduction)``, a mean of measurements, a quota comparison). A new one outside
the domain fails here; a real exception is added to ``ALLOWED`` with its reason.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "rugschool_gui"
OUTSIDE_DOMAIN = ("storage", "operations", "ui", "export")

RULE_SHAPES = {
    "week number": re.compile(r"\.days\s*//\s*7|//\s*7\b"),
    "start level": re.compile(r"\*\s*\(\s*1\s*-\s*\w*reduction"),
    "mean": re.compile(r"sum\([^)]*\)\s*/\s*len\("),
    "week length": re.compile(r"timedelta\(\s*days\s*=\s*[67]\s*\)"),
    "quota": re.compile(r"sessions_per_week\s*[-<>]|[<>]=?\s*\w*\.sessions_per_week"),
}
#: (file relative to rugschool_gui, shape) with the reason it is not a clinical rule
ALLOWED: dict[tuple[str, str], str] = {}


def _code_lines(path: Path) -> list[tuple[int, str]]:
    """Lines of code without comments and docstrings (a docstring may explain a rule)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    doc_lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            doc_lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number not in doc_lines:
            out.append((number, line.split("#", 1)[0]))
    return out


def test_no_clinical_arithmetic_outside_the_domain():
    found = []
    for layer in OUTSIDE_DOMAIN:
        for path in (ROOT / layer).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            relative = str(path.relative_to(ROOT))
            for number, code in _code_lines(path):
                for shape, pattern in RULE_SHAPES.items():
                    if pattern.search(code) and (relative, shape) not in ALLOWED:
                        found.append(f"{relative}:{number}: {shape}: {code.strip()}")
    assert not found, "\n".join(found)


def _raised_keys() -> dict[str, set[str]]:
    """Every prefixed error key the domain, storage and operations can raise, by chapter."""
    keys: dict[str, set[str]] = {}
    pattern = re.compile(r"""["']([a-z_]+)\.([a-z_]+)["']""")
    class_key = re.compile(r"""key\s*=\s*f?["'](?:\{CHAPTER\}|([a-z_]+))\.([a-z_]+)["']""")
    for layer in ("domain", "storage", "operations"):
        for path in (ROOT / layer).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            module = ".".join(("rugschool_gui", *path.relative_to(ROOT).with_suffix("").parts))
            own_chapter = str(getattr(importlib.import_module(module), "CHAPTER", ""))
            for line in text.splitlines():
                if "Error(" not in line and "key =" not in line:
                    continue
                for m in class_key.finditer(line):
                    chapter = m.group(1) or own_chapter
                    keys.setdefault(chapter, set()).add(m.group(2))
                if "Error(" in line:
                    for m in pattern.finditer(line):
                        keys.setdefault(m.group(1), set()).add(m.group(2))
                    for m in re.finditer(r"\{CHAPTER\}\.([a-z_]+)", line):
                        keys.setdefault(own_chapter, set()).add(m.group(1))
    return keys


def test_every_chapter_error_key_is_worded_in_both_languages():
    from rugschool_gui.domain.chapters import ORDER

    keys = _raised_keys()
    chapters = [c for c in keys if c in ORDER]
    assert set(chapters) >= {"understanding", "too_much", "pacing", "too_little", "exposure",
                             "graded_activity"}, keys  # the scan still finds every chapter's keys
    missing = []
    for chapter in chapters:
        words = importlib.import_module(f"rugschool_gui.wording.{chapter}").words
        for key in sorted(keys[chapter]):
            if f"error.{key}" not in words:
                missing.append(f"{chapter}.{key}")
                continue
            nl, en = words(f"error.{key}", "nl"), words(f"error.{key}", "en")
            assert nl and en and nl != en, f"{chapter}.{key}"
    assert not missing, missing


def test_the_same_key_reads_per_chapter():
    """``missing_date`` once read "…voor deze poging" in every chapter."""
    from rugschool_gui.domain.chapters import ORDER

    texts = {}
    for chapter in ORDER:
        try:
            words = importlib.import_module(f"rugschool_gui.wording.{chapter}").words
        except ModuleNotFoundError:
            continue
        if "error.missing_date" in words:
            texts[chapter] = words("error.missing_date", "nl")
    assert len(texts) >= 4, texts
    assert len(set(texts.values())) == len(texts), texts
