"""AIB605: when a tool may process personal data, a human keeps the decisions about people (GDPR art. 22)."""

from __future__ import annotations

from collections.abc import Iterator

from aibeleid_check.findings import Severity
from aibeleid_check.meaning import recognise
from aibeleid_check.meaning_streng import about_people, human_decides
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.streng.common import forbidden_list_path, personal_data_tools
from aibeleid_check.values import is_placeholder

DECISION_RULE = "geen-eindbesluit"


def _is_decision_text(text: str) -> bool:
    return DECISION_RULE in recognise(text)


class HumanDecides(Rule):
    """Persoonsgegevens mogen in een tool, maar het beleid houdt besluiten over mensen niet bij een mens.

    Wat het controleert:
        Als een tool `persoonsgegevens: ja` heeft: of het verbod op een eindbesluit door AI ook over
        mensen gaat. `id: geen-eindbesluit` telt (de tekst van het sjabloon noemt mensen); een eigen tekst
        telt als die over besluiten én over mensen gaat ("AI beslist nooit over sollicitanten"). Een regel
        onder `mag` die AI over mensen laat beslissen ("Sollicitanten laten selecteren") wordt gemeld,
        tenzij die zegt dat een mens beslist. Ontbreekt een verbod op eindbesluiten helemaal, dan meldt
        AIB401 dat al.
    Waarom:
        AVG artikel 22: iemand mag niet worden onderworpen aan een besluit dat uitsluitend op
        geautomatiseerde verwerking berust en rechtsgevolgen of een vergelijkbaar aanmerkelijk gevolg
        heeft; menselijke tussenkomst is de waarborg. Het sjabloon zegt het met `geen-eindbesluit`. De
        regel zelf is wet, maar of een bepaald gebruik eronder valt is een afweging. Daarom een
        waarschuwing.
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
    Personal data may go into a tool, but the policy does not keep decisions about people with a human.

    What it checks:
        When a tool has `persoonsgegevens: ja`: whether the ban on final decisions by AI also covers
        people. `id: geen-eindbesluit` counts (the template's text names people); a text of your own counts
        when it is about decisions and about people ("AI never decides about applicants"). A rule under
        `mag` that lets AI decide about people ("Having applicants selected") is reported unless it says
        a human decides. When a ban on final decisions is missing altogether, AIB401 already reports it.
    Why:
        GDPR article 22: a person has the right not to be subject to a decision based solely on automated
        processing that produces legal or similarly significant effects; human intervention is the
        safeguard. The template says so with `geen-eindbesluit`. The article is law, but whether a given
        use falls under it is a judgement. Hence a warning.
    Example:
        regels:
          mag:
            - Having applicants selected by Copilot.
          mag_niet:
            - Do not let AI take financial decisions.
    Instead:
        regels:
          mag:
            - Having application letters summarised; a member of staff decides who is invited.
          mag_niet:
            - id: geen-eindbesluit
    """

    code = "AIB605"
    slug = "mens-beslist"
    severity = Severity.WARNING
    profile = "streng"

    def check(self, ctx: Context) -> Iterator[Hit]:
        if not personal_data_tools(ctx.policy):
            return
        yield from self._allowed_decisions(ctx)
        forbidden = ctx.policy.rule_items("mag_niet")
        if any(item.id and item.id.strip().lower() == DECISION_RULE for item in forbidden):
            return
        decision_texts = [item.tekst for item in forbidden if not is_placeholder(item.tekst) and _is_decision_text(item.tekst)]
        if decision_texts and not any(about_people(text) for text in decision_texts):
            yield ctx.at_key(
                forbidden_list_path(ctx),
                nl="Persoonsgegevens mogen in een tool, maar het verbod op eindbesluiten noemt geen besluiten over "
                "mensen; zeg dat een mens beslist (AVG art. 22), of gebruik id: geen-eindbesluit.",
                en="Personal data may go into a tool, but the ban on final decisions does not cover decisions about "
                "people; say that a human decides (GDPR art. 22), or use id: geen-eindbesluit.",
            )

    def _allowed_decisions(self, ctx: Context) -> Iterator[Hit]:
        for index, item in enumerate(ctx.policy.rule_items("mag")):
            text = item.tekst
            if is_placeholder(text) or not _is_decision_text(text) or not about_people(text) or human_decides(text):
                continue
            yield ctx.at(
                f"regels.mag[{index}]",
                nl="Deze regel laat AI over mensen beslissen terwijl er persoonsgegevens in een tool mogen; "
                "zeg dat een mens het besluit neemt (AVG art. 22).",
                en="This rule lets AI decide about people while personal data may go into a tool; say that a "
                "human takes the decision (GDPR art. 22).",
            )
