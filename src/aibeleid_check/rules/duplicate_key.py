from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Message, Severity
from aibeleid_check.model import ModelKind
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.rules._values import model_problems
from aibeleid_check.rules.base import Context, Hit
from aibeleid_check.source import SourceKind, SourceProblem


class DuplicateKey(SourceRule):
    """Dezelfde sleutel staat twee keer in één mapping.

    Wat het controleert:
        Of een sleutel binnen dezelfde mapping maar één keer voorkomt, ook niet als de Nederlandse
        sleutel en zijn Engelse naam allebei gebruikt worden (`organisatie` en `organisation`).
    Waarom:
        YAML-lezers houden stilzwijgend alleen de laatste waarde over. Dan lijkt het beleid iets te
        zeggen wat het niet zegt: de eerste waarde verdwijnt zonder melding.
    Voorbeeld:
        ingangsdatum: 2026-01-01
        ingangsdatum: 2026-03-01
    Zo wel:
        ingangsdatum: 2026-03-01

    --- en ---
    The same key appears twice in one mapping.

    What it checks:
        Whether each key occurs only once within the same mapping, also counting an English key and its Dutch
        spelling as the same key (`organisation` and Dutch `organisatie`).
    Why:
        YAML readers silently keep only the last value, so the policy seems to say something it does
        not: the first value disappears without a word.
    Example:
        effective_date: 2026-01-01
        effective_date: 2026-03-01
    Instead:
        effective_date: 2026-03-01
    """

    code = "AIB002"
    slug = "dubbele-sleutel"
    severity = Severity.ERROR
    kinds = frozenset({SourceKind.DUPLICATE_KEY})

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield from super().check(ctx)
        for problem in model_problems(ctx, ModelKind.DUPLICATE_KEY):  # a key and its alias: one wording
            message = _message(problem.key, problem.first_line, problem.first_key)
            yield Hit(problem.field, problem.line, problem.column, message)

    def message(self, problem: SourceProblem) -> Message:
        return _message(problem.key, problem.first_line)


def _message(key: str, first_line: int, first_key: str = "") -> Message:
    as_nl = f" als '{first_key}'" if first_key and first_key != key else ""
    as_en = f" as '{first_key}'" if first_key and first_key != key else ""
    return Message(
        nl=f"Sleutel '{key}' staat er twee keer (eerst op regel {first_line}{as_nl}); alleen de laatste telt.",
        en=f"Key '{key}' is given twice (first on line {first_line}{as_en}); only the last one counts.",
    )
