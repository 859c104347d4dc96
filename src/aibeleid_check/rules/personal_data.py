"""AIB620: the prohibition on personal data and the tools that allow it must not contradict each other.

The template forbids entering customer or personal data, and its tools table may say "Persoonsgegevens
erin? ja, mag". Staff read both on one page. The A4 prints the prohibition qualified (``a4/data.py`` uses
``unqualified_prohibitions``); this rule advises writing the qualification into the policy itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aibeleid_check.findings import Severity
from aibeleid_check.model import Policy, RuleItem
from aibeleid_check.rules._keys import english_name
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.values import is_placeholder, yes_no_word

PERSONAL_DATA_RULE = "geen-persoonsgegevens"


@cache
def _qualifier() -> re.Pattern[str]:
    """Words that make a prohibition conditional: 'behalve in …', 'tenzij …', 'except in …', 'alleen in …'."""
    return re.compile(
        r"\b(?:behalve|tenzij|uitgezonderd|met uitzondering|buiten de (?:goedgekeurde )?tools|alleen in|"
        r"alleen met|uitsluitend in|niet in andere|ja, mag|except|unless|other than|only in|only with|"
        r"outside the (?:approved )?tools|yes, allowed)\b"
    )


def _is_personal_data_rule(item: RuleItem) -> bool:
    """The general prohibition: by id, or a text recognised as it that is not only about special categories
    or the BSN (those narrower bans sit well beside tools that allow ordinary personal data)."""
    if item.id and item.id.strip().lower() == PERSONAL_DATA_RULE:
        return True
    if item.tekst is None or is_placeholder(item.tekst):
        return False
    from aibeleid_check.meaning import recognised_ids
    from aibeleid_check.meaning.streng import names_national_id, names_special_categories

    if names_special_categories(item.tekst) or names_national_id(item.tekst):
        return False
    return PERSONAL_DATA_RULE in recognised_ids(item.tekst, "mag_niet")


def is_qualified(text: str | None) -> bool:
    from aibeleid_check.meaning import normalise

    return not is_placeholder(text) and _qualifier().search(normalise(text or "")) is not None


def unqualified_prohibitions(policy: Policy) -> list[int]:
    """Indexes in ``regels.mag_niet`` of a personal-data prohibition that contradicts an approved tool with
    ``persoonsgegevens: ja`` (none when no tool allows personal data)."""
    if not any(tool.allows_personal_data for tool in policy.goedgekeurde_tools or ()):
        return []
    return [
        index
        for index, item in enumerate(policy.rule_items("mag_niet"))
        if _is_personal_data_rule(item) and not is_qualified(item.tekst)
    ]


class PersonalDataContradiction(Rule):
    """Het verbod op persoonsgegevens spreekt de tools tegen waarin persoonsgegevens wel mogen.

    Wat het controleert:
        Als een tool `persoonsgegevens: ja` heeft: of het verbod op klant- of persoonsgegevens
        (`geen-persoonsgegevens`, of een eigen tekst die hetzelfde zegt) zegt dat het niet geldt voor die
        tools ("behalve in de tools hieronder met 'ja, mag'", "tenzij", "alleen in").
    Waarom:
        Het sjabloon verbiedt "Klant- of persoonsgegevens invoeren", terwijl de tabel met tools
        "Persoonsgegevens erin? ja, mag" kan zeggen. Op het A4 lezen medewerkers dan twee regels die elkaar
        tegenspreken. Het A4 drukt het verbod daarom met die uitzondering af; zet haar ook in het beleid
        zelf, zodat de tekst en het A4 hetzelfde zeggen. Geen wettelijke eis maar een kwestie van
        duidelijkheid; daarom een mededeling, in het profiel streng (het A4 is voor iedereen al goed).
    Voorbeeld:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
        goedgekeurde_tools:
          - naam: Microsoft 365 Copilot
            verwerkersovereenkomst: ja
            persoonsgegevens: ja
    Zo wel:
        regels:
          mag_niet:
            - id: geen-persoonsgegevens
              tekst: "Klant- of persoonsgegevens invoeren, behalve in de tools hieronder met 'ja, mag'."

    --- en ---
    The prohibition on personal data contradicts the tools in which personal data are allowed.

    What it checks:
        When a tool has `personal_data: yes` (Dutch `persoonsgegevens`): whether the prohibition on customer or
        personal data (`geen-persoonsgegevens`, or a text of your own saying the same) says it does not apply to
        those tools ("except in the tools below marked 'yes, allowed'", "unless", "only in").
    Why:
        The template forbids entering customer or personal data, while the tools table may say "Personal
        data allowed? yes, allowed". On the A4 staff then read two rules that contradict each other. The
        A4 therefore prints the prohibition with that exception; write it into the policy too, so that the
        text and the A4 say the same. Not a legal requirement but a matter of clarity; hence a notice, in the
        streng profile (the A4 is already right for everyone).
    Example:
        rules:
          forbidden:
            - id: geen-persoonsgegevens
        approved_tools:
          - name: Microsoft 365 Copilot
            processing_agreement: yes
            personal_data: yes
    Instead:
        rules:
          forbidden:
            - id: geen-persoonsgegevens
              text: "Entering customer or personal data, except in the tools below marked 'yes, allowed'."
    """

    code = "AIB620"
    slug = "persoonsgegevens-tegenstrijdig"
    severity = Severity.INFO
    profile = "streng"  # the A4 already prints the qualification for everyone; this is advice on the text

    def check(self, ctx: Context) -> Iterator[Hit]:
        for index in unqualified_prohibitions(ctx.policy):
            yield ctx.at(
                f"regels.mag_niet[{index}]",
                nl="Dit verbod op persoonsgegevens spreekt de tools met 'persoonsgegevens: ja' tegen; schrijf erbij "
                "dat het voor die tools niet geldt (\"behalve in de tools hieronder met 'ja, mag'\"). Het A4 doet dat "
                "al (duidelijkheid, geen wettelijke eis).",
                en="This prohibition on personal data contradicts the tools with "
                f"'{english_name('goedgekeurde_tools[].persoonsgegevens')}: "
                f"{yes_no_word(True, 'en')}'; add that it "
                "does not apply to those tools (\"except in the tools below marked 'yes, allowed'\"). The A4 already "
                "does (clarity, not a legal requirement).",
            )
