from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.model import ModelKind, ModelProblem
from aibeleid_check.rules._keys import english_name, english_path
from aibeleid_check.rules._values import model_problems
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.texts import Message
from aibeleid_check.values import shown


class UnknownKey(Rule):
    """Een sleutel die het beleidsformaat niet kent.

    Wat het controleert:
        Of elke sleutel in het formaat voorkomt, in het Nederlands of in het Engels. Bij een tikfout
        stelt de melding de bedoelde sleutel voor.
    Waarom:
        Een onbekende sleutel wordt niet gelezen: wat eronder staat komt niet op het A4 en wordt niet
        gecontroleerd. Meestal is het een tikfout (`ingangsdatun`).
    Voorbeeld:
        ingangsdatun: 2026-01-01
    Zo wel:
        ingangsdatum: 2026-01-01

    --- en ---
    A key the policy format does not know.

    What it checks:
        Whether each key belongs to the format, in Dutch or English. For a typo the message suggests the
        intended key.
    Why:
        An unknown key is not read: what is under it does not reach the A4 page and is not checked. It is
        usually a typo (`effective_dat`).
    Example:
        effective_dat: 2026-01-01
    Instead:
        effective_date: 2026-01-01
    """

    code = "AIB101"
    slug = "onbekende-sleutel"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        for problem in model_problems(ctx, ModelKind.UNKNOWN_KEY):
            yield Hit(problem.field, problem.line, problem.column, _message(problem))


def _message(problem: ModelProblem) -> Message:
    key = shown(problem.key)
    where = f" in {problem.parent}" if problem.parent else ""
    where_en = f" in {english_path(problem.parent)}" if problem.parent else ""
    hint_nl = f" Bedoel je '{problem.suggestion}'?" if problem.suggestion else ""
    suggested = f"{problem.parent}.{problem.suggestion}" if problem.parent else problem.suggestion
    hint_en = f" Did you mean '{english_name(suggested)}'?" if problem.suggestion else ""
    return Message(nl=f"Onbekende sleutel '{key}'{where}.{hint_nl}", en=f"Unknown key '{key}'{where_en}.{hint_en}")
