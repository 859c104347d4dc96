from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceProblem


class YamlSyntax(SourceRule):
    """Het bestand is geen geldige YAML.

    Wat het controleert:
        Of het bestand als YAML gelezen kan worden: inspringing, dubbele punten, aanhalingstekens,
        haakjes en één document per bestand.
    Waarom:
        Een bestand dat niet gelezen kan worden, kan ook niet gecontroleerd of afgedrukt worden.
        De plek in de melding is waar de lezer vastliep; de fout zit vaak een regel eerder.
    Voorbeeld:
        regels:
          mag:
            - id: concepten
           - id: uitleg        # inspringing klopt niet
    Zo wel:
        regels:
          mag:
            - id: concepten
            - id: uitleg

    --- en ---
    The file is not valid YAML.

    What it checks:
        Whether the file can be read as YAML: indentation, colons, quotes, brackets and one document
        per file.
    Why:
        A file that cannot be read cannot be checked or printed either. The position is where the
        reader got stuck; the mistake is often a line earlier.
    Example:
        regels:
          mag:
            - id: concepten
           - id: uitleg        # wrong indentation
    Instead:
        regels:
          mag:
            - id: concepten
            - id: uitleg
    """

    code = "AIB001"
    slug = "yaml-syntax"
    severity = Severity.ERROR
    kinds = frozenset({"syntax"})

    def message(self, problem: SourceProblem) -> Message:
        return Message(
            nl=f"Geen geldige YAML: {problem.detail}.",
            en=f"Not valid YAML: {problem.detail}.",
        )
