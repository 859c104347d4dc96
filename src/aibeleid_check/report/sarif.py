"""SARIF 2.1.0 for code scanning (GitHub ``upload-sarif``, GitLab, IDE viewers).

Rules are described in ``tool.driver.rules`` from their docstrings: every built-in rule, plus any rule that
appears in the results (a plugin's). Locations are relative to the current directory, the ``%SRCROOT%``
base, so that the report matches the repository's files wherever it was made.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from aibeleid_check import __version__
from aibeleid_check.findings import CheckResult, Finding, Severity
from aibeleid_check.report import json_report
from aibeleid_check.rules.base import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


class Reporter(json_report.Reporter):
    name = "sarif"

    def document(self, result: CheckResult) -> dict:
        return as_document(result, self.lang)


def as_document(result: CheckResult, lang: str = "nl", root: Path | None = None) -> dict:
    root = Path(os.path.abspath(root or os.getcwd()))
    rules = _rule_descriptors(result, lang)
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "aibeleid-check",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "language": "en-US" if lang == "en" else "nl-NL",
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": [
                    _result(finding, file.path, index, lang, root) for file in result.files for finding in file.findings
                ],
            }
        ],
    }


def _rule_descriptors(result: CheckResult, lang: str) -> list[dict]:
    from aibeleid_check import registry

    descriptors = {cls.code: _describe(cls, lang) for cls in registry.all_rule_classes(entry_points=False)}
    for file in result.files:
        for finding in file.findings:
            descriptors.setdefault(finding.rule, _describe_from_finding(finding))
    return [descriptors[code] for code in sorted(descriptors)]


def _describe(rule: type[Rule], lang: str) -> dict:
    doc = rule.doc(lang)
    full = "\n\n".join(f"{title}:\n{text}" for title, text in doc.sections)
    markdown = "\n\n".join(f"**{title}**\n\n{_markdown_block(title, text)}" for title, text in doc.sections)
    return {
        "id": rule.code,
        "name": rule.slug,
        "shortDescription": {"text": doc.summary or rule.slug},
        "fullDescription": {"text": full or doc.summary or rule.slug},
        "help": {"text": full or doc.summary or rule.slug, "markdown": markdown or doc.summary or rule.slug},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"profile": rule.profile, "origin": rule.origin},
    }


def _markdown_block(title: str, text: str) -> str:
    if title in ("Voorbeeld", "Zo wel", "Example", "Instead"):
        return f"```yaml\n{text}\n```"
    return text


def _describe_from_finding(finding: Finding) -> dict:
    """A rule we have no class for (a plugin's): what the finding itself tells."""
    name = finding.slug or finding.rule
    return {
        "id": finding.rule,
        "name": name,
        "shortDescription": {"text": name},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


def _result(finding: Finding, path: str, index: dict[str, int], lang: str, root: Path) -> dict:
    return {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message.text(lang)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(path, root),
                    "region": {"startLine": max(finding.line, 1), "startColumn": max(finding.column, 1)},
                }
            }
        ],
        "properties": {"field": finding.field},
    }


def artifact_location(path: str, root: Path) -> dict:
    """A URI relative to ``root`` (with the ``%SRCROOT%`` base) when the file is below it, else absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": SRCROOT}
