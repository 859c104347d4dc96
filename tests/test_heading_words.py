"""Headings as real policies write them: a short heading whose words say its rule list or its field opens it.

Written from knowledge on the evening of 1 December, after reading the headings of the tune half of the
whole-policy set; first sight, before the change: 2 of 61 headings opened their part, and 2 of 16
near-misses opened one ("Acceptable Use Policy" as the allowed list)."""

from __future__ import annotations

import pytest

from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.source import labels, parse_bytes

CASES: list[tuple[str, str | None]] = [
    # mag
    ("3. What's generally OK", "mag"),
    ("What is OK", "mag"),
    ("What's OK to do with AI", "mag"),
    ("How AI can be used", "mag"),
    ("What AI can be used for", "mag"),
    ("Waar we AI voor gebruiken", "mag"),
    ("Waarvoor mag je AI gebruiken?", "mag"),
    ("Hier mag je AI voor gebruiken", "mag"),
    ("What you can put into AI tools", "mag"),
    ("Good uses of AI", "mag"),
    ("Green light", "mag"),
    ("Groen licht", "mag"),
    ("Waarvoor gebruik je AI wel?", "mag"),
    ("Wat je wel kunt doen", "mag"),
    ("Waarvoor kun je AI gebruiken?", "mag"),
    # mag_niet
    ("What you must never put into AI tools", "mag_niet"),
    ("Where do we not use AI", "mag_niet"),
    ("Waar we AI niet voor gebruiken", "mag_niet"),
    ("Prohibited tools or uses", "mag_niet"),
    ("Red light", "mag_niet"),
    ("Rood licht", "mag_niet"),
    ("What it cannot be used for", "mag_niet"),
    ("Not OK", "mag_niet"),
    ("Off-limits", "mag_niet"),
    ("No-go's", "mag_niet"),
    ("Waarvoor gebruik je AI niet?", "mag_niet"),
    ("What AI should not be used for", "mag_niet"),
    # moet
    ("Your responsibilities", "moet"),
    ("Jouw verantwoordelijkheden", "moet"),
    ("What you must always do", "moet"),
    # aanspreekpunt
    ("Vragen?", "aanspreekpunt"),
    ("Vragen", "aanspreekpunt"),
    ("Vragen of twijfel?", "aanspreekpunt"),
    ("Bij twijfel", "aanspreekpunt"),
    ("Twijfel je?", "aanspreekpunt"),
    ("Questions?", "aanspreekpunt"),
    ("Questions or concerns?", "aanspreekpunt"),
    ("Who to contact", "aanspreekpunt"),
    ("Wie kun je bellen?", "aanspreekpunt"),
    ("Hulp nodig?", "aanspreekpunt"),
    ("Contact details", "aanspreekpunt"),
    ("Contactgegevens", "aanspreekpunt"),
    ("Need help?", "aanspreekpunt"),
    # geldt_voor
    ("Voor wie geldt dit beleid?", "geldt_voor"),
    ("Voor wie geldt dit?", "geldt_voor"),
    ("Reikwijdte", "geldt_voor"),
    ("Doelgroep", "geldt_voor"),
    ("Toepassingsgebied", "geldt_voor"),
    ("Who this policy applies to", "geldt_voor"),
    ("Who does this policy apply to?", "geldt_voor"),
    ("1) Toepassingsgebied en doelgroep", "geldt_voor"),
    # ingangsdatum
    ("Inwerkingtreding", "ingangsdatum"),
    ("Vanaf wanneer?", "ingangsdatum"),
    ("Geldig per", "ingangsdatum"),
    ("Datum van inwerkingtreding", "ingangsdatum"),
    ("Date effective", "ingangsdatum"),
    # tools
    ("Welke tools mag je gebruiken?", "goedgekeurde_tools"),
    ("Welke AI-tools gebruiken we?", "goedgekeurde_tools"),
    ("Onze tools", "goedgekeurde_tools"),
    ("Which tools can I use?", "goedgekeurde_tools"),
    ("Toegestane AI-tools", "goedgekeurde_tools"),
    ("Tools we use", "goedgekeurde_tools"),
    ("2 Approved tools", "goedgekeurde_tools"),
    # near-misses: stay unknown
    ("Waar je AI wél voor kunt gebruiken", "mag"),
    ("Who to ask", "aanspreekpunt"),
    ("5. Verification", "moet"),
    ("Artikel 8 – Aanspreekpunt", "aanspreekpunt"),
    ("Article 2 Scope", "geldt_voor"),
    ("Section 3 Prohibited uses", "mag_niet"),
    ("Article 9 Queries", "aanspreekpunt"),
    ("Who do I ask if I'm not sure?", "aanspreekpunt"),
    ("Bij wie kan ik terecht met vragen?", "aanspreekpunt"),
    ("Green – go ahead", "mag"),
    ("Oranje – eerst overleggen", "mag"),
    ("Rood – dit nooit", "mag_niet"),
    ("Review", "herzieningsdatum"),
    ("11. Effective date and review", "ingangsdatum"),
    ("Red flags in AI output", None),
    ("Stop and think", None),
    ("Het stoplicht", None),
    ("Hoofdstuk 7 – Gebruik van AI-tools", None),
    ("Vragen die je jezelf stelt", None),
    ("Questions to ask before using AI", None),
    ("Tools and techniques", None),
    ("How AI tools work", None),
    ("Why we use AI", None),
    ("What is AI?", None),
    ("Responsible use of AI", None),
    ("How we protect data when using AI", None),
    ("Acceptable Use Policy: Special Addendum", None),
    ("Acceptable Use Policy", None),
    ("Frequently asked questions", None),
    ("The one rule that matters most", None),
    ("Data restrictions", None),
    ("Output review", "moet"),
    ("Generative AI FAQs", None),
    ("Can I upload personal information to AI software?", None),
]


