"""JUnit XML: a testsuite per file, a failing testcase per finding, a passing one for a clean file."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from conftest import POLICIES, run_cli

from aibeleid_check.findings import CheckResult, FileResult, Finding, Message, Severity
from aibeleid_check.report.junit import Reporter


def test_junit_structure_for_a_broken_and_a_clean_policy(write_policy, tmp_path):
    write_policy("organisatie: Bakkerij & <Zonen>\nonbekend: 1\ningangsdatum: 2026-02-30\n", name="kapot.yaml")
    proc = run_cli("check", "--format", "junit", "kapot.yaml", str(POLICIES / "voorbeeld.yaml"), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    root = ET.fromstring(proc.stdout.encode("utf-8"))
    assert root.tag == "testsuites"
    broken, clean = root.findall("testsuite")
    assert broken.get("name") == "kapot.yaml"
    cases = broken.findall("testcase")
    assert len(cases) == int(broken.get("tests")) == int(broken.get("failures")) >= 3
    assert all(case.find("failure") is not None for case in cases)
    date = next(case for case in cases if case.get("name").startswith("AIB202"))
    assert date.get("classname") == "kapot.yaml" and date.get("line") == "3"
    failure = date.find("failure")
    assert failure.get("type") == "error"
    assert "bestaat niet" in failure.get("message")
    assert {case.find("failure").get("type") for case in cases} >= {"error", "warning"}
    assert len({case.get("name") for case in cases}) == len(cases), "test names are unique within a file"

    (passing,) = clean.findall("testcase")
    assert passing.find("failure") is None
    assert clean.get("tests") == "1" and clean.get("failures") == "0"
    assert root.get("tests") == str(len(cases) + 1) and root.get("failures") == str(len(cases))


def test_characters_xml_cannot_carry_are_replaced(tmp_path):
    finding = Finding("AIB001", Severity.ERROR, Message(nl="stuk\x00teken \x1b <&>", en=""), "", 1, 2, "yaml-syntax")
    out = tmp_path / "out.xml"
    with out.open("w", encoding="utf-8") as stream:
        Reporter().write(CheckResult(files=[FileResult(path="a\x07.yaml", findings=[finding])]), stream)
    failure = ET.parse(out).getroot().find("testsuite/testcase/failure")
    assert failure.get("message") == "stuk\ufffdteken \ufffd <&>"


def test_english_messages(write_policy, tmp_path):
    write_policy("organisatie: Bakkerij\n", name="b.yaml")
    proc = run_cli("check", "--format", "junit", "--lang", "en", "b.yaml", cwd=tmp_path)
    messages = [f.get("message") for f in ET.fromstring(proc.stdout).iter("failure")]
    assert any("missing" in message for message in messages), messages
