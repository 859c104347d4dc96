"""With ``--lang en`` a message is wholly English: it names the English keys and values the format accepts.

The Dutch names are the canonical keys and values; an English reader wrote (or reads) ``organisation``,
``rules.allowed``, ``processing_agreement: not-needed``, and a message that says ``(organisatie)`` or "choose
from ja, nee, …" sends them looking for words that are not in their file.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from aibeleid_check import engine, source
from aibeleid_check.catalogue import Entry
from aibeleid_check.model import KEY_TABLES
from aibeleid_check.rules._keys import english_name, english_path
from aibeleid_check.values import AGREEMENT_SYNONYMS, AGREEMENT_VALUES, AGREEMENT_VALUES_EN
from conftest import run_cli

# An English policy with a mistake in nearly every field; every key in it is an English alias.
ENGLISH = """\
organisation: "?"
rules:
  forbidden:
    - id: geen-persoonsgegevens
    - id: concepten
    - text: Never share client contracts or prices with AI tools.
approved_tools:
  - name: DeepL Pro
    processing_agreement: enterprise contract
  - processing_agreement: yes
  - name: Claude Team
    processing_agreement: n/a
  - name: Claude Pro
    personal_data: yes
    processing_agreement: pending
  - name: Local model
    personal_data: yes
    processing_agreement: not needed
  - name: Perplexity Enterprise
    processing_agreement: yes
    personal_data: maybe
contact:
  name: Jo
applies_to: ""
review_dat: 2026-01-01
"""

# The canonical Dutch keys that differ from their English names, and the Dutch agreement values.
DUTCH_KEYS = sorted(
    {key for table in KEY_TABLES.values() for key, aliases in table.items() if aliases and key not in ("email",)}
)
DUTCH_VALUES = ["ja", "nee", "aangevraagd", "niet-nodig", "onbekend"]
DUTCH_WORD = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, DUTCH_KEYS + DUTCH_VALUES)) + r")(?![\w-])")


def _messages(*args: str, text: str = ENGLISH, name: str = "policy.yaml", tmp_path) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "--lang", "en", "--isolated", "--today", "2026-06-01", *args, str(path))
    return json.loads(proc.stdout)["files"][0]["findings"]


def test_the_dutch_word_list_holds_the_keys_it_should():
    assert {"organisatie", "mag", "mag_niet", "moet", "verwerkersovereenkomst", "telefoon", "afspraken"} <= set(
        DUTCH_KEYS
    )
    assert "email" not in DUTCH_KEYS and "id" not in DUTCH_KEYS  # the same word in both languages


@pytest.mark.parametrize("profile", ["basis", "streng"])
def test_check_lang_en_names_no_dutch_key_or_value(profile, tmp_path):
    findings = _messages("--profile", profile, tmp_path=tmp_path)
    codes = {finding["rule"] for finding in findings}
    # the policy really exercises the messages that named Dutch keys and values
    assert {"AIB101", "AIB102", "AIB103", "AIB105", "AIB201", "AIB301", "AIB302", "AIB303", "AIB401"} <= codes
    assert {"AIB402", "AIB403", "AIB501"} <= codes
    if profile == "streng":
        assert {"AIB601", "AIB606", "AIB620"} <= codes
    dutch = [(f["rule"], DUTCH_WORD.findall(f["message"]), f["message"]) for f in findings]
    assert [entry for entry in dutch if entry[1]] == []
    assert all("Dutch DPA" not in finding["message"] for finding in findings)


def test_the_english_messages_name_the_english_keys(tmp_path):
    messages = {(f["rule"], f["message"]) for f in _messages("--profile", "streng", tmp_path=tmp_path)}
    expected = {
        ("AIB103", "Fill in the organisation's name (organisation)."),
        ("AIB402", "Nothing is listed under ALLOWED (rules.allowed); say what is allowed too."),
        ("AIB403", "'concepten' is a rule for rules.allowed, not for rules.forbidden."),
        ("AIB501", "The contact has no e-mail address or phone number (email, phone)."),
        ("AIB201", "THIS POLICY APPLIES TO (applies_to) is not filled in."),
        ("AIB201", "EFFECTIVE DATE is missing: add 'effective_date:'."),
        ("AIB301", "Tool 2 has no name (name)."),
        ("AIB101", "Unknown key 'review_dat'. Did you mean 'review_date'?"),
        (
            "AIB302",
            "'enterprise contract' is not a valid processing-agreement value; choose from yes, no, requested, "
            "not-needed.",
        ),
        ("AIB606", "'DeepL Pro' does not say where its data is processed (data_location), for example EU or US."),
        ("AIB606", "'Local model' does not say which plan it is (plan), for example free, Plus or Enterprise."),
    }
    assert expected <= messages
    texts = {text for _, text in messages}
    assert any(
        "can mean two things: 'not-needed'" in text and "or 'no' (there is no agreement)" in text for text in texts
    )
    assert any(
        "'Claude Pro' may process personal data, but the processing agreement is 'requested'" in t for t in texts
    )
    assert any("without a processing agreement ('not-needed')" in t and "Say why in `note`" in t for t in texts)
    assert any("contradicts the tools with 'personal_data: yes'" in text for text in texts)
    assert any("Write it under `agreements:` (or as a rule under `rules`)." in text for text in texts)


def test_the_dutch_messages_keep_the_canonical_keys(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(ENGLISH, encoding="utf-8")
    proc = run_cli("check", "--format", "json", "--isolated", "--today", "2026-06-01", str(path))
    messages = {f["message"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert "Vul de naam van de organisatie in (organisatie)." in messages
    assert "'concepten' is een regel voor mag, niet voor mag_niet." in messages
    assert "Het aanspreekpunt heeft geen e-mailadres of telefoonnummer (email, telefoon)." in messages
    assert any(text.endswith("kies uit ja, nee, aangevraagd, niet-nodig.") for text in messages)


def test_a_consumer_plan_cites_the_dutch_authority_by_its_name(tmp_path):
    text = ENGLISH.replace("  - name: Claude Team\n", "  - name: Claude Free\n")
    [message] = [f["message"] for f in _messages(text=text, tmp_path=tmp_path) if f["rule"] == "AIB305"][:1]
    assert "the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)" in message
    assert "Dutch DPA" not in message


def test_a_markdown_policy_in_english_gets_english_messages(tmp_path):
    page = (
        "# AI usage policy\n\n## NOT ALLOWED\n\n- Entering customer or personal data into AI tools.\n\n"
        "## APPROVED TOOLS\n\n- DeepL Pro (processing agreement: maybe)\n\n## CONTACT\n\nJo\n"
    )
    findings = _messages(text=page, name="policy.md", tmp_path=tmp_path)
    assert findings
    assert [f["message"] for f in findings if DUTCH_WORD.search(f["message"])] == []


# --- the check rule is 'the rule', the others 'the prohibition', in both languages ------------------------


CHECK_MISSING = """\
organisatie: Bakkerij De Vries B.V.
regels:
  mag:
    - id: concepten
  mag_niet:
    - id: geen-persoonsgegevens
    - id: geen-bedrijfsgeheimen
