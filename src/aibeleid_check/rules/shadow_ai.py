"""AIB305 / AIB407: private accounts and free versions ("shadow AI"), in the basis profile.

The Dutch DPA received dozens of breach reports in 2025 of staff putting personal data into AI chatbots,
mostly free versions used on their own initiative. A consumer plan in the approved list, or a rule that
allows private accounts, invites exactly that; both are warnings in `basis` too.
"""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.common import permissive_texts
from aibeleid_check.rules.streng.concepts import says
from aibeleid_check.rules.tools import tool_label


class ConsumerPlanApproved(Rule):
    """Een consumentenabonnement staat bij de goedgekeurde tools.

    Wat het controleert:
        Of een tool in `goedgekeurde_tools` volgens de toolcatalogus (`aibeleid-check tools`) een
        abonnement voor particulieren is (ChatGPT Free/Plus, Claude Pro, Copilot met een persoonlijk
        account, GitHub Copilot Pro, Perplexity Pro, Gemini met een persoonlijk Google-account, DeepL
        gratis, …). Alleen tools die de catalogus zeker herkent; ook als er geen persoonsgegevens in mogen.
    Waarom:
        Een consumentenabonnement heeft consumentenvoorwaarden: meestal geen verwerkersovereenkomst (AVG
        artikel 28 lid 3 geldt alleen voor een verwerker, en de leverancier is dat hier volgens zijn eigen
        voorwaarden niet) en vaak training op invoer, ook van bedrijfsgeheimen. De Autoriteit
        Persoonsgegevens kreeg in 2025 tientallen datalekmeldingen, vooral via gratis versies. Een
        afweging op basis van een gedateerde catalogus: zo'n tool kan verantwoord zijn met training uit en
        zonder persoonsgegevens. Daarom een waarschuwing, ook in het profiel basis.
    Voorbeeld:
        goedgekeurde_tools:
          - naam: ChatGPT Plus
            verwerkersovereenkomst: nee
    Zo wel:
        goedgekeurde_tools:
          - naam: ChatGPT Business
            verwerkersovereenkomst: ja

    --- en ---
    A consumer plan is among the approved tools.

    What it checks:
        Whether a tool in `approved_tools` (Dutch `goedgekeurde_tools`) is, according to the tool catalogue
        (`aibeleid-check tools`), a plan for individuals (ChatGPT Free/Plus, Claude Pro, Copilot with a personal
        account, GitHub Copilot Pro, Perplexity Pro, Gemini with a personal Google account, DeepL free, …). Only
        tools the catalogue recognises for sure; also when no personal data may go in.
    Why:
        A consumer plan has consumer terms: usually no processing agreement (GDPR article 28(3) applies only
        to a processor, and by its own terms the vendor is not one here) and often training on inputs,
        business secrets included. The Dutch DPA received dozens of breach reports in 2025, mostly through
        free versions. A judgement based on a dated catalogue: such a tool can be fine with training off
        and without personal data. Hence a warning, in the basis profile too.
    Example:
        approved_tools:
          - name: ChatGPT Plus
            processing_agreement: no
    Instead:
        approved_tools:
          - name: ChatGPT Business
            processing_agreement: yes
    """

    code = "AIB305"
    slug = "consumentenabonnement-goedgekeurd"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        if not ctx.policy.goedgekeurde_tools:
            return
        from aibeleid_check.rules.streng.catalogue import catalogued_tools  # the catalogue loads only here

        for index, tool, entry, _ in catalogued_tools(ctx):
            if entry.consument:
                yield ctx.at(
                    f"goedgekeurde_tools[{index}].naam",
                    nl=f"'{tool_label(tool, index)}' is een consumentenabonnement ({entry.plan('nl')}): "
                    "meestal geen verwerkersovereenkomst en vaak training op invoer. Kies een zakelijk abonnement, of "
                    "zet training uit en laat er geen persoonsgegevens in (afweging; AP: datalekken vooral via gratis "
                    "versies).",
                    en=f"'{tool_label(tool, index)}' is a consumer plan ({entry.plan('en')}): usually no "
                    "processing agreement and often training on inputs. Choose a business plan, or switch training off "
                    "and keep personal data out (judgement; the Dutch Data Protection Authority (Autoriteit "
                    "Persoonsgegevens): breaches mostly through free versions).",
                )


class PrivateAccountsAllowed(Rule):
    """Een regel of afspraak staat privéaccounts of gratis versies toe voor het werk.

    Wat het controleert:
        Of een regel onder `mag`, een afspraak of de toelichting bij een tool eigen, privé- of persoonlijke
        accounts of gratis versies toestaat ("Medewerkers mogen hun eigen ChatGPT-account gebruiken",
        "Personal accounts are fine"). Een tekst die ze verbiedt ("geen privéaccounts") telt niet.
    Waarom:
        Met een privéaccount gelden de consumentenvoorwaarden van de leverancier, niet die van de
        organisatie: geen verwerkersovereenkomst, geen beheer, vaak training op invoer. De Autoriteit
        Persoonsgegevens (augustus 2024): wie persoonsgegevens tegen de afspraken in een chatbot zet,
        veroorzaakt een datalek; volgens beleid is het "vaak niet wettelijk toegestaan". In 2025 kwamen de
        meldingen vooral via gratis versies die medewerkers op eigen initiatief gebruikten. Een afweging,
        geen wettelijke eis; daarom een waarschuwing, ook in het profiel basis.
    Voorbeeld:
        regels:
          mag:
            - Medewerkers mogen hun eigen ChatGPT-account gebruiken.
    Zo wel:
        afspraken:
          - Werk alleen in de goedgekeurde tools, met je werkaccount; geen privéaccounts of gratis versies.

    --- en ---
    A rule or agreement allows private accounts or free versions for work.

    What it checks:
        Whether an allowed rule, an agreement or a tool's note allows own, private or personal accounts or
        free versions ("Staff may use their own ChatGPT account", "Personal accounts are fine"). A text that
        forbids them ("no personal accounts") does not count.
    Why:
        With a private account the vendor's consumer terms apply, not the organisation's: no processing
        agreement, no administration, often training on inputs. The Dutch DPA (August 2024): whoever puts
        personal data into a chatbot against the rules causes a data breach; under company policy it is
        "often not lawful". In 2025 the reports came mostly through free versions staff used on their own
        initiative. A judgement, not a legal requirement; hence a warning, in the basis profile too.
    Example:
        rules:
          allowed:
            - Staff may use their own ChatGPT account.
    Instead:
        agreements:
          - Work only in the approved tools, with your work account; no personal accounts or free versions.
    """

    code = "AIB407"
    slug = "priveaccounts"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Hit]:
        for path, text in permissive_texts(ctx.policy):
            if says("private_account", text) and not says("negation", text):
                yield ctx.at(
                    path,
                    nl="Deze tekst staat privéaccounts of gratis versies toe; daar gelden de consumentenvoorwaarden "
                    "(geen verwerkersovereenkomst, vaak training op invoer). Spreek af dat iedereen met een werkaccount "
                    "in de goedgekeurde tools werkt (afweging; AP 2024 en 2025).",
                    en="This text allows private accounts or free versions; consumer terms apply there (no processing "
                    "agreement, often training on inputs). Agree that everyone works in the approved tools with a work "
                    "account (judgement; the Dutch Data Protection Authority (Autoriteit Persoonsgegevens), 2024 "
                    "and 2025).",
                )
