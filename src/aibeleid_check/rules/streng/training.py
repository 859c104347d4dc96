"""AIB613: a tool trains on inputs by default (catalogue), and the policy does not say training is off."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.catalogue import catalogued_tools
from aibeleid_check.rules.streng.common import clause_texts
from aibeleid_check.rules.streng.concepts import says
from aibeleid_check.rules.tools import tool_label
from aibeleid_check.values import format_date


class TrainingOnInputs(Rule):
    """Een tool traint standaard op invoer, en het beleid zegt niet dat training uit staat.

    Wat het controleert:
        Of bij een tool die volgens de toolcatalogus invoer standaard gebruikt om modellen te trainen
        (`training_standaard: ja`, zoals ChatGPT Free/Plus, Le Chat Free, GitHub Copilot Pro, Perplexity
        Pro, DeepL gratis) de toelichting van die tool, een afspraak of een regel zegt dat training uit
        staat ("Training staat uit (Data Controls)", "opt-out", "not used to train").
    Waarom:
        Volgens de eigen voorwaarden van die leveranciers (zie `aibeleid-check tools`, met bron en datum)
        worden ingevoerde teksten, ook bedrijfsgeheimen en code, gebruikt om modellen te trainen tenzij de
        gebruiker dat uitzet. Geen wettelijke eis in deze vorm maar een afweging op basis van een
        gedateerde catalogus; daarom een waarschuwing.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: ChatGPT Plus
            verwerkersovereenkomst: nee
    Zo wel:
        goedgekeurde_tools:
          - naam: ChatGPT Plus
            verwerkersovereenkomst: nee
            toelichting: Training staat uit (Data Controls, "Improve the model for everyone" uit).

    --- en ---
    A tool trains on inputs by default, and the policy does not say training is off.

    What it checks:
        Whether, for a tool that according to the tool catalogue uses inputs to train models by default
        (training by default `yes` in `aibeleid-check tools`, such as ChatGPT Free/Plus, Le Chat Free, GitHub
        Copilot Pro, Perplexity Pro, DeepL free), that tool's note, an agreement or a rule says training is
        switched off ("Training is off (Data Controls)", "opt-out", "not used to train").
    Why:
        By those vendors' own terms (see `aibeleid-check tools`, with source and date) texts entered,
        business secrets and code included, are used to train models unless the user switches it off. Not
        a legal requirement in this form but a judgement based on a dated catalogue; hence a warning.
    Example:
        approved_tools:
          - name: ChatGPT Plus
            processing_agreement: no
    Instead:
        approved_tools:
          - name: ChatGPT Plus
            processing_agreement: no
            note: Training is off (Data Controls, "Improve the model for everyone" off).
    """

    code = "AIB613"
    slug = "training-op-invoer"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        clauses = clause_texts(ctx.policy)
        policy_says_off = any(says("training_off", text) for text in clauses)
        for index, tool, entry, loaded in catalogued_tools(ctx):
            if entry.training_standaard != "ja" or policy_says_off or says("training_off", tool.toelichting):
                continue
            name = tool_label(tool, index)
            yield ctx.at_key(
                f"goedgekeurde_tools[{index}]",
                nl=f"'{name}' gebruikt invoer standaard om modellen te trainen ({entry.plan('nl')}; "
                f"catalogus, bijgewerkt {format_date(loaded.updated)}); zeg in de toelichting of een afspraak dat "
                "training uit staat, of kies een abonnement zonder training (afweging).",
                en=f"'{name}' uses inputs to train models by default ({entry.plan('en')}; catalogue, "
                f"updated {format_date(loaded.updated, 'en')}); say in the note or an agreement that training is off, "
                "or choose a plan without training (judgement).",
            )
