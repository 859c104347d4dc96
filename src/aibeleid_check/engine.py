"""Engine: run the selected rules over a read policy and stamp each hit into a finding.

The engine never prints and never raises for bad input. A rule that raises (a plugin bug) becomes an
``AIB900`` finding naming the plugin, the rule and the exception; the other rules carry on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from aibeleid_check import model as model_stage
from aibeleid_check import source, suppressions
from aibeleid_check.findings import FileResult, Finding, Message, Severity
from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules.base import Context, Rule
from aibeleid_check.rules.rule_crash import RuleCrashed

@dataclass(slots=True)
class Settings:
    """What decides which rules run and how severe their findings are (from config and command line)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    profile: str = "basis"
    max_bytes: int = source.DEFAULT_MAX_BYTES
    today: date | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def wants(self, rule: type[Rule]) -> bool:
        if rule.profile == "streng" and self.profile != "streng":
            return False
        if self.select and not _matches(rule.code, self.select) and not rule.file_unchecked:
            return False
        return not _matches(rule.code, self.ignore)


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(pattern.upper()) for pattern in patterns if pattern)


class RuleSet:
    """The rules that run for one configuration, each with its effective severity."""

    def __init__(self, rule_classes: Sequence[type[Rule]] = BUILTIN_RULES, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.all_rules = tuple(rule_classes)
        self.rules: list[Rule] = [cls() for cls in self.all_rules if self.settings.wants(cls)]
        self.severities = {cls.code: self.settings.severity.get(cls.code, cls.severity) for cls in self.all_rules}

    def is_active(self, code: str) -> bool:
        return any(rule.code == code for rule in self.rules)

    def stamp(self, rule: type[Rule] | Rule, hit) -> Finding:
        return Finding(
            rule=rule.code,
            severity=self.severities.get(rule.code, rule.severity),
            message=hit.message,
            field=hit.field,
            line=hit.line,
            column=hit.column,
            slug=rule.slug,
        )


def check_path(path: str, ruleset: RuleSet) -> FileResult:
    """Read and check one file. Never raises for anything wrong with the file."""
    document = source.read(path, max_bytes=ruleset.settings.max_bytes)
    return check_document(document, ruleset)


def check_document(document: source.Document, ruleset: RuleSet) -> FileResult:
    policy_model = model_stage.build(document)
    ctx = Context(
        document=document,
        model=policy_model,
        today=ruleset.settings.today or date.today(),
        options=ruleset.settings.options,
    )
    findings: list[Finding] = []
    for rule in ruleset.rules:
        if rule.needs_policy and policy_model is None:
            continue
        findings.extend(_run_rule(rule, ctx, ruleset))
    findings = suppressions.apply(document, findings, ruleset)
    findings.sort(key=Finding.sort_key)
    return FileResult(
        path=document.path,
        findings=findings,
        source_lines=document.lines,
        policy=policy_model.policy if policy_model else None,
        readable=policy_model is not None,
    )


def _run_rule(rule: Rule, ctx: Context, ruleset: RuleSet) -> list[Finding]:
    try:
        return [ruleset.stamp(rule, hit) for hit in rule.check(ctx)]
    except Exception as exc:  # a rule's bug must not stop the other rules or files
        detail = f"{type(exc).__name__}: {exc}"
        message = Message(
            nl=f"De regel {rule.code} van '{rule.origin}' liep vast: {detail}",
            en=f"Rule {rule.code} of '{rule.origin}' crashed: {detail}",
        )
        return [
            Finding(
                rule=RuleCrashed.code,
                severity=Severity.ERROR,
                message=message,
                field="",
                line=1,
                column=1,
                slug=RuleCrashed.slug,
            )
        ]
