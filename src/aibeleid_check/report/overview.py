"""The advisor's overview of a batch: one row per checked file, then a totals line.

``rows(result)`` is the data every overview shares; this module draws it as a Rich table on the terminal
(after the normal report, when more than one file was checked and the main format is ``rich``), and
``write_files`` writes the ``--report`` files (``.html`` and ``.csv``, by extension) through the modules in
:data:`FILE_FORMATS`. Reporters never check: everything comes from the :class:`CheckResult`.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from aibeleid_check.cli import UsageError
from aibeleid_check.findings import CheckResult, FileResult, Finding

FILE_FORMATS: dict[str, str] = {
    ".html": "aibeleid_check.report.overview_html",
    ".htm": "aibeleid_check.report.overview_html",
    ".csv": "aibeleid_check.report.overview_csv",
}
"""Extension of a ``--report`` file -> module with ``write(rows, totals, path, lang)``."""

STATUSES = ("in-orde", "waarschuwingen", "fouten", "onleesbaar")
AGREEMENT_COVERS = frozenset({"ja", "niet-nodig"})
"""Agreement values that can cover a tool; ``Tool.agreement_covered`` decides (niet-nodig only without personal data)."""

TEXTS = {
    "nl": {
        "status": {
            "in-orde": "in orde", "waarschuwingen": "waarschuwingen", "fouten": "fouten", "onleesbaar": "onleesbaar"
        },
        "columns": (
            "Bestand", "Organisatie", "Status", "Fouten", "Waarschuwingen", "Ingangsdatum", "Tools",
            "Tools zonder verwerkersovereenkomst",
        ),
        "terminal_columns": (
            "Organisatie (bestand)", "Status", "Fout", "Wrsch", "Ingang", "Tools", "Zonder\novereenkomst",
        ),
        "title": "Overzicht",
        "total": "Totaal",
        "totals": "{files} bestanden: {in-orde} in orde, {waarschuwingen} met waarschuwingen, "
        "{fouten} met fouten, {onleesbaar} onleesbaar",
        "no_findings": "Geen meldingen.",
    },
    "en": {
        "status": {"in-orde": "ok", "waarschuwingen": "warnings", "fouten": "errors", "onleesbaar": "unreadable"},
        "columns": (
            "File", "Organisation", "Status", "Errors", "Warnings", "Start date", "Tools",
            "Tools without a processing agreement",
        ),
        "terminal_columns": (
            "Organisation (file)", "Status", "Err", "Warn", "Start", "Tools", "No\nDPA",
        ),
        "title": "Overview",
        "total": "Total",
        "totals": "{files} files: {in-orde} ok, {waarschuwingen} with warnings, "
        "{fouten} with errors, {onleesbaar} unreadable",
        "no_findings": "No findings.",
    },
}


def texts(lang: str) -> dict:
    return TEXTS["en" if lang == "en" else "nl"]


@dataclass(frozen=True, slots=True)
class Row:
    """One checked file as the overview shows it. ``tools`` is None when the policy lists none it could read."""

    path: str
    organisation: str
    status: str
    errors: int
    warnings: int
    start_date: str
    tools: int | None
    tools_without_agreement: tuple[str, ...]
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class Totals:
    files: int
    statuses: dict[str, int]
    errors: int
    warnings: int
    tools: int
    tools_without_agreement: int

    def line(self, lang: str) -> str:
        return texts(lang)["totals"].format(files=self.files, **self.statuses)


def rows(result: CheckResult) -> list[Row]:
    return [row_for(file) for file in result.files]


def row_for(file: FileResult) -> Row:
    policy = file.policy
    tools = getattr(policy, "goedgekeurde_tools", None)
    start = getattr(policy, "ingangsdatum", None)
    return Row(
        path=file.path,
        organisation=(getattr(policy, "organisatie", None) or "").strip(),
        status=status_of(file),
        errors=file.errors,
        warnings=file.warnings,
        start_date=start.isoformat() if start else "",
        tools=len(tools) if tools is not None else None,
        tools_without_agreement=tuple(_uncovered(tools or ())),
        findings=tuple(file.findings),
    )


def status_of(file: FileResult) -> str:
    if not file.readable:
        return "onleesbaar"
    if file.errors:
        return "fouten"
    return "waarschuwingen" if file.warnings else "in-orde"


def _uncovered(tools) -> list[str]:
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


# --- the --report files -------------------------------------------------------------------------------


def report_targets(paths: list[str], checked: list[str] = ()) -> list[Path]:
    """Check the ``--report`` paths before the files are checked: an unknown extension, or a file that is
    itself being checked (the input is never written), is a usage error."""
    targets = [Path(path) for path in paths]
    for target in targets:
        if target.suffix.lower() not in FILE_FORMATS:
            known = ", ".join(sorted(FILE_FORMATS))
            raise UsageError(
                f"aibeleid-check: --report '{target}': onbekend formaat, gebruik {known} / unknown format, use {known}"
            )
        if any(_same_file(target, policy) for policy in checked):
            raise UsageError(f"aibeleid-check: --report '{target}' is een gecontroleerd bestand / is a checked file")
    return targets


def _same_file(a: Path, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_files(result: CheckResult, targets: list[Path], lang: str) -> None:
    if not targets:
        return
    all_rows = rows(result)
    summary = totals(all_rows)
    for target in targets:
        module = importlib.import_module(FILE_FORMATS[target.suffix.lower()])
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            module.write(all_rows, summary, target, lang)
        except OSError as exc:
            raise UsageError(f"aibeleid-check: kan '{target}' niet schrijven / cannot write: {exc.strerror or exc}")


# --- the terminal table -----------------------------------------------------------------------------


def show_after_report(result: CheckResult, format_name: str, stream: TextIO, lang: str, color: bool | None) -> None:
    """The terminal overview, only below a Rich report of more than one file."""
    if format_name == "rich" and len(result.files) > 1:
        write_terminal(result, stream, lang=lang, color=color)


def write_terminal(result: CheckResult, stream: TextIO, *, lang: str = "nl", color: bool | None = None) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    t = texts(lang)
    all_rows = rows(result)
    summary = totals(all_rows)
    table = Table(
        title=t["title"], box=box.SIMPLE_HEAD, pad_edge=False, show_footer=True, header_style="bold", footer_style="bold"
    )
    footers = (f'{t["total"]}: {summary.files}', "", str(summary.errors), str(summary.warnings), "",
               str(summary.tools), str(summary.tools_without_agreement))
    for index, (header, footer) in enumerate(zip(t["terminal_columns"], footers, strict=True)):
        table.add_column(header, footer=footer, **_TERMINAL_COLUMN_STYLE.get(index, {}))
    for row in all_rows:
        table.add_row(*_terminal_cells(row, t))
    console = Console(file=stream, force_terminal=color, no_color=color is False, highlight=False)
    console.print(table)
    console.print(summary.line(lang), style=_STATUS_STYLES[_worst(summary)])


_TERMINAL_COLUMN_STYLE = {
    0: {"overflow": "fold"},
    1: {"no_wrap": True},
    2: {"justify": "right", "no_wrap": True},
    3: {"justify": "right", "no_wrap": True},
    4: {"no_wrap": True},
    5: {"justify": "right", "no_wrap": True},
    6: {"justify": "right", "no_wrap": True},
}
_STATUS_STYLES = {"in-orde": "green", "waarschuwingen": "yellow", "fouten": "bold red", "onleesbaar": "bold magenta"}


def _terminal_cells(row: Row, t: dict) -> tuple:
    from rich.text import Text

    return (
        # The file name only: the full path is in the report above.
        Text.assemble((row.organisation or "—", "bold"), " ", (os.path.basename(row.path), "dim")),
        Text(t["status"][row.status], style=_STATUS_STYLES[row.status]),
        str(row.errors),
        str(row.warnings),
        row.start_date or "—",
        "—" if row.tools is None else str(row.tools),
        str(len(row.tools_without_agreement)),  # the names are in the HTML and CSV overviews
    )


def _worst(summary: Totals) -> str:
    for status in ("onleesbaar", "fouten", "waarschuwingen"):
        if summary.statuses[status]:
            return status
    return "in-orde"
