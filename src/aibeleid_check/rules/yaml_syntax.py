from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceKind, SourceProblem


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
        rules:
          allowed:
            - id: concepten
           - id: uitleg        # wrong indentation
    Instead:
        rules:
          allowed:
            - id: concepten
            - id: uitleg
    """

    code = "AIB001"
    slug = "yaml-syntax"
    severity = Severity.ERROR
    file_unchecked = True
    kinds = frozenset({SourceKind.SYNTAX})

    def message(self, problem: SourceProblem) -> Message:
        for phrase, nl, en in _EXPLAINED:
            if phrase in problem.reason or (problem.tab and phrase == _TAB):
                return Message(nl=f"Geen geldige YAML: {nl}", en=f"Not valid YAML: {en}")
        return Message(
            nl=f"Geen geldige YAML: {problem.reason}.",
            en=f"Not valid YAML: {problem.reason}.",
        )


_TAB = "tab character"
_EXPLAINED: tuple[tuple[str, str, str], ...] = (
    # a phrase of libyaml's message -> what the author most likely has to change (Dutch, English)
    (
        "mapping values are not allowed",
        "een dubbele punt met spatie (': ') op een plek waar geen sleutel kan staan. Staat er een ': ' in een"
        " tekst? Zet de tekst dan tussen aanhalingstekens; anders klopt de inspringing niet.",
        "a colon and space (': ') where no key can be. Is there a ': ' inside a text? Then put the text in "
        "quotes; otherwise the indentation is off.",
    ),
    (
        "did not find expected key",
        "hier werd een sleutel verwacht; klopt de inspringing van deze regel (en van de regel erboven)?",
        "a key was expected here; check the indentation of this line (and of the line above).",
    ),
    (
        "did not find expected '-' indicator",
        "hier werd een lijstpunt ('- ') verwacht; klopt de inspringing van de lijst?",
        "a list item ('- ') was expected here; check the indentation of the list.",
    ),
    (
        "flow sequence did not find expected ',' or ']'",
        "een lijst tussen [ en ] is niet goed gesloten.",
        "a list between [ and ] is not closed properly.",
    ),
    (
        "flow mapping did not find expected ',' or '}'",
        "een mapping tussen { en } is niet goed gesloten.",
        "a mapping between { and } is not closed properly.",
    ),
    (
        "quoted scalar found unexpected end of stream",
        "een aanhalingsteken wordt niet gesloten; de tekst loopt door tot het einde van het bestand.",
        "a quote is never closed; the text runs on to the end of the file.",
    ),
    (
        "tab character",
        "een tab in de inspringing; gebruik spaties.",
        "a tab in the indentation; use spaces.",
    ),
    (
        "found undefined alias",
        "een alias (*naam) zonder bijbehorend anker (&naam); schrijf de waarde gewoon uit.",
        "an alias (*name) without its anchor (&name); write the value out.",
    ),
    (
        "but found another document",
        "meer dan één document (een tweede '---'); één beleid per bestand.",
        "more than one document (a second '---'); one policy per file.",
    ),
    (
        "control characters are not allowed",
        "een onzichtbaar stuurteken in het bestand (vaak meegekopieerd uit Word of een pdf); typ de regel opnieuw.",
        "an invisible control character in the file (often pasted from Word or a PDF); retype the line.",
    ),
    (
        "found character that cannot start any token",
        "een teken waarmee geen waarde kan beginnen (zoals @ of `); zet de tekst tussen aanhalingstekens.",
        "a character no value can start with (such as @ or `); put the text in quotes.",
    ),
)
