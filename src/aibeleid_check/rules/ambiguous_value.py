"""AIB105: a value that can mean two things (n.v.t. as the status of a processing agreement)."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Message, Severity
from aibeleid_check.model import ModelKind
from aibeleid_check.rules._values import model_problems
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.values import agreement_word, shown


class AmbiguousValue(Rule):
    """Een waarde die twee dingen kan betekenen.

    Wat het controleert:
        Of de verwerkersovereenkomst van een tool een waarde heeft die maar op één manier te lezen is.
        `n.v.t.` (of `nvt`, `n/a`) kan betekenen dat er geen overeenkomst nodig is (`niet-nodig`), maar
        ook dat er geen is (`nee`). Het wordt daarom niet meer stilzwijgend als `niet-nodig` gelezen.
    Waarom:
        Het verschil is groot. `niet-nodig` zegt dat de leverancier voor deze tool geen persoonsgegevens
        voor je verwerkt; `nee` zegt dat een overeenkomst ontbreekt, en dan mogen er geen
        persoonsgegevens in (AVG artikel 28). Wie het beleid leest, moet weten welke van de twee geldt.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: DeepL Pro
            verwerkersovereenkomst: n.v.t.
    Zo wel:
        goedgekeurde_tools:
          - naam: DeepL Pro
            verwerkersovereenkomst: nee

    --- en ---
    A value that can mean two things.

    What it checks:
        Whether a tool's processing agreement (`processing_agreement`, Dutch `verwerkersovereenkomst`) has a
        value that reads only one way. `n/a` (or the Dutch `n.v.t.`, `nvt`) can mean that no agreement is needed
        (`not-needed`) but also that there is none (`no`). It is therefore no longer silently read as
        `not-needed`.
    Why:
        The difference matters. `not-needed` says the vendor processes no personal data for you with this tool;
        `no` says an agreement is missing, and then no personal data may go in (GDPR article 28). Whoever reads
        the policy has to know which of the two holds.
    Example:
        approved_tools:
          - name: DeepL Pro
            processing_agreement: n/a
    Instead:
        approved_tools:
          - name: DeepL Pro
            processing_agreement: no
    """

    code = "AIB105"
    slug = "dubbelzinnige-waarde"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterator[Hit]:
        for problem in model_problems(ctx, ModelKind.AMBIGUOUS):
            yield Hit(problem.field, problem.line, problem.column, _message(shown(problem.value)))


def _message(value: str) -> Message:
    return Message(
        nl=f"'{value}' kan twee dingen betekenen: 'niet-nodig' (deze tool verwerkt geen persoonsgegevens voor je, "
        "dus er is geen verwerkersovereenkomst nodig) of 'nee' (er is geen overeenkomst). Schrijf welke van de "
        "twee je bedoelt.",
        en=f"'{value}' can mean two things: '{agreement_word('niet-nodig', 'en')}' (this tool processes no personal "
        f"data for you, so no processing agreement is needed) or '{agreement_word('nee', 'en')}' (there is no "
        "agreement). Write which of the two you mean.",
    )
