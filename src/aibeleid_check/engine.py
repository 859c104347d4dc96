"""Engine: run the selected rules over a read policy and stamp each hit into a finding.

The engine never prints and never raises for bad input. A rule that raises (a plugin bug) becomes an
``AIB900`` finding naming the plugin, the rule and the exception; the other rules carry on. AIB900 goes
through the :class:`RuleSet` like any rule: its severity can be configured and ``--ignore AIB900`` drops it.

A file whose content could not be checked (unreadable, not parsed, empty, not a mapping, over a limit)
never passes: the rules that say so (``Rule.file_unchecked``) always run, always as errors, and cannot be
ignored, deselected or suppressed; and should none of them have spoken, the engine adds an AIB008 itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from aibeleid_check import model as model_stage
from aibeleid_check import source, suppressions
from aibeleid_check.findings import FileResult, Finding, Severity
from aibeleid_check.rules import BUILTIN_RULES
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.rules.rule_crash import RuleCrashed
from aibeleid_check.rules.unreadable import Unreadable
from aibeleid_check.texts import Message

CATALOGUE_OPTION = "catalogue"
"""Transition: the config still passes catalogue paths as an option; the engine moves them to ``Context.catalogues``."""


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
    """Plugin options only (declared by the plugins that read them)."""
    catalogues: tuple[str, ...] = ()
    """An organisation's own tool-catalogue files, in order."""

    def wants(self, rule: type[Rule]) -> bool:
        if rule.file_unchecked:  # a file that could not be checked never passes (DESIGN §4)
            return True
        if rule.profile == "streng" and self.profile != "streng":
            return False
        if self.select and not _matches(rule.code, self.select):
            return False
        return not _matches(rule.code, self.ignore)


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(pattern.upper()) for pattern in patterns if pattern)


class RuleSet:
    """The rules that run for one configuration, each with its effective severity."""

    def __init__(self, rule_classes: Sequence[type[Rule]] = BUILTIN_RULES, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.all_rules = tuple(rule_classes)
        self.rules: list[Rule] = [cls() for cls in self.all_rules if self.settings.wants(cls)]
        self.severities = {cls.code: self._severity(cls) for cls in self.all_rules}
        self.severities.setdefault(Unreadable.code, Severity.ERROR)

    def _severity(self, rule: type[Rule]) -> Severity:
        if rule.file_unchecked:
            return Severity.ERROR  # not configurable: a warning would let the file pass
        return self.settings.severity.get(rule.code, rule.severity)

    def is_active(self, code: str) -> bool:
        return any(rule.code == code for rule in self.rules)

    def stamp(self, rule: type[Rule] | Rule, hit: Hit) -> Finding:
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


def context_for(document: source.Document, ruleset: RuleSet) -> Context:
    """The rules' view of one document under ``ruleset``'s settings."""
    settings = ruleset.settings
    options = dict(settings.options)
    catalogues = settings.catalogues or tuple(options.pop(CATALOGUE_OPTION, None) or ())
    options.pop(CATALOGUE_OPTION, None)
    return Context(
        document=document,
        model=model_stage.build(document),
        today=settings.today or date.today(),
        options=options,
        catalogues=catalogues,
    )


def check_document(document: source.Document, ruleset: RuleSet) -> FileResult:
    ctx = context_for(document, ruleset)
    findings: list[Finding] = []
    readable = ctx.model is not None
    for rule in ruleset.rules:  # inline, not a call and a list per rule: ~40 rules, a third of the loop's cost
        if not readable and rule.needs_policy:
            continue
        first = len(findings)
        try:
            for hit in rule.check(ctx):
                findings.append(_stamp_checked(rule, hit, ctx, ruleset))
        except Exception as exc:  # a rule's bug must not stop the other rules or files
            del findings[first:]  # the crash replaces what the rule found before it
            findings.extend(_rule_crashed(rule, ruleset, exc))
    findings = suppressions.apply(document, findings, ruleset)
    unchecked = document.unchecked or ctx.model is None
    if unchecked and not any(_says_unchecked(finding, ruleset) for finding in findings):
        findings.append(_unchecked_finding(document, ruleset))
    findings.sort(key=Finding.sort_key)
    return FileResult(
        path=document.path,
        findings=findings,
        source_lines=document.lines,
        policy=ctx.model.policy if ctx.model else None,
        recognised=[item.as_dict() for item in ctx.counted_items()] if document.loose or not unchecked else [],
        readable=not unchecked,
        location_kind=document.location_kind,
    )


def _says_unchecked(finding: Finding, ruleset: RuleSet) -> bool:
    return finding.severity is Severity.ERROR and finding.rule in _unchecked_codes(ruleset)


def _unchecked_codes(ruleset: RuleSet) -> frozenset[str]:
    return frozenset(rule.code for rule in ruleset.all_rules if rule.file_unchecked) | {Unreadable.code}


def _unchecked_finding(document: source.Document, ruleset: RuleSet) -> Finding:
    """The engine's own guarantee, for a problem no rule claimed (a reader's new kind, a plugin reader)."""
    kinds = ", ".join(sorted({problem.kind.value for problem in document.problems})) or "?"
    message = Message(
        nl=f"Het bestand kon niet gecontroleerd worden ({kinds}).",
        en=f"The file could not be checked ({kinds}).",
    )
    return ruleset.stamp(Unreadable, Hit("", 1, 1, message))


def _rule_crashed(rule: Rule, ruleset: RuleSet, exc: Exception) -> list[Finding]:
    detail = f"{type(exc).__name__}: {exc}"
    return _crashed(rule, ruleset, f"liep vast: {detail}", f"crashed: {detail}")


class _MalformedHit(Exception):
    """A rule yielded something that is not a usable :class:`Hit`."""


def _stamp_checked(rule: Rule, hit: Any, ctx: Context, ruleset: RuleSet) -> Finding:
    """Stamp ``hit``; a plugin's hit without a line (or column) lands at its field's position, and a plain
    text message is that text in every language."""
    if isinstance(hit, Hit) and isinstance(hit.message, str):
        hit = Hit(hit.field, hit.line, hit.column, Message(nl=hit.message, en=hit.message))
    if not isinstance(hit, Hit) or not isinstance(hit.message, Message):
        raise _MalformedHit(f"{type(hit).__name__} is geen Hit / is not a Hit")
    field_path = hit.field if isinstance(hit.field, str) else ""
    line, column = hit.line, hit.column
    if not isinstance(line, int) or line < 1:
        line, column = ctx.model.position(field_path) if ctx.model else (1, 1)
    if not isinstance(column, int) or column < 1:
        column = 1
    return ruleset.stamp(rule, Hit(field_path, line, column, hit.message))


def _crashed(rule: Rule, ruleset: RuleSet, nl: str, en: str) -> list[Finding]:
    configured = any(cls.code == RuleCrashed.code for cls in ruleset.all_rules)
    if configured and not ruleset.is_active(RuleCrashed.code):  # --ignore AIB900: the user chose not to hear it
        return []
    message = Message(
        nl=f"De regel {rule.code} van '{rule.origin}' {nl}",
        en=f"Rule {rule.code} of '{rule.origin}' {en}",
    )
    return [ruleset.stamp(RuleCrashed, Hit("", 1, 1, message))]
