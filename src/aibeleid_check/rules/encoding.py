from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceKind, SourceProblem


class Encoding(SourceRule):
    """Het bestand is geen UTF-8-tekst.

    Wat het controleert:
        Of het bestand tekst in UTF-8 is (een BOM aan het begin mag), zonder nul-bytes.
    Waarom:
        Een beleid dat in een andere codering is opgeslagen (bijvoorbeeld Windows-1252 uit een oude
        teksteditor) of een binair bestand (een .docx met de verkeerde extensie) kan niet betrouwbaar
        gelezen worden: letters als ë en é worden dan onleesbaar.
    Voorbeeld:
        Een bestand opgeslagen als "ANSI" of "Western (Windows 1252)".
    Zo wel:
        Sla het bestand op als "UTF-8" (in de meeste editors: Opslaan als → Codering).

    --- en ---
    The file is not UTF-8 text.

    What it checks:
        Whether the file is UTF-8 text (a leading BOM is fine), without NUL bytes.
    Why:
        A policy saved in another encoding (such as Windows-1252 from an old editor) or a binary file
        (a .docx with the wrong extension) cannot be read reliably: letters such as ë and é break.
    Example:
        A file saved as "ANSI" or "Western (Windows 1252)".
    Instead:
        Save the file as "UTF-8" (in most editors: Save as → Encoding).
    """

    code = "AIB004"
    slug = "geen-utf8"
    severity = Severity.ERROR
    file_unchecked = True
    kinds = frozenset({SourceKind.ENCODING, SourceKind.BINARY, SourceKind.OTHER_UNICODE})

    def message(self, problem: SourceProblem) -> Message:
        if problem.kind is SourceKind.OTHER_UNICODE:
            return Message(
                nl=f"Het bestand is opgeslagen als {problem.encoding}; sla het op als UTF-8.",
                en=f"The file is saved as {problem.encoding}; save it as UTF-8.",
            )
        if problem.kind is SourceKind.BINARY:
            return Message(
                nl="Dit is een binair bestand (nul-byte), geen tekst.",
                en="This is a binary file (NUL byte), not text.",
            )
        return Message(
            nl=f"Geen geldige UTF-8 (byte 0x{problem.byte:02x}); sla het bestand op als UTF-8.",
            en=f"Not valid UTF-8 (byte 0x{problem.byte:02x}); save the file as UTF-8.",
        )
