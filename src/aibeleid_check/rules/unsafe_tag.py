from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceKind, SourceProblem


class UnsafeTag(SourceRule):
    """Een YAML-tag die geen gewone tekst, lijst of mapping is.

    Wat het controleert:
        Of er tags als `!!python/object`, `!!binary` of eigen `!tags` in het bestand staan.
    Waarom:
        Zulke tags laten een YAML-lezer objecten bouwen of code uitvoeren. Een beleid is gewone tekst;
        aibeleid-check voert nooit iets uit een beleidsbestand uit en negeert de waarde.
    Voorbeeld:
        organisatie: !!python/object/apply:os.system ["echo hallo"]
    Zo wel:
        organisatie: Bakkerij De Vries B.V.

    --- en ---
    A YAML tag that is not plain text, a list or a mapping.

    What it checks:
        Whether tags such as `!!python/object`, `!!binary` or custom `!tags` appear in the file.
    Why:
        Such tags make a YAML reader build objects or run code. A policy is plain text; aibeleid-check
        never runs anything from a policy file and ignores the value.
    Example:
        organisation: !!python/object/apply:os.system ["echo hello"]
    Instead:
        organisation: Bakkerij De Vries B.V.
    """

    code = "AIB003"
    slug = "onveilige-tag"
    severity = Severity.ERROR
    kinds = frozenset({SourceKind.TAG, SourceKind.UNSAFE_CONTENT})

    def message(self, problem: SourceProblem) -> Message:
        if problem.kind is SourceKind.UNSAFE_CONTENT:
            return Message(
                nl=f"Onveilige inhoud in het document ({problem.reason}); die is genegeerd.",
                en=f"Unsafe content in the document ({problem.reason}); it was ignored.",
            )
        tag = problem.tag.replace("tag:yaml.org,2002:", "!!")
        return Message(
            nl=f"Tag '{tag}' is niet toegestaan; de waarde wordt genegeerd.",
            en=f"Tag '{tag}' is not allowed; the value is ignored.",
        )
