"""SARIF output: valid against the official 2.1.0 schema, rules described, repository-relative locations."""

from __future__ import annotations

import json

import pytest
from conftest import POLICIES, SARIF_SCHEMA, run_cli

BROKEN = """\
organisatie: Bakkerij De Vries
onbekend: 1
ingangsdatum: 2026-02-30
goedgekeurde_tools:
  - naam: "ChatGPT, gratis: 100% \\"test\\""
"""


def _sarif(tmp_path, *paths: str, lang: str = "nl") -> dict:
    proc = run_cli("check", "--format", "sarif", "--lang", lang, *paths, cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def broken(tmp_path):
    (tmp_path / "beleid").mkdir()
    path = tmp_path / "beleid" / "ai beleid.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def test_sarif_validates_against_the_official_schema(tmp_path, broken):
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"SARIF schema not available at {SARIF_SCHEMA}")
    jsonschema = pytest.importorskip("jsonschema")
    document = _sarif(tmp_path, "beleid/ai beleid.yaml", str(POLICIES / "voorbeeld.yaml"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(document), key=str)
    assert not errors, "\n".join(error.message for error in errors[:5])
    assert document["version"] == "2.1.0"


def test_results_point_at_repository_relative_uris_with_rule_index(tmp_path, broken):
    run = _sarif(tmp_path, "beleid/ai beleid.yaml")["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["results"], "a broken policy has results"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "beleid/ai%20beleid.yaml", "uriBaseId": "%SRCROOT%"}
        assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    date = next(r for r in run["results"] if r["ruleId"] == "AIB202")
    assert date["level"] == "error"
    assert date["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 15}
    unknown = next(r for r in run["results"] if r["ruleId"] == "AIB101")
    assert unknown["level"] == "warning"
    assert "onbekend" in unknown["message"]["text"]


def test_driver_describes_every_builtin_rule_from_its_docstring(tmp_path, broken):
    from aibeleid_check.rules import BUILTIN_RULES

    rules = _sarif(tmp_path, "beleid/ai beleid.yaml", lang="en")["runs"][0]["tool"]["driver"]["rules"]
    by_id = {rule["id"]: rule for rule in rules}
    assert set(by_id) >= {cls.code for cls in BUILTIN_RULES}
    assert len(by_id) == len(rules), "rule ids are unique"
    for cls in BUILTIN_RULES:
        rule = by_id[cls.code]
        assert rule["name"] == cls.slug
        assert rule["shortDescription"]["text"] == cls.summary("en")
        assert "What it checks" in rule["fullDescription"]["text"]
        expected = {"error": "error", "warning": "warning", "info": "note"}[cls.severity.value]
        assert rule["defaultConfiguration"]["level"] == expected


def test_ids_and_order_are_stable_between_runs(tmp_path, broken):
    first = _sarif(tmp_path, "beleid/ai beleid.yaml")
    second = _sarif(tmp_path, "beleid/ai beleid.yaml")
    assert first == second


def test_clean_policy_has_no_results_and_exit_zero(tmp_path):
    proc = run_cli("check", "--format", "sarif", str(POLICIES / "voorbeeld.yaml"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["runs"][0]["results"] == []


def test_file_outside_the_current_directory_gets_an_absolute_uri(tmp_path, broken):
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    run = _sarif(elsewhere, str(broken))["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": broken.resolve().as_uri()}


def test_plugin_rules_in_results_are_described_too():
    from aibeleid_check.findings import CheckResult, FileResult, Finding, Message, Severity
    from aibeleid_check.report.sarif import as_document

    finding = Finding("XYZ001", Severity.INFO, Message("nl", "en"), "organisatie", 1, 1, slug="eigen-regel")
    document = as_document(CheckResult(files=[FileResult(path="a.yaml", findings=[finding])]))
    run = document["runs"][0]
    rule = run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"]]
    assert rule["id"] == "XYZ001" and rule["name"] == "eigen-regel"
    assert run["results"][0]["level"] == "note"
