"""``--output [FORMAT:]FILE``: machine reports to files while the terminal keeps the human report."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from conftest import run_cli

BROKEN = "organisatie: Bakkerij\nonbekend: 1\n"


def test_outputs_by_extension_and_prefix_while_stdout_keeps_the_human_report(write_policy, tmp_path):
    policy = write_policy(BROKEN)
    before = policy.read_bytes()
    proc = run_cli(
        "check", "--format", "concise", str(policy),
        "--output", "report.sarif", "--output", "report.json", "--output", "junit:ci/report.out",
        "--output", "findings.txt",
        cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "AIB101 [warning]" in proc.stdout and not proc.stdout.lstrip().startswith("{")
    assert json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    document = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert document["summary"]["files"] == 1 and document["summary"]["warnings"] >= 1
    assert ET.parse(tmp_path / "ci" / "report.out").getroot().tag == "testsuites"
    assert (tmp_path / "findings.txt").read_text(encoding="utf-8") == proc.stdout
    assert policy.read_bytes() == before


def test_machine_format_on_stdout_is_only_the_document(write_policy, tmp_path):
    policy = write_policy(BROKEN)
    proc = run_cli("check", "--format", "json", str(policy), "--output", "x.xml", cwd=tmp_path)
    assert json.loads(proc.stdout)["files"][0]["ok"] is False
    assert (tmp_path / "x.xml").exists()


def test_sarif_json_extension_is_sarif(write_policy, tmp_path):
    policy = write_policy(BROKEN)
    run_cli("check", str(policy), "--output", "scan.sarif.json", cwd=tmp_path)
    assert "runs" in json.loads((tmp_path / "scan.sarif.json").read_text(encoding="utf-8"))


def test_unknown_extension_or_format_is_a_usage_error(write_policy, tmp_path):
    policy = write_policy(BROKEN)
    for spec in ("report.html5", "yaml:report.yaml", "report"):
        proc = run_cli("check", str(policy), "--output", spec, cwd=tmp_path)
        assert proc.returncode == 2, (spec, proc.stdout, proc.stderr)
        assert spec in proc.stderr and "Traceback" not in proc.stderr


def test_unwritable_output_is_a_usage_error(write_policy, tmp_path):
    policy = write_policy(BROKEN)
    spec = f"{policy}/r.json"  # below a file, so no directory can be made
    proc = run_cli("check", str(policy), "--output", spec, cwd=tmp_path)
    assert proc.returncode == 2 and spec in proc.stderr and "Traceback" not in proc.stderr


def test_output_never_overwrites_a_checked_policy(write_policy, tmp_path):
    policy = write_policy(BROKEN, name="beleid.json")
    proc = run_cli("check", str(policy), "--output", str(policy), cwd=tmp_path)
    assert proc.returncode == 2
    assert policy.read_text(encoding="utf-8") == BROKEN


def test_clean_run_writes_reports_and_exits_zero(tmp_path):
    from conftest import POLICIES

    proc = run_cli("check", str(POLICIES / "voorbeeld.yaml"), "--output", "r.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]["errors"] == 0
