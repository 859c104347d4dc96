"""``aibeleid-check check``: discover files, check them, report, optionally render A4 pages and overviews."""

from __future__ import annotations

import os
import sys
from datetime import date

from aibeleid_check import discover
from aibeleid_check.cli import UsageError
from aibeleid_check.engine import RuleSet, Settings, check_path
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.findings import CheckResult, Severity
from aibeleid_check.report import get_reporter
from aibeleid_check.source import DEFAULT_MAX_BYTES


def run(args) -> ExitStatus:
    files = discover.collect(args.paths)
    settings = settings_from_args(args)
    ruleset = RuleSet(settings=settings)
    result = CheckResult(fail_level=Severity.WARNING if args.strict else Severity.ERROR)
    result.files = [check_path(path, ruleset) for path in files]
    lang = args.lang or "nl"
    fmt = choose_format(args.format)
    reporter = get_reporter(fmt, lang=lang, color=_color(args.color))
    reporter.write(result, sys.stdout)
    sys.stdout.flush()
    return ExitStatus.FAILURE if result.failed else ExitStatus.SUCCESS


def settings_from_args(args) -> Settings:
    return Settings(
        select=_codes(args.select),
        ignore=_codes(args.ignore),
        profile=args.profile or "basis",
        max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
        today=_parse_today(args.today),
    )


def _codes(text: str | None) -> tuple[str, ...]:
    return tuple(code.strip().upper() for code in (text or "").split(",") if code.strip())


def _parse_today(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"aibeleid-check: --today '{text}' is geen datum (YYYY-MM-DD)") from None


def choose_format(requested: str) -> str:
    if requested != "auto":
        return requested
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "rich" if sys.stdout.isatty() else "concise"


def _color(choice: str) -> bool | None:
    return {"always": True, "never": False}.get(choice)
