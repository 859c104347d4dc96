from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceKind, SourceProblem


class EmptyFile(SourceRule):
    """Het bestand is leeg.

    Wat het controleert:
        Of er meer in het bestand staat dan witruimte en commentaar.
    Waarom:
        Een leeg bestand is meestal een vergissing: opgeslagen voordat het sjabloon werd ingevuld, of
        de verkeerde file. Begin met `aibeleid-check init`.
    Voorbeeld:
        # AI-gebruiksbeleid
    Zo wel:
        organisatie: Bakkerij De Vries B.V.
        ...

    --- en ---
    The file is empty.

    What it checks:
        Whether the file holds more than white space and comments.
    Why:
        An empty file is usually a mistake: saved before the template was filled in, or the wrong file.
        Start with `aibeleid-check init`.
    Example:
        # AI usage policy
    Instead:
        organisation: Bakkerij De Vries B.V.
        ...
    """

    code = "AIB005"
    slug = "leeg-bestand"
    severity = Severity.ERROR
    file_unchecked = True
    kinds = frozenset({SourceKind.EMPTY})

    def message(self, problem: SourceProblem) -> Message:
        return Message(
            nl="Het bestand is leeg; begin met 'aibeleid-check init'.",
            en="The file is empty; start with 'aibeleid-check init'.",
        )
