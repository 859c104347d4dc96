"""The rules about the policy's dates: readable, not in the future, not stale."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules._claims import is_date_field
from aibeleid_check.rules._values import value_hits
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.values import add_months, format_date


class InvalidDate(Rule):
    """Een datum die niet te lezen is of niet bestaat.

    Wat het controleert:
        Of `ingangsdatum` en `herzieningsdatum` echte datums zijn. Gelezen worden: ISO (`2026-03-01`),
        dag-maand-jaar (`1-3-2026`, `01/03/2026`, `1.3.2026`) en met de naam van de maand (`1 maart 2026`,
        `1 mrt. 2026`, `woensdag 1 april 2026`). Nooit maand-dag-jaar.
    Waarom:
        Een datum die niet bestaat (`2026-02-30`, `31-04-2026`) is een tikfout; zonder echte
        ingangsdatum weet niemand vanaf wanneer het beleid geldt.
    Voorbeeld:
        ingangsdatum: 2026-02-30
    Zo wel:
        ingangsdatum: 2026-03-01

    --- en ---
    A date that cannot be read or does not exist.

    What it checks:
        Whether `effective_date` and `review_date` (Dutch `ingangsdatum`, `herzieningsdatum`) are real dates.
        Accepted: ISO (`2026-03-01`), day-month-year (`1-3-2026`, `01/03/2026`, `1.3.2026`) and with the month's
        name, in English or Dutch (`1 March 2026`, `1 maart 2026`, `1 mrt. 2026`, `woensdag 1 april 2026`).
        Never month-day-year.
    Why:
        A date that does not exist (`2026-02-30`, `31-04-2026`) is a typo; without a real start date
        nobody knows from when the policy applies.
    Example:
        effective_date: 2026-02-30
    Instead:
        effective_date: 2026-03-01
    """

    code = "AIB202"
    slug = "datum-ongeldig"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield from value_hits(ctx, is_date_field)


class FutureDate(Rule):
    """De ingangsdatum ligt in de toekomst.

    Wat het controleert:
        Of `ingangsdatum` na vandaag ligt.
    Waarom:
        Dat kan kloppen (een beleid dat volgende maand ingaat), maar het is goed om te weten: tot die
        datum geldt het beleid nog niet. Daarom is dit alleen een mededeling.
    Voorbeeld:
        ingangsdatum: 2099-01-01
    Zo wel:
        ingangsdatum: 2026-01-01

    --- en ---
    The effective date is in the future.

    What it checks:
        Whether `effective_date` (Dutch `ingangsdatum`) is after today.
    Why:
        That may be right (a policy that starts next month), but worth knowing: until then the policy
        does not apply yet. Hence only a notice.
    Example:
        effective_date: 2099-01-01
    Instead:
        effective_date: 2026-01-01
    """

    code = "AIB203"
    slug = "datum-in-toekomst"
    severity = Severity.INFO

    def check(self, ctx: Context) -> Iterator[Hit]:
        start = ctx.policy.ingangsdatum
        if start is not None and start > ctx.today:
            yield ctx.at(
                "ingangsdatum",
                nl=f"De ingangsdatum ({format_date(start)}) ligt in de toekomst; tot dan geldt het beleid nog niet.",
                en=f"The effective date ({format_date(start, 'en')}) is in the future; until then the policy does not apply.",
            )


class StalePolicy(Rule):
    """Het beleid is ouder dan twaalf maanden en heeft geen herzieningsdatum.

    Wat het controleert:
        Of `ingangsdatum` meer dan twaalf maanden geleden is terwijl `herzieningsdatum` ontbreekt.
    Waarom:
        AI-tools en hun voorwaarden veranderen snel: een tool die vorig jaar geen
        verwerkersovereenkomst bood, doet dat nu misschien wel (of andersom). Kijk het beleid minstens
        eens per jaar na en leg vast wanneer.
    Voorbeeld:
        ingangsdatum: 2024-01-01
    Zo wel:
        ingangsdatum: 2024-01-01
        herzieningsdatum: 2026-01-15

    --- en ---
    The policy is older than twelve months and has no review date.

    What it checks:
        Whether `effective_date` (Dutch `ingangsdatum`) is more than twelve months ago while `review_date`
        (Dutch `herzieningsdatum`) is missing.
    Why:
        AI tools and their terms change fast: a tool that offered no processing agreement last year may
        offer one now (or the other way round). Review the policy at least once a year and record when.
    Example:
        effective_date: 2024-01-01
    Instead:
        effective_date: 2024-01-01
        review_date: 2026-01-15
    """

    code = "AIB204"
    slug = "beleid-verouderd"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        policy = ctx.policy
        start = policy.ingangsdatum
        if start is None or policy.herzieningsdatum is not None or ctx.invalid("herzieningsdatum"):
            return
        if start < add_months(ctx.today, -12):
            yield ctx.at(
                "ingangsdatum",
                nl=f"Het beleid geldt sinds {format_date(start)}, langer dan twaalf maanden, en heeft geen herzieningsdatum.",
                en=f"The policy has applied since {format_date(start, 'en')}, over twelve months, and has no review date.",
            )
