"""Markdown policies: the template's structure read into the same values as YAML, with line and column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.source import SourceKind, parse_bytes
from aibeleid_check.source.detect import is_policy, markdown_looks_like_policy
from conftest import POLICIES, run_cli
from twins import assert_twin, fouten

FILLED = """\
# AI-gebruiksbeleid

Bakkerij De Vries B.V.

**DIT MAG**

- ✓ Concepten laten schrijven: mails, teksten, samenvattingen, die je daarna zelf nakijkt.
- ✓ Brainstormen, structureren en lange stukken laten samenvatten.

**DIT NIET**

- ✗ Klant- of persoonsgegevens invoeren: namen, adressen, dossiers, e-mails.
- ✗ Bedrijfsgeheimen, contracten of financiële details delen.
- ✗ Een eindbesluit laten nemen over mensen, geld of risico.
- ✗ Antwoorden overnemen zonder ze zelf te controleren.

**AVG, kort.** Weet altijd waar de gegevens van een tool naartoe gaan.

**GOEDGEKEURDE TOOLS** *Welke AI-tools mag het team gebruiken?*

| Tool | Verwerkersovereenkomst | Persoonsgegevens |
|---|---|---|
| DeepL Pro | ja | nee |

**AANSPREEKPUNT BIJ TWIJFEL** Marieke de Vries (directeur) · marieke@bakkerij.example

**DIT BELEID GELDT VOOR** Alle medewerkers en stagiairs

**INGANGSDATUM** 1 maart 2026
"""


def _read(text: str, name: str = "beleid.md"):
    return parse_bytes(text.encode("utf-8"), path=name)


def _codes(text: str) -> list[str]:
    return [finding.rule for finding in check_document(_read(text), RuleSet()).findings]


def test_the_filled_in_template_is_clean():
    result = check_document(_read(FILLED), RuleSet())
    assert [f.rule for f in result.findings if f.severity.value != "info"] == []
    assert result.policy.organisatie == "Bakkerij De Vries B.V."


def test_the_template_itself_read_as_markdown_gives_empty_fields_not_a_pass():
    text = POLICIES.parent.parent / "shared" / "template" / "ai-gebruiksbeleid-sjabloon.md"
    source = text.read_text(encoding="utf-8") if text.exists() else _TEMPLATE_FALLBACK
    doc = _read(source)
    assert doc.data["goedgekeurde_tools"] is None and doc.data["ingangsdatum"] is None
    assert [p for p in doc.problems if p.kind is SourceKind.UNKNOWN_HEADING] == []  # its own parts are known
    codes = _codes(source)
    assert "AIB201" in codes and "AIB103" in codes


_TEMPLATE_FALLBACK = """# AI-gebruiks*beleid*\n\n## VOORDAT JE BEGINT\n\n## HET BELEID\n\n**DIT MAG**\n\n- ✓ Concepten.\n
**GOEDGEKEURDE TOOLS** *Welke AI-tools mag het team gebruiken?*\n\n**INGANGSDATUM** *Vanaf wanneer?*\n"""


def test_positions_are_line_and_column():
    doc = _read(FILLED)
    assert doc.location_kind == "line"
    assert doc.value_marks[("regels", "mag_niet", 1)] == (13, 3)
    assert doc.value_marks[("goedgekeurde_tools", 0, "verwerkersovereenkomst")] == (23, 15)
    assert doc.value_marks[("ingangsdatum",)] == (29, 18)


ENGLISH = """\
# AI usage policy of Example Ltd

## Do's
- Drafting e-mails that you check yourself.

## Don'ts
- Never paste customer data or personal data into a tool.
- Never share trade secrets, contracts or financial details.
- Do not let AI take final decisions about people, money or risk.
- Never copy answers without checking them yourself.

## Always
- Anonymise documents before using AI.

## Approved tools
| DPA | Name | Personal data |
|---|---|---|
| yes | ChatGPT Enterprise | no |

Contact: Jane Doe, jane@example.com

Applies to: All staff

