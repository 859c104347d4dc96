"""``--report overzicht.html``: the overview as one self-contained, printable HTML page.

No external assets: the style and the small sorting script are inline. Every text that comes from a policy
passes through ``html.escape``; a Content-Security-Policy allows only this page's own script (by its hash),
so even a mistake in escaping could not run a script from a client's file. Each row's organisation cell is a
``<details>`` element that expands to the file's findings, which works without JavaScript. With the
script (which marks the page with ``class="js"``), clicking a column header sorts by it and printing opens
every row.
"""

from __future__ import annotations

import base64
import hashlib
import os
from datetime import datetime
from html import escape
from pathlib import Path

from aibeleid_check import __version__
from aibeleid_check.findings import SEVERITY_LABELS, Finding
from aibeleid_check.report.overview import Row, Totals, texts

NUMERIC_COLUMNS = (3, 4, 6)

STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
.meta, .totals { color: #555; margin: .2em 0 1em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .35em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; white-space: nowrap; }
.js th { cursor: pointer; user-select: none; }
th[aria-sort=ascending]::after { content: " \\25B2"; }
th[aria-sort=descending]::after { content: " \\25BC"; }
td.num, th.num { text-align: right; }
tfoot td { font-weight: bold; border-top: 2px solid #999; }
summary { cursor: pointer; }
details ul { margin: .4em 0 .2em 1.2em; padding: 0; }
.path { color: #666; font-size: .9em; word-break: break-all; }
.status { font-weight: bold; white-space: nowrap; }
.s-in-orde { color: #1a7f37; } .s-waarschuwingen { color: #9a6700; }
.s-fouten { color: #cf222e; } .s-onleesbaar { color: #8250df; }
.sev-error { color: #cf222e; } .sev-warning { color: #9a6700; } .sev-info { color: #0969da; }
@media print {
  body { margin: 0; font-size: 10pt; }
  .js th { cursor: auto; } th::after { content: "" !important; }
  tr { break-inside: avoid; }
  summary::marker { content: ""; }
}
"""

SCRIPT = """
document.body.classList.add("js");
document.querySelectorAll("th").forEach(function (th, column) {
  th.addEventListener("click", function () {
    var body = th.closest("table").tBodies[0];
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    th.parentNode.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
      var order = th.classList.contains("num") ? Number(x) - Number(y) : x.localeCompare(y, "nl");
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details").forEach(function (d) { d.open = true; });
});
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
CSP = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'"

_STATUS_ORDER = {"in-orde": 0, "waarschuwingen": 1, "fouten": 2, "onleesbaar": 3}


def write(rows: list[Row], summary: Totals, path: Path, lang: str) -> None:
    path.write_text(render(rows, summary, lang), encoding="utf-8")


def render(rows: list[Row], summary: Totals, lang: str) -> str:
    t = texts(lang)
    head = "".join(
        f'<th scope="col"{_num_class(index)}>{escape(name)}</th>' for index, name in enumerate(_columns(t))
    )
    body = "\n".join(_row(row, t, lang) for row in rows)
    return f"""<!DOCTYPE html>
<html lang="{'en' if lang == 'en' else 'nl'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(t["title"])} · aibeleid-check</title>
<style>{STYLE}</style>
</head>
<body>
<h1>{escape(t["title"])}</h1>
<p class="meta">aibeleid-check {escape(__version__)} · {datetime.now().strftime("%Y-%m-%d %H:%M")}</p>
<p class="totals">{escape(summary.line(lang))}</p>
<table>
<thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody>
<tfoot><tr>{_footer(summary, t)}</tr></tfoot>
</table>
<script>{SCRIPT}</script>
</body>
</html>
"""


def _columns(t: dict) -> tuple[str, ...]:
    # The file path is shown under the organisation, so the HTML has one column fewer than the CSV.
    return t["columns"][1:]


def _num_class(index: int) -> str:
    return ' class="num"' if index + 1 in NUMERIC_COLUMNS else ""


def _row(row: Row, t: dict, lang: str) -> str:
    # Without an organisation (an unreadable file) the row is named after its file, in italics.
    name = row.organisation or os.path.basename(row.path)
    label = escape(name) if row.organisation else f"<i>{escape(name)}</i>"
    cells = [
        _cell(f"<details><summary>{label}</summary>"
              f'<div class="path">{escape(row.path)}</div>{_findings(row.findings, t, lang)}</details>',
              sort=name.casefold()),
        _cell(escape(t["status"][row.status]), sort=str(_STATUS_ORDER[row.status]), cls=f"status s-{row.status}"),
        _cell(str(row.errors), sort=str(row.errors), cls="num"),
        _cell(str(row.warnings), sort=str(row.warnings), cls="num"),
        _cell(escape(row.start_date or "—"), sort=row.start_date),
        _cell("—" if row.tools is None else str(row.tools), sort=str(row.tools or 0), cls="num"),
        _cell(escape(", ".join(row.tools_without_agreement)), sort=", ".join(row.tools_without_agreement).casefold()),
    ]
    return f"<tr>{''.join(cells)}</tr>"


def _cell(content: str, *, sort: str, cls: str = "") -> str:
    """``content`` is HTML already escaped; ``sort`` is the plain text the sorting script compares."""
    class_attr = f' class="{cls}"' if cls else ""
    return f'<td{class_attr} data-sort="{escape(sort)}">{content}</td>'


def _findings(findings: tuple[Finding, ...], t: dict, lang: str) -> str:
    if not findings:
        return f"<p>{escape(t['no_findings'])}</p>"
    labels = SEVERITY_LABELS["en" if lang == "en" else "nl"]
    items = "".join(
        f'<li><span class="sev-{finding.severity.value}">{escape(finding.rule)} '
        f"[{escape(labels[finding.severity])}]</span> {finding.line}:{finding.column} "
        f"{escape(finding.message.text(lang))}</li>"
        for finding in findings
    )
    return f"<ul>{items}</ul>"


def _footer(summary: Totals, t: dict) -> str:
    cells = (
        escape(t["total"]),
        "",
        str(summary.errors),
        str(summary.warnings),
        "",
        str(summary.tools),
        str(summary.tools_without_agreement),
    )
    return "".join(f"<td{_num_class(index)}>{cell}</td>" for index, cell in enumerate(cells))
