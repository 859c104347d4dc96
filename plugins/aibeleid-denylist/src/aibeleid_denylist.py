"""aibeleid-check plugin: an organisation's deny-list of AI tools and vendors, and no free consumer plans.

Options (in ``[tool.aibeleid-check.options]``):
``denylist-tools``        names (or parts of names) of tools that may not be approved, e.g. ["DeepSeek"];
``denylist-leveranciers`` vendors whose tools may not be approved, matched against `leverancier` and name;
``denylist-gratis``       true (default): a free or personal consumer plan may not be approved.
"""

from __future__ import annotations

import re

from aibeleid_check.api import Rule, Severity, hookimpl

__version__ = "1.0.0"

FREE_PLAN = re.compile(r"\b(gratis|free|consumer|persoonlijk|personal|priv[eé])\b", re.IGNORECASE)


def _label(tool, index: int) -> str:
    return tool.naam or f"tool {index + 1}"


def denied_by(tool, names: list[str], vendors: list[str]) -> str | None:
    """The deny-list entry that ``tool`` matches, if any (case-insensitive, part of the text)."""
    name = (tool.naam or "").casefold()
    vendor = (tool.leverancier or "").casefold()
    for entry in names:
        if entry.strip() and entry.casefold() in name:
            return entry
    for entry in vendors:
        if entry.strip() and (entry.casefold() in vendor or entry.casefold() in name):
            return entry
    return None


class DeniedTool(Rule):
    """Een goedgekeurde tool staat op de lijst van tools die de organisatie niet toestaat.

    Wat het controleert:
        Of een tool in `goedgekeurde_tools` (op naam) of de leverancier ervan (`leverancier`, of in de
        naam) voorkomt in de opties `denylist-tools` en `denylist-leveranciers` van de configuratie.
        Hoofdletters tellen niet; een deel van de naam is genoeg.
    Waarom:
        De organisatie heeft besloten deze tools of leveranciers niet te gebruiken, bijvoorbeeld omdat
        gegevens naar een land zonder passende bescherming gaan. Een beleid dat ze toch goedkeurt,
        spreekt dat besluit tegen.
    Voorbeeld:
        # [tool.aibeleid-check.options] denylist-tools = ["DeepSeek"]
        goedgekeurde_tools:
          - naam: DeepSeek Chat
    Zo wel:
        goedgekeurde_tools:
          - naam: Microsoft 365 Copilot (werkaccount)

    --- en ---
    An approved tool is on the organisation's list of tools it does not allow.

    What it checks:
        Whether a tool in `goedgekeurde_tools` (by name) or its vendor (`leverancier`, or in the name)
        appears in the options `denylist-tools` and `denylist-leveranciers` of the configuration. Case
        does not matter; part of the name is enough.
    Why:
        The organisation decided not to use these tools or vendors, for example because data goes to a
        country without adequate protection. A policy that approves them contradicts that decision.
    Example:
        # [tool.aibeleid-check.options] denylist-tools = ["DeepSeek"]
        goedgekeurde_tools:
          - naam: DeepSeek Chat
    Instead:
        goedgekeurde_tools:
          - naam: Microsoft 365 Copilot (work account)
    """

    code = "DENY101"
    slug = "tool-op-denylist"
    severity = Severity.ERROR

    def check(self, ctx):
        names = ctx.options.get("denylist-tools", [])
        vendors = ctx.options.get("denylist-leveranciers", [])
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            entry = denied_by(tool, names, vendors)
            if entry is not None:
                yield ctx.at(
                    f"goedgekeurde_tools[{index}]",
                    nl=f"'{_label(tool, index)}' staat op de denylist van de organisatie ('{entry}').",
                    en=f"'{_label(tool, index)}' is on the organisation's deny-list ('{entry}').",
                )


class FreeConsumerPlan(Rule):
    """Een goedgekeurde tool is een gratis of persoonlijk (consumenten)abonnement.

    Wat het controleert:
        Of de `naam` of het `abonnement` van een tool een gratis of persoonlijk abonnement noemt
        (gratis, free, consumer, persoonlijk, personal, privé). Uit te zetten met de optie
        `denylist-gratis = false`.
    Waarom:
        Bij gratis consumentenversies wordt invoer vaak gebruikt om het model te trainen en is er geen
        verwerkersovereenkomst (AVG artikel 28). Zakelijke abonnementen bieden die wel.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: ChatGPT
            abonnement: gratis
    Zo wel:
        goedgekeurde_tools:
          - naam: ChatGPT Business
            abonnement: Business
            verwerkersovereenkomst: ja

    --- en ---
    An approved tool is a free or personal (consumer) plan.

    What it checks:
        Whether the `naam` or `abonnement` of a tool names a free or personal plan (gratis, free,
        consumer, persoonlijk, personal, privé). Turned off with the option `denylist-gratis = false`.
    Why:
        Free consumer versions often use inputs to train the model and come without a processing
        agreement (GDPR article 28). Business plans offer one.
    Example:
        goedgekeurde_tools:
          - naam: ChatGPT
            abonnement: free
    Instead:
        goedgekeurde_tools:
          - naam: ChatGPT Business
            abonnement: Business
            verwerkersovereenkomst: ja
    """

    code = "DENY102"
    slug = "gratis-abonnement"
    severity = Severity.ERROR

    def check(self, ctx):
        if not ctx.options.get("denylist-gratis", True):
            return
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            for field in ("abonnement", "naam"):
                match = FREE_PLAN.search(getattr(tool, field) or "")
                if match:
                    yield ctx.at(
                        f"goedgekeurde_tools[{index}].{field}",
                        nl=f"'{_label(tool, index)}' is een gratis of persoonlijk abonnement ('{match.group(0)}').",
                        en=f"'{_label(tool, index)}' is a free or personal plan ('{match.group(0)}').",
                    )
                    break


@hookimpl
def aibeleid_code_prefix():
    return "DENY"


@hookimpl
def aibeleid_rules():
    return [DeniedTool, FreeConsumerPlan]


@hookimpl
def aibeleid_config_defaults():
    return {"denylist-tools": [], "denylist-leveranciers": [], "denylist-gratis": True}
