"""Normalising what the author wrote before validation: English aliases to canonical keys, lenient shapes
(a contact as a string, one tool without a list, a rule that an unquoted ``": "`` made a mapping), and the
positions of every value carried over to canonical paths. Problems are recorded as data."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from aibeleid_check.model.keys import (
    CONTACT_KEYS,
    POLICY_KEYS,
    RULE_ITEM_KEYS,
    RULE_ITEM_LOOKUP,
    RULE_KINDS,
    RULES_KEYS,
    TOOL_KEYS,
    KeyTable,
    lookup,
)
from aibeleid_check.model.problems import ModelKind, ModelProblem
from aibeleid_check.source import Document, Path
from aibeleid_check.template import RULES_BY_ID

ItemReader = Callable[[Any, Path, str], Any]


MAX_SUGGESTIONS = 100
"""Unknown keys of one file that get a "did you mean" (each costs a fuzzy match against every key): a file
with more is not a policy with typos, and 16,000 of them took seconds."""


class Normaliser:
    """Maps aliases to canonical keys and reads lenient shapes, carrying positions over to canonical paths."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.value_marks: dict[str, tuple[int, int]] = {}
        self.key_marks: dict[str, tuple[int, int]] = {}
        self.problems: list[ModelProblem] = []
        self._suggestions_left = MAX_SUGGESTIONS
        self._raw_paths: dict[str, Path] = {"": ()}  # canonical path -> the raw path it was read from

    def policy(self, data: dict[str, Any]) -> dict[str, Any]:
        out = self.mapping(data, (), "", POLICY_KEYS)
        if isinstance(out.get("regels"), dict):
            out["regels"] = self.mapping(out["regels"], self._raw_paths["regels"], "regels", RULES_KEYS)
            for kind in RULE_KINDS:
                out["regels"][kind] = self.each(out["regels"].get(kind), f"regels.{kind}", self.rule_item)
        out["goedgekeurde_tools"] = self.each(out.get("goedgekeurde_tools"), "goedgekeurde_tools", self.tool)
        if "aanspreekpunt" in out:
            out["aanspreekpunt"] = self.contact(out["aanspreekpunt"])
        if isinstance(out.get("geldt_voor"), str):
            out["geldt_voor"] = [out["geldt_voor"]]
        elif isinstance(out.get("geldt_voor"), list):
            for index in range(len(out["geldt_voor"])):
                self._carry(self._raw_paths["geldt_voor"] + (index,), f"geldt_voor[{index}]")
        if "afspraken" in out:
            out["afspraken"] = self.each(out["afspraken"], "afspraken", self.agreement_item)
        return out

    def mapping(self, data: dict[str, Any], raw: Path, canon: str, keys: KeyTable) -> dict[str, Any]:
        table = lookup(keys)
        out: dict[str, Any] = {}
        for key, value in data.items():
            name = table.get(key) or table.get(key.strip().lower())
            child_raw = raw + (key,)
            if name is None:
                self._unknown_key(key, child_raw, canon, table)
                continue
            child = f"{canon}.{name}" if canon else name
            if name in out:  # the Dutch key and its alias (or two spellings): YAML sees two different keys
                self._duplicate(child_raw, child)
            out[name] = value
            self._carry(child_raw, child)
        return out

    def _carry(self, raw: Path, canon: str) -> None:
        """Copy the marks of ``raw`` to ``canon``."""
        self._raw_paths[canon] = raw
        key_mark = self.doc.key_marks.get(raw)
        if key_mark is not None:
            self.key_marks[canon] = key_mark
        value_mark = self.doc.value_marks.get(raw)
        if value_mark is not None:
            self.value_marks[canon] = value_mark

    def each(self, items: Any, canon: str, read_item: ItemReader) -> Any:
        if items is None:
            return None
        raw = self._raw_paths.get(canon, ())
        if isinstance(items, (str, dict)):  # a single tool or rule written without a list
            self._carry(raw, f"{canon}[0]")
            return [read_item(items, raw, f"{canon}[0]")]
        if not isinstance(items, list):
            return items  # pydantic reports the wrong type
        out = []
        for index, item in enumerate(items):
            child = f"{canon}[{index}]"
            self._carry(raw + (index,), child)
            out.append(read_item(item, raw + (index,), child))
        return out

    def rule_item(self, item: Any, raw: Path, canon: str) -> Any:
        if item is None:
            return {}
        if isinstance(item, str):
            if item.strip().lower() in RULES_BY_ID:  # `- geen-persoonsgegevens`: the id, written without `id:`
                return {"id": item.strip()}
            return {"tekst": item}
        if not isinstance(item, dict):
            return item
        if len(item) == 1 and next(iter(item)).strip().lower() not in RULE_ITEM_LOOKUP:
            # `- Concepten laten schrijven: mails, teksten` — YAML read an unquoted ": " as a mapping.
            key, value = next(iter(item.items()))
            text = f"{key}: {value}" if value is not None else f"{key}:"
            return {"tekst": text if isinstance(value, (str, type(None))) else key, "from_mapping": True}
        return self.mapping(item, raw, canon, RULE_ITEM_KEYS)

    def tool(self, item: Any, raw: Path, canon: str) -> Any:
        if item is None:
            return {}
        if isinstance(item, str):
            return {"naam": item}
        if not isinstance(item, dict):
            return item
        return self.mapping(item, raw, canon, TOOL_KEYS)

    def agreement_item(self, item: Any, raw: Path, canon: str) -> Any:
        if isinstance(item, dict):  # `- Datalek: meld het direct` — an unquoted ": " made it a mapping
            return ". ".join(f"{key}: {value}" if value is not None else str(key) for key, value in item.items())
        return item

    def contact(self, value: Any) -> Any:
        if isinstance(value, str):
            return {"naam": value}
        if not isinstance(value, dict):
            return value
        return self.mapping(value, self._raw_paths["aanspreekpunt"], "aanspreekpunt", CONTACT_KEYS)

    def _duplicate(self, raw: Path, canon: str) -> None:
        """Like a key given twice: the later value wins, as PyYAML does for two equal keys."""
        key, first_key = raw[-1], self._raw_paths[canon][-1]
        first_line = self.key_marks.get(canon, (1, 1))[0]
        line, column = self.doc.key_marks.get(raw, (1, 1))
        problem = ModelProblem(
            ModelKind.DUPLICATE_KEY, canon, line, column, key=str(key), first_key=str(first_key), first_line=first_line
        )
        self.problems.append(problem)

    def _unknown_key(self, key: str, raw: Path, parent: str, table: dict[str, str]) -> None:
        path = f"{parent}.{key}" if parent else key
        line, column = self.doc.key_marks.get(raw, (1, 1))
        suggestion = ""
        if self._suggestions_left > 0:
            self._suggestions_left -= 1
            guess = difflib.get_close_matches(key.strip().lower(), list(table), n=1, cutoff=0.6)
            suggestion = table[guess[0]] if guess else ""
        self.problems.append(
            ModelProblem(ModelKind.UNKNOWN_KEY, path, line, column, key=key, parent=parent, suggestion=suggestion)
        )
