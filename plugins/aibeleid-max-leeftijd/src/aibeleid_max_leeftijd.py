"""aibeleid-check plugin: the policy is renewed at least every N months, and a review date is kept.

Options (in ``[tool.aibeleid-check.options]``): ``max-leeftijd-maanden`` (default 12), the most months
that may pass between the `ingangsdatum` and today.
"""

from __future__ import annotations

from aibeleid_check.api import Rule, Severity, add_months, hookimpl

__version__ = "1.0.0"

MONTHS_OPTION = "max-leeftijd-maanden"


class PolicyTooOld(Rule):
    """Het beleid is ouder dan de organisatie toestaat.

    Wat het controleert:
        Of de `ingangsdatum` niet langer geleden is dan `max-leeftijd-maanden` (standaard 12) maanden.
        Anders dan AIB204 geldt dit ook als er een herzieningsdatum staat: het beleid moet echt
        vernieuwd zijn.
    Waarom:
        AI-tools, abonnementen en voorwaarden veranderen snel. Deze organisatie wil dat het beleid
        binnen deze termijn opnieuw wordt vastgesteld, met een nieuwe ingangsdatum.
    Voorbeeld:
        ingangsdatum: 2023-01-01
    Zo wel:
        ingangsdatum: 2026-01-01
        versie: "2.0"

    --- en ---
    The policy is older than the organisation allows.

    What it checks:
        Whether the `ingangsdatum` is no more than `max-leeftijd-maanden` (default 12) months ago. Unlike
        AIB204 this holds even when a review date is set: the policy must really have been renewed.
    Why:
        AI tools, plans and terms change quickly. This organisation wants the policy to be adopted again
        within this period, with a new start date.
    Example:
        ingangsdatum: 2023-01-01
    Instead:
        ingangsdatum: 2026-01-01
        versie: "2.0"
    """

    code = "AGE101"
    slug = "beleid-te-oud"
    severity = Severity.ERROR

    def check(self, ctx):
        start = ctx.policy.ingangsdatum
        months = ctx.options.get(MONTHS_OPTION, 12)
        if start is not None and ctx.today > add_months(start, months):
            yield ctx.at(
                "ingangsdatum",
                nl=f"Het beleid geldt sinds {start:%d-%m-%Y}, langer dan {months} maanden: stel het opnieuw vast.",
                en=f"The policy dates from {start:%Y-%m-%d}, more than {months} months ago: adopt it again.",
            )


class ReviewOverdue(Rule):
    """De herzieningsdatum is voorbij.

    Wat het controleert:
        Of de `herzieningsdatum` nog niet voorbij is.
    Waarom:
        Een herzieningsdatum in het verleden betekent dat de afgesproken controle van het beleid niet
        (zichtbaar) is gedaan.
    Voorbeeld:
        herzieningsdatum: 2024-06-01
    Zo wel:
        herzieningsdatum: 2027-06-01

    --- en ---
    The review date has passed.

    What it checks:
        Whether the `herzieningsdatum` has not passed yet.
    Why:
        A review date in the past means the agreed review of the policy was not (visibly) done.
    Example:
        herzieningsdatum: 2024-06-01
    Instead:
        herzieningsdatum: 2027-06-01
    """

    code = "AGE102"
    slug = "herziening-verlopen"
    severity = Severity.WARNING

    def check(self, ctx):
        review = ctx.policy.herzieningsdatum
        if review is not None and review < ctx.today:
            yield ctx.at(
                "herzieningsdatum",
                nl=f"De herzieningsdatum {review:%d-%m-%Y} is voorbij: herzie het beleid en zet een nieuwe datum.",
                en=f"The review date {review:%Y-%m-%d} has passed: review the policy and set a new date.",
            )


@hookimpl
def aibeleid_code_prefix():
    return "AGE"


@hookimpl
def aibeleid_rules():
    return [PolicyTooOld, ReviewOverdue]


@hookimpl
def aibeleid_config_defaults():
    return {MONTHS_OPTION: 12}
