"""Settings for a check run: from the command line (and, later, configuration files and plugins).

``Resolver.ruleset_for(path)`` gives the rules and severities that apply to one checked file.
"""

from __future__ import annotations

from datetime import date

from aibeleid_check.cli import UsageError
from aibeleid_check.engine import RuleSet, Settings
from aibeleid_check.findings import Severity
from aibeleid_check.source import DEFAULT_MAX_BYTES


class Resolver:
    def __init__(self, args) -> None:
        self.args = args
        self.settings = Settings(
            select=_codes(args.select),
            ignore=_codes(args.ignore),
            profile=args.profile or "basis",
            max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
            today=_parse_today(args.today),
        )
        self._ruleset = RuleSet(settings=self.settings)
        self.lang = args.lang or "nl"
        self.fail_level = Severity.WARNING if args.strict else Severity.ERROR

    def filter(self, files: list[str]) -> list[str]:
        return files

    def ruleset_for(self, path: str) -> RuleSet:
        return self._ruleset


def _codes(text: str | None) -> tuple[str, ...]:
    return tuple(code.strip().upper() for code in (text or "").split(",") if code.strip())


def _parse_today(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"aibeleid-check: --today '{text}' is geen datum (YYYY-MM-DD)") from None
