"""``aibeleid-check schema``: a JSON Schema that editors and validators accept for every valid policy."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import POLICIES, ROOT, run_cli

from aibeleid_check.engine import RuleSet, check_path

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
aanspreekpunt:
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


def test_schema_has_dutch_descriptions_and_a_title(schema):
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert schema["title"] == "AI-gebruiksbeleid"
    assert "Welke AI-tools" in schema["properties"]["goedgekeurde_tools"]["description"]
    assert "Engelse alias" in schema["properties"]["approved_tools"]["description"]
    assert schema["additionalProperties"] is False


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
