"""AIB603: a review date within twelve months of the start date, and not in the past."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.values import add_months, format_date

REVIEW_MONTHS = 12


class ReviewDate(Rule):
    """Er is geen herzieningsdatum, of die ligt te ver weg of al achter ons.

    Wat het controleert:
        Of `herzieningsdatum` er is, niet meer dan twaalf maanden na `ingangsdatum` ligt, niet vóór de
        ingangsdatum en niet in het verleden. Een beleid dat al langer dan twaalf maanden geldt zonder
        herzieningsdatum meldt AIB204 al; deze regel zegt dat dan niet nog eens.
    Waarom:
        De wet noemt geen termijn: AVG artikel 24 lid 1 vraagt dat de maatregelen van de organisatie
        (lid 2: ook het gegevensbeschermingsbeleid) worden herzien en bijgewerkt waar dat nodig is. Twaalf
        maanden is een afweging en goede praktijk (ISO/IEC 42001 vraagt het AI-beleid op geplande momenten
        te herzien); AI-tools en hun voorwaarden veranderen binnen een jaar. Een herzieningsdatum die
        voorbij is, betekent dat de afgesproken herziening niet is gedaan (of niet is bijgewerkt). Daarom
        een waarschuwing.
    Voorbeeld:
        ingangsdatum: 2026-03-01
        herzieningsdatum: 2028-03-01
    Zo wel:
        ingangsdatum: 2026-03-01
        herzieningsdatum: 2027-03-01

    --- en ---
    There is no review date, or it is too far off or already past.

    What it checks:
        Whether `review_date` (Dutch `herzieningsdatum`) is given, no more than twelve months after
        `effective_date` (Dutch `ingangsdatum`), not before the start date and not in the past. A policy in
        force for over twelve months without a review date is already reported by AIB204; this rule does not
        repeat that.
    Why:
        The law sets no term: GDPR article 24(1) asks for the organisation's measures (24(2): including its
        data protection policies) to be reviewed and updated where necessary. Twelve months is a judgement
        and good practice (ISO/IEC 42001 asks for the AI policy to be reviewed at planned intervals); AI
        tools and their terms change within a year. A review date that has passed means the agreed review
        was not done (or not recorded). Hence a warning.
    Example:
        effective_date: 2026-03-01
        review_date: 2028-03-01
    Instead:
        effective_date: 2026-03-01
        review_date: 2027-03-01
    """

    code = "AIB603"
    slug = "herziening"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        policy = ctx.policy
        start, review = policy.ingangsdatum, policy.herzieningsdatum
        if ctx.invalid("herzieningsdatum") or ctx.invalid("ingangsdatum"):
            return
        if review is None:
            if start is None or start >= add_months(ctx.today, -REVIEW_MONTHS):
                yield ctx.at_key(
                    "herzieningsdatum",
                    nl="Er staat geen herzieningsdatum; leg vast wanneer het beleid binnen twaalf maanden opnieuw wordt bekeken.",
                    en="There is no review date; record when the policy is reviewed again, within twelve months.",
                )
            return
        yield from self._check_review(ctx, start, review)

    def _check_review(self, ctx: Context, start: date | None, review: date) -> Iterator[Hit]:
        if start is not None and review < start:
            yield ctx.at(
                "herzieningsdatum",
                nl=f"De herzieningsdatum ({format_date(review)}) ligt vóór de ingangsdatum ({format_date(start)}).",
                en=f"The review date ({format_date(review, 'en')}) is before the effective date ({format_date(start, 'en')}).",
            )
        elif start is not None and review > add_months(start, REVIEW_MONTHS):
            yield ctx.at(
                "herzieningsdatum",
                nl=f"De herzieningsdatum ({format_date(review)}) ligt meer dan twaalf maanden na de ingangsdatum ({format_date(start)}).",
                en=f"The review date ({format_date(review, 'en')}) is more than twelve months after the effective date ({format_date(start, 'en')}).",
            )
        if review < ctx.today:
            yield ctx.at(
                "herzieningsdatum",
                nl=f"De herzieningsdatum ({format_date(review)}) is voorbij; herzie het beleid en zet een nieuwe datum.",
                en=f"The review date ({format_date(review, 'en')}) has passed; review the policy and set a new date.",
            )
