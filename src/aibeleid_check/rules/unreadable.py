from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceProblem


class Unreadable(SourceRule):
    """Het bestand kan niet geopend worden.

    Wat het controleert:
        Of het bestand bestaat, een gewoon bestand is en gelezen mag worden.
    Waarom:
        Bij het controleren van veel bestanden tegelijk mag één onleesbaar bestand de rest niet
        tegenhouden; het wordt als fout gemeld en de controle gaat door.
    Voorbeeld:
        Een bestand zonder leesrechten, of een map met de naam beleid.yaml.
    Zo wel:
        Geef het bestand leesrechten (chmod a+r beleid.yaml).

    --- en ---
    The file cannot be opened.

    What it checks:
        Whether the file exists, is a regular file and may be read.
    Why:
        When many files are checked at once, one unreadable file must not hold up the rest; it is
        reported as an error and checking goes on.
    Example:
        A file without read permission, or a directory named beleid.yaml.
    Instead:
        Give the file read permission (chmod a+r beleid.yaml).
    """

    code = "AIB008"
    slug = "onleesbaar"
    severity = Severity.ERROR
    file_unchecked = True
    kinds = frozenset({"unreadable"})

    def message(self, problem: SourceProblem) -> Message:
        return Message(
            nl=f"Kan het bestand niet lezen: {problem.detail}.",
            en=f"Cannot read the file: {problem.detail}.",
        )
