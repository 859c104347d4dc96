from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.rules.document import package_reason
from aibeleid_check.source import SourceKind, SourceProblem


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
    kinds = frozenset({SourceKind.UNREADABLE, SourceKind.NOT_REGULAR, SourceKind.NO_READER, SourceKind.CORRUPT})

    def message(self, problem: SourceProblem) -> Message:
        if problem.kind is SourceKind.NOT_REGULAR:
            nl, en = _SPECIAL.get(problem.found, _SPECIAL["special"])
            return Message(
                nl=f"Dit is geen gewoon bestand maar {nl}; het is niet geopend.",
                en=f"This is not a regular file but {en}; it was not opened.",
            )
        if problem.kind is SourceKind.NO_READER:
            return Message(
                nl=f"Er is geen lezer voor dit soort bestand beschikbaar ({problem.reason}).",
                en=f"No reader for this kind of file is available ({problem.reason}).",
            )
        if problem.kind is SourceKind.CORRUPT:
            reason = package_reason(problem)  # DOCS: the Word package's facts, worded in both languages
            return Message(
                nl=f"Het document is beschadigd of van een ander soort: {reason.nl}.",
                en=f"The document is damaged or of another kind: {reason.en}.",
            )
        return Message(
            nl=f"Kan het bestand niet lezen: {problem.reason}.",
            en=f"Cannot read the file: {problem.reason}.",
        )


_SPECIAL = {
    "fifo": ("een named pipe (FIFO)", "a named pipe (FIFO)"),
    "character-device": ("een apparaat", "a device"),
    "block-device": ("een apparaat", "a device"),
    "socket": ("een socket", "a socket"),
    "special": ("een speciaal bestand", "a special file"),
}
