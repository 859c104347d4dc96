"""JUnit XML for CI test reports (GitLab ``artifacts:reports:junit``, Jenkins ``junit``).

A ``testsuite`` per checked file; a failing ``testcase`` per finding (failure type = severity), and one
passing ``testcase`` for a file without findings, so that clean files show up as passed tests.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from aibeleid_check.findings import CheckResult, FileResult, Finding

CLEAN_CASE = {"nl": "beleid in orde", "en": "policy ok"}
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """ElementTree escapes markup but not characters XML 1.0 forbids (control characters, lone surrogates)."""
    return _NOT_XML.sub("\ufffd", text)


class Reporter:
    name = "junit"
    machine = True

    def __init__(self, *, lang: str = "nl", color: bool | None = None) -> None:
        self.lang = lang

    def write(self, result: CheckResult, stream: TextIO) -> None:
        root = as_element(result, self.lang)
        ET.indent(root)
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(ET.tostring(root, encoding="unicode"))
        stream.write("\n")


def as_element(result: CheckResult, lang: str = "nl") -> ET.Element:
    suites = [_suite(file, lang) for file in result.files]
    root = ET.Element(
        "testsuites",
        name="aibeleid-check",
        tests=str(sum(int(suite.get("tests")) for suite in suites)),
        failures=str(sum(int(suite.get("failures")) for suite in suites)),
        errors="0",
        time="0",
    )
    root.extend(suites)
    return root


def _suite(file: FileResult, lang: str) -> ET.Element:
    path = xml_text(file.path)
    cases = [_failing_case(path, finding, lang) for finding in file.findings]
    _number_repeated_names(cases)
    if not cases:
        clean = CLEAN_CASE["en" if lang == "en" else "nl"]
        cases = [ET.Element("testcase", classname=path, name=clean, file=path, time="0")]
    suite = ET.Element(
        "testsuite",
        name=path,
        tests=str(len(cases)),
        failures=str(len(file.findings)),
        errors="0",
        skipped="0",
        time="0",
    )
    suite.extend(cases)
    return suite


def _number_repeated_names(cases: list[ET.Element]) -> None:
    """CI servers merge test cases with the same name; several findings can share rule, field and position."""
    seen: dict[str, int] = {}
    for case in cases:
        name = case.get("name")
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            case.set("name", f"{name} #{seen[name]}")


def _failing_case(path: str, finding: Finding, lang: str) -> ET.Element:
    message = xml_text(finding.message.text(lang))
    path = xml_text(path)
    name = " ".join(part for part in (finding.rule, finding.slug, finding.field) if part)
    name += f" ({finding.line}:{finding.column})"
    case = ET.Element("testcase", classname=path, name=name, file=path, line=str(finding.line), time="0")
    failure = ET.SubElement(case, "failure", type=finding.severity.value, message=message)
    failure.text = f"{path}:{finding.line}:{finding.column}: {finding.rule} [{finding.severity.value}] {message}"
    if finding.field:
        failure.text += f"\nveld/field: {finding.field}"
    return case
