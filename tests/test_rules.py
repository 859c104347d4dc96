"""Each built-in rule: a case that fails (code, line, column, field) and a case that passes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aibeleid_check import engine, source
from aibeleid_check.findings import Severity
from aibeleid_check.rules import BUILTIN_RULES, Rule, validate_rule_class
from conftest import POLICIES

TODAY = date(2026, 6, 1)

VALID = """\
organisatie: Bakkerij De Vries B.V.
regels:
  mag:
    - id: concepten
    - id: brainstormen
  mag_niet:
    - id: geen-persoonsgegevens
    - id: geen-bedrijfsgeheimen
    - id: geen-eindbesluit
    - id: altijd-controleren
goedgekeurde_tools:
  - naam: Microsoft 365 Copilot (werkaccount)
    verwerkersovereenkomst: ja
    persoonsgegevens: ja
  - naam: DeepL Pro
    verwerkersovereenkomst: ja
aanspreekpunt:
  naam: Marieke de Vries
  email: marieke@bakkerijdevries.example
geldt_voor: Alle medewerkers en stagiairs
ingangsdatum: 2026-01-01
"""


def check(text: str | bytes, today: date = TODAY):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return engine.check_document(source.parse_bytes(raw), engine.RuleSet(settings=engine.Settings(today=today)))


def found(text: str | bytes, **options) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.field) for f in check(text, **options).findings]


def variant(*replacements: tuple[str, str], append: str = "") -> str:
    text = VALID
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text + append


TOOL_2 = "  - naam: DeepL Pro\n    verwerkersovereenkomst: ja\n"
CONTACT = "aanspreekpunt:\n  naam: Marieke de Vries\n  email: marieke@bakkerijdevries.example\n"

FAILING = {
    "AIB001": (variant(("    - id: brainstormen\n", "   - id: brainstormen\n")), [("AIB001", 5, 4, "")]),
    "AIB002": (variant(append="ingangsdatum: 2026-03-01\n"), [("AIB002", 22, 1, "ingangsdatum")]),
    "AIB003": (variant(append="versie: !!python/object/apply:os.system ['true']\n"), [("AIB003", 22, 9, "versie")]),
    "AIB004": ("organisatie: Café\n".encode("cp1252"), [("AIB004", 1, 17, "")]),
    "AIB005": ("# alleen commentaar\n", [("AIB005", 1, 1, "")]),
    "AIB006": ("- organisatie: A\n", [("AIB006", 1, 1, "")]),
    "AIB007": (variant(append="versie: " + "[" * 70 + "]" * 70 + "\n"), [("AIB007", 22, 73, "versie" + "[0]" * 64)]),
    "AIB009": (variant(append="? [versie]\n: '1'\n"), [("AIB009", 22, 3, "")]),
    "AIB101": (variant(append="herzieningsdatun: 2027-01-01\n"), [("AIB101", 22, 1, "herzieningsdatun")]),
    "AIB102": (
        variant((TOOL_2, TOOL_2 + "    persoonsgegevens: misschien\n")),
        [("AIB102", 17, 23, "goedgekeurde_tools[1].persoonsgegevens")],
    ),
    "AIB103": (
        variant(("organisatie: Bakkerij De Vries B.V.\n", "organisatie: n.t.b.\n")),
        [("AIB103", 1, 14, "organisatie")],
    ),
    "AIB105": (
        variant((TOOL_2, "  - naam: DeepL Pro\n    verwerkersovereenkomst: n.v.t.\n")),
        [("AIB105", 16, 29, "goedgekeurde_tools[1].verwerkersovereenkomst")],
    ),
    "AIB201": (variant((CONTACT, "aanspreekpunt: '[invullen]'\n")), [("AIB201", 17, 16, "aanspreekpunt")]),
    "AIB202": (variant(("ingangsdatum: 2026-01-01", "ingangsdatum: 31-04-2026")), [("AIB202", 21, 15, "ingangsdatum")]),
    "AIB203": (variant(("ingangsdatum: 2026-01-01", "ingangsdatum: 2026-06-02")), [("AIB203", 21, 15, "ingangsdatum")]),
    "AIB204": (variant(("ingangsdatum: 2026-01-01", "ingangsdatum: 2025-05-31")), [("AIB204", 21, 15, "ingangsdatum")]),
    "AIB301": (variant((TOOL_2, "  - verwerkersovereenkomst: ja\n")), [("AIB301", 15, 5, "goedgekeurde_tools[1]")]),
    "AIB302": (variant((TOOL_2, "  - naam: DeepL Pro\n")), [("AIB302", 15, 5, "goedgekeurde_tools[1]")]),
    "AIB303": (
        variant((TOOL_2, "  - naam: DeepL Pro\n    verwerkersovereenkomst: aangevraagd\n    persoonsgegevens: ja\n")),
        [("AIB303", 17, 23, "goedgekeurde_tools[1].persoonsgegevens")],
    ),
    "AIB304": (
        variant((TOOL_2, TOOL_2 + "  - naam: ' deepl  PRO'\n    verwerkersovereenkomst: nee\n")),
        [("AIB304", 17, 11, "goedgekeurde_tools[2].naam")],
    ),
    "AIB401": (variant(("    - id: geen-eindbesluit\n", "")), [("AIB401", 6, 3, "regels.mag_niet")]),
    "AIB402": (variant(("  mag:\n    - id: concepten\n    - id: brainstormen\n", "")), [("AIB402", 2, 1, "regels")]),
    "AIB403": (
        variant(("    - id: brainstormen\n", "    - id: brainstorm\n")),
        [("AIB403", 5, 11, "regels.mag[1].id")],
    ),
    "AIB404": (
        variant(("    - id: brainstormen\n", "    - Brainstormen: ideeën en structuur.\n")),
        [("AIB404", 5, 7, "regels.mag[1]")],
    ),
    "AIB405": (variant(("    - id: brainstormen\n", "    - '…'\n")), [("AIB405", 5, 7, "regels.mag[1]")]),
    "AIB501": (variant((CONTACT, "aanspreekpunt: Marieke de Vries\n")), [("AIB501", 17, 1, "aanspreekpunt")]),
}


def test_the_valid_policy_is_clean():
    assert found(VALID) == []


def test_the_example_policy_is_clean():
    result = engine.check_path(str(POLICIES / "voorbeeld.yaml"), engine.RuleSet(settings=engine.Settings(today=TODAY)))
    assert result.findings == []


TESTED_ELSEWHERE = {
    # rules whose failing case needs a Word/Markdown document or a whole advisor policy: in their owners' files
    "AIB010": "test_docx.py",
    "AIB011": "test_markdown.py",
    "AIB104": "test_markdown.py",
    "AIB406": "test_markdown.py",
    "AIB305": "test_advisor.py",
    "AIB407": "test_advisor.py",
    "AIB408": "test_advisor.py",
}


def test_every_core_rule_has_a_failing_case():
    testable = {rule.code for rule in BUILTIN_RULES if rule.code < "AIB600" and rule.profile == "basis"}
    # unreadable: tested through the file system below
    assert testable - set(FAILING) - set(TESTED_ELSEWHERE) == {"AIB008"}
    for code, test_file in TESTED_ELSEWHERE.items():
        assert f'"{code}"' in (Path(__file__).parent / test_file).read_text(encoding="utf-8"), code


@pytest.mark.parametrize("code", sorted(FAILING))
def test_rule_fails_on_its_mistake(code):
    text, expected = FAILING[code]
    assert found(text) == expected


@pytest.mark.parametrize("code", sorted(FAILING))
def test_rule_passes_when_its_rule_is_the_only_one_turned_off(code):
    """The failing cases hold only their own mistake: without the rule, nothing (from the core) is left."""
    text, _ = FAILING[code]
    raw = text.encode("utf-8") if isinstance(text, str) else text
    settings = engine.Settings(today=TODAY, ignore=(code,))
    result = engine.check_document(source.parse_bytes(raw), engine.RuleSet(settings=settings))
    if code in {"AIB001", "AIB004", "AIB005", "AIB006", "AIB007"}:
        # a file that could not be read never passes: --ignore does not silence it, and nothing else is said
        assert [f.rule for f in result.findings] == [code]
        assert result.fails(Severity.ERROR)
    else:
        assert [f.rule for f in result.findings if f.rule != code] == []


def test_unreadable_file(tmp_path):
    result = engine.check_path(str(tmp_path / "weg.yaml"), engine.RuleSet())
    assert [(f.rule, f.line, f.column) for f in result.findings] == [("AIB008", 1, 1)]
    assert not result.readable


def test_missing_fields_are_reported_on_line_one_with_their_would_be_path():
    assert sorted(found("organisatie: A\n")) == sorted(
        [
            ("AIB201", 1, 1, "goedgekeurde_tools"),
            ("AIB201", 1, 1, "aanspreekpunt"),
            ("AIB201", 1, 1, "geldt_voor"),
            ("AIB201", 1, 1, "ingangsdatum"),
            ("AIB401", 1, 1, "regels"),
            ("AIB401", 1, 1, "regels"),
            ("AIB401", 1, 1, "regels"),
            ("AIB401", 1, 1, "regels"),
            ("AIB402", 1, 1, "regels"),
        ]
    )


@pytest.mark.parametrize("placeholder", ["n.t.b.", "'…'", "'[invullen]'", "nog invullen", "'<naam>'", "TBD", "''"])
def test_placeholders_count_as_empty(placeholder):
    text = variant(("geldt_voor: Alle medewerkers en stagiairs", f"geldt_voor: {placeholder}"))
    assert ("AIB201", 20, 13, "geldt_voor") in found(text)


def test_empty_tool_list_is_not_filled_in():
    text = variant(("goedgekeurde_tools:\n", "goedgekeurde_tools: []\nx_tools:\n"))
    assert ("AIB201", 11, 21, "goedgekeurde_tools") in found(text)


def test_forbidden_rules_named_in_free_text_count():
    text = variant(
        ("    - id: geen-persoonsgegevens\n", "    - Voer nooit klantgegevens in.\n"),
        ("    - id: altijd-controleren\n", "    - tekst: Never copy an answer without checking it.\n"),
    )
    assert found(text) == []


def test_each_missing_prohibition_is_named():
    text = variant(("    - id: geen-eindbesluit\n    - id: altijd-controleren\n", ""))
    messages = [f.message.nl for f in check(text).findings if f.rule == "AIB401"]
    assert len(messages) == 2
    assert "'geen-eindbesluit'" in messages[0] and "'altijd-controleren'" in messages[1]


def test_a_template_rule_in_the_wrong_list():
    text = variant(("    - id: brainstormen\n", "    - id: geen-eindbesluit\n"))
    (finding,) = [f for f in check(text).findings if f.rule == "AIB403"]
    assert finding.message.nl == "'geen-eindbesluit' is een regel voor mag_niet, niet voor mag."


def test_unknown_rule_id_suggests_the_nearest():
    (finding,) = [f for f in check(FAILING["AIB403"][0]).findings if f.rule == "AIB403"]
    assert finding.message.nl == "Onbekende regel-id 'brainstorm'; bedoel je 'brainstormen'?"
    assert finding.message.en == "Unknown rule id 'brainstorm'; did you mean 'brainstormen'?"


def test_unquoted_rule_text_is_kept():
    result = check(FAILING["AIB404"][0])
    assert result.policy.rule_items("mag")[1].tekst == "Brainstormen: ideeën en structuur."


def test_stale_policy_with_a_review_date_is_fine():
    text = variant(("ingangsdatum: 2026-01-01", "ingangsdatum: 2024-01-01\nherzieningsdatum: 2026-01-15"))
    assert found(text) == []


def test_stale_boundary_is_twelve_months():
    assert found(variant(("ingangsdatum: 2026-01-01", "ingangsdatum: 2025-06-01"))) == []


def test_future_date_is_only_info():
    (finding,) = check(FAILING["AIB203"][0]).findings
    assert finding.severity is Severity.INFO


def test_personal_data_with_a_signed_agreement_is_fine():
    assert [f for f in found(VALID) if f[0] == "AIB303"] == []


@pytest.mark.parametrize("state", ["nee", "aangevraagd", "niet-nodig"])
def test_personal_data_needs_a_signed_agreement(state):
    text = variant((TOOL_2, f"  - naam: DeepL Pro\n    verwerkersovereenkomst: {state}\n    persoonsgegevens: ja\n"))
    assert ("AIB303", 17, 23, "goedgekeurde_tools[1].persoonsgegevens") in found(text)


def test_contact_with_a_phone_number_is_reachable():
    text = variant((CONTACT, "aanspreekpunt:\n  naam: Marieke\n  telefoon: 010 123 45 67\n"))
    assert found(text) == []


def test_rule_crash_is_reported_and_other_rules_go_on():
    class Broken(Rule):
        """Kapot.

        Wat het controleert:
            x
        Waarom:
            x
        Voorbeeld:
            x
        Zo wel:
            x
        """

        code = "TST001"
        slug = "kapot"
        severity = Severity.ERROR

        def check(self, ctx):
            raise KeyError("naam")

    ruleset = engine.RuleSet((*BUILTIN_RULES, Broken), engine.Settings(today=TODAY))
    text = variant(("ingangsdatum: 2026-01-01", "ingangsdatum: 2099-01-01"))
    result = engine.check_document(source.parse_bytes(text.encode()), ruleset)
    assert [(f.rule, f.line) for f in result.findings] == [("AIB900", 1), ("AIB203", 21)]
    assert "TST001" in result.findings[0].message.nl and "KeyError" in result.findings[0].message.en


def test_builtin_rules_are_well_formed_and_unique():
    codes = [rule.code for rule in BUILTIN_RULES]
    assert len(codes) == len(set(codes))
    for rule in BUILTIN_RULES:
        assert validate_rule_class(rule) == [], rule.code
        assert rule.doc("en").summary and rule.doc("en").sections, rule.code


@pytest.mark.parametrize(
    ("text", "nl", "en"),
    [
        ("a: b: c\n", "een dubbele punt met spatie", "a colon and space"),
        ("a: 'x\n", "een aanhalingsteken wordt niet gesloten", "a quote is never closed"),
        ("a: [1, 2\n", "een lijst tussen [ en ] is niet goed gesloten", "a list between [ and ] is not closed"),
        ("a:\n\t- b\n", "een tab in de inspringing", "a tab in the indentation"),
        ("a: b\n---\nc: d\n", "meer dan één document", "more than one document"),
        ("a: *x\n", "een alias (*naam) zonder bijbehorend anker", "an alias (*name) without its anchor"),
    ],
)
def test_yaml_errors_are_explained_in_both_languages(text, nl, en):
    (finding,) = check(text).findings
    assert finding.rule == "AIB001"
    assert finding.message.nl.startswith("Geen geldige YAML: " + nl)
    assert finding.message.en.startswith("Not valid YAML: " + en)


def test_unexplained_yaml_errors_keep_the_parsers_words():
    (finding,) = check("a: !<tag:x,2000:y\n").findings
    assert finding.message.nl.startswith("Geen geldige YAML: while")


def test_rules_of_the_wrong_kind_are_one_finding_not_also_missing_rules():
    rules_block = VALID[VALID.index("regels:") : VALID.index("goedgekeurde_tools:")]
    assert found(variant((rules_block, "regels: [concepten, uitleg]\n"))) == [("AIB102", 2, 9, "regels")]


@pytest.mark.parametrize("text", ["n.v.t.", "nvt", "N/A"])
def test_nvt_agreement_asks_which_one_is_meant(text):
    policy = variant((TOOL_2, f"  - naam: DeepL Pro\n    verwerkersovereenkomst: {text}\n"))
    (finding,) = check(policy).findings
    assert finding.rule == "AIB105" and finding.severity is Severity.ERROR
    assert "'niet-nodig'" in finding.message.nl and "'nee'" in finding.message.nl and text in finding.message.nl
    assert "which of the two" in finding.message.en


@pytest.mark.parametrize("text", ["afgesloten", "aanwezig", "signed DPA", "in place"])
def test_clear_agreement_words_pass(text):
    assert found(variant((TOOL_2, f"  - naam: DeepL Pro\n    verwerkersovereenkomst: {text}\n"))) == []


def test_an_unclear_agreement_names_the_accepted_values():
    (finding,) = check(
        variant((TOOL_2, "  - naam: DeepL Pro\n    verwerkersovereenkomst: enterprise contract\n"))
    ).findings
    assert finding.rule == "AIB302" and "ja, nee, aangevraagd, niet-nodig" in finding.message.nl


@pytest.mark.parametrize("text", ["April 15, 2026", "Jan 30, 2026", "30 January, 2026", "25 februari 2026 13:04"])
def test_dates_with_month_names_pass(text):
    assert found(variant(("ingangsdatum: 2026-01-01", f"ingangsdatum: {text}"))) == []


def test_a_month_first_date_is_one_finding_saying_it_is_ambiguous():
    (finding,) = check(variant(("ingangsdatum: 2026-01-01", "ingangsdatum: 04/15/2026"))).findings
    assert finding.rule == "AIB202" and "dubbelzinnig" in finding.message.nl and "2026-04-15" in finding.message.nl
