"""``aibeleid-check schema``: a JSON Schema that editors and validators accept for every valid policy."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from aibeleid_check.engine import RuleSet, check_path
from conftest import POLICIES, ROOT, run_cli

jsonschema = pytest.importorskip("jsonschema")
COMMITTED = ROOT / "schema" / "aibeleid.schema.json"
# Findings about the shape of a policy (unknown key, unreadable value): what the schema can see.
SHAPE_RULES = {"AIB101", "AIB102"}

LENIENT = {
    "english-aliases": """\
organisation: Acme
rules:
  allowed: [{id: concepten}, "Notulen samenvatten."]
  forbidden:
    - id: geen-persoonsgegevens
    - text: Geen contracten delen.
approved_tools:
  - name: DeepL Pro
    processing_agreement: yes
    personal_data: no
contact: {name: Jan, e-mail: jan@acme.example}
applies_to: [Iedereen]
effective_date: 2026-01-01
review_date: 1 maart 2027
version: 2
""",
    "shorthands": """\
organisatie: Bakkerij
regels:
  mag: "Brainstormen."
  mag_niet:
    id: geen-eindbesluit
goedgekeurde_tools: Microsoft 365 Copilot
aanspreekpunt: Marieke, marieke@example.nl
geldt_voor: Alle medewerkers
ingangsdatum: 31-12-2026
versie: 1.0
""",
    "words-and-booleans": """\
organisatie: Bakkerij
goedgekeurde_tools:
  - naam: ChatGPT Business
    verwerkersovereenkomst: Aangevraagd
    persoonsgegevens: Nee
  - naam: Copilot
    verwerkersovereenkomst: true
    persoonsgegevens: false
  - naam: Lokale tool
    verwerkersovereenkomst: n.v.t.
  - naam: Nog niet bekend
    verwerkersovereenkomst: "[invullen]"
    persoonsgegevens: " NEE "
regels:
  mag_niet:
    - id: geen-persoonsgegevens