Effective date: 1 March 2026
"""


def test_english_headings_tools_table_in_any_order_and_plain_labels():
    doc = _read(ENGLISH)
    assert doc.data["organisatie"] == "Example Ltd"
    assert doc.data["goedgekeurde_tools"] == [
        {"verwerkersovereenkomst": "yes", "naam": "ChatGPT Enterprise", "persoonsgegevens": "no"}
    ]
    assert doc.data["regels"]["moet"] == ["Anonymise documents before using AI."]
    assert doc.data["aanspreekpunt"] == {"naam": "Jane Doe", "email": "jane@example.com"}
    assert doc.data["geldt_voor"] == "All staff" and doc.data["ingangsdatum"] == "1 March 2026"
    assert [f for f in _codes(ENGLISH) if f not in ("AIB406",)] == []


def test_tools_as_a_list():
    text = FILLED.replace(
        "| Tool | Verwerkersovereenkomst | Persoonsgegevens |\n|---|---|---|\n| DeepL Pro | ja | nee |\n",
        "- Microsoft 365 Copilot — verwerkersovereenkomst: ja, persoonsgegevens: ja\n"
        "- DeepL Pro (verwerkersovereenkomst aangevraagd)\n- Claude Team, geen persoonsgegevens\n",
    )
    tools = _read(text).data["goedgekeurde_tools"]
    assert tools == [
        {"naam": "Microsoft 365 Copilot", "verwerkersovereenkomst": "ja", "persoonsgegevens": "ja"},
        {"naam": "DeepL Pro", "verwerkersovereenkomst": "aangevraagd"},
        {"naam": "Claude Team", "persoonsgegevens": "nee"},
    ]
    assert "AIB302" in _codes(text)  # Claude Team: no agreement stated


def test_sections_as_headings_of_any_level_and_dutch_variants():
    text = FILLED.replace("**DIT MAG**", "### Wat mag wel").replace("**DIT NIET**", "#### Niet toegestaan")
    doc = _read(text)
    assert len(doc.data["regels"]["mag"]) == 2 and len(doc.data["regels"]["mag_niet"]) == 4


def test_unknown_heading_names_the_nearest_section():
    doc = _read(FILLED.replace("**DIT NIET**", "## Dit mag nit"))
    problem = next(p for p in doc.problems if p.kind is SourceKind.UNKNOWN_HEADING)
    assert (problem.line, problem.found, problem.key) == (10, "Dit mag nit", "mag_niet")
    assert "AIB104" in _codes(FILLED.replace("**DIT NIET**", "## Dit mag nit"))


def test_a_page_without_policy_structure_is_an_error():
    result = check_document(_read("# Notulen\n\nWe spraken over de kerstborrel.\n"), RuleSet())
    assert [f.rule for f in result.findings] == ["AIB011"] and result.fails


@pytest.mark.parametrize("text", ["", "  \n\n", "<!-- alleen commentaar -->\n"])
def test_an_empty_page_is_a_finding(text):
    assert _codes(text)[0] in ("AIB005", "AIB011")


def test_suppression_in_an_html_comment():
    text = FILLED.replace("| DeepL Pro | ja | nee |", "| DeepL Pro |  | nee |")
    assert "AIB302" in _codes(text)
    own_line = text.replace("| DeepL Pro |", "| DeepL Pro <!-- aibeleid-check: ignore[AIB302] reden: test -->|")
    assert "AIB302" not in _codes(own_line)
    before = text.replace(
        "**AANSPREEKPUNT", "<!-- aibeleid-check: ignore[AIB501] reden: via receptie -->\n**AANSPREEKPUNT"
    )
    before = before.replace(" · marieke@bakkerij.example", "")
    assert "AIB501" not in _codes(before) and "AIB902" not in _codes(before)
    without_reason = text.replace("| DeepL Pro |", "| DeepL Pro <!-- aibeleid-check: ignore[AIB302] -->|")
    assert "AIB901" in _codes(without_reason)


@pytest.mark.parametrize("path", fouten(), ids=lambda p: p.name)
def test_every_mistake_has_a_markdown_twin_on_the_right_line(path):
    assert_twin(path, "markdown")


def test_readme_is_not_a_policy_but_a_named_md_is_checked(tmp_path):
    client = tmp_path / "klanten" / "bakkerij"
    client.mkdir(parents=True)
    (client / "README.md").write_text("# Klant X\n\nDossier, offerte en notulen.\n", encoding="utf-8")
    (client / "notities.md").write_text("# Notities\n\n**Let op:** bellen.\n", encoding="utf-8")
    (client / "ai-beleid.md").write_text(FILLED, encoding="utf-8")
    (client / "intern.md").write_text(FILLED.replace("# AI-gebruiksbeleid", "# Afspraken"), encoding="utf-8")
    proc = run_cli("check", "--format", "json", str(tmp_path))
    checked = sorted(Path(file["path"]).name for file in json.loads(proc.stdout)["files"])
    assert checked == ["ai-beleid.md", "intern.md"], proc.stdout  # intern.md carries the template's labels
    assert proc.returncode == 0, proc.stdout + proc.stderr
    named = run_cli("check", "--format", "concise", str(client / "README.md"))
    assert "AIB011" in named.stdout  # named on the command line it is checked, and is no policy


def test_detect_needs_the_name_a_policy_heading_or_the_template_headings():
    assert markdown_looks_like_policy("# AI-beleid\n\ntekst\n")
    assert markdown_looks_like_policy("# Afspraken\n\n## DIT MAG\n\n## DIT NIET\n")
    assert not markdown_looks_like_policy("# Installatie\n\n## Gebruik\n\n## Contact\n")
    assert is_policy("klant/AI-policy.md") and is_policy("klant/beleid.doc") and is_policy("klant/x.docx")
    assert not is_policy("klant/~$beleid.docx") and not is_policy("klant/beleid.pdf")
    assert not is_policy("klant/offerte.doc") and not is_policy("klant/ontbreekt.md")


@pytest.mark.parametrize("seed", range(40))
def test_damaged_markdown_never_crashes(seed):
    import random

    rng = random.Random(seed)
    text = list(FILLED + ENGLISH)
    for _ in range(rng.randint(1, 60)):
        text.insert(rng.randrange(len(text)), rng.choice("*_#|-:\n\t<>![]()`✓✗\x00\x07 "))
    result = check_document(_read("".join(text)), RuleSet())  # a result, never an exception
    assert result.policy is not None if result.readable else result.fails  # unreadable never passes


def test_deep_nesting_and_very_many_lines_stay_bounded():
    import time

    started = time.process_time()
    assert _codes("> " * 5000 + "**DIT MAG**\n")  # a finding, no recursion error
    assert "AIB007" in _codes("- Ingangsdatun: 1 maart 2026\n" * 6000 + "**DIT MAG**\n")
    assert time.process_time() - started < 5


VARIANTS = """\
# Afspraken over AI

Organisatie: Gemeente Voorbeeld

## Toegestaan
1. Teksten laten samenvatten.

## Verboden
* Persoonsgegevens van inwoners in een AI-tool zetten.

## Verplicht
* Controleer elke uitkomst zelf.

### Tools
- ChatGPT Enterprise: verwerkersovereenkomst ja, persoonsgegevens nee

**Contactpersoon:** Functionaris gegevensbescherming, fg@voorbeeld.nl

**Geldt voor:**
- Ambtenaren
- Inhuur

Ingangsdatum: 1-3-2026
Herzieningsdatum: 1-3-2027
Versie: 2.1

**Verder afgesproken**
- Nieuwe tools keurt de FG goed.
"""


def test_dutch_variants_plain_labels_lists_and_further_agreements():
    data = _read(VARIANTS).data
    assert data["organisatie"] == "Gemeente Voorbeeld"
    assert data["regels"] == {
        "mag": ["Teksten laten samenvatten."],
        "mag_niet": ["Persoonsgegevens van inwoners in een AI-tool zetten."],
        "moet": ["Controleer elke uitkomst zelf."],
    }
    assert data["goedgekeurde_tools"] == [
        {"naam": "ChatGPT Enterprise", "verwerkersovereenkomst": "ja", "persoonsgegevens": "nee"}
    ]
    assert data["aanspreekpunt"] == {"naam": "Functionaris gegevensbescherming", "email": "fg@voorbeeld.nl"}
    assert data["geldt_voor"] == ["Ambtenaren", "Inhuur"]
    assert (data["ingangsdatum"], data["herzieningsdatum"], data["versie"]) == ("1-3-2026", "1-3-2027", "2.1")
    assert data["afspraken"] == ["Nieuwe tools keurt de FG goed."]
    assert _read(VARIANTS).problems == []


def test_line_numbers_count_only_real_line_breaks():
    text = FILLED.replace("Bakkerij De Vries B.V.", "Bakkerij\u2028De\x0cVries\x1cB.V.").replace("\n", "\r\n")
    doc = _read(text)
    assert doc.value_marks[("ingangsdatum",)][0] == 29  # as without the odd separators
    assert doc.lines[28].startswith("**INGANGSDATUM**")


@pytest.mark.parametrize(
    "path", sorted(p for p in (POLICIES / "fouten").iterdir() if p.suffix in (".md", ".doc")), ids=lambda p: p.name
)
def test_every_document_fouten_file_gives_exactly_its_finding(path):
    code = path.name.split("-", 1)[0]
    first = path.read_bytes().split(b"\n", 1)[0]
    line = int(first.split(b" regel ")[1].split()[0]) if first.startswith(b"<!-- verwacht:") else 1
    assert code.encode() in first or path.suffix == ".doc"
    result = check_document(parse_bytes(path.read_bytes(), path=str(path)), RuleSet())
    assert [(f.rule, f.line) for f in result.findings] == [(code, line)]


ENGLISH_COMMON = """\
# AI usage policy — Example Ltd

## Permitted

- Drafting emails and texts that you check yourself.

## Not permitted

- Entering customer or personal data.

## Prohibited

- Sharing trade secrets or contracts.

## Requirements

- Always check AI output before you use it.
- A human makes the final decision about people, money or risk.

## Approved tools

| Tool | DPA | Personal data |
|---|---|---|
| DeepL Pro | yes | no |

