"""Checking many files: in order, one result per file."""

from __future__ import annotations

from aibeleid_check.config import Resolver
from aibeleid_check.engine import check_path
from aibeleid_check.findings import CheckResult


def check_files(files: list[str], resolver: Resolver, *, jobs: int | None = None) -> CheckResult:
    result = CheckResult(fail_level=resolver.fail_level)
    result.files = [check_path(path, resolver.ruleset_for(path)) for path in files]
    return result
