from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceKind, SourceProblem

_KINDS_NL = {"list": "een lijst", "str": "een losse tekst", "null": "leeg"}
_KINDS_EN = {"list": "a list", "str": "a single text", "null": "empty"}


class NotMapping(SourceRule):
    """Het bovenste niveau van het bestand is geen mapping.

    Wat het controleert:
        Of het bestand bestaat uit `sleutel: waarde`-regels (organisatie, regels, goedgekeurde_tools, …)
        en niet uit een lijst of een losse tekst.
    Waarom:
        Het beleidsformaat is een mapping; een lijst of losse tekst heeft geen velden om te controleren.
    Voorbeeld:
        - organisatie: Bakkerij De Vries B.V.
        - ingangsdatum: 2026-01-01
    Zo wel:
        organisatie: Bakkerij De Vries B.V.
        ingangsdatum: 2026-01-01

    --- en ---
    The top level of the file is not a mapping.

    What it checks:
        Whether the file consists of `key: value` lines (organisation, rules, approved_tools, …) rather than a
        list or a single text.
    Why:
        The policy format is a mapping; a list or a single text has no fields to check.
    Example:
        - organisation: Bakkerij De Vries B.V.
        - effective_date: 2026-01-01
    Instead:
        organisation: Bakkerij De Vries B.V.
        effective_date: 2026-01-01
    """

    code = "AIB006"
    slug = "geen-mapping"
    severity = Severity.ERROR
    file_unchecked = True
    kinds = frozenset({SourceKind.NOT_MAPPING})

    def message(self, problem: SourceProblem) -> Message:
        return Message(
            nl=f"Het bestand moet uit 'sleutel: waarde'-regels bestaan, maar is {_KINDS_NL.get(problem.found, problem.found)}.",
            en=f"The file must consist of 'key: value' lines, but is {_KINDS_EN.get(problem.found, problem.found)}.",
        )