**Contact:** Jane Doe, jane@example.com

**Applies to:** All staff

**Effective date:** 1 March 2026
"""


def test_common_english_section_words_are_read_and_the_policy_passes():
    doc = _read(ENGLISH_COMMON)
    rules = doc.data["regels"]
    assert rules["mag"] == ["Drafting emails and texts that you check yourself."]
    assert rules["mag_niet"] == ["Entering customer or personal data.", "Sharing trade secrets or contracts."]
    assert len(rules["moet"]) == 2
    assert [p for p in doc.problems if p.kind is SourceKind.UNKNOWN_HEADING] == []
    assert "AIB401" not in _codes(ENGLISH_COMMON) and "AIB104" not in _codes(ENGLISH_COMMON)


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Permitted uses", "mag"),
        ("Acceptable use", "mag"),
        ("You may", "mag"),
        ("Toegestaan gebruik", "mag"),
        ("Wel doen", "mag"),
        ("Prohibited uses", "mag_niet"),
        ("Unacceptable use", "mag_niet"),
        ("You must not", "mag_niet"),
        ("Don'ts", "mag_niet"),
        ("Niet toegestaan gebruik", "mag_niet"),
        ("Niet doen", "mag_niet"),
        ("Responsibilities", "moet"),
        ("You must", "moet"),
        ("Always", "moet"),
        ("Verplichtingen", "moet"),
        ("Requirements", "moet"),
        ("Spelregels", "moet"),
        ("Regels", "moet"),
    ],
)
def test_dutch_and_english_section_words_people_use(heading, key):
    rules = _read(FILLED.replace("**DIT MAG**", f"## {heading}")).data["regels"]
    assert rules[key][0] == {"id": "concepten"}  # the rule under it is read, as the template's rule


def test_a_rules_heading_above_the_sections_only_groups_them():
    doc = _read(FILLED.replace("**DIT MAG**", "## Regels\n\nDeze regels gelden voor iedereen.\n\n### DIT MAG"))
    assert set(doc.data["regels"]) == {"mag", "mag_niet"} and doc.problems == []


def test_the_nearest_section_of_an_unknown_heading_is_named_in_the_run_language():
    doc = _read(FILLED.replace("**DIT NIET**", "## Verder afgesprokn"))
    finding = next(f for f in check_document(doc, RuleSet()).findings if f.rule == "AIB104")
    assert "'VERDER AFGESPROKEN'" in finding.message.nl
    assert "'FURTHER AGREEMENTS'" in finding.message.en and "AFGESPROKEN" not in finding.message.en


def test_a_readme_with_software_headings_is_not_a_policy():
    assert not markdown_looks_like_policy("# Tool\n\n## Requirements\n\n## Contact\n\n## Version\n")


@pytest.mark.parametrize(
    ("title", "line", "expected"),
    [
        ("# AI-gebruiksbeleid gemeente Lindewaard", "Organisatie: Gemeente Lindewaard", "Gemeente Lindewaard"),
        ("# AI-beleid Bakkerij De Vries", "**Organisatie:** De Vries Brood B.V.", "De Vries Brood B.V."),
    ],
)
def test_an_organisation_line_wins_over_the_title_without_a_duplicate(title, line, expected):
    text = FILLED.replace("# AI-gebruiksbeleid\n\nBakkerij De Vries B.V.", f"{title}\n\n{line}")
    doc = _read(text)
    assert doc.data["organisatie"] == expected and doc.value_marks[("organisatie",)][0] == 3
    assert [p for p in doc.problems if p.kind is SourceKind.DUPLICATE_KEY] == []
    assert "AIB002" not in _codes(text)
    before = _read(text.replace(f"{title}\n\n{line}", f"{line}\n\n{title}"))  # the line first: the title too
    assert before.data["organisatie"] == expected and before.problems == []


def test_an_organisation_line_given_twice_is_still_a_duplicate():
    text = FILLED.replace("Bakkerij De Vries B.V.", "Organisatie: Bakkerij A\n\nOrganisatie: Bakkerij B")
    assert "AIB002" in _codes(text)


def test_a_label_run_together_with_its_answer_is_read_with_the_answer_column():
    doc = _read(FILLED.replace("**INGANGSDATUM** 1 maart 2026", "INGANGSDATUM1 maart 2026"))
    assert doc.data["ingangsdatum"] == "1 maart 2026" and doc.value_marks[("ingangsdatum",)] == (29, 13)
    assert doc.problems == []


PERSONAL_RULE = "- ✗ Klant- of persoonsgegevens invoeren: namen, adressen, dossiers, e-mails.\n"


def _outside(text: str) -> str:
    """FILLED with the personal-data rule taken out of DIT NIET and ``text`` put under a heading of its own."""
    return FILLED.replace(PERSONAL_RULE, "").replace(
        "**AVG, kort.**", f"## Omgaan met gegevens\n\n{text}\n\n**AVG, kort.**"
    )


def test_a_prohibition_under_a_heading_of_its_own_counts_and_says_where_it_is():
    result = check_document(_read(_outside("Voer nooit namen of klantgegevens in een AI-tool in.")), RuleSet())
    codes = [(f.rule, f.line) for f in result.findings if f.severity.value != "info"]
    assert codes == [("AIB104", 16), ("AIB406", 18)]
    assert "geen-persoonsgegevens" in next(f for f in result.findings if f.rule == "AIB406").message.text("nl")
    [outside] = [item for item in result.recognised if item.get("outside_lists")]
    assert outside["rule"] == "geen-persoonsgegevens" and (outside["line"], outside["field"]) == (18, "tekst")


@pytest.mark.parametrize(
    "text",
    [
        "Je mag klantgegevens invoeren in Copilot.",  # a permission
        "Persoonsgegevens worden verwerkt volgens de AVG.",  # a mention
        "Enter client names into ChatGPT.",  # an instruction: no list gives it a prohibition's force here
    ],
)
def test_text_outside_the_lists_that_does_not_state_the_rule_leaves_it_missing(text):
    codes = _codes(_outside(text))
    assert "AIB401" in codes and "AIB406" not in codes


def test_the_rule_in_its_list_and_outside_it_is_no_finding():
    text = FILLED.replace("**AVG, kort.**", "## Omgaan met gegevens\n\nVoer nooit klantgegevens in.\n\n**AVG, kort.**")
    assert "AIB406" not in _codes(text)


def test_a_page_without_structure_says_which_prohibitions_its_text_states():
    page = "# Notulen\n\nVoer nooit klantgegevens in ChatGPT in. Controleer altijd wat AI schrijft.\n"
    result = check_document(_read(page), RuleSet())
    [finding] = [f for f in result.findings if f.rule == "AIB011"]
    message = finding.message.text("nl")
    assert "staan wel de regels geen-persoonsgegevens, altijd-controleren" in message
    assert "niet gevonden: geen-bedrijfsgeheimen, geen-eindbesluit" in message and result.fails
    assert {item["rule"] for item in result.recognised} == {"geen-persoonsgegevens", "altijd-controleren"}


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("4) Strikt verboden gebruik", "mag_niet"),
        ("2.1 Wat mag niet", "mag_niet"),
        ("Prohibited use (includes, but is not limited to)", "mag_niet"),
        ("What you should never do", "mag_niet"),
        ("Wat mag je niet doen met AI?", "mag_niet"),
        ("Things to avoid", "mag_niet"),
        ("Wat mag wel?", "mag"),
        ("3. Permitted Use", "mag"),
        ("Appropriate use of AI", "mag"),
        ("Verplichtingen voor medewerkers", "moet"),
    ],
)
def test_a_heading_with_its_own_numbering_or_words_opens_its_rule_list(heading, section):
    from aibeleid_check.source import labels

    assert labels.classify(heading, heading=True) == section
    item = "Anonimiseer eerst alle klantgegevens." if section == "moet" else "Klant- of persoonsgegevens invoeren."
    page = FILLED.replace(PERSONAL_RULE, "").replace("**AVG, kort.**", f"## {heading}\n\n- {item}\n\n**AVG, kort.**")
    result = check_document(_read(page), RuleSet())
    assert "AIB104" not in [f.rule for f in result.findings]
    assert any(item["field"].startswith(f"regels.{section}[") for item in result.recognised) or section == "mag"


@pytest.mark.parametrize("heading", ["Allowed AI tools", "1. Purpose and scope", "Golden rules", "1 A4"])
def test_headings_that_name_no_rule_list_are_not_taken_for_one(heading):
    from aibeleid_check.source import labels

    assert labels.classify(heading, heading=True) not in ("mag", "mag_niet", "moet")


def test_a_rule_sentence_on_its_own_line_is_no_heading():
    page = FILLED.replace(PERSONAL_RULE, "").replace("**AVG, kort.**", "Do not paste client data.\n\n**AVG, kort.**")
    result = check_document(_read(page), RuleSet())
    assert "AIB401" not in [f.rule for f in result.findings]
    assert "geen-persoonsgegevens" in {item["rule"] for item in result.recognised}  # an item of DIT NIET


def _with_table(table: str, heading: str = "## Zo gebruiken we AI") -> str:
    """FILLED with its DIT NIET list replaced by ``table`` under ``heading``."""
    start, end = FILLED.index("**DIT NIET**"), FILLED.index("**AVG, kort.**")
    return FILLED[:start] + f"{heading}\n\n{table}\n" + FILLED[end:]


DO_DONT = """\
| Wel doen | Niet doen |
|---|---|
| Brainstormen | Klantgegevens in ChatGPT plakken |
| Samenvatten | Contracten of prijzen delen |
| | AI laten beslissen over een sollicitant |
| | Antwoorden ongezien overnemen |
"""


def test_a_do_dont_table_gives_each_cell_its_columns_list():
    result = check_document(_read(_with_table(DO_DONT)), RuleSet())
    assert "AIB401" not in [f.rule for f in result.findings]
    counted = {item["field"]: item["rule"] for item in result.recognised}
    assert (
        counted["regels.mag_niet[0]"] == "geen-persoonsgegevens"
        and counted["regels.mag_niet[3]"] == "altijd-controleren"
    )
    assert [item.tekst or item.id for item in result.policy.rule_items("mag")][-2:] == ["Brainstormen", "Samenvatten"]


def test_under_dit_niet_each_row_of_a_table_is_one_rule():
    table = "| Wat | Waarom |\n|---|---|\n| Klantgegevens invoeren | AVG |\n| Contracten delen | geheim |\n"
    result = check_document(_read(_with_table(table, "**DIT NIET**")), RuleSet())
    texts = [item.tekst for item in result.policy.rule_items("mag_niet")]
    assert texts == ["Klantgegevens invoeren; AVG", "Contracten delen; geheim"]


def test_the_cells_of_another_table_outside_the_sections_are_read_for_the_prohibitions():
    table = "| Onderwerp | Afspraak |\n|---|---|\n| Privacy | Voer nooit klantgegevens in een AI-tool in. |\n"
    result = check_document(_read(_with_table(table)), RuleSet())
    assert "AIB406" in [f.rule for f in result.findings] and "AIB401" in [f.rule for f in result.findings]
    [outside] = [item for item in result.recognised if item.get("outside_lists")]
    assert outside["rule"] == "geen-persoonsgegevens" and outside["column"] > 1


def test_a_missing_field_in_a_document_asks_for_its_heading_not_a_key():
    page = FILLED.replace("**INGANGSDATUM** 1 maart 2026\n", "")
    [missing] = [f for f in check_document(_read(page), RuleSet()).findings if f.rule == "AIB201"]
    assert (
        missing.message.text("nl") == "INGANGSDATUM ontbreekt: voeg de kop INGANGSDATUM toe, met het antwoord eronder."
    )
    assert (
        missing.message.text("en")
        == "EFFECTIVE DATE is missing: add the heading EFFECTIVE DATE with the answer under it."
    )


def test_a_privacy_section_of_the_organisations_own_is_read_the_avg_paragraph_is_not():
    """ "Privacy" is no part of the template (its own paragraph is "AVG, kort."), so what stands under it is read."""
    page = FILLED.replace(PERSONAL_RULE, "").replace(
        "**AVG, kort.**", "## Privacy\n\nVoer nooit namen of klantgegevens in een AI-tool in.\n\n**AVG, kort.**"
    )
    codes = _codes(page)
    assert "AIB406" in codes and "AIB401" not in codes
    only_avg = FILLED.replace(PERSONAL_RULE, "").replace(
        "**AVG, kort.** Weet altijd", "**AVG, kort.** Bij twijfel: geen persoonsgegevens, punt. Weet altijd"
    )
    assert "AIB401" in _codes(only_avg)  # the template's AVG paragraph is its own part, not the rule


CHECK_RULE = "- ✗ Antwoorden overnemen zonder ze zelf te controleren.\n"


def test_a_check_stated_only_as_the_condition_of_an_allowed_use_counts_with_a_warning():
    """Guide decision 1: whoever uses the permission reads its condition in the same sentence. It counts (no
    AIB401), and AIB406 says it holds for that use only, at the DIT MAG item."""
    page = FILLED.replace(CHECK_RULE, "").replace(
        "- ✓ Brainstormen, structureren en lange stukken laten samenvatten.",
        "- ✓ Teksten voor de website laten opstellen, mits je ze daarna zelf nakijkt.",
    )
    result = check_document(_read(page), RuleSet())
    assert "AIB401" not in [f.rule for f in result.findings]
    [warning] = [f for f in result.findings if f.rule == "AIB406"]
    assert (warning.line, warning.field) == (
        page.splitlines().index("- ✓ Teksten voor de website laten opstellen, mits je ze daarna zelf nakijkt.") + 1,
        "regels.mag[1]",
    )
    assert "alleen als voorwaarde bij een regel onder DIT MAG" in warning.message.text("nl")
    assert "only as the condition of a rule under ALLOWED" in warning.message.text("en")
    counted = {item["field"]: item for item in result.recognised}
    assert counted["regels.mag[1]"]["rule"] == "altijd-controleren" and counted["regels.mag[1]"]["force"] == "condition"


def test_the_same_condition_beside_the_rule_under_dit_niet_gives_no_warning():
    page = FILLED.replace(
        "- ✓ Brainstormen, structureren en lange stukken laten samenvatten.",
        "- ✓ Teksten voor de website laten opstellen, mits je ze daarna zelf nakijkt.",
    )
    assert "AIB406" not in _codes(page)


def test_the_templates_own_allowed_rule_does_not_stand_in_for_its_check_rule():
    """'Concepten laten schrijven …, die je daarna zelf nakijkt' word for word is the template's rule
    `concepten`, which the template pairs with its own check rule under DIT NIET: deleting that one is
    still reported."""
    page = FILLED.replace(CHECK_RULE, "")
    assert "AIB401" in _codes(page)


def test_a_condition_in_a_yaml_allowed_list_counts_with_the_same_warning():
    policy = """\
