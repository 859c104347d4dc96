"""Model stage: the policy format v1 (DESIGN §3) as a lenient pydantic model.

``build(document)`` normalises what the author wrote (English aliases to Dutch canonical keys, a contact
given as a string, a rule written as an accidental mapping) and validates it. Every field is optional so
that one problem never hides the others: a value that fails validation is recorded as a
:class:`ModelProblem` (data: its kind, canonical path, position and facts; the rules word it), dropped,
and the rest is validated again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from aibeleid_check.model.keys import (
    CONTACT_KEYS,
    KEY_TABLES,
    POLICY_KEYS,
    RULE_ITEM_KEYS,
    RULE_KINDS,
    RULES_KEYS,
    TOOL_KEYS,
    canonical_path,
    format_path,
    parent_path,
)
from aibeleid_check.model.normalise import Normaliser
from aibeleid_check.model.policy import (
    AMBIGUOUS_ERROR,
    VALUE_ERROR,
    Agreement,
    Contact,
    Policy,
    RuleItem,
    Rules,
    Tool,
)
from aibeleid_check.model.problems import ModelKind, ModelProblem
from aibeleid_check.source import Document
from aibeleid_check.texts import Message


@dataclass(slots=True)
class PolicyModel:
    """A policy plus where each canonical field came from."""

    policy: Policy
    problems: list[ModelProblem] = field(default_factory=list)
    value_marks: dict[str, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[str, tuple[int, int]] = field(default_factory=dict)
    invalid_fields: set[str] = field(default_factory=set)
    present_fields: set[str] = field(default_factory=set)

    def position(self, path: str) -> tuple[int, int]:
        """Line and column of the value at ``path``; for a missing value, the key of its nearest parent."""
        if path in self.value_marks:
            return self.value_marks[path]
        parent = path
        while parent:
            parent = parent_path(parent)
            if parent in self.key_marks:
                return self.key_marks[parent]
            if parent in self.value_marks:
                return self.value_marks[parent]
        return (1, 1)

    def key_position(self, path: str) -> tuple[int, int]:
        return self.key_marks.get(path) or self.position(path)


_EMPTY_POLICY = Policy()  # frozen, so one shared placeholder until validation has run


def build(doc: Document) -> PolicyModel | None:
    """Build the policy model from a readable document, or return ``None`` when the top level is not a mapping."""
    if not doc.readable:
        return None
    normaliser = Normaliser(doc)
    data = normaliser.policy(doc.data)
    result = PolicyModel(policy=_EMPTY_POLICY, value_marks=normaliser.value_marks, key_marks=normaliser.key_marks)
    result.problems.extend(normaliser.problems)
    result.present_fields = set(normaliser.value_marks)
    result.policy = _validate(data, result)
    return result


def _validate(data: dict[str, Any], result: PolicyModel) -> Policy:
    for _attempt in range(8):
        try:
            return Policy.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = tuple(error["loc"])
                path = format_path(loc)
                if path not in result.invalid_fields:
                    result.problems.append(_problem(error, path, result.position(path)))
                    result.invalid_fields.add(path)
                _remove(data, loc)
    return Policy()  # pragma: no cover - each round removes every value that failed


def _problem(error: Any, path: str, at: tuple[int, int]) -> ModelProblem:
    context = error.get("ctx") or {}
    explanation = Message(nl=context["nl"], en=context["en"]) if "nl" in context else None
    kind = ModelKind.AMBIGUOUS if error["type"] == AMBIGUOUS_ERROR else ModelKind.VALUE
    value = str(context.get("value", ""))
    reason = str(error.get("msg", ""))
    return ModelProblem(kind, path, *at, error=str(error["type"]), reason=reason, value=value, explanation=explanation)


def _remove(data: Any, loc: tuple[Any, ...]) -> None:
    target = data
    for part in loc[:-1]:
        try:
            target = target[part]
        except (KeyError, IndexError, TypeError):
            return
    last = loc[-1] if loc else None
    if isinstance(target, dict) and last in target:
        target[last] = None
    elif isinstance(target, list) and isinstance(last, int) and last < len(target):
        target[last] = {} if not isinstance(target[last], dict) else None


__all__ = [
    "AMBIGUOUS_ERROR",
    "CONTACT_KEYS",
    "KEY_TABLES",
    "POLICY_KEYS",
    "RULES_KEYS",
    "RULE_ITEM_KEYS",
    "RULE_KINDS",
    "TOOL_KEYS",
    "VALUE_ERROR",
    "Agreement",
    "Contact",
    "ModelKind",
    "ModelProblem",
    "Policy",
    "PolicyModel",
    "RuleItem",
    "Rules",
    "Tool",
    "build",
    "canonical_path",
    "format_path",
]
