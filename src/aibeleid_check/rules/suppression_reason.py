"""AIB901: a suppression comment without a reason."""

from __future__ import annotations

from aibeleid_check.findings import Severity
from aibeleid_check.rules._suppression import SuppressionRule


class SuppressionWithoutReason(SuppressionRule):
    """Een `# aibeleid-check: ignore[...]`-commentaar zonder reden.

    Wat het controleert:
        Of elk commentaar dat een melding onderdrukt na de codes `reden: …` heeft (ook gelezen:
        `reason: …`), met een echte uitleg erachter. De melding wordt wel onderdrukt; dit meldt alleen dat
        de reden ontbreekt. Deze melding zelf kun je niet onderdrukken.
    Waarom:
        Wie later het beleid naleest of controleert, moet kunnen zien waarom een regel bewust niet geldt.
        Zonder reden is een onderdrukking niet te onderscheiden van een snelle manier om de controle
        stil te krijgen.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: Interne zoekhulp  # aibeleid-check: ignore[AIB302]
    Zo wel:
        goedgekeurde_tools:
          - naam: Interne zoekhulp  # aibeleid-check: ignore[AIB302] reden: draait op eigen server

    --- en ---
    An `# aibeleid-check: ignore[...]` comment without a reason.

    What it checks:
        Whether each comment that suppresses a finding has `reden: …` (or `reason: …`) after the codes,
        with a real explanation. The finding is still suppressed; this only reports the missing reason.
        This finding itself cannot be suppressed.
    Why:
        Whoever reads or audits the policy later must be able to see why a rule deliberately does not
        apply. Without a reason a suppression cannot be told apart from a quick way to silence the check.
    Example:
        approved_tools:
          - name: Internal search tool  # aibeleid-check: ignore[AIB302]
    Instead:
        approved_tools:
          - name: Internal search tool  # aibeleid-check: ignore[AIB302] reason: runs on our own server
    """

    code = "AIB901"
    slug = "onderdrukking-zonder-reden"
    severity = Severity.WARNING
    messages = {
        "no-reason": (
            "Onderdrukking van {codes} zonder reden: schrijf 'reden: …' na de codes.",
            "Suppression of {codes} without a reason: write 'reason: …' after the codes.",
        ),
    }