organisatie: Bakkerij De Vries B.V.
regels:
  mag:
    - AI may write first drafts of reports, provided you check them before sending.
  mag_niet:
    - id: geen-persoonsgegevens
    - id: geen-bedrijfsgeheimen
    - id: geen-eindbesluit
goedgekeurde_tools:
  - naam: DeepL Pro
    verwerkersovereenkomst: ja
aanspreekpunt: Marieke de Vries, marieke@bakkerij.example
geldt_voor: Alle medewerkers
ingangsdatum: 2026-01-01
"""
    findings = check_document(_read(policy, "beleid.yaml"), RuleSet()).findings
    assert [(f.rule, f.line, f.field) for f in findings if f.rule in ("AIB401", "AIB406")] == [
        ("AIB406", 4, "regels.mag[0]")
    ]
    without = policy.replace(", provided you check them before sending", "")
    assert "altijd-controleren" in next(
        f for f in check_document(_read(without, "beleid.yaml"), RuleSet()).findings if f.rule == "AIB401"
    ).message.text("nl")


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("AI-beleid van Bakkerij De Vries", "Bakkerij De Vries"),
        ("AI-gebruiksbeleid Gemeente Oss 2026", "Gemeente Oss"),
        ("Richtlijnen AI-gebruik Gemeente Oss", "Gemeente Oss"),
        ("AI-afspraken Bakkerij De Korenschoof", "Bakkerij De Korenschoof"),
        ("AI-beleid voor medewerkers van Bakkerij X", "Bakkerij X"),
        ("AI Policy – Acme Ltd", "Acme Ltd"),
        ("BetaNYC AI Policy", "BetaNYC"),
        ("Policy on the use of AI at Acme Ltd", "Acme Ltd"),
        (
            "Artificial Intelligence (AI) Use Policy for Mad Scientist Technologies LLC",
            "Mad Scientist Technologies LLC",
        ),
        # no policy word: "AI tools/use/gebruik at/bij" and a name (AIB103 before)
        ("AI tools at Example Ltd", "Example Ltd"),
        ("AI-tools bij Bakkerij De Vries", "Bakkerij De Vries"),
        ("AI Use at Riverside Dental Practice", "Riverside Dental Practice"),
        ("AI-gebruik bij Gemeente Oss", "Gemeente Oss"),
        ("AI gebruik bij Bakkerij van der Heijden", "Bakkerij van der Heijden"),
        ("AI tools at Example Ltd: what you need to know", "Example Ltd"),
    ],
)
def test_the_organisation_a_title_names(title, organisation):
    assert _read(f"# {title}\n\n**DIT NIET**\n\n- Geen klantgegevens invoeren.\n").data["organisatie"] == organisation


@pytest.mark.parametrize(
    "title",
    [
        "Beleid voor het gebruik van AI",
        "AI-beleid voor medewerkers",
        "AI Policy for Staff",
        "Generative AI Policy",
        "Acceptable Use Policy: Special Addendum",
        "Guidance for Staff and Administrators",
        "AI-beleid over het gebruik van ChatGPT",
        "Afspraken over AI",
        "AI tools at work",
        "AI Tools at Work",
        "AI-gebruik bij het onderwijs",
        "AI at a glance",
        "AI use at Acme and how we check it",
    ],
)
def test_a_title_that_says_whom_or_what_the_policy_is_about_names_no_organisation(title):
    """The A4 would print "medewerkers" or "het gebruik van AI" as the organisation's name."""
    data = _read(f"# {title}\n\n**DIT NIET**\n\n- Geen klantgegevens invoeren.\n").data
    assert "organisatie" not in data


