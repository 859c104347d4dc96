"""The advisor's overview of a batch: one row per checked file (worst first), the totals, the portfolio.

``rows(result)`` is the data every overview shares; :mod:`overview_terminal` draws it as a Rich table
after the normal report, and ``write_files`` writes the ``--report`` files (``.html`` and ``.csv``, by
extension) through the modules in :data:`FILE_FORMATS`, atomically (:mod:`aibeleid_check.outputs`).
Reporters never check: everything comes from the :class:`CheckResult`.

Rows come worst first: unreadable, then errors, warnings and in order; within a status, more errors and
warnings first, then by name. Paths are shown relative to the folder checked (the files' common folder),
never as the advisor's absolute local paths.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from aibeleid_check.errors import UsageError
from aibeleid_check.findings import CheckResult, FileResult, Finding, Severity
from aibeleid_check.report.paths import printable_path

if TYPE_CHECKING:
    from aibeleid_check.rules.base import Rule

FILE_FORMATS: dict[str, str] = {
    ".html": "aibeleid_check.report.overview_html",
    ".htm": "aibeleid_check.report.overview_html",
    ".csv": "aibeleid_check.report.overview_csv",
}
"""Extension of a ``--report`` file -> module with ``write(overview, path, lang)``."""

STATUSES = ("in-orde", "waarschuwingen", "fouten", "onleesbaar")
STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}
TOP_RULES = 10

TEXTS = {
    "nl": {
        "status": {
            "in-orde": "in orde", "waarschuwingen": "waarschuwingen", "fouten": "fouten", "onleesbaar": "onleesbaar"
        },
        "columns": (
            "Bestand", "Organisatie", "Status", "Fouten", "Waarschuwingen", "Ingangsdatum", "Tools",
            "Tools zonder verwerkersovereenkomst", "Meldingen",
        ),
        "title": "Overzicht",
        "total": "Totaal",
        "totals": "Bestanden: {files}; {in-orde} in orde, {waarschuwingen} met waarschuwingen, "
        "{fouten} met fouten, {onleesbaar} onleesbaar",
        "no_findings": "Geen meldingen.",
    },
    "en": {
        "status": {"in-orde": "ok", "waarschuwingen": "warnings", "fouten": "errors", "onleesbaar": "unreadable"},
        "columns": (
            "File", "Organisation", "Status", "Errors", "Warnings", "Start date", "Tools",
            "Tools without a processing agreement", "Findings",
        ),
        "title": "Overview",
        "total": "Total",
        "totals": "Files: {files}; {in-orde} ok, {waarschuwingen} with warnings, "
        "{fouten} with errors, {onleesbaar} unreadable",
        "no_findings": "No findings.",
    },
}  # fmt: skip


def texts(lang: str) -> dict[str, Any]:
    return TEXTS["en" if lang == "en" else "nl"]


@dataclass(frozen=True, slots=True)
class Row:
    """One checked file as the overview shows it. ``tools`` is None when the policy lists none it could read.
    ``shown_path`` is relative to the folder checked; ``a4`` the client's A4 page relative to the report."""

    path: str
    shown_path: str
    organisation: str
    status: str
    errors: int
    warnings: int
    start_date: str
    tools: int | None
    tools_without_agreement: tuple[str, ...]
    findings: tuple[Finding, ...]
    codes: tuple[str, ...] = ()
    a4: str | None = None
    location_kind: str = "line"


@dataclass(frozen=True, slots=True)
class Totals:
    files: int
    statuses: dict[str, int]
    errors: int
    warnings: int
    tools: int
    tools_without_agreement: int

    def line(self, lang: str) -> str:
        return str(texts(lang)["totals"].format(files=self.files, **self.statuses))


@dataclass(frozen=True, slots=True)
class RuleCount:
    """A rule that fails across the portfolio: in how many clients' files, with its slug and worst level."""

    code: str
    slug: str
    clients: int
    severity: Severity


@dataclass(frozen=True, slots=True)
class Overview:
    rows: list[Row]
    totals: Totals
    top_rules: list[RuleCount]
    rules: dict[str, type[Rule]]
    """The rule classes of the codes that occur (for their explanations), from the run's catalogue."""
    folder: str
    """The folder checked (the files' common folder), as the page names it: its last part only."""


def build(result: CheckResult, a4_dir: str | None = None, report_dir: str | None = None) -> Overview:
    from aibeleid_check.report.sarif import run_rule_classes

    all_rows = rows(result, a4_dir=a4_dir, report_dir=report_dir)
    present = {code for row in all_rows for code in row.codes}
    known = {cls.code: cls for cls in run_rule_classes(result) if cls.code in present}
    folder = os.path.basename(common_folder([file.path for file in result.files])) or "."
    return Overview(all_rows, totals(all_rows), top_rules(result), known, printable_path(folder))


def rows(result: CheckResult, a4_dir: str | None = None, report_dir: str | None = None) -> list[Row]:
    base = common_folder([file.path for file in result.files])
    pages = a4_pages(result, a4_dir, report_dir) if a4_dir else {}
    built = [row_for(file, base, pages.get(file.path)) for file in result.files]
    return sorted(built, key=worst_first)


