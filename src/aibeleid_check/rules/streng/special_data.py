"""AIB604: when personal data may go into a tool, the forbidden list names special categories and the BSN."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.meaning.streng import names_national_id, names_special_categories
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
        persoonsgegevens noemt (artikel 9: gezondheid, medische gegevens, geloof, etniciteit, … of
        letterlijk "bijzondere persoonsgegevens"; ook strafrechtelijke gegevens, artikel 10, tellen), en
        apart of een regel het BSN (burgerservicenummer) noemt.
    Waarom:
        AVG artikel 9 lid 1 verbiedt het verwerken van bijzondere categorieën van persoonsgegevens (ras of
        etnische afkomst, politieke opvattingen, religie of levensovertuiging, vakbondslidmaatschap,
        genetische en biometrische gegevens, gezondheid, seksueel gedrag of geaardheid), behalve in de
        uitzonderingen van lid 2; strafrechtelijke gegevens vallen onder artikel 10. UAVG artikel 46: een
        wettelijk voorgeschreven identificatienummer zoals het BSN wordt alleen gebruikt ter uitvoering van
        die wet of voor doelen die een wet bepaalt; een BSN in een AI-tool invoeren valt daar niet onder.
        Die regels zijn wet. Dat het beleid ze met name noemt is een afweging: wie "persoonsgegevens mogen
        in Copilot" leest, moet weten dat een medisch dossier of een BSN daar niet onder valt. De Autoriteit
        Persoonsgegevens kreeg in 2024 een datalekmelding over medische gegevens van patiënten in een
        chatbot, en in 2025 tientallen meldingen; bij de gemeente Eindhoven ging het om Jeugdwet- en
        Wmo-dossiers met gezondheidsgegevens en BSN's (FD, december 2025). Daarom een waarschuwing.
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
        When a tool has `personal_data: yes` (Dutch `persoonsgegevens`): whether a rule under `rules.forbidden`
        (Dutch `regels.mag_niet`) names special categories of personal data (article 9: health, medical data,
        religion, ethnicity, … or literally "special category data"; criminal-record data, article 10, count
        too), and separately whether a rule names the BSN (Dutch citizen service number).
    Why:
        GDPR article 9(1) prohibits processing special categories of personal data (racial or ethnic
        origin, political opinions, religious or philosophical beliefs, trade-union membership, genetic and
        biometric data, health, sex life or sexual orientation), except under the exceptions of 9(2);
        criminal-record data fall under article 10. Dutch UAVG article 46: a number prescribed by law to
        identify a person, such as the BSN, is used only to carry out that law or for purposes a law sets;
        entering a BSN into an AI tool is not one of them. Those rules are law. Naming them in the policy is
        a judgement: whoever reads "personal data may go into Copilot" must know that a medical file or a
        BSN does not. The Dutch DPA received a breach report in 2024 of patients' medical data entered into
        a chatbot, and dozens of reports in 2025; at the municipality of Eindhoven these were youth-care
        and social-support files with health data and BSNs (FD, December 2025). Hence a warning.
    Example:
        rules:
          forbidden:
            - id: geen-persoonsgegevens
    Instead:
        rules:
          forbidden:
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
                "zoals gezondheidsgegevens (afweging; het verbod zelf staat in AVG art. 9).",
                en="Personal data may go into a tool, but no rule forbids special-category data such as "
                "health data (judgement; the prohibition itself is GDPR art. 9).",
            )
        if not any(names_national_id(text) for text in forbidden):
            yield ctx.at_key(
                path,
                nl="Persoonsgegevens mogen in een tool, maar geen regel verbiedt het BSN (afweging; de "
                "beperking zelf staat in UAVG art. 46).",
                en="Personal data may go into a tool, but no rule forbids the BSN (judgement; the limit "
                "itself is Dutch UAVG art. 46).",
            )