goedgekeurde_tools:
  - naam: DeepL Pro
    verwerkersovereenkomst: ja
aanspreekpunt:
  naam: Marieke de Vries
  email: marieke@example.nl
geldt_voor: Alle medewerkers
ingangsdatum: 2026-01-01
"""


def _check(text: str, name: str = "beleid.yaml"):
    document = source.parse_bytes(text.encode("utf-8"), path=name)
    return engine.check_document(document, engine.RuleSet(settings=engine.Settings(today=date(2026, 6, 1))))


def test_the_missing_check_rule_is_a_rule_and_the_missing_final_decision_a_prohibition():
    findings = [f for f in _check(CHECK_MISSING).findings if f.rule == "AIB401"]
    messages = sorted((f.message.text("nl"), f.message.text("en")) for f in findings)
    assert messages == [
        (
            "De regel 'altijd-controleren' ontbreekt: \"Antwoorden overnemen zonder ze zelf te controleren.\"",
            "The rule 'altijd-controleren' is missing: \"Copying answers without checking them yourself.\"",
        ),
        (
            "Het verbod 'geen-eindbesluit' ontbreekt: \"Een eindbesluit laten nemen over mensen, geld of risico.\"",
            "The prohibition 'geen-eindbesluit' is missing: \"Letting AI take a final decision about people, money "
            'or risk."',
        ),
    ]


_THREE_PROHIBITIONS = (
    "## NOT ALLOWED\n\n- Entering customer or personal data into AI tools.\n"
    "- Sharing business secrets, contracts or financial details.\n"
    "- Letting AI take a final decision about people, money or risk.\n\n"
)


def _outside_the_lists(page: str, path: str = "policy.md"):
    [warning] = [f for f in _check(page, path).findings if f.rule == "AIB406"]
    return warning


def test_a_check_rule_outside_the_lists_is_called_a_rule_in_both_languages():
    page = (
        "# AI usage policy — Acme Ltd\n\n"
        + _THREE_PROHIBITIONS
        + "## Quality\n\nAlways check AI output before you use it.\n"
    )
    warning = _outside_the_lists(page)
    assert warning.message.text("en").startswith(
        "The rule 'altijd-controleren' (always check) stands under the heading 'Quality', which is no list of the "
        "template;"
    )  # the Dutch id, with what it says
    assert warning.message.text("nl").startswith(
        "De regel 'altijd-controleren' staat onder de kop 'Quality', die geen lijst van het sjabloon is;"
    )
    assert "Name the heading 'Quality' NOT ALLOWED or ALWAYS" in warning.message.text("en")


def test_a_rule_right_under_the_title_stands_in_the_running_text():
    page = "# AI usage policy — Acme Ltd\n\nAlways check AI output before you use it.\n\n" + _THREE_PROHIBITIONS
    warning = _outside_the_lists(page)
    assert warning.message.text("nl").startswith(
        "De regel 'altijd-controleren' staat in de lopende tekst, niet onder DIT NIET of ALTIJD;"
    ), warning.message.text("nl")
    assert "Zet de regel zelf onder DIT NIET of ALTIJD" in warning.message.text("nl")


# --- the English names come from the format's own key tables and value reader ------------------------------


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ("organisatie", "organisation"),
        ("regels.mag", "rules.allowed"),
        ("regels.mag_niet[2].tekst", "rules.forbidden[2].text"),
        ("regels.moet[0].id", "rules.must[0].id"),
        ("goedgekeurde_tools[0].verwerkersovereenkomst", "approved_tools[0].processing_agreement"),
        ("goedgekeurde_tools[].persoonsgegevens", "approved_tools[].personal_data"),
        ("aanspreekpunt.email", "contact.email"),
        ("aanspreekpunt.telefoon", "contact.phone"),
        ("geldt_voor[1]", "applies_to[1]"),
        ("afspraken", "agreements"),
        ("iets.anders", "iets.anders"),
    ],
)
def test_english_path(path, english):
    assert english_path(path) == english


def test_english_name_is_the_last_key():
    assert english_name("goedgekeurde_tools[3].datalocatie") == "data_location"


def test_every_english_agreement_value_is_read_as_its_dutch_value():
    assert len(AGREEMENT_VALUES_EN) == len(AGREEMENT_VALUES)
    for english, dutch in zip(AGREEMENT_VALUES_EN, AGREEMENT_VALUES, strict=True):
        assert AGREEMENT_SYNONYMS[english] == dutch


def _entry(**fields: object) -> Entry:
    base = {
        "id": "x",
        "product": "ChatGPT",
        "leverancier": "OpenAI",
        "abonnement": "Free (persoonlijk account)",
        "namen": ["chatgpt free"],
        "consument": True,
        "verwerkersovereenkomst": "nee",
        "training_standaard": "ja",
        "bronnen": ["https://example.org"],
        "gecontroleerd": "2026-01-01",
    }
    return Entry.model_validate(base | fields)


def test_a_catalogue_entry_names_its_plan_in_english_when_it_has_one():
    entry = _entry(abonnement_en="Free (personal account)")
    assert entry.plan("en") == "ChatGPT Free (personal account)"
    assert entry.plan("nl") == "ChatGPT Free (persoonlijk account)"
    assert _entry().plan("en") == "ChatGPT Free (persoonlijk account)"  # no English given: the catalogue's text


def test_every_prohibition_id_has_its_english_gloss():
    from aibeleid_check.template import FORBIDDEN, RULE_GLOSSES_EN

    assert set(RULE_GLOSSES_EN) == {rule.id for rule in FORBIDDEN}


def test_a_rule_under_a_known_heading_that_holds_running_text_names_that_heading():
    page = (
        "# AI-beleid Vertaalbureau Lingua\n\n## Waarom\n\nAI hoort bij ons vak.\n\n## Onze afspraken\n\n"
        "Elke machinevertaling wordt door een vertaler nagelezen en verbeterd voordat ze naar de klant gaat.\n\n"
        "## DIT NIET\n\n- Klantgegevens in AI-tools invoeren.\n- Contracten of financiële details delen.\n"
        "- AI een eindbesluit laten nemen over mensen, geld of risico.\n"
    )
    warning = _outside_the_lists(page, "beleid.md")
    assert "staat onder de kop 'Onze afspraken'" in warning.message.text("nl"), warning.message.text("nl")


def test_an_unknown_heading_whose_labels_gave_fields_names_them_without_calling_them_running_text():
    page = (
        "# AI-beleid Fysiopraktijk Beweeg\n\n## Dit mag\n\n- Oefenschema's laten opzetten.\n\n## Praktisch\n\n"
        "**Welke tools:** Microsoft 365 Copilot met je praktijkaccount.\n\n"
        "**Voor wie:** alle fysiotherapeuten en de baliemedewerkers\n\n**Vanaf:** 1 april 2026\n"
    )
    [finding] = [f for f in _check(page, "beleid.md").findings if f.rule == "AIB104"]
    assert "lopende tekst" not in finding.message.nl and "running text" not in finding.message.en
    assert "van wat eronder staat staan " in finding.message.nl and "INGANGSDATUM" in finding.message.nl
    assert "op het A4, de rest niet" in finding.message.nl, finding.message.nl
    assert "EFFECTIVE DATE" in finding.message.en and "reach the A4, the rest does not" in finding.message.en
