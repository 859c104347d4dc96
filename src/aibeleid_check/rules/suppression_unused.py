"""AIB902: a suppression comment that suppresses nothing."""

from __future__ import annotations

from aibeleid_check.findings import Severity
from aibeleid_check.rules._suppression import SuppressionRule


class UnusedSuppression(SuppressionRule):
    """Een `# aibeleid-check: ignore[...]`-commentaar dat niets onderdrukt.

    Wat het controleert:
        Of elke code in een onderdrukking ook echt een melding onderdrukt: op dezelfde regel, op de regel
        eronder (voor een commentaar op een eigen regel) of, bij `ignore-file[...]`, in het hele bestand.
        Gemeld worden ook onbekende codes en commentaar na `# aibeleid-check:` dat niet te lezen is. Een
        code van een regel die in deze run uit staat (select, ignore, profiel) wordt niet gemeld. Deze
        melding zelf kun je niet onderdrukken.
    Waarom:
        Een onderdrukking die niets meer doet, is blijven staan nadat het beleid verbeterd is. Ze zou later
        een echte fout op die plek stil kunnen houden.
    Voorbeeld:
        # aibeleid-check: ignore[AIB301] reden: tool zonder naam
        - naam: DeepL Pro
    Zo wel:
        - naam: DeepL Pro

    --- en ---
    An `# aibeleid-check: ignore[...]` comment that suppresses nothing.

    What it checks:
        Whether every code in a suppression really suppresses a finding: on the same line, on the line
        below (for a comment on a line of its own) or, for `ignore-file[...]`, anywhere in the file. Also
        reported: unknown codes and text after `# aibeleid-check:` that cannot be read. A code of a rule
        that is off in this run (select, ignore, profile) is not reported. This finding itself cannot be
        suppressed.
    Why:
        A suppression that no longer does anything was left behind after the policy was fixed. Later it
        could silence a real problem at that place.
    Example:
        # aibeleid-check: ignore[AIB301] reason: tool without a name
        - name: DeepL Pro
    Instead:
        - name: DeepL Pro
    """

    code = "AIB902"
    slug = "onderdrukking-ongebruikt"
    severity = Severity.WARNING
    messages = {
        "unused": (
            "Onderdrukking van {code} onderdrukt niets: haal haar weg.",
            "Suppression of {code} suppresses nothing: remove it.",
        ),
        "unknown": (
            "Onderdrukking van onbekende code {code}: zie 'aibeleid-check rules'.",
            "Suppression of unknown code {code}: see 'aibeleid-check rules'.",
        ),
        "not-understood": (
            "Onderdrukking niet begrepen: schrijf '# aibeleid-check: ignore[AIB301] reden: …' of 'ignore-file[…]'.",
            "Suppression not understood: write '# aibeleid-check: ignore[AIB301] reason: …' or 'ignore-file[…]'.",
        ),
    }