@pytest.mark.parametrize(
    ("first", "organisation"),
    [
        ("AI tools at Example Ltd", "Example Ltd"),
        ("AI-tools bij Bakkerij De Vries", "Bakkerij De Vries"),
        ("**AI-tools bij Bakkerij De Vries**", "Bakkerij De Vries"),  # an unknown heading (AIB104) before
        ("AI-gebruik bij Gemeente Oss: wat je moet weten", "Gemeente Oss"),
    ],
)
def test_a_plain_first_line_that_says_whose_ai_use_it_is_about_is_the_title(first, organisation):
    """As "AI-beleid van Bakkerij X" on a plain or bold first line is the title, so is "AI tools at Example Ltd"
    (c0aafa2 read it only as a heading): it names the organisation, and is no text of the policy's own."""
    document = _read(f"{first}\n\n**DIT NIET**\n\n- Geen klantgegevens invoeren.\n")
    assert document.data["organisatie"] == organisation
    assert document.value_marks[("organisatie",)] == (1, 1)
    assert document.loose == [] and document.problems == []


@pytest.mark.parametrize(
    "page",
    [
        "AI tools at work\n\n**DIT NIET**\n\n- Geen klantgegevens invoeren.\n",  # no name: a line of text
        "AI-gebruik bij het onderwijs\n\n**DIT NIET**\n\n- Geen klantgegevens invoeren.\n",
        # not the first line: the title is what came first; this line is text
        "We gebruiken AI met zorg.\n\nAI-tools bij Bakkerij De Vries\n\n**DIT NIET**\n\n- Geen namen invoeren.\n",
    ],
)
def test_a_plain_line_that_names_no_organisation_or_comes_later_is_no_title(page):
    document = _read(page)
    assert "organisatie" not in document.data
    assert any(text.startswith("AI") for text, _, _ in document.loose)


def test_a_bare_list_item_under_a_lead_in_ending_in_a_colon_is_read_with_it():
    """Outside the sections, "may not be entered into AI tools:" gives its force to the bare items under it,
    as a person reads them; an item that is a sentence of its own is read on its own."""
    page = FILLED.replace(PERSONAL_RULE, "").replace(
        "**AVG, kort.**",
        "## Gegevens\n\nDe volgende gegevens mogen nooit in een AI-tool worden ingevoerd:\n\n- namen en adressen van klanten\n"
        "- contracten\n\n**AVG, kort.**",
    )
    result = check_document(_read(page), RuleSet())
    assert "AIB401" not in [f.rule for f in result.findings]
    outside = {item["rule"]: item["line"] for item in result.recognised if item.get("outside_lists")}
    lines = page.splitlines()
    assert outside == {
        "geen-persoonsgegevens": lines.index("- namen en adressen van klanten") + 1,
        "geen-bedrijfsgeheimen": lines.index("- contracten") + 1,
    }
    alone = page.replace("worden ingevoerd:", "worden ingevoerd.")
    assert "AIB401" in _codes(alone)  # without the colon the items are no continuation of the sentence


