"""AIB801 "past op één A4": the page count measured on a rendered A4, added to that file's result."""

from __future__ import annotations

from datetime import date

from aibeleid_check.engine import RuleSet
from aibeleid_check.findings import FileResult, Finding
from aibeleid_check.rules.a4_fit import A4Fit
from aibeleid_check.rules.base import Context


def record_page_count(result: FileResult, pages: int, ruleset: RuleSet) -> list[Finding]:
    """Run AIB801 on the measured ``pages`` (when the configuration selects it) and add its findings."""
    if not ruleset.is_active(A4Fit.code):
        return []
    ctx = Context(document=None, model=None, today=date.today(), a4_pages=pages)
    findings = [ruleset.stamp(A4Fit, hit) for hit in A4Fit().check(ctx)]
    result.findings.extend(findings)
    result.findings.sort(key=Finding.sort_key)
    return findings
