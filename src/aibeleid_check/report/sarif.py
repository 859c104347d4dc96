"""SARIF 2.1.0 for code scanning (GitHub ``upload-sarif``, the code-scanning API, GitLab, IDE viewers).

What GitHub's code scanning reads, and how this report gives it:

- Rules in ``tool.driver.rules`` from their docstrings (``shortDescription``/``fullDescription`` at most
  1,024 characters, ``help`` as text and Markdown, ``helpUri`` to the rule's section of the reference):
  every rule of the run's catalogue, plus any rule that only appears in the results.
- Locations relative to the repository root (:mod:`aibeleid_check.report.paths`) under ``%SRCROOT%``, so a
  step with ``working-directory:`` still points at the right file; a region with start and end.
- ``partialFingerprints`` from the rule, the field and the file, not the line: an alert stays the same
  alert when lines above it move, also for an upload through the API (which computes no fingerprints).
- ``automationDetails.id``, so the analysis has a category even without ``upload-sarif``'s ``category:``.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from aibeleid_check import __version__
from aibeleid_check.findings import CheckResult, FileResult, Finding, Severity
from aibeleid_check.report import json_report
from aibeleid_check.report.links import project_url, rule_help_uri
from aibeleid_check.report.paths import relative_to_root, repository_root
from aibeleid_check.report.text import location_kind

if TYPE_CHECKING:
    from aibeleid_check.rules.base import Rule, RuleDoc

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT = "aibeleidFinding/v1"
MAX_DESCRIPTION = 1024  # GitHub's limit for shortDescription and fullDescription
AUTOMATION_ID = "aibeleid-check/"


class Reporter(json_report.Reporter):
    name = "sarif"

    def document(self, result: CheckResult) -> dict[str, Any]:
        return as_document(result, self.lang)


def as_document(result: CheckResult, lang: str = "nl", root: str | None = None) -> dict[str, Any]:
    root = repository_root() if root is None else os.path.realpath(root)
    rules = _rule_descriptors(result, lang)
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    driver: dict[str, Any] = {
        "name": "aibeleid-check",
        "version": __version__,
        "semanticVersion": __version__,
        "language": "en-US" if lang == "en" else "nl-NL",
        "rules": rules,
    }
    if project_url():
        driver["informationUri"] = project_url()
    results = [entry for file in result.files for entry in _file_results(file, index, lang, root)]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "automationDetails": {"id": AUTOMATION_ID},
                "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(root)}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


# --- rules --------------------------------------------------------------------------------------------


def run_rule_classes(result: CheckResult) -> Sequence[type[Rule]]:
    """The run's rule catalogue: ``CheckResult.rules`` when a run made the result, else the built-ins.
    The reporter never loads plugins itself; a plugin rule missing here is described from its findings."""
    if result.rules is not None:
        return cast("Sequence[type[Rule]]", result.rules)
    from aibeleid_check.rules import BUILTIN_RULES

    return BUILTIN_RULES


def _rule_descriptors(result: CheckResult, lang: str) -> list[dict[str, Any]]:
    descriptors = {cls.code: _describe(cls, lang) for cls in run_rule_classes(result)}
    for file in result.files:
        for finding in file.findings:
            if finding.rule not in descriptors:
                descriptors[finding.rule] = _describe_from_finding(finding)
    return [descriptors[code] for code in sorted(descriptors)]


def _describe(rule: type[Rule], lang: str) -> dict[str, Any]:
    doc = rule.doc(lang)
    summary = doc.summary or rule.slug
    full = "\n\n".join(f"{title}:\n{text}" for title, text in doc.sections) or summary
    markdown = "\n\n".join(f"**{title}**\n\n{_markdown_block(title, text)}" for title, text in doc.sections)
    descriptor = {
        "id": rule.code,
        "name": rule.slug,
        "shortDescription": {"text": _clip(summary)},
        "fullDescription": {"text": _clip(_first_section(doc) or summary)},
        "help": {"text": full, "markdown": markdown or summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"profile": rule.profile, "origin": rule.origin, "tags": ["ai-beleid", rule.profile]},
    }
    uri = rule_help_uri(rule.code, rule.slug, lang)
    if uri:
        descriptor["helpUri"] = uri
    return descriptor


def _first_section(doc: RuleDoc) -> str:
    return doc.sections[0][1] if doc.sections else ""


def _clip(text: str, limit: int = MAX_DESCRIPTION) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _markdown_block(title: str, text: str) -> str:
    if title in ("Voorbeeld", "Zo wel", "Example", "Instead"):
        return f"```yaml\n{text}\n```"
    return text


def _describe_from_finding(finding: Finding) -> dict[str, Any]:
    """A rule the catalogue does not know (a plugin's): what the finding itself tells."""
    name = finding.slug or finding.rule
    return {
        "id": finding.rule,
        "name": name,
        "shortDescription": {"text": name},
        "fullDescription": {"text": name},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


# --- results ------------------------------------------------------------------------------------------


def _file_results(file: FileResult, index: dict[str, int], lang: str, root: str) -> list[dict[str, Any]]:
    location = artifact_location(file.path, root)
    kind = location_kind(file)
    seen: Counter[tuple[str, str]] = Counter()
    results = []
    for finding in file.findings:
        seen[(finding.rule, finding.field)] += 1
        results.append(
            {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": LEVELS[finding.severity],
                "message": {"text": finding.message.text(lang)},
                "locations": [
                    {"physicalLocation": {"artifactLocation": location, "region": _region(file, finding, kind)}}
                ],
                "partialFingerprints": {
                    FINGERPRINT: fingerprint(finding, location["uri"], seen[(finding.rule, finding.field)])
                },
                "properties": {"field": finding.field, "locationKind": kind},
            }
        )
    return results


def fingerprint(finding: Finding, uri: str, occurrence: int = 1) -> str:
    """Stable across line moves: the rule, the field and the file; the n-th of equal ones gets its number."""
    key = "\0".join((finding.rule, finding.field, uri, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _region(file: FileResult, finding: Finding, kind: str) -> dict[str, Any]:
    line = max(finding.line, 1)
    if kind == "paragraph":  # a Word paragraph: the line is its number, there is no column
        return {"startLine": line}
    column = max(finding.column, 1)
    text = (file.source_line(line) or "").rstrip()
    end = len(text) + 1 if len(text) >= column else column + 1
    return {"startLine": line, "startColumn": column, "endLine": line, "endColumn": end}


def artifact_location(path: str, root: str) -> dict[str, Any]:
    """A URI relative to the repository root (with the ``%SRCROOT%`` base) when the file is below it, else
    an absolute ``file:`` URI. Names that are not UTF-8 are percent-encoded byte for byte."""
    relative = relative_to_root(path, root)
    if relative is None:
        return {"uri": _file_uri(os.path.abspath(path))}
    return {"uri": quote(os.fsencode(relative)), "uriBaseId": SRCROOT}


def _file_uri(absolute: str) -> str:
    posix = absolute.replace(os.sep, "/")
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/… on Windows
    return "file://" + quote(os.fsencode(posix))


def _directory_uri(root: str) -> str:
    return _file_uri(root).rstrip("/") + "/"
