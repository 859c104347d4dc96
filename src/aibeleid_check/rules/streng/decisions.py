"""AIB605: a human keeps the decisions about people (GDPR art. 22): in allowed rules, and in the ban when personal data may go in."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.meaning import explain, recognised_ids
from aibeleid_check.meaning.streng import about_people, human_decides
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.common import forbidden_list_path, personal_data_tools, rule_texts
from aibeleid_check.values import is_placeholder

DECISION_RULE = "geen-eindbesluit"


def _is_decision_text(text: str) -> bool:
    return DECISION_RULE in recognised_ids(text)


def _allows_decision(text: str) -> bool:
    """An allowed rule that lets AI decide: read as a `mag` item, a decision that the list permits ("Let
    Copilot select applicants", "Sollicitanten laten selecteren"); one that counts as the rule ("…; a member
    of staff decides who is invited") keeps the decision with a person."""
    return any(found.rule == DECISION_RULE and not found.counts for found in explain(text, "mag"))


class HumanDecides(Rule):
    """Het beleid laat AI over mensen beslissen, of houdt besluiten over mensen niet bij een mens.

    Wat het controleert:
        Een regel onder `mag` die AI over mensen laat beslissen ("Sollicitanten laten selecteren",
        "Medewerkers laten beoordelen") wordt altijd gemeld, tenzij die zegt dat een mens beslist: zo'n
        regel verwerkt zelf persoonsgegevens, ook als geen tool `persoonsgegevens: ja` heeft. En als een tool
        `persoonsgegevens: ja` heeft: of het verbod op een eindbesluit door AI ook over mensen gaat.
        `id: geen-eindbesluit` telt (de tekst van het sjabloon noemt mensen); een eigen tekst telt als die
        over besluiten én over mensen gaat ("AI beslist nooit over sollicitanten"). Ontbreekt een verbod op
        eindbesluiten helemaal, dan meldt AIB401 dat al.
    Waarom:
        AVG artikel 22 lid 1: iemand heeft het recht niet onderworpen te worden aan een besluit dat
        uitsluitend op geautomatiseerde verwerking berust en rechtsgevolgen heeft of hem op vergelijkbare
        wijze aanmerkelijk treft. Lid 2 noemt uitzonderingen (nodig voor een overeenkomst, toegestaan bij
        wet, uitdrukkelijke toestemming); in twee daarvan geeft lid 3 minstens het recht op menselijke
        tussenkomst, om je standpunt te geven en het besluit aan te vechten. Neemt een mens het besluit
        echt zelf, dan valt het er niet onder. Het sjabloon zegt het met `geen-eindbesluit`. Het artikel is
        wet; of een bepaald gebruik eronder valt is een afweging. Daarom een waarschuwing.
    Voorbeeld:
        regels:
          mag:
            - Sollicitanten laten selecteren met Copilot.
          mag_niet:
            - Laat AI geen financiële beslissingen nemen.
    Zo wel:
        regels:
          mag:
            - Sollicitatiebrieven laten samenvatten; een medewerker beslist wie wordt uitgenodigd.
          mag_niet:
            - id: geen-eindbesluit

    --- en ---
    The policy lets AI decide about people, or does not keep decisions about people with a human.

    What it checks:
        A rule under `rules.allowed` (Dutch `regels.mag`) that lets AI decide about people ("Having applicants
        selected", "Having staff assessed") is always reported unless it says a human decides: such a rule
        processes personal data itself, even when no tool has `personal_data: yes` (Dutch `persoonsgegevens`).
        And when a tool has `personal_data: yes`: whether the ban on final decisions by AI also covers people.
        `id: geen-eindbesluit` counts (the template's text names people); a text of your own counts when it is
        about decisions and about people ("AI never decides about applicants"). When a ban on final decisions is
        missing altogether, AIB401 already reports it.
    Why:
        GDPR article 22(1): a person has the right not to be subject to a decision based solely on
        automated processing which produces legal effects concerning them or similarly significantly
        affects them. 22(2) lists exceptions (necessary for a contract, authorised by law, explicit
        consent); in two of them 22(3) gives at least the right to human intervention, to express one's
        point of view and to contest the decision. When a human really takes the decision, it falls
        outside. The template says so with `geen-eindbesluit`. The article is law; whether a given use falls
        under it is a judgement. Hence a warning.
    Example:
        rules:
          allowed:
            - Having applicants selected by Copilot.
          forbidden:
            - Do not let AI take financial decisions.
    Instead:
        rules:
          allowed:
            - Having application letters summarised; a member of staff decides who is invited.
          forbidden:
            - id: geen-eindbesluit
    """

    code = "AIB605"
    slug = "mens-beslist"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        yield from self._allowed_decisions(ctx)
        if not personal_data_tools(ctx.policy):
            return
        forbidden = ctx.policy.rule_items("mag_niet")
        if any(item.id and item.id.strip().lower() == DECISION_RULE for item in forbidden):
            return
        decision_texts = [text for text in rule_texts(ctx.policy, "mag_niet") if _is_decision_text(text)]
        if decision_texts and not any(about_people(text) for text in decision_texts):
            yield ctx.at_key(
                forbidden_list_path(ctx),
                nl="Persoonsgegevens mogen in een tool, maar het verbod op eindbesluiten noemt geen besluiten over "
                "mensen; zeg dat een mens beslist, of gebruik id: geen-eindbesluit (afweging; AVG art. 22).",
                en="Personal data may go into a tool, but the ban on final decisions does not cover decisions about "
                "people; say that a human decides, or use id: geen-eindbesluit (judgement; GDPR art. 22).",
            )

    def _allowed_decisions(self, ctx: Context) -> Iterator[Hit]:
        for index, item in enumerate(ctx.policy.rule_items("mag")):
            text = item.tekst
            if text is None or is_placeholder(text) or not _allows_decision(text) or not about_people(text):
                continue
            if human_decides(text):
                continue
            yield ctx.at(
                f"regels.mag[{index}]",
                nl="Deze regel laat AI over mensen beslissen (en verwerkt daarmee persoonsgegevens); zeg dat een "
                "mens het besluit neemt (afweging; AVG art. 22).",
                en="This rule lets AI decide about people (and so processes personal data); say that a human "
                "takes the decision (judgement; GDPR art. 22).",
            )
