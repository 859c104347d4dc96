"""AIB604: when personal data may go into a tool, the forbidden list names special categories and the BSN."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.meaning_streng import names_national_id, names_special_categories
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.common import (
    forbidden_list_path,
    personal_data_tools,
    rule_texts,
)


class SpecialCategories(Rule):
    """Persoonsgegevens mogen in een tool, maar bijzondere persoonsgegevens en het BSN worden niet uitgesloten.

    Wat het controleert:
        Als een tool `persoonsgegevens: ja` heeft: of een regel onder `regels.mag_niet` bijzondere
        persoonsgegevens noemt (gezondheid, medische gegevens, geloof, etniciteit, strafrechtelijke
        gegevens, … of letterlijk "bijzondere persoonsgegevens"), en apart of een regel het BSN
        (burgerservicenummer) noemt.
    Waarom:
        AVG artikel 9 verbiedt het verwerken van bijzondere categorieën van persoonsgegevens, behalve in
        de uitzonderingen die daar staan; UAVG artikel 46: het BSN alleen gebruiken waar een wet dat
        voorschrijft. Die regels zijn wet. Dat het beleid ze met name noemt is een afweging: wie
        "persoonsgegevens mogen in Copilot" leest, moet weten dat een medisch dossier of een BSN daar niet
        onder valt. De Autoriteit Persoonsgegevens kreeg datalekmeldingen over medische gegevens van
        patiënten in een chatbot (2024) en over dossiers met gezondheidsgegevens en BSN's (2025).
        Daarom een waarschuwing.
    Voorbeeld:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
    Zo wel:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
            - Voer nooit gezondheidsgegevens of andere bijzondere persoonsgegevens in, en nooit een BSN.

    --- en ---
    Personal data may go into a tool, but special-category data and the BSN are not excluded.

    What it checks:
        When a tool has `persoonsgegevens: ja`: whether a rule under `regels.mag_niet` names special
        categories of personal data (health, medical data, religion, ethnicity, criminal records, … or
        literally "special category data"), and separately whether a rule names the BSN (Dutch citizen
        service number).
    Why:
        GDPR article 9 prohibits processing special categories of personal data except under the
        exceptions it lists; Dutch UAVG article 46: use the BSN only where a law prescribes it. Those rules
        are law. Naming them in the policy is a judgement: whoever reads "personal data may go into
        Copilot" must know that a medical file or a BSN does not. The Dutch DPA received breach reports of
        patients' medical data entered into a chatbot (2024) and of files with health data and BSNs (2025).
        Hence a warning.
    Example:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
    Instead:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
            - Never enter health data or other special-category data, and never a BSN.
    """

    code = "AIB604"
    slug = "bijzondere-persoonsgegevens"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        if not personal_data_tools(ctx.policy):
            return
        forbidden = rule_texts(ctx.policy, "mag_niet")
        path = forbidden_list_path(ctx)
        if not any(names_special_categories(text) for text in forbidden):
            yield ctx.at_key(
                path,
                nl="Persoonsgegevens mogen in een tool, maar geen regel verbiedt bijzondere persoonsgegevens "
                "zoals gezondheidsgegevens (AVG art. 9).",
                en="Personal data may go into a tool, but no rule forbids special-category data such as "
                "health data (GDPR art. 9).",
            )
        if not any(names_national_id(text) for text in forbidden):
            yield ctx.at_key(
                path,
                nl="Persoonsgegevens mogen in een tool, maar geen regel verbiedt het BSN (UAVG art. 46).",
                en="Personal data may go into a tool, but no rule forbids the BSN (Dutch UAVG art. 46).",
            )
