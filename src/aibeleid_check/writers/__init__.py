"""Writers: a policy's values written as YAML, Markdown or Word, for ``convert`` and ``init``.

Every writer takes a :class:`Draft`: the policy's values under their canonical Dutch keys, exactly as the
author wrote them (a wrong date stays the wrong text, so converting never hides a finding), plus the
suppression comments attached to the value they cover. :func:`draft_from` builds one from any read
:class:`~aibeleid_check.source.Document`; :func:`write` picks the writer by the output's extension.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from aibeleid_check.model import CONTACT_KEYS, POLICY_KEYS, RULES_KEYS, TOOL_KEYS
from aibeleid_check.source import Document, Path

FORMS = {".yaml": "yaml", ".yml": "yaml", ".md": "markdown", ".markdown": "markdown", ".docx": "docx"}
_RULE_KEYS = {"mag": ("allowed",), "mag_niet": ("forbidden",), "moet": ("must",), **RULES_KEYS}
_MARKER = re.compile(r"^\s*(?:#|<!--)?\s*(aibeleid-check\s*:.*?)\s*(?:-->)?\s*$", re.IGNORECASE | re.DOTALL)


@dataclass(slots=True)
class Draft:
    """What a writer writes. ``notes``: canonical path -> suppression comments (``()`` = the whole file).
    ``lang``: the language of the document's own words (labels, questions, the template's rule texts)."""

    data: dict[str, Any] = field(default_factory=dict)
    extra: list[tuple[str, Any]] = field(default_factory=list)
    notes: dict[Path, list[str]] = field(default_factory=dict)
    lang: str = "nl"

    def notes_at(self, path: Path) -> list[str]:
        return self.notes.get(path, [])


def form_of(path: str) -> str | None:
    """``yaml``, ``markdown`` or ``docx`` for an output path, ``None`` for an extension no writer has."""
    return FORMS.get(os.path.splitext(path)[1].lower())


def write(draft: Draft, form: str) -> bytes:
    """The document in ``form`` as bytes."""
    if form == "docx":
        from aibeleid_check.writers.docx import render

        return render(draft)
    if form == "markdown":
        from aibeleid_check.writers.markdown import render as render_markdown

        return render_markdown(draft).encode("utf-8")
    from aibeleid_check.writers.yaml import render as render_yaml

    return render_yaml(draft).encode("utf-8")


def draft_from(doc: Document) -> Draft:
    """The canonical values of a readable document, with its suppression comments placed on their values."""
    draft = Draft()
    raw_paths: dict[Path, Path] = {}
    data = doc.data if isinstance(doc.data, dict) else {}
    for key, value in data.items():
        name = _canonical(key, POLICY_KEYS)
        if name is None:
            draft.extra.append((key, value))
            continue
        draft.data[name] = _value(name, value, (key,), (name,), raw_paths)
    draft.notes = _place_comments(doc, raw_paths)
    return draft


def _canonical(key: Any, table: dict[str, tuple[str, ...]]) -> str | None:
    wanted = str(key).strip().lower()
    return next((name for name, aliases in table.items() if wanted == name or wanted in aliases), None)


def _value(name: str, value: Any, raw: Path, canon: Path, raw_paths: dict[Path, Path]) -> Any:
    raw_paths[canon] = raw
    if name == "regels" and isinstance(value, dict):
        return _mapping(value, _RULE_KEYS, raw, canon, raw_paths, item_keys={"id": (), "tekst": ("text",)})
    if name == "goedgekeurde_tools" and isinstance(value, list):
        return [_tool(item, raw + (i,), canon + (i,), raw_paths) for i, item in enumerate(value)]
    if name == "aanspreekpunt" and isinstance(value, dict):
        return _mapping(value, CONTACT_KEYS, raw, canon, raw_paths)
    if isinstance(value, list):
        for index in range(len(value)):
            raw_paths[canon + (index,)] = raw + (index,)
    return value


def _tool(item: Any, raw: Path, canon: Path, raw_paths: dict[Path, Path]) -> Any:
    raw_paths[canon] = raw
    return _mapping(item, TOOL_KEYS, raw, canon, raw_paths) if isinstance(item, dict) else item


def _mapping(
    value: dict[Any, Any],
    table: dict[str, tuple[str, ...]],
    raw: Path,
    canon: Path,
    raw_paths: dict[Path, Path],
    item_keys: dict[str, tuple[str, ...]] | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, child in value.items():
        name = _canonical(key, table) or str(key)
        raw_paths[canon + (name,)] = raw + (key,)
        if item_keys is not None and isinstance(child, list):
            for index in range(len(child)):
                raw_paths[canon + (name, index)] = raw + (key, index)
            child = [
                _mapping(item, item_keys, raw + (key, i), canon + (name, i), raw_paths)
                if isinstance(item, dict)
                else item
                for i, item in enumerate(child)
            ]
        out[name] = child
    return out


def comment_body(text: str) -> str:
    """``aibeleid-check: ignore[…] reden: …`` without the form's comment marker (``#``, ``<!-- -->``)."""
    match = _MARKER.match(text)
    return " ".join((match.group(1) if match else text).split())


def _place_comments(doc: Document, raw_paths: dict[Path, Path]) -> dict[Path, list[str]]:
    """Each comment goes to the value it covers: on its line, or (alone on a line) on the next value."""
    by_line: dict[int, list[Path]] = {}
    for canon, raw in raw_paths.items():
        mark = doc.value_marks.get(raw)
        if mark is not None:
            by_line.setdefault(mark[0], []).append(canon)
    notes: dict[Path, list[str]] = {}
    for line, text in sorted(doc.comments.items()):
        body = comment_body(text)
        target: Path = ()
        if not re.search(r"ignore-file", body, re.IGNORECASE):
            later = [number for number in by_line if number >= line]
            if later:
                target = _best(by_line[min(later)])
        notes.setdefault(target, []).append(body)
    return notes


def _best(paths: list[Path]) -> Path:
    """The item a line stands for: a list item when there is one (a tool, a rule), else the shortest path."""
    items = [path for path in paths if path and isinstance(path[-1], int)]
    return min(items or paths, key=len)
