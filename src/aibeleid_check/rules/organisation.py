from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules._keys import english_path
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.values import is_placeholder


class Organisation(Rule):
    """De naam van de organisatie ontbreekt.

    Wat het controleert:
        Of `organisatie` is ingevuld.
    Waarom:
        De naam staat als titel boven het A4 ("AI-gebruiksbeleid Bakkerij De Vries"). Zonder naam is
        niet te zien voor wie het beleid geldt, en in een overzicht van veel klanten staat er een gat.
    Voorbeeld:
        organisatie: n.t.b.
    Zo wel:
        organisatie: Bakkerij De Vries B.V.

    --- en ---
    The organisation's name is missing.

    What it checks:
        Whether `organisation` (Dutch `organisatie`) is filled in.
    Why:
        The name is the title of the A4 page ("AI usage policy Bakkerij De Vries"). Without it nobody can see
        whose policy this is, and an advisor's overview has a gap.
    Example:
        organisation: tbd
    Instead:
        organisation: Bakkerij De Vries B.V.
    """

    code = "AIB103"
    slug = "organisatie-ontbreekt"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        if is_placeholder(ctx.policy.organisatie) and not ctx.invalid("organisatie"):
            yield ctx.at(
                "organisatie",
                nl="Vul de naam van de organisatie in (organisatie).",
                en=f"Fill in the organisation's name ({english_path('organisatie')}).",
            )
