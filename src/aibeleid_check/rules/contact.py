from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules._keys import english_name
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.values import is_placeholder


class ContactReachable(Rule):
    """Het aanspreekpunt heeft geen e-mailadres of telefoonnummer.

    Wat het controleert:
        Of bij `aanspreekpunt` een `email` of `telefoon` staat (of een e-mailadres of nummer in de tekst).
    Waarom:
        "Bij twijfel" moet iemand snel iets kunnen vragen, vóórdat er gegevens in een tool gaan. Een naam
        alleen helpt een nieuwe medewerker of stagiair niet.
    Voorbeeld:
        aanspreekpunt: Marieke
    Zo wel:
        aanspreekpunt:
          naam: Marieke de Vries
          email: marieke@example.nl

    --- en ---
    The contact has no e-mail address or phone number.

    What it checks:
        Whether `contact` (Dutch `aanspreekpunt`) has an `email` or `phone` (Dutch `telefoon`), or an address or
        number in its text.
    Why:
        "When in doubt" someone must be able to ask quickly, before data goes into a tool. A name alone
        does not help a new employee or intern.
    Example:
        contact: Marieke
    Instead:
        contact:
          name: Marieke de Vries
          email: marieke@example.nl
    """

    code = "AIB501"
    slug = "aanspreekpunt-onbereikbaar"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        contact = ctx.policy.aanspreekpunt
        if contact is None or all(is_placeholder(getattr(contact, f)) for f in ("naam", "rol", "email", "telefoon")):
            return  # AIB201 reports the empty field
        if (
            not contact.reachable
            and not ctx.invalid("aanspreekpunt.email")
            and not ctx.invalid("aanspreekpunt.telefoon")
        ):
            yield ctx.at_key(
                "aanspreekpunt",
                nl="Het aanspreekpunt heeft geen e-mailadres of telefoonnummer (email, telefoon).",
                en="The contact has no e-mail address or phone number "
                f"({english_name('aanspreekpunt.email')}, {english_name('aanspreekpunt.telefoon')}).",
            )
