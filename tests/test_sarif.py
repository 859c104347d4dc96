"""SARIF output: valid against the official 2.1.0 schema, rules described, repository-relative locations."""

from __future__ import annotations

import json
import os

import pytest

from conftest import POLICIES, ROOT, SARIF_SCHEMA, run_cli

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
    assert SARIF_SCHEMA.exists(), f"the vendored SARIF schema is missing at {SARIF_SCHEMA}"
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
    # The region runs from the value to the end of its line ("ingangsdatum: 2026-02-30" is 24 characters).
    region = date["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 15, "endLine": 3, "endColumn": 25}
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
        assert rule["fullDescription"]["text"] == cls.doc("en").sections[0][1][:1024]
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


def _fingerprints(run: dict) -> dict:
    return {
        (r["ruleId"], r["properties"]["field"]): r["partialFingerprints"]["aibeleidFinding/v1"] for r in run["results"]
    }


def test_fingerprints_stay_when_lines_move_and_differ_per_file(tmp_path, broken):
    before = _fingerprints(_sarif(tmp_path, "beleid/ai beleid.yaml")["runs"][0])
    broken.write_text("# een nieuwe eerste regel\n\n" + BROKEN, encoding="utf-8")
    moved = _sarif(tmp_path, "beleid/ai beleid.yaml")["runs"][0]
    assert (
        next(r for r in moved["results"] if r["ruleId"] == "AIB202")["locations"][0]["physicalLocation"]["region"][
            "startLine"
        ]
        == 5
    )
    assert _fingerprints(moved) == before
    assert len(set(before.values())) == len(before), "each finding has its own fingerprint"
    other = tmp_path / "beleid" / "ander.yaml"
    other.write_text(BROKEN, encoding="utf-8")
    elsewhere = _fingerprints(_sarif(tmp_path, "beleid/ander.yaml")["runs"][0])
    assert not set(elsewhere.values()) & set(before.values()), "the file is part of the fingerprint"


def test_uris_are_relative_to_the_git_toplevel_when_run_from_a_subdirectory(tmp_path, broken):
    (tmp_path / ".git").mkdir()  # found by walking up; git itself is not run
    run = _sarif(tmp_path / "beleid", "ai beleid.yaml")["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "beleid/ai%20beleid.yaml", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"


def test_github_workspace_is_the_root_under_actions(tmp_path, broken):
    proc = run_cli("check", "--format", "sarif", "ai beleid.yaml", cwd=tmp_path / "beleid",
                   env={"GITHUB_WORKSPACE": str(tmp_path)})  # fmt: skip
    location = json.loads(proc.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "beleid/ai%20beleid.yaml"


def test_meets_githubs_code_scanning_requirements(tmp_path, broken):
    """docs.github.com, "SARIF support for code scanning": the properties it reads, and their limits."""
    run = _sarif(tmp_path, "beleid/ai beleid.yaml")["runs"][0]
    assert run["tool"]["driver"]["name"] == "aibeleid-check"
    assert run["automationDetails"]["id"].endswith("/"), "the category is the part before the last /"
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["id"] and 0 < len(rule["shortDescription"]["text"]) <= 1024
        assert 0 < len(rule["fullDescription"]["text"]) <= 1024
        assert rule["help"]["text"]
    for result in run["results"]:
        assert result["ruleId"] and result["message"]["text"]
        assert len(result["locations"]) == 1
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("file:"), "inside the repository: relative"
        assert location["region"]["startLine"] >= 1
        assert location["region"]["endColumn"] > location["region"]["startColumn"]
        assert len(result["partialFingerprints"]["aibeleidFinding/v1"]) == 32


def test_help_uri_points_at_the_rule_section_when_the_project_has_an_address(monkeypatch):
    from aibeleid_check.findings import CheckResult, FileResult
    from aibeleid_check.report import links, sarif

    monkeypatch.setattr(links, "project_url", lambda: "https://github.com/voorbeeld/aibeleid-check")
    monkeypatch.setattr(sarif, "project_url", links.project_url)
    run = sarif.as_document(CheckResult(files=[FileResult(path="a.yaml")]), "nl")["runs"][0]
    assert run["tool"]["driver"]["informationUri"] == "https://github.com/voorbeeld/aibeleid-check"
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "AIB302")
    assert rule["helpUri"] == (
        "https://github.com/voorbeeld/aibeleid-check/blob/main/docs/regels.md#aib302-verwerkersovereenkomst"
    )
    headings = (ROOT / "docs" / "regels.md").read_text(encoding="utf-8")
    assert f"## AIB302 `{rule['name']}`" in headings, "the anchor is the heading of the generated reference"


def test_a_file_name_that_is_not_utf8_is_percent_encoded(tmp_path):
    name = os.fsdecode(b"ai-beleid-caf\xe9.yaml")
    (tmp_path / name).write_text(BROKEN, encoding="utf-8")
    proc = run_cli("check", "--format", "sarif", name, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    location = json.loads(proc.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "ai-beleid-caf%E9.yaml"


def test_the_reporter_reads_the_rule_catalogue_from_the_result():
    from aibeleid_check.findings import CheckResult, FileResult
    from aibeleid_check.report.sarif import as_document
    from aibeleid_check.rules import BUILTIN_RULES

    result = CheckResult(files=[FileResult(path="a.yaml")], rules=BUILTIN_RULES[:2])
    rules = as_document(result)["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted(cls.code for cls in BUILTIN_RULES[:2])


def test_every_rule_has_the_section_its_help_uri_names():
    from aibeleid_check.report.links import rule_anchor
    from aibeleid_check.rules import BUILTIN_RULES

    for doc in ("regels.md", "rules.md"):
        text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
        for cls in BUILTIN_RULES:
            heading = f"## {cls.code} `{cls.slug}`"
            assert heading in text, f"{doc}: {heading}"
            assert rule_anchor(cls.code, cls.slug) == f"{cls.code.lower()}-{cls.slug}"
