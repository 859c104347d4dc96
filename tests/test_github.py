"""GitHub Actions annotations: one workflow command a finding, escaped as the runner reads them."""

from __future__ import annotations

import re

from conftest import POLICIES, run_cli

from aibeleid_check.findings import Finding, Message, Severity
from aibeleid_check.report.github import annotation, escape_data, escape_property

COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    for encoded, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(encoded, char)
    return text


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    """Read a workflow command the way the runner does: split properties on ',' and '='."""
    match = COMMAND.match(line)
    assert match, line
    props = dict(part.split("=", 1) for part in match["props"].split(","))
    return match[1], {key: _unescape(value) for key, value in props.items()}, _unescape(match["message"])


def test_escaping_follows_the_runner_rules():
    assert escape_data("50% klaar\r\nen: verder, ok") == "50%25 klaar%0D%0Aen: verder, ok"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_annotation_round_trips_through_the_runner_parsing():
    finding = Finding("AIB101", Severity.WARNING, Message(nl="Sleutel 'a,b: c' 100%\nweg", en="x"), "f", 3, 7, "slug")
    command, props, message = _parse(annotation(finding, "map, met: dubbelepunt/beleid.yaml"))
    assert command == "warning"
    assert props == {"file": "map, met: dubbelepunt/beleid.yaml", "line": "3", "col": "7", "title": "AIB101 slug"}
    assert message == "Sleutel 'a,b: c' 100%\nweg"


def test_cli_prints_annotations_with_levels(write_policy, tmp_path):
    write_policy("organisatie: Bakkerij\nonbekend: 1\ningangsdatum: 2026-02-30\n", name="beleid.yaml")
    proc = run_cli("check", "--format", "github", "beleid.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines and all(COMMAND.match(line) for line in lines), proc.stdout
    parsed = [_parse(line) for line in lines]
    assert ("error", "AIB202") in {(command, props["title"].split()[0]) for command, props, _ in parsed}
    assert ("warning", "AIB101") in {(command, props["title"].split()[0]) for command, props, _ in parsed}
    date = next(props for _, props, _ in parsed if props["title"].startswith("AIB202"))
    assert date == {"file": "beleid.yaml", "line": "3", "col": "15", "title": "AIB202 datum-ongeldig"}


def test_auto_format_chooses_github_under_actions(write_policy, tmp_path):
    write_policy("organisatie: Bakkerij\n", name="beleid.yaml")
    proc = run_cli("check", "beleid.yaml", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})
    assert proc.stdout.startswith("::error file=beleid.yaml,"), proc.stdout


def test_info_findings_become_notices():
    finding = Finding("AIB204", Severity.INFO, Message(nl="oud", en="old"), "", 1, 1, "beleid-verouderd")
    assert annotation(finding, "a.yaml", "en") == "::notice file=a.yaml,line=1,col=1,title=AIB204 beleid-verouderd::old"


def test_clean_policy_prints_nothing():
    proc = run_cli("check", "--format", "github", str(POLICIES / "voorbeeld.yaml"))
    assert proc.returncode == 0 and proc.stdout == ""
