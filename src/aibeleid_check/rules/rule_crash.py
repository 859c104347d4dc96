from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule


class RuleCrashed(Rule):
    """Een controleregel (meestal uit een plugin) liep vast op dit bestand.

    Wat het controleert:
        Niets zelf: de engine meldt hiermee dat een regel een fout gaf tijdens het controleren. De
        melding noemt de plugin, de regel en de fout. De andere regels en bestanden worden gewoon
        gecontroleerd.
    Waarom:
        Een fout in een plugin mag de controle van je beleid niet stilletjes overslaan of laten
        vastlopen. Omdat het resultaat van die regel ontbreekt, telt dit als fout.
    Voorbeeld:
        AIB900 De regel ACME101 van plugin 'acme' liep vast: KeyError: 'naam'
    Zo wel:
        Meld de fout bij wie de plugin onderhoudt, of zet de plugin tijdelijk uit in de configuratie.

    --- en ---
    A rule (usually from a plugin) crashed on this file.

    What it checks:
        Nothing itself: the engine reports with it that a rule raised an exception while checking. The
        message names the plugin, the rule and the exception. Other rules and files are still checked.
    Why:
        A bug in a plugin must not silently skip or stop the check of your policy. Since that rule's
        result is missing, this counts as an error.
    Example:
        AIB900 Rule ACME101 of plugin 'acme' crashed: KeyError: 'name'
    Instead:
        Report the bug to the plugin's maintainers, or turn the plugin off in the configuration.
    """

    code = "AIB900"
    slug = "regel-vastgelopen"
    severity = Severity.ERROR
    needs_policy = False

    def check(self, ctx: Context) -> Iterator[Hit]:
        return iter(())  # the engine reports crashes itself, under this code
