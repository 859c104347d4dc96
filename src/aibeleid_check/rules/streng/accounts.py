"""AIB609: the policy says work happens only in the approved tools, with work accounts."""

from __future__ import annotations

from aibeleid_check.findings import Severity
from aibeleid_check.rules.streng.common import ClauseRule
from aibeleid_check.rules.streng.concepts import says


def says_work_accounts(text: str) -> bool:
    """Work accounts named, or private accounts and free versions forbidden."""
    return says("work_account", text) or (says("private_account", text) and says("negation", text))


class WorkAccountsOnly(ClauseRule):
    """Het beleid zegt niet dat het werk alleen in de goedgekeurde tools gebeurt, met een werkaccount.

    Wat het controleert:
        Of een afspraak of regel zegt dat medewerkers met een werkaccount werken, of dat privéaccounts en
        gratis versies niet mogen ("Werk alleen in de goedgekeurde tools, met je werkaccount", "No personal
        accounts or free versions"). Gezocht wordt in `afspraken` en in de teksten onder `regels`.
    Waarom:
        Met een privéaccount of gratis versie gelden consumentenvoorwaarden: geen verwerkersovereenkomst (die
        AVG artikel 28 lid 3 alleen met een verwerker kent) en vaak training op invoer. De Autoriteit Persoonsgegevens kreeg in 2025 tientallen datalekmeldingen,
        vooral via gratis versies die medewerkers op eigen initiatief gebruikten ("shadow AI"), en noemt
        gebruik tegen de afspraken in een datalek (augustus 2024). Een afweging, geen wettelijke eis;
        daarom een waarschuwing.
    Voorbeeld:
        afspraken:
          - Twijfel je, vraag het aanspreekpunt.
    Zo wel:
        afspraken:
          - Werk alleen in de goedgekeurde tools, met je werkaccount; geen privéaccounts of gratis versies.

    --- en ---
    The policy does not say that work happens only in the approved tools, with a work account.

    What it checks:
        Whether an agreement or rule says that staff work with a work account, or that private accounts and free
        versions are not allowed ("Work only in the approved tools, with your work account", "No personal
        accounts or free versions"). Searched in `agreements` and in the texts under `rules` (Dutch `afspraken`,
        `regels`).
    Why:
        With a private account or free version consumer terms apply: no processing agreement (which GDPR
        article 28(3) knows only with a processor) and often training on inputs. The Dutch DPA received dozens of breach reports in 2025, mostly through free
        versions staff used on their own initiative ("shadow AI"), and calls use against the rules a data
        breach (August 2024). A judgement, not a legal requirement; hence a warning.
    Example:
        agreements:
          - When in doubt, ask the contact person.
    Instead:
        agreements:
          - Work only in the approved tools, with your work account; no personal accounts or free versions.
    """

    code = "AIB609"
    slug = "werkaccounts"
    severity = Severity.WARNING

    recognises = staticmethod(says_work_accounts)
    missing = (
        "Het beleid zegt niet dat iedereen alleen in de goedgekeurde tools werkt, met een werkaccount (geen "
        "privéaccounts of gratis versies; afweging, AP 2024 en 2025).",
        "The policy does not say that everyone works only in the approved tools, with a work account (no "
        "personal accounts or free versions; judgement, the Dutch Data Protection Authority (Autoriteit "
        "Persoonsgegevens), 2024 and 2025).",
    )
