"""``aibeleid-check check``: discover files, check them, report, optionally render A4 pages and overviews.

The phases, each owned by its own module: ``discover`` (which files) → ``config`` (which rules, per file)
→ ``batch`` (check them, maybe in parallel) → ``report`` (terminal and machine outputs) → ``a4`` and
overview files. This module only puts them in order and decides the exit status.
"""

from __future__ import annotations

import os
import sys

from aibeleid_check import batch, config, discover
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.findings import CheckResult
from aibeleid_check.report import get_reporter


def run(args) -> ExitStatus:
    resolver = config.Resolver(args)
    files = resolver.filter(discover.collect(args.paths))
    result = batch.check_files(files, resolver, jobs=args.jobs)
    write_reports(result, args, resolver.lang)
    return ExitStatus.FAILURE if result.failed else ExitStatus.SUCCESS


def write_reports(result: CheckResult, args, lang: str) -> None:
    reporter = get_reporter(choose_format(args.format), lang=lang, color=_color(args.color))
    reporter.write(result, sys.stdout)
    sys.stdout.flush()


def choose_format(requested: str) -> str:
    if requested != "auto":
        return requested
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "rich" if sys.stdout.isatty() else "concise"


def _color(choice: str) -> bool | None:
    return {"always": True, "never": False}.get(choice)
