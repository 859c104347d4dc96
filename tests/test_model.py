"""The lenient model: aliases, the shapes people write, and wrong values as problems on their own line."""

from __future__ import annotations

from datetime import date

import pytest

from aibeleid_check import model, source
from test_rules import check
from test_rules import found as findings


def build(text: str) -> model.PolicyModel:
    built = model.build(source.parse_bytes(text.encode("utf-8")))
    assert built is not None
    return built


def codes(text: str) -> set[str]:
    return {rule for rule, *_ in findings(text)}


ENGLISH = """\
organisation: Acme Ltd
rules:
  allowed:
    - id: concepten
  forbidden:
    - text: Never enter customer data.
approved_tools:
  - name: DeepL Pro
    processing_agreement: yes
    personal_data: no
    vendor: DeepL SE
contact:
  name: Jane
  phone: "+31 10 123 4567"
applies_to: All staff
effective_date: 2026-01-01
review_date: 2027-01-01
version: "2"
"""


def test_english_aliases_map_to_dutch_canonical_keys():
    built = build(ENGLISH)
    policy = built.policy
    assert built.problems == []
    assert policy.organisatie == "Acme Ltd"
    assert policy.rule_items("mag")[0].id == "concepten"
    assert policy.rule_items("mag_niet")[0].tekst == "Never enter customer data."
    tool = policy.goedgekeurde_tools[0]
    assert (tool.naam, tool.verwerkersovereenkomst, tool.persoonsgegevens, tool.leverancier) == (
        "DeepL Pro",
        "ja",
        False,
        "DeepL SE",
    )
    assert policy.aanspreekpunt.telefoon == "+31 10 123 4567"
    assert policy.geldt_voor == ["All staff"]
    assert (policy.ingangsdatum, policy.herzieningsdatum, policy.versie) == (date(2026, 1, 1), date(2027, 1, 1), "2")


def test_positions_follow_the_alias_to_the_canonical_path():
    built = build(ENGLISH)
    assert built.value_marks["goedgekeurde_tools[0].verwerkersovereenkomst"] == (9, 27)
    assert built.key_marks["aanspreekpunt"] == (12, 1)


def test_keys_are_matched_case_insensitively():
    assert build("Organisatie: A\nIngangsdatum: 2026-01-01\n").policy.organisatie == "A"


@pytest.mark.parametrize(
    ("written", "agreement", "personal"),
    [
        ("ja", "ja", True),
        ("Ja", "ja", True),
        ("yes", "ja", True),
        ("true", "ja", True),
        ("nee", "nee", False),
        ("no", "nee", False),
        ("false", "nee", False),
    ],
)
def test_yes_no_spellings(written, agreement, personal):
    tool = build(
        f"goedgekeurde_tools:\n  - naam: A\n    verwerkersovereenkomst: {written}\n    persoonsgegevens: {written}\n"
    ).policy.goedgekeurde_tools[0]
    assert (tool.verwerkersovereenkomst, tool.persoonsgegevens) == (agreement, personal)


def test_nvt_is_an_ambiguous_agreement_but_no_personal_data():
    """Issue 13.4: n.v.t. as an agreement is no longer read as niet-nodig; the model reports it as data."""
    built = build(
        "goedgekeurde_tools:\n  - naam: A\n    verwerkersovereenkomst: n.v.t.\n    persoonsgegevens: n.v.t.\n"
    )
    tool = built.policy.goedgekeurde_tools[0]
    assert (tool.verwerkersovereenkomst, tool.persoonsgegevens) == (None, False)
    (problem,) = built.problems
    assert (problem.kind, problem.field, problem.value) == (
        "ambiguous",
        "goedgekeurde_tools[0].verwerkersovereenkomst",
        "n.v.t.",
    )


@pytest.mark.parametrize(
    "written",
    [
        "2026-03-01",
        "01-03-2026",
        "1-3-2026",
        "01/03/2026",
        "1.3.2026",
        "1 maart 2026",
        "1 mrt. 2026",
        "'zondag 1 maart 2026'",
        "m.i.v. 1 maart 2026",
        "per 1 maart 2026",
    ],
)
def test_date_spellings(written):
    assert build(f"ingangsdatum: {written}\n").policy.ingangsdatum == date(2026, 3, 1)


def test_month_first_is_rejected_on_its_line():
    assert ("AIB202", 2, 15, "ingangsdatum") in findings("organisatie: A\ningangsdatum: 03/31/2026\n")


