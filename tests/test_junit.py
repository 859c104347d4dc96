"""JUnit XML: a testsuite per file, a testcase per file and rule; only what fails the run is a failure."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from aibeleid_check.findings import CheckResult, FileResult, Finding, Message, Severity
from aibeleid_check.report.junit import Reporter
from conftest import POLICIES, run_cli

junitparser = pytest.importorskip("junitparser")

BROKEN = "organisatie: Bakkerij & <Zonen>\nonbekend: 1\ningangsdatum: 2026-02-30\n"
WARNINGS_ONLY = (POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8") + "onbekend: 1\n"


def _junit(tmp_path, *args: str) -> tuple[int, junitparser.JUnitXml]:
    proc = run_cli("check", "--format", "junit", *args, cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    out = tmp_path / "rapport.xml"
    out.write_text(proc.stdout, encoding="utf-8")
    return proc.returncode, junitparser.JUnitXml.fromfile(str(out))


def _cases(xml) -> dict[tuple[str, str], object]:
    return {(case.classname, case.name): case for suite in xml for case in suite}


def _failed(case) -> bool:
    return any(isinstance(entry, junitparser.Failure) for entry in case.result)


def test_one_case_per_file_and_rule_with_stable_names(tmp_path):
    (tmp_path / "beleid").mkdir()
    (tmp_path / "beleid" / "kapot.yaml").write_text(BROKEN, encoding="utf-8")
    code, xml = _junit(tmp_path, "beleid/kapot.yaml", str(POLICIES / "voorbeeld.yaml"))
    assert code == 1
    broken, clean = list(xml)
    assert broken.name == "beleid/kapot.yaml" and broken.timestamp
    cases = _cases(xml)
    date = cases[("beleid/kapot", "AIB202 datum-ongeldig")]
    assert _failed(date) and date.result[0].type == "error" and "bestaat niet" in date.result[0].message
    assert all("(" not in name for _, name in cases), "no line:col in a test name"
    assert len({(suite.name, case.name) for suite in xml for case in suite}) == sum(len(list(s)) for s in xml)
    # The clean policy passes every rule's case; a fixed problem turns green rather than disappearing.
    assert clean.tests >= 20 and clean.failures == 0
    assert any(name.startswith("AIB202") for classname, name in cases if classname.endswith("voorbeeld"))

    broken_file = tmp_path / "beleid" / "kapot.yaml"
    broken_file.write_text("# eerst een regel erbij\n" + BROKEN, encoding="utf-8")
    _, moved = _junit(tmp_path, "beleid/kapot.yaml")
    assert set(_cases(moved)) == {key for key in cases if key[0] == "beleid/kapot"}, "names survive moved lines"


def test_warnings_are_not_failures_unless_strict(tmp_path):
    (tmp_path / "ai-beleid.yaml").write_text(WARNINGS_ONLY, encoding="utf-8")
    code, xml = _junit(tmp_path, "ai-beleid.yaml")
    assert code == 0
    assert sum(suite.failures for suite in xml) == 0, "a passing run has no failed tests"
    unknown = next(case for (_, name), case in _cases(xml).items() if name.startswith("AIB101"))
    assert not _failed(unknown) and "AIB101 [warning]" in unknown.system_out
    code, strict = _junit(tmp_path, "--strict", "ai-beleid.yaml")
    assert code == 1
    unknown = next(case for (_, name), case in _cases(strict).items() if name.startswith("AIB101"))
    assert _failed(unknown) and unknown.result[0].type == "warning"


def test_unreadable_file_has_only_its_findings(tmp_path):
    (tmp_path / "stuk.yaml").write_text("organisatie: [open\n", encoding="utf-8")
    _, xml = _junit(tmp_path, "stuk.yaml")
    (suite,) = list(xml)
    assert suite.failures == suite.tests >= 1


def test_every_field_is_xml_safe_whatever_a_key_holds(tmp_path):
    finding = Finding(
        "AIB101", Severity.ERROR, Message(nl="stuk\x00teken \x1b <&>", en=""), "x\x01y\x0b", 1, 2, "s\x02"
    )
    out = tmp_path / "out.xml"
    path = "a\x07" + "\udce9.yaml"  # a control character and a byte that was not UTF-8
    with out.open("w", encoding="utf-8") as stream:
        Reporter().write(CheckResult(files=[FileResult(path=path, findings=[finding], readable=False)]), stream)
    root = ET.parse(out).getroot()
    case = root.find("testsuite/testcase")
    assert case.get("classname") == "a\\x07\ufffd"
    failure = case.find("failure")
    assert failure.get("message") == "stuk\\x00teken \\x1b <&>"
    assert "x\\x01y\\x0b" in failure.text


def test_english_messages(write_policy, tmp_path):
    write_policy("organisatie: Bakkerij\n", name="b.yaml")
    proc = run_cli("check", "--format", "junit", "--lang", "en", "b.yaml", cwd=tmp_path)
    messages = [f.get("message") for f in ET.fromstring(proc.stdout).iter("failure")]
    assert any("missing" in message for message in messages), messages


def test_stricter_rules_get_cases_only_when_they_ran(tmp_path):
    from aibeleid_check.rules import BUILTIN_RULES

    streng = [cls for cls in BUILTIN_RULES if cls.profile == "streng"]
    if not streng:
        pytest.skip("no streng rules registered")
    (tmp_path / "ai-beleid.yaml").write_text((POLICIES / "voorbeeld.yaml").read_text(encoding="utf-8"), "utf-8")
    _, basis = _junit(tmp_path, "ai-beleid.yaml")
    names = {name.split()[0] for _, name in _cases(basis)}
    assert streng[0].code not in names
    assert "AIB202" in names
