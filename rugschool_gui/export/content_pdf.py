"""Content files (``rugschool_gui.content``) as PDF paragraphs: titles, paragraphs, bullets, bold.

A content file's ``## `` title is a section of the chapter: in the table of contents and the
outline, kept with the text under it."""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..content import blocks, bold_spans, load
from .styles import heading, markup


def _rich(text: str) -> str:
    return "".join(f"<b>{escape(t)}</b>" if bold else escape(t) for t, bold in bold_spans(text))


def content_flowables(name: str, lang: str, *, level: int = 1) -> list:
    out = []
    for kind, text in blocks(load(name, lang)):
        if kind == "title":
            out.append(heading(text, level))
        elif kind == "bullet":
            out.append(markup("• " + _rich(text)))
        else:
            out.append(markup(_rich(text)))
    return out