def test_contact_string_with_an_email_address_inside_is_reachable():
    text = "aanspreekpunt: Marieke de Vries (marieke@example.nl)\n"
    assert build(text).policy.aanspreekpunt.naam == "Marieke de Vries (marieke@example.nl)"
    assert "AIB501" not in codes(text)


def test_contact_string_with_a_phone_number_inside_is_reachable():
    assert "AIB501" not in codes("aanspreekpunt: Marieke, 010 123 45 67\n")


def test_contact_name_only_is_not_reachable():
    assert ("AIB501", 1, 1, "aanspreekpunt") in findings("aanspreekpunt: Marieke\n")


def test_geldt_voor_as_string_or_list():
    assert build("geldt_voor: Alle medewerkers\n").policy.geldt_voor == ["Alle medewerkers"]
    assert build("geldt_voor:\n  - Medewerkers\n  - Stagiairs\n").policy.geldt_voor == ["Medewerkers", "Stagiairs"]


def test_rule_item_shapes():
    text = """\
regels:
  mag_niet:
    - Deel geen wachtwoorden.
    - id: geen-eindbesluit
    - tekst: Deel geen contracten.
    - text: Check every answer.
    - id: geen-persoonsgegevens
      tekst: Geen klantgegevens in chatbots.
"""
    items = [(i.id, i.tekst, i.from_mapping) for i in build(text).policy.rule_items("mag_niet")]
    assert items == [
        (None, "Deel geen wachtwoorden.", False),
        ("geen-eindbesluit", None, False),
        (None, "Deel geen contracten.", False),
        (None, "Check every answer.", False),
        ("geen-persoonsgegevens", "Geen klantgegevens in chatbots.", False),
    ]


def test_the_templates_own_first_rule_with_an_unquoted_colon_is_read_as_text():
    text = "regels:\n  mag:\n    - Concepten laten schrijven: mails, teksten, samenvattingen, die je daarna zelf nakijkt.\n"
    (item,) = build(text).policy.rule_items("mag")
    assert item.tekst == "Concepten laten schrijven: mails, teksten, samenvattingen, die je daarna zelf nakijkt."
    assert item.from_mapping
    assert ("AIB404", 3, 7, "regels.mag[0]") in findings(text)


def test_an_unquoted_forbidden_rule_still_counts_by_meaning():
    text = "regels:\n  mag_niet:\n    - Let op: voer nooit klantgegevens in\n"
    assert build(text).policy.rule_items("mag_niet")[0].tekst == "Let op: voer nooit klantgegevens in"
    missing = [f for f in findings(text) if f[0] == "AIB401"]
    assert len(missing) == 3  # geen-persoonsgegevens is recognised in the text


def test_a_tool_given_as_a_plain_string():
    text = "goedgekeurde_tools:\n  - DeepL Pro\n  - ChatGPT Team\n"
    assert [t.naam for t in build(text).policy.goedgekeurde_tools] == ["DeepL Pro", "ChatGPT Team"]
    assert ("AIB302", 3, 5, "goedgekeurde_tools[1]") in findings(text)


def test_a_single_tool_without_a_list():
    text = "goedgekeurde_tools:\n  naam: DeepL Pro\n  verwerkersovereenkomst: ja\n"
    assert build(text).policy.goedgekeurde_tools[0].verwerkersovereenkomst == "ja"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("organisatie:\n  - A\n  - B\n", ("AIB102", 2, 3, "organisatie")),
        ("organisatie: {a: b}\n", ("AIB102", 1, 14, "organisatie")),
        ("regels: [a]\n", ("AIB102", 1, 9, "regels")),
        ("aanspreekpunt: [a]\n", ("AIB102", 1, 16, "aanspreekpunt")),
        ("geldt_voor: {a: b}\n", ("AIB102", 1, 13, "geldt_voor")),
        ("geldt_voor: [a, [b]]\n", ("AIB102", 1, 17, "geldt_voor[1]")),
        ("goedgekeurde_tools: [[a]]\n", ("AIB102", 1, 22, "goedgekeurde_tools[0]")),
        ("goedgekeurde_tools:\n  - naam: [a]\n", ("AIB102", 2, 11, "goedgekeurde_tools[0].naam")),
        (
            "goedgekeurde_tools:\n  - naam: A\n    persoonsgegevens: vaak\n",
            ("AIB102", 3, 23, "goedgekeurde_tools[0].persoonsgegevens"),
        ),
        ("regels:\n  mag:\n    - id: [a]\n", ("AIB102", 3, 11, "regels.mag[0].id")),
        ("ingangsdatum: [2026-01-01]\n", ("AIB202", 1, 15, "ingangsdatum")),
    ],
)
def test_wrong_types_are_reported_on_the_values_line(text, expected):
    assert expected in findings(text)


