"""AIB802: the A4 leaves items out (more than a list's ``PAGE_LIMITS``); the page says so, and so does this."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.model import Policy
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.texts import Message
from aibeleid_check.values import is_placeholder

PAGE_LIMITS = {"allowed": 8, "forbidden": 8, "must": 4, "agreements": 6, "tools": 8}
"""How many items of each list the page shows; the rest is counted in ``omitted`` and said on the page."""

OMITTED_NOUNS: dict[str, tuple[Message, Message]] = {  # (one, many)
    "allowed": (Message(nl="regel", en="rule"), Message(nl="regels", en="rules")),
    "forbidden": (Message(nl="regel", en="rule"), Message(nl="regels", en="rules")),
    "must": (Message(nl="regel", en="rule"), Message(nl="regels", en="rules")),
    "agreements": (Message(nl="afspraak", en="agreement"), Message(nl="afspraken", en="agreements")),
    "tools": (Message(nl="tool", en="tool"), Message(nl="tools", en="tools")),
}


def omitted_items(policy: Policy) -> dict[str, int]:
    """Per list, how many printable items the A4 leaves out (only lists that lose any). Counts what
    ``a4/data.py`` prints: rule items with a text or an id, agreements with a text, tools with a name or
    an agreement value. Kept outside ``aibeleid_check.a4`` so that a plain check never imports the A4."""
    counts = {
        "allowed": _printable_rules(policy, "mag"),
        "forbidden": _printable_rules(policy, "mag_niet"),
        "must": _printable_rules(policy, "moet"),
        "agreements": sum(1 for text in policy.afspraken or () if not is_placeholder(text)),
        "tools": sum(
            1
            for tool in policy.goedgekeurde_tools or ()
            if not (is_placeholder(tool.naam) and tool.verwerkersovereenkomst is None)
        ),
    }
    return {key: count - PAGE_LIMITS[key] for key, count in counts.items() if count > PAGE_LIMITS[key]}


def _printable_rules(policy: Policy, kind: str) -> int:
    return sum(1 for item in policy.rule_items(kind) if not is_placeholder(item.tekst) or not is_placeholder(item.id))


def omitted_text(key: str, count: int, lang: str) -> str:
    """ "en nog 4.497 tools, zie het beleid" / "and 4,497 more tools, see the policy"."""
    one, many = OMITTED_NOUNS[key]
    noun = (one if count == 1 else many).text(lang)
    if lang == "en":
        return f"and {count:,} more {noun}, see the policy"
    return f"en nog {f'{count:,}'.replace(',', '.')} {noun}, zie het beleid"


_PATHS = {
    "allowed": "regels.mag",
    "forbidden": "regels.mag_niet",
    "must": "regels.moet",
    "agreements": "afspraken",
    "tools": "goedgekeurde_tools",
}


class A4Omitted(Rule):
    """Het A4 laat regels, afspraken of tools weg omdat de lijst te lang is.

    Wat het controleert:
        Of een lijst meer onderdelen heeft dan het A4 afdrukt: 8 regels onder DIT MAG en onder DIT NIET,
        4 onder ALTIJD, 6 afspraken en 8 tools. Wat niet past, staat op het A4 als "en nog 4.497 tools,
        zie het beleid", en deze melding zegt het ook.
    Waarom:
        Het sjabloon: "Houd het kort", het hele beleid past op één A4. Een lijst die niet past, staat niet
        volledig op het blad dat aan de muur hangt; wie alleen het blad leest, mist de rest. Geen
        wettelijke eis; daarom een waarschuwing.
    Voorbeeld:
        goedgekeurde_tools:  # 12 tools
          - naam: Tool 1
    Zo wel:
        goedgekeurde_tools:  # de tools die iedereen gebruikt; de rest in een bijlage
          - naam: Microsoft 365 Copilot

    --- en ---
    The A4 leaves out rules, agreements or tools because a list is too long.

    What it checks:
        Whether a list has more items than the A4 prints: 8 rules under ALLOWED and under NOT ALLOWED, 4
        under ALWAYS, 6 agreements and 8 tools. What does not fit is said on the A4 ("and 4,497 more tools,
        see the policy"), and this finding says it too.
    Why:
        The template: "keep it short", the whole policy fits on one A4. A list that does not fit is not
        complete on the sheet on the wall; whoever reads only the sheet misses the rest. Not a legal
        requirement; hence a warning.
    Example:
        approved_tools:  # 12 tools
          - name: Tool 1
    Instead:
        approved_tools:  # the tools everyone uses; the rest in an annex
          - name: Microsoft 365 Copilot
    """

    code = "AIB802"
    slug = "a4-laat-weg"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        for key, count in omitted_items(ctx.policy).items():
            yield ctx.at_key(
                _PATHS[key],
                nl=f"Het A4 drukt niet de hele lijst af: {omitted_text(key, count, 'nl')}.",
                en=f"The A4 does not print the whole list: {omitted_text(key, count, 'en')}.",
            )