@pytest.mark.parametrize(("heading", "opens"), CASES)
def test_a_short_heading_opens_what_its_words_say(heading: str, opens: str | None) -> None:
    found = labels.classify(heading, heading=True)
    assert (None if found in ("~ignore", "~container", "~rules") else found) == opens


def test_the_words_count_only_for_a_heading_not_for_a_sentence() -> None:
    assert labels.classify("Vragen?") is None and labels.classify("Vragen?", heading=True) == "aanspreekpunt"


def _check(text: str):
    return check_document(parse_bytes(text.encode("utf-8"), path="beleid.md"), RuleSet())


def test_a_short_paragraph_ending_in_a_colon_opens_the_list_its_words_say() -> None:
    """ "What it cannot be used for:" above a list is read as the heading it stands for: its items are the
    policy's Don't-list, on the A4, instead of text outside the sections."""
    result = _check(
        "# AI at Acme\n\nWhat it cannot be used for:\n\n- Entering client names\n- Final decisions about staff\n"
    )
    assert [item.tekst or item.id for item in result.policy.rule_items("mag_niet")] == [
        "Entering client names",
        "Final decisions about staff",
    ]
    assert {item["rule"] for item in result.recognised} == {"geen-persoonsgegevens", "geen-eindbesluit"}


def test_a_question_heading_gives_the_contact() -> None:
    result = _check(
        "# AI-afspraken\n\n## DIT NIET\n\n- Geen klantgegevens invoeren.\n\n## Vragen?\n\nBel Marieke, 06-12345678.\n"
    )
    assert result.policy.aanspreekpunt is not None
    assert "AIB201" not in [f.rule for f in result.findings if "AANSPREEKPUNT" in f.message.text("nl")]


@pytest.mark.parametrize(
    "heading", ["Golden rules", "Gouden regels", "Key rules", "The basics", "Guidelines", "Kernprincipes"]
)
def test_a_heading_over_mixed_rules_groups_them(heading: str) -> None:
    assert labels.classify(heading, heading=True) == "~rules"


def test_the_rules_under_golden_rules_go_to_dit_niet_or_altijd_by_their_first_words() -> None:
    """Before, an unknown "Golden rules" left both boxes of the A4 empty while its rules counted (AIB406)."""
    result = _check(
        "# AI at Elmfield\n\n## Golden rules\n\n1. Never paste patient details into a chatbot.\n"
        "2. Do not let AI decide on a referral.\n3. Always check what AI writes before you use it.\n"
    )
    assert [item.tekst or item.id for item in result.policy.rule_items("mag_niet")] == [
        "Never paste patient details into a chatbot.",
        "Do not let AI decide on a referral.",
    ]
    assert [item.tekst or item.id for item in result.policy.rule_items("moet")] == [
        "Always check what AI writes before you use it."
    ]
    assert "AIB406" not in [f.rule for f in result.findings]


@pytest.mark.parametrize("heading", ["1. Inleiding", "Purpose", "Why we have this", "Wat je moet weten", "Achtergrond"])
def test_an_introduction_heading_is_read_without_a_warning(heading: str) -> None:
    result = _check(
        f"# AI-beleid\n\n## {heading}\n\nVoer nooit klantgegevens in ChatGPT in.\n\n## DIT NIET\n\n- Contracten delen.\n"
    )
    codes = [f.rule for f in result.findings]
    assert "AIB104" not in codes and "AIB406" in codes  # read, not on the A4, and no "unknown heading"


def test_an_item_that_opens_with_a_permission_label_is_allowed() -> None:
    result = _check(
        "# AI-richtlijnen\n\n## Wat je moet weten\n\n- Voer nooit namen in.\n- Wel handig voor: het herschrijven van een cursushandleiding.\n"
    )
    assert [item.tekst for item in result.policy.rule_items("mag")] == [
        "Wel handig voor: het herschrijven van een cursushandleiding."
    ]