def test_a_wrong_type_is_not_also_reported_as_missing():
    assert codes("goedgekeurde_tools: [[a]]\n") & {"AIB301", "AIB302"} == set()
    assert "AIB405" not in codes("regels:\n  mag:\n    - id: [a]\n")
    assert "AIB501" not in codes("aanspreekpunt:\n  naam: Jan\n  email: [a]\n")


def test_one_bad_value_never_hides_the_others():
    text = """\
organisatie: [A]
goedgekeurde_tools:
  - naam: DeepL
    verwerkersovereenkomst: misschien
    persoonsgegevens: vaak
  - naam: ChatGPT
    verwerkersovereenkomst: nee
    persoonsgegevens: ja
aanspreekpunt: Jan
geldt_voor: Iedereen
ingangsdatum: 2026-02-30
herzieningsdatum: 31-04-2027
"""
    got = findings(text)
    for expected in [
        ("AIB102", 1, 14, "organisatie"),
        ("AIB302", 4, 29, "goedgekeurde_tools[0].verwerkersovereenkomst"),
        ("AIB102", 5, 23, "goedgekeurde_tools[0].persoonsgegevens"),
        ("AIB303", 8, 23, "goedgekeurde_tools[1].persoonsgegevens"),
        ("AIB501", 9, 1, "aanspreekpunt"),
        ("AIB202", 11, 15, "ingangsdatum"),
        ("AIB202", 12, 19, "herzieningsdatum"),
    ]:
        assert expected in got
    assert build(text).policy.goedgekeurde_tools[1].naam == "ChatGPT"


def test_dutch_key_and_its_alias_together_are_a_duplicate_and_the_last_wins():
    text = "organisation: A\nversie: '1'\norganisatie: B\n"
    assert build(text).policy.organisatie == "B"
    (duplicate,) = [f for f in findings(text) if f[0] == "AIB002"]
    assert duplicate == ("AIB002", 3, 1, "organisatie")


def test_alias_duplicate_inside_a_tool():
    text = "goedgekeurde_tools:\n  - name: A\n    naam: B\n"
    assert build(text).policy.goedgekeurde_tools[0].naam == "B"
    assert ("AIB002", 3, 5, "goedgekeurde_tools[0].naam") in findings(text)


def test_unknown_keys_suggest_the_nearest_known_key():
    built = build("ingangsdatun: 2026-01-01\ngoedgekeurde_tools:\n  - naam: A\n    verwerkersovereenkomts: ja\n")
    facts = {p.field: (p.kind, p.line, p.column, p.key, p.suggestion) for p in built.problems}
    assert facts["ingangsdatun"] == ("unknown-key", 1, 1, "ingangsdatun", "ingangsdatum")
    assert facts["goedgekeurde_tools[0].verwerkersovereenkomts"][1:] == (
        4,
        5,
        "verwerkersovereenkomts",
        "verwerkersovereenkomst",
    )


def test_the_unknown_key_rule_words_the_suggestion():
    text = "ingangsdatun: 2026-01-01\ngoedgekeurde_tools:\n  - naam: A\n    verwerkersovereenkomts: ja\n"
    messages = {f.field: f.message.nl for f in check(text).findings if f.rule == "AIB101"}
    assert messages["ingangsdatun"] == "Onbekende sleutel 'ingangsdatun'. Bedoel je 'ingangsdatum'?"
    assert "Bedoel je 'verwerkersovereenkomst'?" in messages["goedgekeurde_tools[0].verwerkersovereenkomts"]


def test_a_key_given_twice_and_a_key_with_its_alias_have_one_wording():
    same = {f.message.nl for f in check("organisatie: A\norganisatie: B\n").findings if f.rule == "AIB002"}
    alias = {f.message.nl for f in check("organisatie: A\norganisation: B\n").findings if f.rule == "AIB002"}
    assert same == {"Sleutel 'organisatie' staat er twee keer (eerst op regel 1); alleen de laatste telt."}
    assert alias == {
        "Sleutel 'organisation' staat er twee keer (eerst op regel 1 als 'organisatie'); alleen de laatste telt."
    }


