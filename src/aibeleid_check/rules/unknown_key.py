from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule


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
        usually a typo (`ingangsdatun`).
    Example:
        ingangsdatun: 2026-01-01
    Instead:
        ingangsdatum: 2026-01-01
    """

    code = "AIB101"
    slug = "onbekende-sleutel"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        for problem in ctx.model.problems:
            if problem.kind == "unknown-key":
                yield Hit(problem.field, problem.line, problem.column, problem.message)