aanspreekpunt:
geldt_voor:
ingangsdatum: 1 mrt. 2026
""",
}

# Known-bad examples, each with the code the checker reports for it.
BAD = {
    "unknown-key": ("organisatie: A\nfoo: 1\n", "AIB101"),
    "unknown-tool-key": ("goedgekeurde_tools:\n  - naam: A\n    prijs: 10\n", "AIB101"),
    "organisation-as-list": ("organisatie: [A, B]\n", "AIB102"),
    "agreement-typo": ("goedgekeurde_tools:\n  - naam: A\n    verwerkersovereenkomst: misschien\n", "AIB302"),
    "personal-data-word": ("goedgekeurde_tools:\n  - naam: A\n    persoonsgegevens: soms\n", "AIB102"),
    "personal-data-list": ("goedgekeurde_tools:\n  - naam: A\n    persoonsgegevens: [ja]\n", "AIB102"),
    "contact-list": ("aanspreekpunt: [Jan, Piet]\n", "AIB102"),
    "rules-as-text": ("regels: alles mag\n", "AIB102"),
    "unknown-rule-id": ("regels:\n  mag_niet:\n    - id: geen-persoonsgegeven\n", "AIB403"),
    "missing-organisation": ("regels:\n  mag_niet: [{id: geen-persoonsgegevens}]\n", "AIB103"),
    "missing-agreement": ("goedgekeurde_tools:\n  - naam: DeepL Pro\n    persoonsgegevens: nee\n", "AIB302"),
}


def as_editor_sees_it(value):
    """yaml.safe_load reads YAML 1.1 dates as date objects; an editor (YAML 1.2) sees the text."""
    if isinstance(value, dict):
        return {key: as_editor_sees_it(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_editor_sees_it(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


@pytest.fixture(scope="module")
def schema() -> dict:
    proc = run_cli("schema")
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    jsonschema.Draft7Validator.check_schema(document)
    return document


def _errors(schema: dict, text: str) -> list[str]:
    data = as_editor_sees_it(yaml.safe_load(text))
    return [error.message for error in jsonschema.Draft7Validator(schema).iter_errors(data)]


def _codes(path: Path) -> set[str]:
    return {finding.rule for finding in check_path(str(path), RuleSet()).findings}


def test_committed_schema_is_up_to_date(schema):
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == schema, "run: aibeleid-check schema > schema/aibeleid.schema.json"


def test_schema_has_dutch_and_english_descriptions(schema):
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "title" not in schema, "a root title is repeated in every hover of yaml-language-server"
    tools = schema["properties"]["goedgekeurde_tools"]
    assert "Welke AI-tools" in tools["description"] and "Which AI tools" in tools["markdownDescription"]
    assert "Engelse alias" in schema["properties"]["approved_tools"]["description"]
    assert schema["additionalProperties"] is False


def _walk(node, path=()):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, index))


def test_aliases_are_valid_but_never_suggested(schema):
    from aibeleid_check.model import CONTACT_KEYS, POLICY_KEYS, TOOL_KEYS

    tool = schema["definitions"]["Tool"]["properties"]
    contact = schema["definitions"]["Contact"]["properties"]
    for properties, table in ((schema["properties"], POLICY_KEYS), (tool, TOOL_KEYS), (contact, CONTACT_KEYS)):
        for key, aliases in table.items():
            assert not properties[key].get("doNotSuggest"), key
            for alias in aliases:
                assert properties[alias]["doNotSuggest"] is True, alias


def test_only_canonical_values_are_offered(schema):
    offered = [node["enum"] for _, node in _walk(schema) if "enum" in node and not node.get("doNotSuggest")]
    words = {word for enum in offered for word in enum}
    rule_ids = {"concepten", "brainstormen", "openbare-informatie", "uitleg", "geen-persoonsgegevens",
                "geen-bedrijfsgeheimen", "geen-eindbesluit", "altijd-controleren"}  # fmt: skip
    assert words == {"ja", "nee", "aangevraagd", "niet-nodig"} | rule_ids
    agreement = schema["definitions"]["Tool"]["properties"]["verwerkersovereenkomst"]["anyOf"][0]
    assert agreement["enum"] == ["ja", "nee", "aangevraagd", "niet-nodig"]
    assert len(agreement["markdownEnumDescriptions"]) == 4 and "*Requested" in agreement["markdownEnumDescriptions"][2]
    for _, node in _walk(schema):
        assert node.get("type") != "boolean" and node.get("type") != "null", "booleans and null are not offered"


def test_rule_ids_follow_their_list_and_carry_the_template_text(schema):
    from aibeleid_check import template

    rules = schema["definitions"]["Rules"]["properties"]
    assert rules["mag"]["anyOf"][0]["items"] == {"$ref": "#/definitions/AllowedRule"}
    for kind in ("mag_niet", "moet"):
        assert rules[kind]["anyOf"][0]["items"] == {"$ref": "#/definitions/ForbiddenRule"}, kind
    allowed = schema["definitions"]["AllowedRule"]["anyOf"][0]["properties"]["id"]
    forbidden = schema["definitions"]["ForbiddenRule"]["anyOf"][0]["properties"]["id"]
    assert allowed["enum"] == [rule.id for rule in template.ALLOWED]
    assert forbidden["enum"] == [rule.id for rule in template.FORBIDDEN]
    assert forbidden["markdownEnumDescriptions"][0].startswith(template.FORBIDDEN[0].text.nl)


COMPLETE = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8")


def test_allowed_id_under_mag_niet_is_rejected(schema):
    assert _errors(schema, COMPLETE) == []
    assert "- id: geen-persoonsgegevens" in COMPLETE and "- id: concepten" in COMPLETE
    swapped = COMPLETE.replace("- id: geen-persoonsgegevens", "- id: uitleg", 1)
    assert _errors(schema, swapped), "an allowed rule under DIT NIET"
    swapped = COMPLETE.replace("- id: concepten", "- id: geen-eindbesluit", 1)
    assert _errors(schema, swapped), "a forbidden rule under DIT MAG"


def test_required_fields_accept_either_spelling(schema):
    complete = "organisation: A\nrules: {forbidden: [{id: geen-eindbesluit}]}\napproved_tools: []\ncontact: x\n" \
               "applies_to: x\neffective_date: 2026-01-01\n"  # fmt: skip
    assert _errors(schema, complete) == []
    assert _errors(schema, complete.replace("contact: x\n", ""))


def test_error_messages_are_in_words(schema):
    messages = {node["errorMessage"] for _, node in _walk(schema) if "errorMessage" in node}
    assert "Kies ja of nee. (Choose ja (yes) or nee (no).)" in messages
    branches = schema["definitions"]["Tool"]["properties"]["persoonsgegevens"]["anyOf"]
    assert all("errorMessage" in branch for branch in branches[:-1])


def test_init_uses_the_same_schema(tmp_path):
    from aibeleid_check.model_schema import policy_schema

    proc = run_cli("init", "--no-input", "--organisatie", "Bakkerij", "--tool", "DeepL Pro:ja:nee", "--aanspreekpunt",
                   "Jan", "--email", "jan@example.nl", "--geldt-voor", "Iedereen", "--ingangsdatum", "2026-01-01",
                   "beleid.yaml", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    written = tmp_path / "aibeleid.schema.json"
    assert written.exists(), "init writes the schema its modeline names"
    assert json.loads(written.read_text(encoding="utf-8")) == policy_schema()
    assert _errors(policy_schema(), (tmp_path / "beleid.yaml").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("name", ["voorbeeld.yaml", "sjabloon.yaml"])
def test_project_policies_validate_and_point_at_the_schema(schema, name):
    path = POLICIES / name
    if not path.exists():
        pytest.skip(f"{path} not written yet")
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schema/aibeleid.schema.json"
    assert _errors(schema, text) == []


@pytest.mark.parametrize("name", sorted(LENIENT))
def test_what_the_checker_reads_the_schema_accepts(schema, tmp_path, name):
    path = tmp_path / f"{name}.yaml"
    path.write_text(LENIENT[name], encoding="utf-8")
    assert _codes(path) & SHAPE_RULES == set(), "the example itself must be one the checker reads"
    assert _errors(schema, LENIENT[name]) == []


@pytest.mark.parametrize("name", sorted(BAD))
def test_what_the_checker_rejects_the_schema_rejects(schema, tmp_path, name):
    path = tmp_path / f"{name}.yaml"
    text, code = BAD[name]
    path.write_text(text, encoding="utf-8")
    assert code in _codes(path), "the example must be one the checker reports"
    assert _errors(schema, text) != []


def test_check_jsonschema_cli_accepts_the_example_policy(tmp_path):
    exe = Path(sys.executable).parent / "check-jsonschema"
    if not exe.exists():
        pytest.skip("check-jsonschema is not installed (dev extra)")
    bad = tmp_path / "fout.yaml"
    bad.write_text(BAD["unknown-key"][0], encoding="utf-8")
    command = [str(exe), "--schemafile", str(COMMITTED)]
    good = subprocess.run([*command, str(POLICIES / "voorbeeld.yaml")], capture_output=True, text=True, timeout=120)
    assert good.returncode == 0, good.stdout + good.stderr
    wrong = subprocess.run([*command, str(bad)], capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 1 and "foo" in wrong.stdout + wrong.stderr
