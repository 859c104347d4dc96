"""YAML writer: a draft as policy format v1, every text quoted where YAML would read it differently.

Suppression comments are written as ``# aibeleid-check: …`` at the end of the line of the value they cover
(a whole-file one at the top). The schema modeline points at the schema the ``schema`` command writes.
"""

from __future__ import annotations

from typing import Any

import yaml

from aibeleid_check.source import Path
from aibeleid_check.writers import Draft
from aibeleid_check.writers.layout import FIELD_ORDER, one_line

ORDER = ("organisatie", "regels", *FIELD_ORDER)
"""Top-level keys in the order the template has them: the two the layout writes itself, then its fields."""


def scalar(text: Any) -> str:
    """One YAML scalar on one line, quoted when YAML would otherwise read it differently (or not at all)."""
    if text is None:
        return ""
    dumped = yaml.safe_dump(one_line(text), allow_unicode=True, default_flow_style=True, width=float("inf"))
    return dumped.removesuffix("\n...\n").rstrip("\n")


def render(draft: Draft, header: list[str] | None = None) -> str:
    lines = list(header or [])
    lines += [f"# {note}" for note in draft.notes_at(())]
    ordered = [(key, draft.data[key]) for key in ORDER if key in draft.data]
    ordered += [(key, value) for key, value in draft.data.items() if key not in ORDER]
    ordered += draft.extra
    for key, value in ordered:
        _entry(lines, draft, str(key), value, (str(key),), 0)
    return "\n".join(lines) + "\n"


def _entry(lines: list[str], draft: Draft, key: str, value: Any, path: Path, indent: int) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        lines.append(_noted(draft, path, f"{pad}{scalar(key)}:" + ("" if value else " {}")))
        for child_key, child in value.items():
            _entry(lines, draft, str(child_key), child, path + (str(child_key),), indent + 2)
    elif isinstance(value, list):
        lines.append(_noted(draft, path, f"{pad}{scalar(key)}:" + ("" if value else " []")))
        for index, item in enumerate(value):
            _item(lines, draft, item, path + (index,), indent + 2)
    else:
        lines.append(_noted(draft, path, f"{pad}{scalar(key)}: {scalar(value)}".rstrip()))


def _item(lines: list[str], draft: Draft, item: Any, path: Path, indent: int) -> None:
    pad = " " * indent
    if isinstance(item, dict) and item:
        first, *rest = item.items()
        lines.append(_noted(draft, path, f"{pad}- {scalar(first[0])}: {_inline(first[1])}".rstrip()))
        for key, value in rest:
            _entry(lines, draft, str(key), value, path + (str(key),), indent + 2)
    elif isinstance(item, list):
        lines.append(_noted(draft, path, f"{pad}- {_inline(item)}"))
    else:
        lines.append(_noted(draft, path, f"{pad}- {scalar(item)}".rstrip() if item is not None else f"{pad}-"))


def _inline(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=float("inf")).strip()
    return scalar(value)


def _noted(draft: Draft, path: Path, line: str) -> str:
    return line + "".join(f"  # {note}" for note in draft.notes_at(path))
