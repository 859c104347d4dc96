"""Documents built in a test: a Markdown page or a Word file made with python-docx, read by the readers."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from aibeleid_check.source import Document, SourceKind, parse_bytes


def markdown(page: str) -> Document:
    return parse_bytes(page.encode("utf-8"), path="beleid.md")


def word(build: Callable[[Any], object]) -> Document:
    """A Word file that ``build`` fills in (it gets a fresh ``docx.Document``), as the reader reads it."""
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return parse_bytes(out.getvalue(), path="beleid.docx")


def rules_of(doc: Document) -> dict[str, list[Any]]:
    return (doc.data or {}).get("regels") or {}


def unknown_headings(doc: Document) -> list[str]:
    return [p.found for p in doc.problems if p.kind is SourceKind.UNKNOWN_HEADING]
