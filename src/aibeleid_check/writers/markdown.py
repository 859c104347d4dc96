"""Markdown writer: the template's page as Markdown that the Markdown reader reads back to the same values.

Headings for the sections, ✓/✗ list items for the rules, a table for the tools, one paragraph per field.
Suppression comments become ``<!-- aibeleid-check: … -->`` on the line of the value they cover.
"""

from __future__ import annotations

import re

from aibeleid_check import template
from aibeleid_check.source import Path
from aibeleid_check.writers import Draft
from aibeleid_check.writers.layout import ORGANISATION_QUESTION, RULE_MARKS, Part, one_line, sections

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_LINE_START = re.compile(r"^([-+]|\d+[.)])(\s)")


def escape(text: str) -> str:
    """Inline text with Markdown's special characters escaped, so it reads back as written."""
    return _LINE_START.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", one_line(text))) if text else ""


def render(draft: Draft) -> str:
    out = [f"# {template.TITLE.text(draft.lang)}", ""]
    out += [f"<!-- {note} -->" for note in draft.notes_at(())] + ([""] if draft.notes_at(()) else [])
    if "organisatie" in draft.data:
        organisation = draft.data["organisatie"]
        out += [
            _with_notes(
                draft,
                ("organisatie",),
                escape(one_line(organisation)) if organisation else f"*{ORGANISATION_QUESTION.text(draft.lang)}*",
            ),
            "",
        ]
    for part in sections(draft):
        out += _part(draft, part)
    return "\n".join(out).rstrip("\n") + "\n"


def _with_notes(draft: Draft, path: Path, line: str) -> str:
    notes = draft.notes_at(path)
    return line + "".join(f" <!-- {note} -->" for note in notes)


def _part(draft: Draft, part: Part) -> list[str]:
    if part.kind == "avg":
        return [f"**{part.label}** {part.text}", ""]
    heading = _with_notes(draft, part.path, f"## {part.label}")
    if part.kind == "items":
        mark = RULE_MARKS.get(str(part.path[-1]), "") if part.path[0] == "regels" else ""
        lines = [heading, ""]
        for path, text in part.items:
            body = f"{mark} {escape(text)}".strip() if text else mark
            lines.append(_with_notes(draft, path, f"- {body}".rstrip()))
        return lines + [""]
    if part.kind == "table":
        if part.question:
            heading = _with_notes(draft, part.path, f"**{part.label}** *{part.question}*")
        lines = [heading, "", "| " + " | ".join(part.columns) + " |", "|" + "---|" * len(part.columns)]
        if not part.rows:
            lines.append("|" + "  |" * len(part.columns))
        for path, cells in part.rows:
            shown = [escape(cell) for cell in cells]
            shown[0] = _with_notes(draft, path, shown[0])
            lines.append("| " + " | ".join(shown) + " |")
        return lines + [""]
    value = escape(part.text) if part.text else (f"*{part.question}*" if part.question else "")
    if part.kind in ("inline", "extra"):
        return [_with_notes(draft, part.path, f"**{escape(part.label)}:** {value}".rstrip()), ""]
    return [_with_notes(draft, part.path, f"**{part.label}** {value}".rstrip()), ""]
