from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.source import SourceProblem


class Limits(SourceRule):
    """Het bestand overschrijdt een veiligheidslimiet.

    Wat het controleert:
        De grootte van het bestand (standaard 1 MiB), hoe diep lijsten en mappings genest zijn, en
        hoeveel waarden het bestand samen oplevert (20.000), ook door YAML-aliassen (`*naam`). Een
        alias die naar zichzelf verwijst valt er ook onder.
    Waarom:
        Een beleid is één A4. Een bestand dat veel groter is, of een "alias-bom" die met een paar regels
        miljoenen waarden maakt, is een vergissing of een aanval; aibeleid-check stopt dan meteen in
        plaats van het geheugen vol te laten lopen.
    Voorbeeld:
        a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    Zo wel:
        Schrijf de waarden gewoon uit; een beleid heeft geen aliassen nodig.

    --- en ---
    The file exceeds a safety limit.

    What it checks:
        The file's size (1 MiB by default), how deeply lists and mappings nest, and how many values the
        file amounts to (20,000), YAML aliases (`*name`) included. An alias that refers to itself counts too.
    Why:
        A policy is one A4 page. A file much larger than that, or an "alias bomb" that makes millions of
        values out of a few lines, is a mistake or an attack; aibeleid-check stops at once instead of
        filling the memory.
    Example:
        a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    Instead:
        Write the values out; a policy needs no aliases.
    """

    code = "AIB007"
    slug = "limiet"
    severity = Severity.ERROR
    file_unchecked = True
    kinds = frozenset({"too-large", "alias-limit", "too-many-values", "alias-cycle", "too-deep"})

    def message(self, problem: SourceProblem) -> Message:
        if problem.kind == "too-large":
            size, _, limit = problem.detail.partition(">")
            return Message(
                nl=f"Het bestand is te groot ({size} bytes; de limiet is {limit}).",
                en=f"The file is too large ({size} bytes; the limit is {limit}).",
            )
        if problem.kind == "alias-limit":
            return Message(
                nl=f"YAML-aliassen leveren meer dan {problem.detail} waarden op (alias-bom); het lezen is gestopt.",
                en=f"YAML aliases expand to more than {problem.detail} values (alias bomb); reading stopped.",
            )
        if problem.kind == "too-many-values":
            return Message(
                nl=f"Het bestand bevat meer dan {problem.detail} waarden; een beleid van één A4 heeft er een paar honderd. Het lezen is gestopt.",
                en=f"The file holds more than {problem.detail} values; a one-page policy has a few hundred. Reading stopped.",
            )
        if problem.kind == "alias-cycle":
            return Message(
                nl="Een YAML-alias verwijst naar zichzelf; het lezen is gestopt.",
                en="A YAML alias refers to itself; reading stopped.",
            )
        return Message(
            nl=f"Lijsten en mappings zijn te diep genest (meer dan {problem.detail or 'toegestaan'}).",
            en=f"Lists and mappings are nested too deeply (more than {problem.detail or 'allowed'}).",
        )
