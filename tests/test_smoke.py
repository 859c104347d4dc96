"""The example policies, checked as a user would: the clean example, the template, one file per mistake."""

from __future__ import annotations

import json
import re

from aibeleid_check.rules import BUILTIN_RULES
from conftest import POLICIES, ROOT, run_cli

FOUTEN = POLICIES / "fouten"
TODAY = "2026-06-01"  # the fouten files use 2026-01-01 as start date: neither in the future nor stale
EXPECTED = re.compile(r"^# verwacht: (.+)$")
NOT_FROM_A_FILE = {"AIB008"}  # an unreadable file cannot be written down as an example


def expected_findings(path) -> list[tuple[str, int]]:
    first_line = path.read_bytes().split(b"\n", 1)[0].decode("ascii")
    match = EXPECTED.match(first_line)
    assert match, f"{path.name} must start with '# verwacht: CODE regel N'"
    pairs = [item.strip().split(" regel ") for item in match[1].split(",")]
    return sorted((code, int(line)) for code, line in pairs)


def check_json(*paths) -> dict:
    proc = run_cli("check", "--format", "json", "--today", TODAY, *map(str, paths))
    assert proc.stderr == ""
    return json.loads(proc.stdout)


def test_example_policy_is_clean():
    proc = run_cli("check", "--format", "concise", str(POLICIES / "voorbeeld.yaml"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


def test_example_policy_is_clean_in_rich_too():
    proc = run_cli("check", "--format", "rich", "--color", "never", str(POLICIES / "voorbeeld.yaml"))
    assert proc.returncode == 0
    assert "in orde" in proc.stdout
    assert "Alles in orde." in proc.stdout


def test_the_template_to_fill_in_asks_for_every_field():
    doc = check_json(POLICIES / "sjabloon.yaml")
    found = {(f["rule"], f["field"]) for f in doc["files"][0]["findings"]}
    assert found == {
        ("AIB103", "organisatie"),
        ("AIB301", "goedgekeurde_tools[0]"),
        ("AIB302", "goedgekeurde_tools[0]"),
        ("AIB201", "aanspreekpunt"),
        ("AIB201", "geldt_voor"),
        ("AIB201", "ingangsdatum"),
    }


def test_the_template_starts_with_the_schema_line():
    first = (POLICIES / "sjabloon.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/aibeleid.schema.json"


def test_every_fouten_file_gives_exactly_its_findings_on_its_lines():
    files = sorted(FOUTEN.glob("*.yaml"))
    doc = check_json(*files)
    assert len(doc["files"]) == len(files)
    for path, result in zip(files, doc["files"], strict=True):
        got = sorted((f["rule"], f["line"]) for f in result["findings"])
        assert got == expected_findings(path), path.name
        assert not result["ok"] or all(f["severity"] != "error" for f in result["findings"])


def test_every_rule_a_file_can_trigger_has_a_fouten_file():
    named = {path.name.split("-", 1)[0] for path in FOUTEN.iterdir() if path.is_file()}  # .md/.doc: documents
    core = {rule.code for rule in BUILTIN_RULES if rule.profile == "basis" and re.fullmatch(r"AIB[0-5]\d\d", rule.code)}
    assert core - NOT_FROM_A_FILE <= named


def test_each_fouten_file_is_named_after_the_finding_it_is_about():
    for path in FOUTEN.glob("*.yaml"):
        code = path.name.split("-", 1)[0]
        assert code in {c for c, _ in expected_findings(path)}, path.name


def test_docs_table_lists_every_fouten_file():
    table = (ROOT / "docs" / "fouten.md").read_text(encoding="utf-8")
    for path in FOUTEN.glob("*.yaml"):
        assert f"`{path.name}`" in table, path.name


def test_the_readme_example_policy_is_clean(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(# yaml-language-server.*?)```", readme, re.DOTALL)
    assert example, "README.md shows an example policy"
    policy = tmp_path / "readme.yaml"
    policy.write_text(example[1], encoding="utf-8")
    report = check_json(policy)
    assert report["files"][0]["findings"] == []
