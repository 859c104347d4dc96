"""Helpers every human format shares: text from a policy made safe to show, and a finding's location.

A policy is someone else's file. Its text may hold terminal escape sequences (``ESC[2K`` erases the line,
``ESC[8m`` hides what follows) or other control characters; a human format must never send those raw.
:func:`visible` turns every control character into a visible escape (``\\x1b``) and keeps the rest.
"""

from __future__ import annotations

from aibeleid_check.outputs import display_path as display_path  # re-exported: the one helper
from aibeleid_check.texts import escape_char as escape_char  # re-exported: reporters use them from here
from aibeleid_check.texts import visible as visible


def one_line(text: str) -> str:
    """A message on one line: runs of whitespace (newlines too) become one space, then :func:`visible`."""
    return visible(" ".join(text.split()))


def location(line: int, column: int, kind: str = "line") -> str:
    """``12:5`` for a text file; ``¶14`` for a Word document, whose location is a paragraph number."""
    if kind == "paragraph":
        return f"¶{line}"
    return f"{line}:{column}"


def location_kind(file: object) -> str:
    """The file's kind of location (``line`` or ``paragraph``), ``line`` when the reader did not say."""
    kind = getattr(file, "location_kind", None) or getattr(getattr(file, "document", None), "location_kind", None)
    return kind if kind in ("line", "paragraph") else "line"


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, with ``…`` when cut (for display only; machine formats keep it whole)."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"
