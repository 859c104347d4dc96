"""AIB606: each tool states its plan and data location; outside the EU/EEA with personal data, a transfer basis."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.meaning import normalise
from aibeleid_check.meaning.streng import data_location, names_a_plan
from aibeleid_check.model import Tool
from aibeleid_check.rules._keys import english_name
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.tools import tool_label
from aibeleid_check.values import is_placeholder

_DUTCH_UK = re.compile(r"\bvk\b")
""""VK" (Verenigd Koninkrijk), which the shared location words miss; the UK is outside the EU/EEA."""


def location_kind(text: str | None) -> str:
    """``data_location`` plus the Dutch abbreviation of the United Kingdom."""
    kind = data_location(text)
    if kind != "outside" and _DUTCH_UK.search(normalise(text or "")):
        return "outside"
    return kind


def names_plan(tool: Tool) -> bool:
    """The plan is given in `abonnement`, or the name itself says it ("DeepL Pro", "ChatGPT Business")."""
    return not is_placeholder(tool.abonnement) or names_a_plan(tool.naam)


class ToolDetails(Rule):
    """Van een tool staat niet welk abonnement het is, waar de gegevens heen gaan, of op welke grond buiten de EU.

    Wat het controleert:
        Of elke tool in `goedgekeurde_tools` een `abonnement` en een `datalocatie` noemt ("onbekend" telt
        als niet ingevuld); een abonnement in de naam zelf ("DeepL Pro", "ChatGPT Business") telt ook. En: staat er bij een tool met `persoonsgegevens: ja` een plaats buiten de
        EU/EER in `datalocatie` (VS, wereldwijd, VK, …), dan moet `doorgiftegrond` zeggen op welke grond
        de gegevens daarheen mogen: een adequaatheidsbesluit (zoals het EU-US Data Privacy Framework) of
        standaardcontractbepalingen (SCC's). Een datalocatie die niet te plaatsen is, wordt niet geraden.
    Waarom:
        AVG hoofdstuk V (artikel 44 e.v.): persoonsgegevens gaan alleen naar een land buiten de EU/EER met
        een adequaatheidsbesluit (artikel 45; voor de VS het EU-US Data Privacy Framework,
        Uitvoeringsbesluit (EU) 2023/1795 van 10 juli 2023, alleen voor gecertificeerde bedrijven; het
        Gerecht van de EU liet het besluit op 3 september 2025 in stand (zaak T-553/23, Latombe), het hoger
        beroep C-703/25 P loopt), met passende waarborgen zoals standaardcontractbepalingen (artikel 46) of
        bindende bedrijfsvoorschriften (artikel 47), of in de uitzonderingen van artikel 49. Die regel is
        wet; of eraan voldaan is staat in het contract, niet in het beleid. Wie op het DPF steunt, kijkt of
        de leverancier op de DPF-lijst staat en houdt SCC's achter de hand. Abonnement en datalocatie
        noemen, en de grond in het beleid zetten, is een afweging die het sjabloon zelf vraagt ("Weet
        altijd waar de gegevens van een tool naartoe gaan"): "ChatGPT" kan een gratis account zijn of
        ChatGPT Enterprise. Daarom een waarschuwing.
    Voorbeeld:
        - naam: ChatGPT Enterprise
          verwerkersovereenkomst: ja
          persoonsgegevens: ja
          datalocatie: VS
    Zo wel:
        - naam: ChatGPT Enterprise
          verwerkersovereenkomst: ja
          persoonsgegevens: ja
          abonnement: Enterprise
          datalocatie: VS
          doorgiftegrond: standaardcontractbepalingen (SCC's) in de verwerkersovereenkomst

    --- en ---
    A tool does not say which plan it is, where its data goes, or on what basis outside the EU.

    What it checks:
        Whether each tool in `approved_tools` (Dutch `goedgekeurde_tools`) names its `plan` and `data_location`
        (Dutch `abonnement`, `datalocatie`; a placeholder such as "tbd" or the Dutch "onbekend" counts as not
        filled in); a plan in the name itself ("DeepL Pro", "ChatGPT Business") counts too. And: when a tool
        with `personal_data: yes` names a place outside the EU/EEA in `data_location` (US, worldwide, UK, …),
        `transfer_basis` (Dutch `doorgiftegrond`) must say on what basis the data may go there: an adequacy
        decision (such as the EU-US Data Privacy Framework) or standard contractual clauses (SCCs). A location
        that cannot be placed is never guessed.
    Why:
        GDPR chapter V (article 44 ff.): personal data go to a country outside the EU/EEA only with an
        adequacy decision (article 45; for the US the EU-US Data Privacy Framework, Implementing Decision
        (EU) 2023/1795 of 10 July 2023, only for certified companies; the EU General Court upheld it on
        3 September 2025 (case T-553/23, Latombe), the appeal C-703/25 P is pending), with appropriate
        safeguards such as standard contractual clauses (article 46) or binding corporate rules (article
        47), or under the derogations of article 49. That rule is law; whether it is met is in the
        contract, not in the policy. Whoever relies on the DPF checks that the vendor is on the DPF list and
        keeps SCCs as a fallback. Naming the plan and data location, and the basis in the policy, is a
        judgement the template itself asks for ("always know where a tool's data goes"): "ChatGPT" may be a
        free account or ChatGPT Enterprise. Hence a warning.
    Example:
        - name: ChatGPT Enterprise
          processing_agreement: yes
          personal_data: yes
          data_location: US
    Instead:
        - name: ChatGPT Enterprise
          processing_agreement: yes
          personal_data: yes
          plan: Enterprise
          data_location: US
          transfer_basis: standard contractual clauses (SCCs) in the processing agreement
    """

    code = "AIB606"
    slug = "tool-gegevens"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        for index, tool in enumerate(ctx.policy.goedgekeurde_tools or ()):
            path = f"goedgekeurde_tools[{index}]"
            name = tool_label(tool, index)
            if not names_plan(tool) and not ctx.invalid(f"{path}.abonnement"):
                yield ctx.at_key(
                    path,
                    nl=f"Bij '{name}' staat niet welk abonnement het is (abonnement), bijvoorbeeld gratis, Plus of Enterprise.",
                    en=f"'{name}' does not say which plan it is ({english_name(f'{path}.abonnement')}), for example "
                    "free, Plus or Enterprise.",
                )
            if is_placeholder(tool.datalocatie) and not ctx.invalid(f"{path}.datalocatie"):
                yield ctx.at_key(
                    path,
                    nl=f"Bij '{name}' staat niet waar de gegevens worden verwerkt (datalocatie), bijvoorbeeld EU of VS.",
                    en=f"'{name}' does not say where its data is processed ({english_name(f'{path}.datalocatie')}), "
                    "for example EU or US.",
                )
            elif (
                tool.allows_personal_data
                and location_kind(tool.datalocatie) == "outside"
                and is_placeholder(tool.doorgiftegrond)
            ):
                yield ctx.at(
                    f"{path}.datalocatie",
                    nl=f"'{name}' mag persoonsgegevens verwerken in '{tool.datalocatie}', buiten de EU/EER, maar er staat "
                    "geen doorgiftegrond (adequaatheidsbesluit zoals het Data Privacy Framework, of SCC's; afweging, "
                    "de doorgifteregels zelf staan in AVG hoofdstuk V).",
                    en=f"'{name}' may process personal data in '{tool.datalocatie}', outside the EU/EEA, but no transfer "
                    f"basis is given ({english_name(f'{path}.doorgiftegrond')}: adequacy decision such as the Data "
                    "Privacy Framework, or SCCs; "
                    "judgement, the transfer rules themselves are GDPR chapter V).",
                )