def test_a_handbook_chapter_names_the_organisation_and_groups_its_sections() -> None:
    result = _check(
        "# Personeelshandboek Nexadigm IT Consultancy\n\n## Hoofdstuk 7 – Gebruik van AI-tools\n\n"
        "### 7.2 Wat niet mag\n\n- Klantcode in ChatGPT plakken.\n"
    )
    assert result.policy.organisatie == "Nexadigm IT Consultancy"
    assert "AIB104" not in [f.rule for f in result.findings]


def _rules(text: str) -> dict[str, list[str]]:
    data = parse_bytes(text.encode("utf-8"), path="beleid.md").data or {}
    return {kind: [str(item) for item in items or []] for kind, items in data.get("regels", {}).items()}


@pytest.mark.parametrize(
    ("page", "rules"),
    [
        (  # as the Government of Canada writes it, under a heading read as the allowed list
            "# Generative AI in your daily work\n\n## How AI can be used\n\n- Drafting presentations\n\n"
            "What it cannot be used for:\n\n- Legal and policy advice\n"
            "- The only source of information for important business decisions\n",
            {
                "mag": ["Drafting presentations"],
                "mag_niet": [
                    "Legal and policy advice",
                    "The only source of information for important business decisions",
                ],
            },
        ),
        (
            "# AI-afspraken\n\n## Dit mag\n\n- Teksten laten herschrijven\n\nWat niet mag:\n\n- Klantgegevens invoeren\n",
            {"mag": ["Teksten laten herschrijven"], "mag_niet": ["Klantgegevens invoeren"]},
        ),
        (
            "# AI-afspraken\n\n**DIT MAG**\n\n- Samenvatten\n\nDit mag je niet doen:\n\n- Een eindbesluit laten nemen\n",
            {"mag": ["Samenvatten"], "mag_niet": ["Een eindbesluit laten nemen"]},
        ),
        (
            "# AI at Acme\n\n## What you may do\n\n- Draft emails\n\nWhat you must always do:\n\n- Check every answer\n",
            {"mag": ["Draft emails"], "moet": ["Check every answer"]},
        ),
        (
            "# AI-afspraken\n\n## Dit niet\n\n- Geen namen invoeren\n\nWat wel mag:\n\n- Vertalen\n",
            {"mag_niet": ["Geen namen invoeren"], "mag": ["Vertalen"]},
        ),
        (  # the sentence before the lead stays a rule of the section it is in
            "# AI at Acme\n\n## How AI can be used\n\n- Drafting\n\nAsk your manager if unsure. "
            "What it cannot be used for:\n\n- Hiring decisions\n",
            {"mag": ["Drafting", "Ask your manager if unsure."], "mag_niet": ["Hiring decisions"]},
        ),
    ],
)
def test_a_colon_paragraph_inside_a_section_opens_the_list_its_words_say(
    page: str, rules: dict[str, list[str]]
) -> None:
    """Under "How AI can be used" (the allowed list) the bullets after "What it cannot be used for:" are the
    Don't-list: before, they were allowed uses, and 'the only source for important decisions' allowed."""
    assert _rules(page) == rules


@pytest.mark.parametrize(
    "page",
    [
        "# AI-afspraken\n\nWat niet mag:\n\n- Klantgegevens invoeren\n",
        "# AI-afspraken\n\n## Achtergrond\n\nWe werken met AI.\n\nWat niet mag:\n\n- Klantgegevens invoeren\n",
    ],
)
def test_a_short_colon_paragraph_that_is_a_typo_free_heading_opens_its_list(page: str) -> None:
    """ "Wat niet mag:" is a plain label by its words; before, as a label it was read as a sentence's label
    (an unknown heading "Wat niet mag", nearest DIT NIET) instead of the heading it is."""
    document = parse_bytes(page.encode("utf-8"), path="beleid.md")
    assert _rules(page) == {"mag_niet": ["Klantgegevens invoeren"]}
    assert not document.problems


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        (
            "# AI at Acme\n\n## How AI can be used\n\nThere are many uses, such as:\n\n- Drafting\n- Translating\n",
            "mag",
        ),
        (  # a lead that names the list it is in: the list goes on
            "# AI at Acme\n\n## What we don't do\n\n- No client names\n\nWe do not use AI:\n\n- to decide on funding\n",
            "mag_niet",
        ),
    ],
)
def test_a_colon_paragraph_that_names_no_other_list_keeps_its_section(page: str, kind: str) -> None:
    rules = _rules(page)
    assert list(rules) == [kind] and rules[kind][-1] in ("Translating", "to decide on funding")