def test_a_long_item_under_a_lead_in_is_read_on_its_own():
    page = FILLED.replace(PERSONAL_RULE, "").replace(
        "**AVG, kort.**",
        "## Gegevens\n\nHet gebruik van AI-tools is niet toegestaan in deze gevallen:\n\n"
        "- iedere situatie waarin de opdrachtgever het gebruik van AI-tools uitdrukkelijk heeft uitgesloten\n\n"
        "**AVG, kort.**",
    )
    assert "AIB401" in _codes(page)


def test_text_under_a_grouping_heading_is_read_not_dropped():
    """ "Gegevens" groups the fields in some templates, but a policy's own "## Gegevens" holds rules: a
    prohibition there counted for nothing and AIB401 called it missing."""
    page = FILLED.replace(PERSONAL_RULE, "").replace(
        "**AVG, kort.**", "## Gegevens\n\nVoer nooit klantgegevens in een AI-tool in.\n\n**AVG, kort.**"
    )
    codes = _codes(page)
    assert "AIB406" in codes and "AIB401" not in codes


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Microsoft Copilot (zakelijk account) en DeepL Pro.", ["Microsoft Copilot (zakelijk account)", "DeepL Pro"]),
        ("ChatGPT Team, Copilot en DeepL Pro", ["ChatGPT Team", "Copilot", "DeepL Pro"]),
        ("Copilot (werk- en schoolaccount) and Gemini", ["Copilot (werk- en schoolaccount)", "Gemini"]),
        ("DeepL Pro", ["DeepL Pro"]),
        ("We gebruiken Copilot en DeepL.", ["Copilot", "DeepL"]),
        ("We gebruiken Copilot en Magister heeft geen AI-functies aan staan.", ["Copilot"]),
        ("Tom & Jerry AI", ["Tom & Jerry AI"]),
    ],
)
def test_a_paragraph_under_the_tools_that_lists_names_gives_one_tool_each(line, names):
    page = f"**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## Goedgekeurde tools\n\n{line}\n"
    assert [tool.get("naam") for tool in _read(page).data["goedgekeurde_tools"]] == names


def test_a_word_of_a_text_field_inside_the_tools_name_stays_the_name():
    page = "**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## Tools\n\n- Microsoft 365 Copilot (business licence) — DPA: yes\n"
    assert _read(page).data["goedgekeurde_tools"] == [
        {"naam": "Microsoft 365 Copilot (business licence)", "verwerkersovereenkomst": "yes"}
    ]


ENGLISH_OWN_WORDS = """\
# Harbour Dental Clinic – AI use policy

Effective from 1 March 2026. This policy applies to all clinical and front-desk staff, including locums.

## What you must never do

- Paste anything that identifies a patient into ChatGPT or any other public chatbot

## Questions?

Ask Priya Shah, practice manager, priya@harbourdental.example
"""


def test_the_scope_and_start_date_stated_in_sentences_outside_the_sections_are_read():
    data = _read(ENGLISH_OWN_WORDS).data
    assert data["geldt_voor"] == "all clinical and front-desk staff, including locums"
    assert data["ingangsdatum"] == "1 March 2026"
    marks = _read(ENGLISH_OWN_WORDS).value_marks
    assert marks[("ingangsdatum",)] == (3, 16) and marks[("geldt_voor",)] == (3, 53)


def test_a_label_gives_the_field_before_a_sentence_does_and_is_no_duplicate():
    page = ENGLISH_OWN_WORDS + "\n## Effective date\n\n1 April 2026\n"
    result = check_document(_read(page), RuleSet())
    assert result.policy.ingangsdatum.isoformat() == "2026-04-01"
    assert "AIB002" not in [f.rule for f in result.findings]  # a key given twice


@pytest.mark.parametrize(
    "sentence",
    [
        "This policy applies to generative AI tools such as ChatGPT.",  # what it covers, not whom
        "The policy is effective immediately.",  # no date
        "AI is effective for summaries from 2026 onwards.",
    ],
)
def test_sentences_that_give_no_scope_or_date_give_none(sentence):
    data = _read(f"# AI policy\n\n{sentence}\n\n## Don't\n\n- Paste client names into chatbots\n").data
    assert "geldt_voor" not in data and "ingangsdatum" not in data


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        (
            "Neem contact op met de privacy officer, Jan Bakker, privacy@delinde.example.",
            {"rol": "privacy officer", "naam": "Jan Bakker", "email": "privacy@delinde.example"},
        ),
        (
            "Ask Priya Shah, practice manager, priya@harbourdental.example",
            {"naam": "Priya Shah", "rol": "practice manager", "email": "priya@harbourdental.example"},
        ),
        ("Bel Marieke de Vries, 06-12345678.", {"naam": "Marieke de Vries", "telefoon": "06-12345678"}),
        ("Contact our IT Service Desk at itsd@uni.example", {"naam": "IT Service Desk", "email": "itsd@uni.example"}),
        (
            "Mail de servicedesk via servicedesk@gemeente.example of bel 024 123 45 67",
            {"naam": "servicedesk", "email": "servicedesk@gemeente.example", "telefoon": "024 123 45 67"},
        ),
        ("Bakkerij De Vries B.V.", "Bakkerij De Vries B.V."),
        (
            "If you are unsure, speak to our Practice Manager, Angela Morris, on 0161 496 0770 or at "
            "angela.morris@nhs.example.net, before you use a tool.",
            {
                "naam": "Angela Morris",
                "rol": "Practice Manager",
                "telefoon": "0161 496 0770",
                "email": "angela.morris@nhs.example.net",
            },
        ),
        (
            "Heeft u vragen of twijfelt u? Neem dan contact op met de privacyfunctionaris, mevrouw R. Hoekstra, via "
            "privacy@lindewaard.nl",
            {"naam": "mevrouw R. Hoekstra", "rol": "privacyfunctionaris", "email": "privacy@lindewaard.nl"},
        ),
        (
            "Heb je twijfels of vragen, loop dan even binnen bij onze ICT-coördinator Fatima El Amrani, of mail naar "
            "ict@obsderegenboog.nl",
            {"naam": "Fatima El Amrani", "rol": "ICT-coördinator", "email": "ict@obsderegenboog.nl"},
        ),
        (
            "Contact Mark Lowe, Managing Partner, at mlowe@harperlowe.example.com or (614) 555-0147.",
            {
                "naam": "Mark Lowe",
                "rol": "Managing Partner",
                "email": "mlowe@harperlowe.example.com",
                "telefoon": "(614) 555-0147",
            },
        ),
        (
            "Contact the IT Service Desk (ext. 4400) or itsecurity@gpfreight.example.",
            {"naam": "IT Service Desk", "telefoon": "ext. 4400", "email": "itsecurity@gpfreight.example"},
        ),
        (
            "Bij twijfel vraag je het aan Lotte Visser (praktijkmanager), lotte@tandartsglimlach.nl.",
            {"naam": "Lotte Visser", "rol": "praktijkmanager", "email": "lotte@tandartsglimlach.nl"},
        ),
        (
            "Questions go to Joris van Leeuwen, CTO — joris@pixelpoort.example — or #ai-questions on Slack.",
            {"naam": "Joris van Leeuwen", "rol": "CTO", "email": "joris@pixelpoort.example"},
        ),
    ],
)
def test_a_contact_written_as_a_sentence_gives_its_parts(line, contact):
    page = f"**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## Aanspreekpunt\n\n{line}\n"
    assert _read(page).data["aanspreekpunt"] == contact


