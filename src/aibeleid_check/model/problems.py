"""What the model stage found wrong, as data: the rules that claim each kind word the finding."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from aibeleid_check.texts import Message


class ModelKind(str, Enum):
    VALUE = "value"  # a wrong type (``error`` is pydantic's type) or a value ``values`` could not read
    AMBIGUOUS = "ambiguous"  # a value that can mean two things (``n.v.t.`` as an agreement status): ``value``
    UNKNOWN_KEY = "unknown-key"  # ``key`` under ``parent``; ``suggestion`` is the nearest known key
    DUPLICATE_KEY = "duplicate-key"  # ``key`` and ``first_key`` (on ``first_line``) are the same canonical key


@dataclass(frozen=True, slots=True)
class ModelProblem:
    """A value the model could not accept, or a key it does not know. ``kind`` selects the rule."""

    kind: ModelKind
    field: str
    line: int
    column: int
    key: str = ""
    first_key: str = ""
    first_line: int = 0
    parent: str = ""
    suggestion: str = ""
    error: str = ""
    reason: str = ""
    value: str = ""
    explanation: Message | None = None
    """For a value a ``values`` parser refused: its explanation (the value vocabulary lives in ``values``)."""
