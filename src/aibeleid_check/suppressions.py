"""Inline suppressions: YAML comments that switch off a finding where the author decided it does not apply.

Two forms, several codes comma-separated, each followed by a reason (``reden:`` or ``reason:``)::

    - naam: Interne zoekhulp  # aibeleid-check: ignore[AIB302] reden: draait op eigen server
    # aibeleid-check: ignore[AIB301, AIB302] reden: …      (on its own line: covers the next line)
    # aibeleid-check: ignore-file[AIB204] reden: …         (anywhere: covers the whole file)

A trailing comment covers its own line; a comment on a line of its own covers the next line that is not
blank or a comment. A suppression without a reason still suppresses but is reported (AIB901); a code that
suppresses nothing is reported (AIB902). Those two, about suppressions themselves, cannot be suppressed.

The reader finds the comments (``Document.comments``): in YAML with a pattern over the lines, not by the
parser (which drops them), so ``# aibeleid-check:`` inside a quoted string counts too; in Markdown as
``<!-- aibeleid-check: … -->``; in Word as a comment on a paragraph (covering that paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aibeleid_check.findings import Finding
from aibeleid_check.rules.suppression_reason import SuppressionWithoutReason
from aibeleid_check.rules.suppression_unused import UnusedSuppression

if TYPE_CHECKING:
    from aibeleid_check.engine import RuleSet
    from aibeleid_check.rules.base import Hit, Rule
    from aibeleid_check.source import Document

UNSUPPRESSIBLE = frozenset({SuppressionWithoutReason.code, UnusedSuppression.code})

_FORM = re.compile(r"^\s*(ignore-file|ignore)\s*\[([^\]]*)\]\s*(.*)$", re.IGNORECASE)
_MARKER = re.compile(r"^\s*(?:#|<!--)?\s*aibeleid-check\s*:", re.IGNORECASE)
_REASON = re.compile(r"^(?:reden|reason)\s*:\s*(\S.*?)?\s*(?:-->)?\s*$", re.IGNORECASE)
_CODE = re.compile(r"^[A-Z]{2,8}\d{3}$")
_COMMENT_OR_BLANK = re.compile(r"^\s*(#.*|<!--.*-->\s*)?$")


@dataclass(slots=True)
class Suppression:
    line: int
    column: int
    codes: tuple[str, ...] = ()
    reason: str = ""
    whole_file: bool = False
    covers: frozenset[int] = frozenset()
    understood: bool = True
    used: set[str] = field(default_factory=set)

    def matches(self, finding: Finding) -> bool:
        return finding.rule in self.codes and (self.whole_file or finding.line in self.covers)


def parse(lines: tuple[str, ...] | list[str]) -> list[Suppression]:
    """Every ``# aibeleid-check:`` comment in YAML ``lines``, understood or not."""
    from aibeleid_check.source.yaml import suppression_comments

    lines = tuple(lines)
    return from_comments(suppression_comments("\n".join(lines), lines), lines)


def from_comments(comments: dict[int, str], lines: tuple[str, ...]) -> list[Suppression]:
    """The suppressions in a reader's ``comments`` (position -> comment text, marker included).

    A comment that is alone on its line also covers the next line that is not blank or a comment. The
    next such line is worked out once for all lines, from the end: thousands of comment lines stay linear.
    """
    if not comments:
        return []
    next_content = _next_content_lines(lines)
    return [_suppression(line, text, lines, next_content) for line, text in sorted(comments.items())]


def _next_content_lines(lines: tuple[str, ...]) -> list[int]:
    """For each 0-based index: the 1-based number of the first later content line (0 when there is none)."""
    count = len(lines)
    following = [0] * (count + 1)
    for index in range(count - 2, -1, -1):
        later = index + 1
        following[index] = later + 1 if not _COMMENT_OR_BLANK.match(lines[later]) else following[later]
    return following


