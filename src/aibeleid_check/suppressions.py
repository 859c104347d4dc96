"""Inline suppressions: YAML comments that switch off a finding where the author decided it does not apply.

Two forms, several codes comma-separated, each followed by a reason (``reden:`` or ``reason:``)::

    - naam: Interne zoekhulp  # aibeleid-check: ignore[AIB302] reden: draait op eigen server
    # aibeleid-check: ignore[AIB301, AIB302] reden: …      (on its own line: covers the next line)
    # aibeleid-check: ignore-file[AIB204] reden: …         (anywhere: covers the whole file)

A trailing comment covers its own line; a comment on a line of its own covers the next line that is not
blank or a comment. A suppression without a reason still suppresses but is reported (AIB901); a code that
suppresses nothing is reported (AIB902). Those two, about suppressions themselves, cannot be suppressed.

Comments are found in the source lines with a pattern, not by the YAML parser (which drops them): the text
``# aibeleid-check:`` inside a quoted string would be read as a comment too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aibeleid_check.findings import Finding
from aibeleid_check.rules.suppression_reason import SuppressionWithoutReason
from aibeleid_check.rules.suppression_unused import UnusedSuppression

UNSUPPRESSIBLE = frozenset({SuppressionWithoutReason.code, UnusedSuppression.code})

_MARKER = re.compile(r"(?:^|\s)(#\s*aibeleid-check\s*:)(.*)$", re.IGNORECASE)
_ANY_MARKER = re.compile(r"#\s*aibeleid-check\s*:", re.IGNORECASE)
_FORM = re.compile(r"^\s*(ignore-file|ignore)\s*\[([^\]]*)\]\s*(.*)$", re.IGNORECASE)
_REASON = re.compile(r"^(?:reden|reason)\s*:\s*(\S.*)?$", re.IGNORECASE)
_CODE = re.compile(r"^[A-Z]{2,8}\d{3}$")
_COMMENT_OR_BLANK = re.compile(r"^\s*(#.*)?$")


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
    """Every ``# aibeleid-check:`` comment in ``lines``, understood or not."""
    if not _ANY_MARKER.search("\n".join(lines)):  # most files have none: one search instead of one a line
        return []
    found = []
    for index, text in enumerate(lines):
        marker = _MARKER.search(text)
        if marker:
            found.append(_suppression(lines, index, marker))
    return found


def _suppression(lines, index: int, marker: re.Match) -> Suppression:
    line, column = index + 1, marker.start(1) + 1
    form = _FORM.match(marker.group(2))
    if form is None:
        return Suppression(line, column, understood=False)
    kind, codes_text, after = form.groups()
    codes = tuple(code.strip().upper() for code in codes_text.split(",") if code.strip())
    reason = _REASON.match(after.strip())
    own_line = not lines[index][: marker.start(1)].strip()
    return Suppression(
        line,
        column,
        codes=codes,
        reason=(reason.group(1) or "").strip() if reason else "",
        whole_file=kind.lower() == "ignore-file",
        covers=frozenset({line, _next_content_line(lines, index)} if own_line else {line}),
        understood=bool(codes),
    )


def _next_content_line(lines, index: int) -> int:
    for later in range(index + 1, len(lines)):
        if not _COMMENT_OR_BLANK.match(lines[later]):
            return later + 1
    return index + 1


def apply(document, findings: list[Finding], ruleset) -> list[Finding]:
    """``findings`` minus the suppressed ones, plus findings about the suppressions themselves."""
    suppressions = parse(document.lines)
    if not suppressions:
        return findings
    kept = [finding for finding in findings if not _suppress(finding, suppressions)]
    return kept + _about_suppressions(suppressions, ruleset)


def _suppress(finding: Finding, suppressions: list[Suppression]) -> bool:
    if finding.rule in UNSUPPRESSIBLE:
        return False
    for suppression in suppressions:
        if suppression.matches(finding):
            suppression.used.add(finding.rule)
            return True
    return False


def _about_suppressions(suppressions: list[Suppression], ruleset) -> list[Finding]:
    known = {rule.code for rule in ruleset.all_rules}
    hits = []
    for item in suppressions:
        at = (item.line, item.column)
        if not item.understood:
            hits.append((UnusedSuppression, UnusedSuppression.hit("not-understood", *at)))
            continue
        if not item.reason:
            hits.append((SuppressionWithoutReason, SuppressionWithoutReason.hit("no-reason", *at, codes=", ".join(item.codes))))
        for code in item.codes:
            if code in item.used:
                continue
            if not _CODE.match(code) or code not in known:
                hits.append((UnusedSuppression, UnusedSuppression.hit("unknown", *at, code=code)))
            elif ruleset.is_active(code) or code in UNSUPPRESSIBLE:
                hits.append((UnusedSuppression, UnusedSuppression.hit("unused", *at, code=code)))
    return [ruleset.stamp(rule, hit) for rule, hit in hits if ruleset.is_active(rule.code)]
