"""AIB611 / AIB612: a policy's tools compared with the dated tool catalogue (``data/tools.yaml``).

Both rules are in the `streng` profile: the catalogue is knowledge from outside the template, dated, and can
be out of date the day a vendor changes its terms; an audit or an advisor wants it, a pre-commit hook on the
template does not. It also keeps the basis profile from ever loading the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.tools import tool_label
from aibeleid_check.values import format_date

if TYPE_CHECKING:
    from aibeleid_check.catalogue import Catalogue, Entry
    from aibeleid_check.model import Tool


def catalogued_tools(ctx: Context) -> Iterator[tuple[int, Tool, Entry, Catalogue]]:
    """(index, tool, catalogue entry, catalogue) for each tool the catalogue recognises."""
    from aibeleid_check import catalogue  # only when a catalogue rule runs

    loaded = catalogue.load(ctx.catalogues)
    for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
        entry = loaded.match(tool.naam, tool.abonnement)
        if entry is not None:
            yield index, tool, entry, loaded


def _source_nl(entry: Entry, loaded: Catalogue) -> str:
    return f"catalogus, bijgewerkt {format_date(loaded.updated)}; bron: {entry.bronnen[0]}"


def _source_en(entry: Entry, loaded: Catalogue) -> str:
    return f"catalogue, updated {format_date(loaded.updated, 'en')}; source: {entry.bronnen[0]}"


class CatalogueNoAgreement(Rule):
    """Een tool staat op `verwerkersovereenkomst: ja`, maar dat abonnement biedt er volgens de catalogus geen.

    Wat het controleert:
        Of een tool met `verwerkersovereenkomst: ja` in de toolcatalogus (`aibeleid-check tools`) een
        abonnement is waarvoor de leverancier geen verwerkersovereenkomst biedt, zoals ChatGPT Plus of
        Claude Pro. De tool wordt herkend aan `naam` en `abonnement`; herkent de catalogus de tool niet
        zeker ("ChatGPT" zonder abonnement), dan volgt er niets.
    Waarom:
        AVG artikel 28 lid 3 eist een overeenkomst met een verwerker; bij een consumentenabonnement is de
        leverancier volgens zijn eigen voorwaarden geen verwerker voor jou en is er geen overeenkomst af te
        sluiten. Dan is `ja` meestal een
        vergissing: de overeenkomst hoort bij een ander (zakelijk) abonnement. Een afweging, want de
        catalogus is gedateerd en voorwaarden veranderen; daarom een waarschuwing. Staat deze regel in het
        profiel streng: de catalogus is kennis van buiten het sjabloon.
    Voorbeeld:
        - naam: ChatGPT Plus
          verwerkersovereenkomst: ja
    Zo wel:
        - naam: ChatGPT Business
          verwerkersovereenkomst: ja

    --- en ---
    A tool says `processing_agreement: yes`, but according to the catalogue its plan offers none.

    What it checks:
        Whether a tool with `processing_agreement: yes` (Dutch `verwerkersovereenkomst: ja`) is, in the tool
        catalogue (`aibeleid-check tools`), a plan for which the vendor offers no processing agreement, such as
        ChatGPT Plus or Claude Pro. The tool is recognised by `name` and `plan` (Dutch `naam`, `abonnement`);
        when the catalogue cannot tell for sure ("ChatGPT" without a plan), nothing is reported.
    Why:
        GDPR article 28(3) requires a contract with a processor; on a consumer plan the vendor, by its own
        terms, is not your processor and there is no agreement to conclude. Then `yes` is usually a mistake: the
        agreement belongs to another (business) plan. A judgement, because the catalogue is dated and terms
        change; hence a warning. In the streng profile: the catalogue is knowledge from outside the template.
    Example:
        - name: ChatGPT Plus
          processing_agreement: yes
    Instead:
        - name: ChatGPT Business
          processing_agreement: yes
    """

    code = "AIB611"
    slug = "catalogus-geen-verwerkersovereenkomst"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        for index, tool, entry, loaded in catalogued_tools(ctx):
            if tool.verwerkersovereenkomst == "ja" and entry.verwerkersovereenkomst == "nee":
                name = tool_label(tool, index)
                yield ctx.at(
                    f"goedgekeurde_tools[{index}].verwerkersovereenkomst",
                    nl=f"'{name}' staat op verwerkersovereenkomst: ja, maar {entry.plan('nl')} biedt "
                    f"er geen (afweging; {_source_nl(entry, loaded)}).",
                    en=f"'{name}' says processing agreement: yes, but {entry.plan('en')} offers "
                    f"none (judgement; {_source_en(entry, loaded)}).",
                )


class ConsumerPlanPersonalData(Rule):
    """Persoonsgegevens toegestaan in een consumentenabonnement.

    Wat het controleert:
        Of een tool met `persoonsgegevens: ja` volgens de toolcatalogus een abonnement voor particulieren
        is (ChatGPT Free/Plus, Claude Free/Pro, Copilot met een persoonlijk account, DeepL gratis, …).
        Alleen tools die de catalogus zeker herkent.
    Waarom:
        De Autoriteit Persoonsgegevens kreeg in 2025 tientallen datalekmeldingen doordat medewerkers
        persoonsgegevens in AI-chatbots zetten, vooral in gratis versies die ingevoerde gegevens voor
        eigen doeleinden mogen gebruiken. Een consumentenabonnement heeft consumentenvoorwaarden: geen
        verwerkersovereenkomst (AVG art. 28), en vaak training op invoer (volgens de voorwaarden van o.a.
        OpenAI, Mistral, Perplexity en GitHub voor hun individuele abonnementen). Een afweging op basis van
        een gedateerde catalogus; daarom een waarschuwing.
    Voorbeeld:
        - naam: Claude Pro
          verwerkersovereenkomst: nee
          persoonsgegevens: ja
    Zo wel:
        - naam: Claude Team
          verwerkersovereenkomst: ja
          persoonsgegevens: ja

    --- en ---
    Personal data allowed in a consumer plan.

    What it checks:
        Whether a tool with `personal_data: yes` (Dutch `persoonsgegevens: ja`) is, according to the tool
        catalogue, a plan for individuals (ChatGPT Free/Plus, Claude Free/Pro, Copilot with a personal account,
        DeepL free, …). Only tools the catalogue recognises for sure.
    Why:
        The Dutch DPA received dozens of breach reports in 2025 of staff putting personal data into AI
        chatbots, mostly free versions that may use the data for their own purposes. A consumer plan has
        consumer terms: no processing agreement (GDPR art. 28), and often training on inputs (by the terms
        of OpenAI, Mistral, Perplexity and GitHub, among others, for their individual plans). A judgement
        based on a dated catalogue; hence a warning.
    Example:
        - name: Claude Pro
          processing_agreement: no
          personal_data: yes
    Instead:
        - name: Claude Team
          processing_agreement: yes
          personal_data: yes
    """

    code = "AIB612"
    slug = "consumentenabonnement-persoonsgegevens"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        for index, tool, entry, loaded in catalogued_tools(ctx):
            if tool.allows_personal_data and entry.consument:
                name = tool_label(tool, index)
                yield ctx.at(
                    f"goedgekeurde_tools[{index}].persoonsgegevens",
                    nl=f"'{name}' mag persoonsgegevens verwerken, maar {entry.plan('nl')} is een "
                    f"consumentenabonnement (afweging; {_source_nl(entry, loaded)}).",
                    en=f"'{name}' may process personal data, but {entry.plan('en')} is a consumer "
                    f"plan (judgement; {_source_en(entry, loaded)}).",
                )