def test_position_of_a_missing_field_is_its_parent_or_line_one():
    built = build("organisatie: A\nregels:\n  mag:\n    - id: concepten\n")
    assert built.position("regels.mag_niet") == (2, 1)
    assert built.position("ingangsdatum") == (1, 1)


def test_not_a_mapping_builds_no_model():
    assert model.build(source.parse_bytes(b"- a\n")) is None


def test_a_bare_template_id_is_read_as_the_id():
    text = "regels:\n  mag:\n    - concepten\n    - Concepten laten schrijven\n  mag_niet:\n    - geen-eindbesluit\n"
    built = build(text).policy
    assert [(i.id, i.tekst) for i in built.rule_items("mag")] == [
        ("concepten", None),
        (None, "Concepten laten schrijven"),
    ]
    assert built.rule_items("mag_niet")[0].id == "geen-eindbesluit"
    assert ("AIB403", 3, 7, "regels.mag[0].id") not in findings(text)


def test_a_bare_id_in_the_wrong_list_is_reported():
    text = "regels:\n  mag:\n    - geen-eindbesluit\n"
    assert ("AIB403", 3, 7, "regels.mag[0].id") in findings(text)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        (("approved_tools", 0, "name"), "goedgekeurde_tools[0].naam"),
        (("rules", "forbidden", 2, "text"), "regels.mag_niet[2].tekst"),
        (("contact", "phone"), "aanspreekpunt.telefoon"),
        (("Organisatie",), "organisatie"),
        (("onbekend", 0, "name"), "onbekend[0].name"),
        ((), ""),
    ],
)
def test_canonical_path(raw, canonical):
    assert model.canonical_path(raw) == canonical


def test_source_findings_use_the_canonical_path():
    text = "organisation: A\norganisation: B\napproved_tools:\n  - name: !!binary aGk=\n"
    assert [(f[0], f[3]) for f in findings(text) if f[0] < "AIB1"] == [
        ("AIB002", "organisatie"),
        ("AIB003", "goedgekeurde_tools[0].naam"),
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("31-12-2026", date(2026, 12, 31)),
        ("31/12/2026", date(2026, 12, 31)),
        ("31.12.2026", date(2026, 12, 31)),
        ("woensdag 1 april 2026", date(2026, 4, 1)),
        ("1 mrt. 2026", date(2026, 3, 1)),
        ("m.i.v. 1 maart 2026", date(2026, 3, 1)),
    ],
)
def test_the_date_spellings_of_the_issue(written, expected):
    assert build(f"ingangsdatum: {written}\n").policy.ingangsdatum == expected


@pytest.mark.parametrize(
    "contact",
    [
        "ICT-servicedesk, 024 – 361 11 11",
        "ICT-servicedesk, toestel 1234",
        "IT service desk (ext. 4400)",
        "Servicedesk via https://intranet.example.nl/ai",
        "Teams-kanaal AI-vragen",
        "Privacyteam, #ai-vragen op Slack",
        "Servicedesk, +31 (0)24 361 11 11",
        "Functionaris gegevensbescherming, fg@example.nl",
    ],
)
def test_a_team_or_role_with_a_channel_is_a_valid_contact(contact):
    """Issue 10.3."""
    assert build(f"aanspreekpunt: '{contact}'\n").policy.aanspreekpunt.reachable
    assert build(f"aanspreekpunt:\n  rol: '{contact}'\n").policy.aanspreekpunt.reachable


@pytest.mark.parametrize("contact", ["Marieke de Vries", "ICT-servicedesk", "de directie", "C# programmeur"])
def test_a_name_or_role_alone_is_not_a_channel(contact):
    assert not build(f"aanspreekpunt: '{contact}'\n").policy.aanspreekpunt.reachable


def test_a_long_contact_text_is_searched_in_bounded_time():
    """The search for a channel in a long contact text (ours) is timed, not the YAML parse before it. The text
    is a literal block: libyaml reads a quoted scalar of spaces then words in quadratic time (1-2 s of CPU
    here for nothing this test measures; tests/test_limits.py keeps that case). Our search of the 700,000
    characters stays far below the bound."""
    import time

    text = "aanspreekpunt: |-\n  " + "(0" + " " * 300_000 + "x " * 200_000 + "\n"
    contact = build(text).policy.aanspreekpunt
    started = time.process_time()
    assert not contact.reachable
    assert time.process_time() - started < 0.5
