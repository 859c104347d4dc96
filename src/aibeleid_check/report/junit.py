"""JUnit XML for CI test reports (GitLab ``artifacts:reports:junit``, Jenkins ``junit``).

- A ``testsuite`` per checked file, with a ``timestamp``.
- A ``testcase`` per file and rule, named ``AIB302 verwerkersovereenkomst`` (no line numbers, so a test
  keeps its identity when lines move, and its history in GitLab and Jenkins); the classname is the path
  without its extension. Every rule of the run's catalogue (the basis profile's, and the stricter ones when
  they ran) gets a case, so a fixed problem turns green instead of disappearing; a file that could not be
  read has only the cases of its findings.
- A case *fails* only when one of its findings is at or above the run's fail level (errors; warnings too
  with ``--strict``), so a report agrees with the exit code. Warnings and info below it are kept in the
  case's ``system-out`` and a ``severity`` property, and the case passes.
- Every attribute and text is made XML-safe: a character XML 1.0 cannot carry (a control character from a
  key, a lone surrogate from a file name that was not UTF-8) is written as a visible escape (``\\x1b``).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TextIO

from aibeleid_check.findings import CheckResult, FileResult, Finding, Severity
from aibeleid_check.report.paths import printable_path
from aibeleid_check.report.text import escape_char, location, location_kind

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """ElementTree escapes markup but not characters XML 1.0 forbids: those become visible escapes."""
    return _NOT_XML.sub(escape_char, text)


def _element(tag: str, text: str | None = None, **attributes: object) -> ET.Element:
    element = ET.Element(tag, {key: xml_text(str(value)) for key, value in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


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


def as_element(result: CheckResult, lang: str = "nl", now: datetime | None = None) -> ET.Element:
    stamp = (now or datetime.now()).replace(microsecond=0).isoformat()
    rules = {cls.code: cls.slug for cls in _catalogue(result)}
    suites = [_suite(file, rules, result.fail_level, lang, stamp) for file in result.files]
    root = _element(
        "testsuites", name="aibeleid-check", timestamp=stamp, time="0",
        tests=sum(int(suite.get("tests", 0)) for suite in suites),
        failures=sum(int(suite.get("failures", 0)) for suite in suites), errors=0,
    )  # fmt: skip
    root.extend(suites)
    return root


def _catalogue(result: CheckResult) -> Iterable[Any]:
    """The rules that get a case in every readable file: the run's catalogue, limited to the basis profile
    unless a finding shows that stricter rules ran (the result does not say which profile was chosen)."""
    from aibeleid_check.report.sarif import run_rule_classes

    classes = list(run_rule_classes(result))
    profiles = {cls.code: getattr(cls, "profile", "basis") for cls in classes}
    ran = {profiles.get(f.rule, "basis") for file in result.files for f in file.findings} | {"basis"}
    return [cls for cls in classes if profiles[cls.code] in ran]


def _suite(file: FileResult, rules: dict[str, str], fail_level: Severity, lang: str, stamp: str) -> ET.Element:
    path = printable_path(file.path)
    classname = os.path.splitext(path)[0].replace(os.sep, "/")
    by_rule: dict[str, list[Finding]] = {}
    for finding in file.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    codes = sorted(set(by_rule) | (set(rules) if file.readable else set()))
    kind = location_kind(file)
    cases = [_case(path, classname, code, by_rule.get(code, []), rules, fail_level, lang, kind) for code in codes]
    failures = sum(1 for case in cases if case.find("failure") is not None)
    suite = _element(
        "testsuite", name=path, tests=len(cases), failures=failures, errors=0, skipped=0, time="0", timestamp=stamp,
        file=path,
    )  # fmt: skip
    suite.extend(cases)
    return suite


def _case(path: str, classname: str, code: str, findings: list[Finding], rules: dict[str, str],
          fail_level: Severity, lang: str, kind: str) -> ET.Element:  # fmt: skip
    slug = rules.get(code) or next((f.slug for f in findings if f.slug), "")
    case = _element("testcase", classname=classname, name=f"{code} {slug}".strip(), file=path, time="0")
    if not findings:
        return case
    first = min(findings, key=lambda f: (f.line, f.column))
    case.set("line", str(max(first.line, 1)))
    lines = [_line(path, finding, lang, kind) for finding in sorted(findings, key=Finding.sort_key)]
    worst = max(findings, key=lambda f: f.severity.rank)
    properties = ET.SubElement(case, "properties")
    properties.append(_element("property", name="severity", value=worst.severity.value))
    properties.append(_element("property", name="findings", value=len(findings)))
    failing = [f for f in findings if f.severity.rank >= fail_level.rank]
    if failing:
        message = failing[0].message.text(lang) + (f" (+{len(failing) - 1})" if len(failing) > 1 else "")
        case.append(_element("failure", "\n".join(lines), type=worst.severity.value, message=message))
    else:
        case.append(_element("system-out", "\n".join(lines)))
    return case


def _line(path: str, finding: Finding, lang: str, kind: str) -> str:
    where = location(finding.line, finding.column, kind)
    text = f"{path}:{where}: {finding.rule} [{finding.severity.value}] {finding.message.text(lang)}"
    return f"{text}\n  veld/field: {finding.field}" if finding.field else text
