from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules._claims import claimed_elsewhere
from aibeleid_check.rules._values import value_hits
from aibeleid_check.rules.base import Context, Hit, Rule


class InvalidValue(Rule):
    """Een waarde van het verkeerde soort.

    Wat het controleert:
        Of elke waarde het soort is dat het formaat verwacht: een tekst, een lijst, een mapping, ja/nee.
        Data en de verwerkersovereenkomst hebben hun eigen regels (AIB202, AIB302).
    Waarom:
        Een waarde van het verkeerde soort wordt niet gelezen; de rest van het beleid wordt wel
        gecontroleerd.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: ChatGPT Team
            persoonsgegevens: misschien
    Zo wel:
        goedgekeurde_tools:
          - naam: ChatGPT Team
            persoonsgegevens: nee

    --- en ---
    A value of the wrong kind.

    What it checks:
        Whether each value is the kind the format expects: a text, a list, a mapping, yes/no. Dates and
        the processing agreement have rules of their own (AIB202, AIB302).
    Why:
        A value of the wrong kind is not read; the rest of the policy is still checked.
    Example:
        approved_tools:
          - name: ChatGPT Team
            personal_data: maybe
    Instead:
        approved_tools:
          - name: ChatGPT Team
            personal_data: no
    """

    code = "AIB102"
    slug = "ongeldige-waarde"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield from value_hits(ctx, lambda path: not claimed_elsewhere(path))
