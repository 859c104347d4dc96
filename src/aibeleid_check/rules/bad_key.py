from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceKind, SourceProblem


class BadKey(SourceRule):
    """Een sleutel die geen gewone tekst is.

    Wat het controleert:
        Of elke sleutel een gewone tekst is, en of een YAML-samenvoeging (`<<:`) naar een mapping wijst.
    Waarom:
        Een lijst of mapping als sleutel (`? [a, b]`) of een sleutel met een tag heeft in een beleid geen
        betekenis; zo'n regel wordt overgeslagen.
    Voorbeeld:
        ? [organisatie, naam]
        : Bakkerij De Vries
    Zo wel:
        organisatie: Bakkerij De Vries

    --- en ---
    A key that is not plain text.

    What it checks:
        Whether each key is plain text, and whether a YAML merge (`<<:`) points to a mapping.
    Why:
        A list or mapping as a key (`? [a, b]`) or a tagged key means nothing in a policy; such an entry
        is skipped.
    Example:
        ? [organisation, name]
        : Bakkerij De Vries
    Instead:
        organisation: Bakkerij De Vries
    """

    code = "AIB009"
    slug = "ongeldige-sleutel"
    severity = Severity.ERROR
    kinds = frozenset({SourceKind.BAD_KEY, SourceKind.BAD_MERGE})

    def message(self, problem: SourceProblem) -> Message:
        if problem.kind is SourceKind.BAD_MERGE:
            return Message(
                nl="Een samenvoeging (<<) moet naar een mapping wijzen; die is overgeslagen.",
                en="A merge (<<) must point to a mapping; it was skipped.",
            )
        return Message(
            nl="Een sleutel moet gewone tekst zijn; deze regel is overgeslagen.",
            en="A key must be plain text; this entry was skipped.",
        )