def test_a_sentence_with_a_pronoun_gives_the_start_date():
    page = "# AI-richtlijnen\n\nDeze richtlijnen gelden voor alle medewerkers. Ze gaan in op 1 april 2026.\n\n## Wat nooit mag\n\n- Namen van cliënten in een chatbot typen.\n"
    data = _read(page).data
    assert (data["geldt_voor"], data["ingangsdatum"]) == ("alle medewerkers", "1 april 2026")


def test_the_last_sentence_of_a_paragraph_can_open_the_list_under_it():
    """ "… must not be used to share personal data. Permitted uses include:" then a list: the first sentence
    is read as text outside the sections, the list is the allowed list."""
    page = (
        "# Chatbot rules\n\n## Privacy\n\nThe chatbot must not be used to share personal data of clients. "
        "Permitted uses include:\n\n- Anonymised data\n- Course materials\n"
    )
    result = check_document(_read(page), RuleSet())
    assert [item.tekst or item.id for item in result.policy.rule_items("mag")] == [
        "Anonymised data",
        "Course materials",
    ]
    assert {item["rule"] for item in result.recognised if item.get("outside_lists")} == {"geen-persoonsgegevens"}


@pytest.mark.parametrize(
    ("sentence", "scope", "start"),
    [
        (
            "This policy applies to all GPs and nurses at Elmfield, and takes effect on 1 April 2026.",
            "all GPs and nurses at Elmfield",
            "1 April 2026",
        ),
        (
            "Dit beleid geldt voor alle medewerkers van Burgerzaken, inclusief inhuur, en gaat in op 1 mei 2026.",
            "alle medewerkers van Burgerzaken, inclusief inhuur",
            "1 mei 2026",
        ),
        (
            "This applies to the committee, coaches and anyone volunteering for the club, from 1 February 2026.",
            "the committee, coaches and anyone volunteering for the club",
            "1 February 2026",
        ),
        (
            "*Voor het hele team van OBS De Regenboog, vanaf 15 januari 2026.*",
            "het hele team van OBS De Regenboog",
            "15 januari 2026",
        ),
        ("They take effect from the start of Term 1, on 27 January 2026.", None, "27 January 2026"),
        (
            "This policy applies to every partner and intern, effective February 1, 2026.",
            "every partner and intern",
            "February 1, 2026",
        ),
        ("We reviewed this policy on 3 March 2025.", None, None),
    ],
)
def test_scope_and_start_date_in_one_sentence_are_told_apart(sentence, scope, start):
    data = _read(f"# AI policy\n\n{sentence}\n\n## Don't\n\n- Paste client names into chatbots\n").data
    assert (data.get("geldt_voor"), data.get("ingangsdatum")) == (scope, start)


def test_a_sentence_under_the_start_date_heading_gives_its_date():
    page = "## DIT NIET\n\n- Geen klantgegevens invoeren.\n\n## 8. Inwerkingtreding\n\nDit beleid treedt in werking op 1 januari 2026.\n"
    assert _read(page).data["ingangsdatum"] == "1 januari 2026"


def test_tools_named_in_a_sentence_with_their_details_in_brackets():
    line = (
        "The only approved tools are Microsoft 365 Copilot (signed DPA, client data allowed) and CCH AnswerConnect AI "
        "(signed DPA, no client data)."
    )
    page = f"**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## Goedgekeurde tools\n\n{line}\n"
    assert _read(page).data["goedgekeurde_tools"] == [
        {"naam": "Microsoft 365 Copilot", "verwerkersovereenkomst": "signed", "persoonsgegevens": "ja"},
        {"naam": "CCH AnswerConnect AI", "verwerkersovereenkomst": "signed", "persoonsgegevens": "nee"},
    ]
    dutch = "Uitsluitend Harvey (verwerkersovereenkomst: ja, persoonsgegevens: nee) en Microsoft 365 Copilot (verwerkersovereenkomst: ja) mogen worden gebruikt."
    tools = _read(page.replace(line, dutch)).data["goedgekeurde_tools"]
    assert [tool["naam"] for tool in tools] == ["Harvey", "Microsoft 365 Copilot"]
    assert _read(page.replace(line, "Alleen ChatGPT, en dan zonder persoonsgegevens.")).data["goedgekeurde_tools"] == [
        {"naam": "ChatGPT", "persoonsgegevens": "nee"}
    ]


def test_fields_on_one_line_split_by_dots_are_each_read_and_a_rule_is_not_split():
    page = "# AI-beleid van X\n\n## DIT NIET\n\n- Geen klantgegevens · geen contracten.\n\nIngangsdatum: 1 maart 2026 · Versie 1.0\n"
    data = _read(page).data
    assert (data["ingangsdatum"], data["versie"]) == ("1 maart 2026", "1.0")
    assert data["regels"]["mag_niet"] == ["Geen klantgegevens · geen contracten."]


def test_a_text_that_states_all_four_rules_without_structure_says_so_plainly():
    page = (
        "Staff never enter client names into AI tools and never share our contracts with them. AI never decides "
        "about a client. Always check what AI writes before you use it.\n"
    )
    result = check_document(_read(page), RuleSet())
    [shapeless] = [f for f in result.findings if f.rule == "AIB011"]
    assert "all four rules of the template" in shapeless.message.text(
        "en"
    ) and "not found" not in shapeless.message.text("en")
    assert "DIT MAG/ALLOWED" not in shapeless.message.text("en")


def test_the_approved_tools_are_a_sentence_that_lists_them():
    line = "The approved tools are Microsoft 365 Copilot (signed DPA) and ChatGPT Team (signed DPA, no personal data)."
    page = f"**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## Goedgekeurde tools\n\n{line}\n"
    assert [tool["naam"] for tool in _read(page).data["goedgekeurde_tools"]] == [
        "Microsoft 365 Copilot",
        "ChatGPT Team",
    ]


SIX_LINES = """\
# Oakwood Care Home – AI rules

- Never type a resident's name, health details or care notes into an AI tool, and never share our contracts or finances with one.
- AI never decides about a resident's care, medication or funding; a person always does.
- Always check anything AI writes before you use it.
- Approved tools: Microsoft 365 Copilot (staff account). Applies to: all care staff, nurses, kitchen and office staff.
- Contact: Deputy Manager Sam Okafor, 01632 960 555. Effective date: 1 February 2026.
"""


