from __future__ import annotations

from aibeleid_check.findings import Message, Severity
from aibeleid_check.rules._source import SourceRule
from aibeleid_check.rules.document import package_reason
from aibeleid_check.source import SourceKind, SourceProblem


class Limits(SourceRule):
    """Het bestand overschrijdt een veiligheidslimiet.

    Wat het controleert:
        De grootte van het bestand (standaard 1 MiB, met `--max-bytes` hoogstens 16 MiB), hoe diep
        lijsten en mappings genest zijn, en hoeveel waarden het bestand samen oplevert (20.000), ook door
        YAML-aliassen (`*naam`). Een alias die naar zichzelf verwijst valt er ook onder. In een Word- of
        Markdown-document telt het ook regels, opmaaktekens, tabelcellen op één regel, alinea's en
        tabelrijen, en XML-elementen; de melding noemt wat er te veel was en de limiet.
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
        The file's size (1 MiB by default, at most 16 MiB with `--max-bytes`), how deeply lists and
        mappings nest, and how many values the file amounts to (20,000), YAML aliases (`*name`) included.
        An alias that refers to itself counts too. In a Word or Markdown document it also counts lines,
        markup characters, table cells on one line, paragraphs and table rows, and XML elements; the
        message names what there was too much of and the limit.
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
    kinds = frozenset(
        {
            SourceKind.TOO_LARGE,
            SourceKind.ALIAS_LIMIT,
            SourceKind.TOO_MANY_VALUES,
            SourceKind.ALIAS_CYCLE,
            SourceKind.TOO_DEEP,
            SourceKind.ARCHIVE_LIMIT,
        }
    )

    def message(self, problem: SourceProblem) -> Message:
        kind, limit = problem.kind, problem.limit
        if kind is SourceKind.TOO_LARGE:
            return Message(
                nl=f"Het bestand is te groot ({problem.size} bytes; de limiet is {limit}).",
                en=f"The file is too large ({problem.size} bytes; the limit is {limit}).",
            )
        if kind is SourceKind.ALIAS_LIMIT:
            return Message(
                nl=f"YAML-aliassen leveren meer dan {limit} waarden op (alias-bom); het lezen is gestopt.",
                en=f"YAML aliases expand to more than {limit} values (alias bomb); reading stopped.",
            )
        if kind is SourceKind.TOO_MANY_VALUES:
            return _too_many(problem)
        if kind is SourceKind.ALIAS_CYCLE:
            return Message(
                nl="Een YAML-alias verwijst naar zichzelf; het lezen is gestopt.",
                en="A YAML alias refers to itself; reading stopped.",
            )
        if kind is SourceKind.ARCHIVE_LIMIT:
            reason = package_reason(problem)  # DOCS: the Word package's facts, worded in both languages
            return Message(
                nl=f"Het document is uitgepakt te groot ({reason.nl}; de limiet is {limit}); het lezen is gestopt.",
                en=f"The document is too large unpacked ({reason.en}; the limit is {limit}); reading stopped.",
            )
        return Message(
            nl=f"Lijsten en mappings zijn te diep genest (meer dan {limit or 'toegestaan'}).",
            en=f"Lists and mappings are nested too deeply (more than {limit or 'allowed'}).",
        )


_COUNTED = {
    "": Message(
        nl="Het bestand bevat meer dan {limit} waarden; een beleid van één A4 heeft er een paar honderd.",
        en="The file holds more than {limit} values; a one-page policy has a few hundred.",
    ),
    "lines": Message(
        nl="Het document heeft meer dan {limit} regels; een beleid van één A4 heeft er een paar honderd.",
        en="The document has more than {limit} lines; a one-page policy has a few hundred.",
    ),
    "markup": Message(
        nl="Het document bevat meer dan {limit} opmaaktekens ([ ] * _ < > | ` !); het sjabloon heeft er ongeveer 80.",
        en="The document holds more than {limit} markup characters ([ ] * _ < > | ` !); the template has about 80.",
    ),
    "cells": Message(
        nl="Deze regel heeft meer dan {limit} tabelcellen (|); een tabel in het sjabloon heeft er drie.",
        en="This line has more than {limit} table cells (|); a table in the template has three.",
    ),
    "paragraphs": Message(
        nl="Het document heeft meer dan {limit} alinea's en tabelrijen; een beleid van één A4 heeft er een paar "
        "honderd.",
        en="The document has more than {limit} paragraphs and table rows; a one-page policy has a few hundred.",
    ),
    "blocks": Message(
        nl="Het document heeft meer dan {limit} alinea's, lijstitems en tabelrijen; een beleid van één A4 heeft er "
        "een paar honderd.",
        en="The document has more than {limit} paragraphs, list items and table rows; a one-page policy has a few "
        "hundred.",
    ),
    "elements": Message(
        nl="{part} bevat meer dan {limit} XML-elementen; een beleid heeft er een paar duizend.",
        en="{part} holds more than {limit} XML elements; a policy has a few thousand.",
    ),
}
"""AIB007's words per document budget: what the reader counted (``problem.found``) and the limit."""


def _too_many(problem: SourceProblem) -> Message:
    words = _COUNTED.get(problem.found, _COUNTED[""])
    part = problem.reason
    return Message(
        nl=words.nl.format(limit=problem.limit, part=f"Het deel {part}" if part else "Een deel van het document")
        + " Het lezen is gestopt.",
        en=words.en.format(limit=problem.limit, part=f"The part {part}" if part else "A part of the document")
        + " Reading stopped.",
    )