def _suppression(line: int, text: str, lines: tuple[str, ...], next_content: list[int]) -> Suppression:
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    start = source_line.find(text) if text else -1
    column = start + 1 if start >= 0 else 1
    marker = _MARKER.match(text)
    form = _FORM.match(text[marker.end() :]) if marker else None
    if form is None:
        return Suppression(line, column, understood=False)
    kind, codes_text, after = form.groups()
    codes = tuple(code.strip().upper() for code in codes_text.split(",") if code.strip())
    reason = _REASON.match(after.strip())
    own_line = start >= 0 and not source_line[:start].strip()
    if own_line and 0 < line <= len(lines):
        covers = frozenset({line, next_content[line - 1] or line})
    else:
        covers = frozenset({line})
    return Suppression(
        line,
        column,
        codes=codes,
        reason=(reason.group(1) or "").strip() if reason else "",
        whole_file=kind.lower() == "ignore-file",
        covers=covers,
        understood=bool(codes),
    )


def apply(document: Document, findings: list[Finding], ruleset: RuleSet) -> list[Finding]:
    """``findings`` minus the suppressed ones, plus findings about the suppressions themselves."""
    suppressions = from_comments(document.comments, document.lines)
    if not suppressions:
        return findings
    fixed = unsuppressible(ruleset)
    index = _Index(suppressions)
    kept = [finding for finding in findings if not _suppress(finding, index, fixed)]
    return kept + _about_suppressions(suppressions, ruleset, fixed)


def unsuppressible(ruleset: RuleSet) -> frozenset[str]:
    """AIB901/AIB902, and every rule that says a file could not be checked (such a file never passes)."""
    return UNSUPPRESSIBLE | {rule.code for rule in ruleset.all_rules if rule.file_unchecked}


class _Index:
    """Suppressions by covered line, file-wide ones apart: a finding looks only at those that can match it,
    so thousands of findings against thousands of suppressions stay linear. Positions keep the file order:
    the first matching suppression (in file order) takes the finding, as before."""

    def __init__(self, suppressions: list[Suppression]) -> None:
        self.whole_file: list[tuple[int, Suppression]] = []
        self.by_line: dict[int, list[tuple[int, Suppression]]] = {}
        for position, item in enumerate(suppressions):
            if item.whole_file:
                self.whole_file.append((position, item))
            else:
                for line in item.covers:
                    self.by_line.setdefault(line, []).append((position, item))

    def first_match(self, finding: Finding) -> Suppression | None:
        candidates = self.by_line.get(finding.line, [])
        if self.whole_file:
            candidates = sorted(candidates + self.whole_file, key=lambda pair: pair[0])
        return next((item for _, item in candidates if item.matches(finding)), None)


def _suppress(finding: Finding, index: _Index, fixed: frozenset[str]) -> bool:
    if finding.rule in fixed:
        return False
    suppression = index.first_match(finding)
    if suppression is None:
        return False
    suppression.used.add(finding.rule)
    return True


def _about_suppressions(suppressions: list[Suppression], ruleset: RuleSet, fixed: frozenset[str]) -> list[Finding]:
    known = {rule.code for rule in ruleset.all_rules}
    hits: list[tuple[type[Rule], Hit]] = []
    for item in suppressions:
        at = (item.line, item.column)
        if not item.understood:
            hits.append((UnusedSuppression, UnusedSuppression.hit("not-understood", *at)))
            continue
        if not item.reason:
            hits.append(
                (SuppressionWithoutReason, SuppressionWithoutReason.hit("no-reason", *at, codes=", ".join(item.codes)))
            )
        for code in item.codes:
            if code in item.used:
                continue
            if not _CODE.match(code) or code not in known:
                hits.append((UnusedSuppression, UnusedSuppression.hit("unknown", *at, code=code)))
            elif ruleset.is_active(code) or code in fixed:
                hits.append((UnusedSuppression, UnusedSuppression.hit("unused", *at, code=code)))
    return [ruleset.stamp(rule, hit) for rule, hit in hits if ruleset.is_active(rule.code)]
