"""The words for values the model could not accept (the model reports them as data)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from aibeleid_check.model import ModelKind, ModelProblem
from aibeleid_check.rules._keys import english_path
from aibeleid_check.rules.base import Context, Hit
from aibeleid_check.texts import Message

_EXPECTED = {
    "string_type": Message(nl="een tekst", en="a text"),
    "list_type": Message(nl="een lijst", en="a list"),
    "model_type": Message(nl="een mapping (sleutel: waarde)", en="a mapping (key: value)"),
    "model_attributes_type": Message(nl="een mapping (sleutel: waarde)", en="a mapping (key: value)"),
    "dict_type": Message(nl="een mapping (sleutel: waarde)", en="a mapping (key: value)"),
}


def value_message(problem: ModelProblem) -> Message:
    """What is wrong with the value at ``problem.field``."""
    if problem.explanation is not None:
        return problem.explanation
    expected = _EXPECTED.get(problem.error)
    path = problem.field
    if expected is not None:
        return Message(nl=f"{path} moet {expected.nl} zijn.", en=f"{english_path(path)} must be {expected.en}.")
    return Message(
        nl=f"{path}: ongeldige waarde ({problem.reason}).",
        en=f"{english_path(path)}: invalid value ({problem.reason}).",
    )


def model_problems(ctx: Context, kind: ModelKind) -> Iterator[ModelProblem]:
    """The model's problems of ``kind`` (none when the file could not be modelled)."""
    return (problem for problem in (ctx.model.problems if ctx.model else ()) if problem.kind is kind)


def value_hits(ctx: Context, claims: Callable[[str], bool], kind: ModelKind = ModelKind.VALUE) -> Iterator[Hit]:
    """A hit for each value problem of ``kind`` on a field that ``claims`` accepts."""
    for problem in model_problems(ctx, kind):
        if claims(problem.field):
            yield Hit(problem.field, problem.line, problem.column, value_message(problem))
