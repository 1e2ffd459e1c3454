"""Long texts of the workbook (psycho-education) as content files per language.

``resources/content/<lang>/<name>.md`` holds a small, safe subset of Markdown: a ``## `` title,
paragraphs, ``- `` bullets and ``**bold**``. The screen shows it with Qt's Markdown support;
the PDF turns it into paragraphs with :func:`blocks`. No Qt here.
"""

from __future__ import annotations

import re

from .paths import resources_dir

LANG_FALLBACK = "nl"


def load(name: str, lang: str) -> str:
    folder = resources_dir() / "content"
    path = folder / lang / f"{name}.md"
    if not path.exists():
        path = folder / LANG_FALLBACK / f"{name}.md"
    return path.read_text(encoding="utf-8")


def blocks(text: str) -> list[tuple[str, str]]:
    """("title" | "para" | "bullet", text) in order; ``**bold**`` kept as markers for the caller."""
    out: list[tuple[str, str]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(("para", " ".join(para)))
            para.clear()

    for line in text.splitlines():
        line = line.strip()
        if not line:
            flush()
        elif line.startswith("## "):
            flush()
            out.append(("title", line[3:].strip()))
        elif line.startswith("- "):
            flush()
            out.append(("bullet", line[2:].strip()))
        else:
            para.append(line)
    flush()
    return out


def bold_spans(text: str) -> list[tuple[str, bool]]:
    """Split ``**bold**`` markup into (text, is_bold) pieces."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    return [(p[2:-2], True) if p.startswith("**") and p.endswith("**") else (p, False) for p in parts if p]