def worst_first(row: Row) -> tuple[Any, ...]:
    return (-STATUS_RANK[row.status], -row.errors, -row.warnings, row.organisation.casefold(), row.shown_path)


def common_folder(paths: list[str]) -> str:
    folders = [os.path.dirname(os.path.abspath(path)) for path in paths]
    if not folders:
        return os.getcwd()
    try:
        return os.path.commonpath(folders)
    except ValueError:  # different drives
        return ""


def row_for(file: FileResult, base: str = "", a4: str | None = None) -> Row:
    policy = file.policy
    tools = getattr(policy, "goedgekeurde_tools", None)
    start = getattr(policy, "ingangsdatum", None)
    shown = os.path.relpath(os.path.abspath(file.path), base) if base else file.path
    return Row(
        path=file.path,
        shown_path=printable_path(shown.replace(os.sep, "/")),
        organisation=(getattr(policy, "organisatie", None) or "").strip(),
        status=status_of(file),
        errors=file.errors,
        warnings=file.warnings,
        start_date=start.isoformat() if start else "",
        tools=len(tools) if tools is not None else None,
        tools_without_agreement=tuple(_uncovered(tools or ())),
        findings=tuple(file.findings),
        codes=tuple(sorted({finding.rule for finding in file.findings})),
        a4=a4,
        location_kind=file.location_kind,
    )


def status_of(file: FileResult) -> str:
    if not file.readable:
        return "onleesbaar"
    if file.errors:
        return "fouten"
    return "waarschuwingen" if file.warnings else "in-orde"


def _uncovered(tools: Any) -> list[str]:
    return [tool.naam or "?" for tool in tools if not tool.agreement_covered]


def totals(all_rows: list[Row]) -> Totals:
    counted = Counter(row.status for row in all_rows)
    return Totals(
        files=len(all_rows),
        statuses={status: counted.get(status, 0) for status in STATUSES},
        errors=sum(row.errors for row in all_rows),
        warnings=sum(row.warnings for row in all_rows),
        tools=sum(row.tools or 0 for row in all_rows),
        tools_without_agreement=sum(len(row.tools_without_agreement) for row in all_rows),
    )


def top_rules(result: CheckResult, limit: int = TOP_RULES) -> list[RuleCount]:
    """The rules with errors or warnings in the most clients' files (each file counts once per rule)."""
    clients: Counter[str] = Counter()
    slugs: dict[str, str] = {}
    worst: dict[str, Severity] = {}
    for file in result.files:
        seen = {f.rule: f for f in file.findings if f.severity is not Severity.INFO}
        for code, finding in seen.items():
            clients[code] += 1
            slugs.setdefault(code, finding.slug)
            if code not in worst or finding.severity.rank > worst[code].rank:
                worst[code] = finding.severity
    ranked = sorted(clients.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [RuleCount(code, slugs[code], count, worst[code]) for code, count in ranked]


def a4_pages(result: CheckResult, a4_dir: str, report_dir: str | None) -> dict[str, str]:
    """Each policy's A4 page from ``--a4-dir`` (named as :func:`aibeleid_check.a4.many.plan` names them) that exists,
    as a link relative to the report's folder."""
    from aibeleid_check.a4.many import plan

    strict = result.fail_level is Severity.WARNING
    printable = [f for f in result.files if f.policy is not None and not (strict and f.errors)]
    links = {}
    for file, name in plan(printable):
        page = os.path.join(a4_dir, name)
        if os.path.isfile(page):
            relative = os.path.relpath(os.path.abspath(page), os.path.abspath(report_dir or "."))
            links[file.path] = relative.replace(os.sep, "/")
    return links


# --- the --report files -------------------------------------------------------------------------------


def report_targets(paths: list[str], checked: list[str] = ()) -> list[Path]:  # type: ignore[assignment]
    """Check the ``--report`` paths before the files are checked: an unknown extension, or a file that is
    itself being checked (the input is never written), is a usage error."""
    from aibeleid_check.outputs import check_target

    targets = [Path(path) for path in paths]
    for target in targets:
        if target.suffix.lower() not in FILE_FORMATS:
            known = ", ".join(sorted(FILE_FORMATS))
            raise UsageError(
                f"aibeleid-check: --report '{target}': onbekend formaat, gebruik {known}",
                f"aibeleid-check: --report '{target}': unknown format, use {known}",
            )
        check_target(target, checked)
    return targets


def write_files(result: CheckResult, targets: list[Path], lang: str, a4_dir: str | None = None) -> None:
    from aibeleid_check.outputs import write_atomic

    checked = [file.path for file in result.files]
    for target in targets:
        module = importlib.import_module(FILE_FORMATS[target.suffix.lower()])
        overview = build(result, a4_dir=a4_dir, report_dir=str(target.parent))
        write_atomic(target, module.render(overview, lang), inputs=checked)


def show_after_report(result: CheckResult, format_name: str, stream: TextIO, lang: str, color: bool | None) -> None:
    """The terminal overview, only below a Rich report of more than one file."""
    if format_name == "rich" and len(result.files) > 1:
        from aibeleid_check.report.overview_terminal import write_terminal

        write_terminal(result, stream, lang=lang, color=color)
