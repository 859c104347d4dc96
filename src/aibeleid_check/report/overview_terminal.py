"""The overview as a Rich table on the terminal, after a Rich report of several files.

Readable at 80 columns: whole words in the headers, names cut with ``…`` rather than folded into pieces,
and the less urgent columns (file, start date, tools) only when the terminal is wide enough. Names are
cut before Rich measures them, so a 1 MB organisation name costs no more than a short one.
"""

from __future__ import annotations

from typing import Any, TextIO

from aibeleid_check.findings import CheckResult
from aibeleid_check.report.overview import Row, rows, texts, totals
from aibeleid_check.report.text import clip, visible

NAME_CHARACTERS = 60
WIDE = 130  # from this width the file, start date and tools columns are shown too
STATUS_STYLES = {"in-orde": "green", "waarschuwingen": "yellow", "fouten": "bold red", "onleesbaar": "bold magenta"}
HEADERS = {
    "nl": {"name": "Organisatie", "file": "Bestand", "status": "Status", "errors": "Fouten",
           "warnings": "Waarschuwingen", "start": "Ingangsdatum", "tools": "Tools", "uncovered": "Zonder\novereenkomst"},
    "en": {"name": "Organisation", "file": "File", "status": "Status", "errors": "Errors",
           "warnings": "Warnings", "start": "Start date", "tools": "Tools", "uncovered": "Without\nagreement"},
}  # fmt: skip


def write_terminal(result: CheckResult, stream: TextIO, *, lang: str = "nl", color: bool | None = None) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    t = texts(lang)
    h = HEADERS["en" if lang == "en" else "nl"]
    console = Console(file=stream, force_terminal=color, no_color=color is False, highlight=False)
    wide = console.width >= WIDE
    all_rows = rows(result)
    summary = totals(all_rows)
    table = Table(title=t["title"], box=box.SIMPLE_HEAD, pad_edge=False, show_footer=True, header_style="bold",
                  footer_style="bold")  # fmt: skip
    fixed = [
        (h["status"], "", tuple(t["status"].values()), "left"),
        (h["errors"], str(summary.errors), (), "right"),
        (h["warnings"], str(summary.warnings), (), "right"),
        *([(h["start"], "", ("2026-01-01",), "left"), (h["tools"], str(summary.tools), (), "right")] if wide else []),
        (h["uncovered"], str(summary.tools_without_agreement), (), "right"),
    ]
    widths = [_width(header, footer, values) for header, footer, values, _ in fixed]
    free = console.width - sum(widths) - 3 * (len(fixed) + 1 + wide)
    name_width = max(12, free * 3 // 5 if wide else free)
    table.add_column(h["name"], footer=f"{t['total']}: {summary.files}", no_wrap=True, overflow="ellipsis",
                     width=name_width)  # fmt: skip
    if wide:
        table.add_column(h["file"], no_wrap=True, overflow="ellipsis", width=max(10, free - name_width), style="dim")
    for (header, footer, _, justify), width in zip(fixed, widths, strict=True):
        table.add_column(header, footer=footer, justify=justify, no_wrap=True, width=width)  # type: ignore[arg-type]
    for row in all_rows:
        table.add_row(*_cells(row, t, wide))
    console.print(table)
    console.print(summary.line(lang), style=STATUS_STYLES[_worst(summary.statuses)])


def _width(header: str, footer: str, values: tuple[str, ...]) -> int:
    """A column that is never squeezed: as wide as its header's longest line, its footer and its values."""
    return max(len(part) for part in (*header.split("\n"), footer, *values, "9999"))


def _cells(row: Row, t: dict[str, Any], wide: bool) -> tuple[Any, ...]:
    from rich.text import Text

    name = clip(visible(row.organisation), NAME_CHARACTERS) if row.organisation else visible(row.shown_path)
    cells: list[Any] = [Text(name, style="bold")]
    if wide:
        cells.append(Text(clip(visible(row.shown_path), NAME_CHARACTERS)))
    cells += [Text(t["status"][row.status], style=STATUS_STYLES[row.status]), str(row.errors), str(row.warnings)]
    if wide:
        cells += [row.start_date or "—", "—" if row.tools is None else str(row.tools)]
    cells.append(str(len(row.tools_without_agreement)))  # the names are in the HTML and CSV overviews
    return tuple(cells)


def _worst(statuses: dict[str, int]) -> str:
    for status in ("onleesbaar", "fouten", "waarschuwingen"):
        if statuses[status]:
            return status
    return "in-orde"
