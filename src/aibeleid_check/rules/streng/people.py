"""AIB614 / AIB616 / AIB618: AI about people at work: high-risk HR use, who the literacy duty covers, DPIA."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.model import Policy
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.common import clause_texts, permissive_texts, personal_data_tools
from aibeleid_check.rules.streng.concepts import says
from aibeleid_check.values import is_placeholder


def hr_rules(policy: Policy) -> list[int]:
    """Indexes in ``regels.mag`` of rules that let AI select, screen or assess applicants or staff."""
    return [
        index
        for index, item in enumerate(policy.rule_items("mag"))
        if item.tekst is not None
        and not is_placeholder(item.tekst)
        and says("hr_people", item.tekst)
        and says("hr_assessing", item.tekst)
        and not says("negation", item.tekst)
    ]


class HighRiskHr(Rule):
    """Een regel laat AI sollicitanten of medewerkers selecteren of beoordelen: AI met een hoog risico.

    Wat het controleert:
        Of een regel onder `mag` AI sollicitanten of medewerkers laat selecteren, screenen, rangschikken of
        beoordelen ("Sollicitanten laten selecteren met ChatGPT", "Let AI rank job applications").
    Waarom:
        AI-verordening (EU) 2024/1689, bijlage III punt 4: AI-systemen voor werving en selectie (vacatures
        gericht plaatsen, sollicitaties analyseren en filteren, kandidaten beoordelen) en voor besluiten
        over promotie, ontslag, taakverdeling of het beoordelen van prestaties zijn AI-systemen met een hoog
        risico. Voor gebruiksverantwoordelijken gelden dan de plichten van artikel 26, onder meer gebruik
        volgens de gebruiksaanwijzing, menselijk toezicht door bevoegde mensen, logs bewaren en werknemers
        en hun vertegenwoordigers vooraf informeren (lid 7). Die plichten gelden vanaf 2 december 2027
        (artikel 113, zoals gewijzigd door Verordening (EU) 2026/1744). Of een algemene chatbot die je zo
        gebruikt eronder valt, is een afweging; AVG artikel 22 geldt nu al (zie AIB605). Daarom een
        mededeling.
    Voorbeeld:
        regels:
          mag:
            - Sollicitanten laten selecteren met ChatGPT.
    Zo wel:
        regels:
          mag:
            - Sollicitatiebrieven laten samenvatten; een medewerker leest ze zelf en beslist.

    --- en ---
    A rule lets AI select or assess applicants or staff: high-risk AI.

    What it checks:
        Whether an allowed rule lets AI select, screen, rank or assess applicants or staff ("Having applicants
        selected with ChatGPT", "Let AI rank job applications").
    Why:
        AI Act (EU) 2024/1689, Annex III point 4: AI systems for recruitment and selection (targeted job
        ads, analysing and filtering applications, evaluating candidates) and for decisions on promotion,
        termination, task allocation or evaluating performance are high-risk AI systems. Deployers then
        have the duties of article 26, among them use according to the instructions, human oversight by
        competent people, keeping logs, and informing workers and their representatives beforehand
        (paragraph 7). Those duties apply from 2 December 2027 (article 113, as amended by Regulation (EU)
        2026/1744). Whether a general chatbot used this way falls under it is a judgement; GDPR article 22
        applies already (see AIB605). Hence a notice.
    Example:
        rules:
          allowed:
            - Having applicants selected with ChatGPT.
    Instead:
        rules:
          allowed:
            - Having application letters summarised; a member of staff reads them and decides.
    """

    code = "AIB614"
    slug = "hr-hoog-risico"
    severity = Severity.INFO
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        for index in hr_rules(ctx.policy):
            yield ctx.at(
                f"regels.mag[{index}]",
                nl="AI voor werving, selectie of beoordeling van mensen is AI met een hoog risico (AI-verordening "
                "bijlage III punt 4): vanaf 2 december 2027 gelden de plichten van art. 26, zoals menselijk toezicht "
                "en werknemers vooraf informeren (wet; of deze toepassing eronder valt is een afweging).",
                en="AI for recruiting, selecting or assessing people is high-risk AI (AI Act Annex III point 4): from "
                "2 December 2027 the duties of art. 26 apply, such as human oversight and informing workers beforehand "
                "(law; whether this use falls under it is a judgement).",
            )


class LiteracyScope(Rule):
    """`geldt_voor` noemt alleen medewerkers, terwijl de plicht voor AI-geletterdheid verder reikt.

    Wat het controleert:
        Of `geldt_voor` alleen eigen medewerkers noemt ("Alle medewerkers") en niemand anders die namens de
        organisatie met AI werkt: stagiairs, uitzendkrachten, freelancers, ingehuurde krachten, of
        "iedereen die namens ons werkt".
    Waarom:
        AI-verordening artikel 4 (AI-geletterdheid, ook in de tekst van Verordening (EU) 2026/1744): de
        maatregelen gelden voor het personeel en voor andere personen die namens de organisatie AI-systemen
        bedienen en gebruiken. Of dit beleid voor hen geldt, is een afweging; daarom een mededeling.
    Voorbeeld:
        geldt_voor: Alle medewerkers
    Zo wel:
        geldt_voor:
          - Alle medewerkers
          - Stagiairs, uitzendkrachten en freelancers die voor ons werken

    --- en ---
    `applies_to` names only employees, while the AI literacy duty reaches further.

    What it checks:
        Whether `applies_to` (Dutch `geldt_voor`) names only the organisation's own employees ("All employees")
        and nobody else working with AI on its behalf: interns, agency workers, freelancers, contractors, or
        "everyone working on our behalf".
    Why:
        AI Act article 4 (AI literacy, also as worded by Regulation (EU) 2026/1744): the measures cover the
        staff and other persons dealing with the operation and use of AI systems on the organisation's
        behalf. Whether this policy applies to them is a judgement; hence a notice.
    Example:
        applies_to: All employees
    Instead:
        applies_to:
          - All employees
          - Interns, agency workers and freelancers working for us
    """

    code = "AIB616"
    slug = "geldt-voor-reikwijdte"
    severity = Severity.INFO
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        texts = [text for text in ctx.policy.geldt_voor or () if not is_placeholder(text)]
        if (
            texts
            and any(says("employees_only", text) for text in texts)
            and not any(says("others_on_behalf", text) for text in texts)
        ):
            yield ctx.at(
                "geldt_voor",
                nl="Het beleid geldt alleen voor medewerkers; de AI-geletterdheid van art. 4 AI-verordening geldt ook "
                "voor anderen die namens jullie AI gebruiken (stagiairs, uitzendkrachten, freelancers). Noem hen ook "
                "(afweging).",
                en="The policy applies only to employees; the AI literacy of AI Act art. 4 also covers others using AI "
                "on your behalf (interns, agency workers, freelancers). Name them too (judgement).",
            )


class DpiaQuestion(Rule):
    """Persoonsgegevens van sollicitanten, medewerkers of over gezondheid in een tool, zonder dat een DPIA wordt genoemd.

    Wat het controleert:
        Of het beleid, terwijl een tool `persoonsgegevens: ja` heeft, AI laat werken met gegevens van
        sollicitanten of medewerkers of met gezondheidsgegevens (cv's, personeelsdossiers, verzuim,
        medische gegevens), of een regel AI sollicitanten of medewerkers laat selecteren of beoordelen;
        en zo ja, of een tekst een DPIA noemt ("Voor Copilot is een DPIA gedaan").
    Waarom:
        AVG artikel 35: bij een verwerking die waarschijnlijk een hoog risico inhoudt, zeker met nieuwe
        technologie, voert de verwerkingsverantwoordelijke vooraf een gegevensbeschermingseffectbeoordeling
        (DPIA) uit. De lijst van de Autoriteit Persoonsgegevens (2019) noemt onder meer grootschalige
        verwerking van gezondheidsgegevens, controle van werknemers en profilering. De plicht is wet; of
        déze verwerking een DPIA vereist, is een afweging. Daarom een waarschuwing die de vraag stelt.
    Voorbeeld:
        regels:
          mag:
            - Cv's van sollicitanten laten samenvatten in Copilot.
    Zo wel:
        afspraken:
          - Voor het samenvatten van cv's in Copilot is een DPIA gedaan (maart 2026).

    --- en ---
    Personal data of applicants, staff or about health in a tool, without a DPIA being mentioned.

    What it checks:
        Whether the policy, while a tool has `personal_data: yes` (Dutch `persoonsgegevens`), lets AI work with
        data of applicants or staff or with health data (CVs, personnel files, sick leave, medical data), or a
        rule lets AI select or assess applicants or staff; and if so, whether a text mentions a DPIA ("A DPIA
        was done for Copilot").
    Why:
        GDPR article 35: for processing likely to result in a high risk, especially using new technologies,
        the controller carries out a data protection impact assessment (DPIA) beforehand. The Dutch DPA's
        list (2019) includes large-scale processing of health data, monitoring employees and profiling. The
        duty is law; whether this processing requires a DPIA is a judgement. Hence a warning that asks.
    Example:
        rules:
          allowed:
            - Having applicants' CVs summarised in Copilot.
    Instead:
        agreements:
          - A DPIA was done for summarising CVs in Copilot (March 2026).
    """

    code = "AIB618"
    slug = "dpia"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        policy = ctx.policy
        sensitive = [path for path, text in permissive_texts(policy) if says("sensitive_subjects", text)]
        hr = [f"regels.mag[{index}]" for index in hr_rules(policy)]
        paths = hr + (sensitive if personal_data_tools(policy) else [])
        if not paths or any(says("dpia", text) for text in clause_texts(policy) + _tool_notes(policy)):
            return
        yield ctx.at(
            paths[0],
            nl="Hier gaat het om gegevens van sollicitanten of medewerkers, of om gezondheidsgegevens, in een AI-tool: "
            "is er een DPIA gedaan? Zet het in een afspraak. Of een DPIA verplicht is, is een afweging (AVG art. 35; "
            "de AP-lijst noemt o.a. gezondheidsgegevens en controle van werknemers).",
            en="This concerns data of applicants or staff, or health data, in an AI tool: was a DPIA done? Put it in an "
            "agreement. Whether a DPIA is required is a judgement (GDPR art. 35; the list of the Dutch Data Protection "
            "Authority (Autoriteit Persoonsgegevens) names e.g. health data and monitoring employees).",
        )


def _tool_notes(policy: Policy) -> list[str]:
    return [note for tool in policy.goedgekeurde_tools or () if (note := tool.toelichting) and not is_placeholder(note)]