def test_a_six_line_policy_of_bullets_is_read_rules_and_fields():
    """Before: AIB011, no policy found, no A4. The rules are bullets under the title, the fields are
    'Label: value' inside bullets, two to a bullet."""
    result = check_document(_read(SIX_LINES), RuleSet())
    assert result.policy.organisatie == "Oakwood Care Home"
    assert len(result.policy.rule_items("mag_niet")) == 2 and len(result.policy.rule_items("moet")) == 1
    assert str(result.policy.ingangsdatum) == "2026-02-01"
    assert [f.rule for f in result.findings if f.severity.value == "error"] == []
    assert "AIB302" in [f.rule for f in result.findings]  # the one gap: whether the tools have an agreement


MEMO_PARAGRAPHS = [
    "MEMORANDUM",
    "To: All staff and volunteers",
    "Date: 9 February 2026",
    "From 2 March 2026 the following rules apply to every member of staff and every volunteer at the museum.",
    "Please do not put visitor or donor personal details into any AI tool. Do not share loan agreements or our "
    "budget with an AI tool either. Decisions on loans or staff are never made by AI. Always check what AI "
    "writes before you use it.",
    "The only approved tools are Microsoft 365 Copilot (signed DPA, no personal data) and ChatGPT Team (signed DPA).",
    "If you are unsure about anything, speak to our Collections Manager, Fiona Reid, on 0131 496 0456.",
]


def test_a_memo_in_prose_gives_its_fields_and_is_checked():
    """Before: AIB011. A memo states the scope, the date, the tools and the contact in sentences."""
    result = check_document(_read("\n\n".join(MEMO_PARAGRAPHS) + "\n"), RuleSet())
    codes = [f.rule for f in result.findings]
    assert "AIB011" not in codes and "AIB104" not in codes and "AIB401" not in codes
    assert [tool.naam for tool in result.policy.goedgekeurde_tools] == ["Microsoft 365 Copilot", "ChatGPT Team"]
    assert result.policy.aanspreekpunt.naam == "Fiona Reid"
    assert str(result.policy.ingangsdatum) == "2026-03-02"
    assert result.policy.geldt_voor == ["All staff and volunteers"]  # a memo's "To:" is whom it applies to
    rules_only = MEMO_PARAGRAPHS[4] + "\n"  # no field at all: still no policy structure
    assert "AIB011" in [f.rule for f in check_document(_read(rules_only), RuleSet()).findings]


def test_a_note_under_the_tools_is_no_tool_and_a_reviewed_start_date_is_the_start_date():
    page = (
        "**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## Approved tools\n\n- DeepL Pro (DPA: yes)\n\n"
        "Any other tool must be approved by Group IT Security before anyone uses it.\n\n"
        "## 11. Effective date and review\n\nThis policy takes effect on 1 April 2026 and will be reviewed by 1 April 2027.\n"
    )
    data = _read(page).data
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["DeepL Pro"]
    assert data["ingangsdatum"] == "1 April 2026"


def test_this_faq_applies_to_gives_the_scope():
    page = "# AI FAQ\n\nThis FAQ applies to all brokers and office staff.\n\n## Don't\n\n- Paste client files into chatbots\n"
    assert _read(page).data["geldt_voor"] == "all brokers and office staff"


def test_bold_fields_on_one_line_and_the_rules_after_them():
    """ "**Geldt voor:** alle medewerkers · **Ingangsdatum:** 1 maart 2026" then the rules as bullets: the
    bullets went into "geldt voor"."""
    page = (
        "# AI-afspraken Waterschap Aa\n\n**Geldt voor:** alle medewerkers van het waterschap · **Ingangsdatum:** "
        "1 maart 2026\n\n- Voer geen persoonsgegevens van inwoners in een AI-tool in.\n"
        "- Controleer elk antwoord van AI voordat je het gebruikt.\n\n**Tools:** Microsoft 365 Copilot (werkaccount). "
        "**Contact:** Informatiebeveiliging, ib@aa.example\n"
    )
    data = _read(page).data
    assert data["geldt_voor"] == "alle medewerkers van het waterschap" and data["ingangsdatum"] == "1 maart 2026"
    assert data["regels"] == {
        "mag_niet": ["Voer geen persoonsgegevens van inwoners in een AI-tool in."],
        "moet": ["Controleer elk antwoord van AI voordat je het gebruikt."],
    }
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["Microsoft 365 Copilot (werkaccount)"]


def test_a_sentence_about_the_review_is_no_review_date_and_the_label_after_it_no_duplicate():
    page = (
        "**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## 9. Herziening\n\n"
        "Dit beleid wordt jaarlijks herzien door de directie.\n\nVolgende herziening: 1 januari 2027\n"
    )
    doc = _read(page)
    assert doc.data["herzieningsdatum"] == "1 januari 2027" and not doc.problems


def test_a_tools_sentence_that_goes_on_after_the_tools_keeps_the_tools():
    line = (
        "We gebruiken alleen Microsoft Copilot met je schoolaccount (er is een verwerkersovereenkomst via SIVON) en "
        "Magister heeft geen AI-functies aan staan."
    )
    page = f"**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## Goedgekeurde tools\n\n{line}\n"
    [tool] = _read(page).data["goedgekeurde_tools"]
    assert tool["naam"] == "Microsoft Copilot (schoolaccount)"  # the account in brackets (round 5)
    assert tool["verwerkersovereenkomst"] == "ja"


def test_scope_and_date_in_a_relative_clause():
    page = (
        "# Memo\n\nDaarom deze afspraken, die gelden voor alle medewerkers, vrijwilligers en stagiairs, en die ingaan "
        "op 1 maart 2026.\n\n## DIT NIET\n\n- Geen klantgegevens invoeren.\n"
    )
    data = _read(page).data
    assert (data["geldt_voor"], data["ingangsdatum"]) == (
        "alle medewerkers, vrijwilligers en stagiairs",
        "1 maart 2026",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij gebruiken uitsluitend Copilot en DeepL.",
        "We gebruiken alleen Copilot en DeepL.",
        "We only use Copilot and DeepL.",
        "We use only Copilot and DeepL.",
    ],
)
def test_a_memo_sentence_with_only_or_uitsluitend_gives_its_tools(sentence):
    """ "uitsluitend" made the sentence a tools sentence, but the lead cut off before the tools did not know
    the word: "Wij gebruiken uitsluitend Copilot en DeepL." gave no tool."""
    page = f"# Memo\n\nDeze afspraken gelden voor alle medewerkers.\n\n{sentence}\n\n## DIT NIET\n\n- Geen klantgegevens.\n"
    assert [tool["naam"] for tool in _read(page).data["goedgekeurde_tools"]] == ["Copilot", "DeepL"]


def test_uitsluitend_under_the_tools_heading_lists_the_tools():
    page = "**DIT NIET**\n\n- Geen klantgegevens invoeren.\n\n## Goedgekeurde tools\n\nWij gebruiken uitsluitend Copilot en DeepL.\n"
    assert [tool["naam"] for tool in _read(page).data["goedgekeurde_tools"]] == ["Copilot", "DeepL"]
