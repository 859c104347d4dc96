"""``--report overzicht.html``: the advisor's overview as one self-contained, printable HTML page.

- Worst first; every column header is a ``<button>`` (keyboard: Tab, Enter or Space) and its ``th`` carries
  ``aria-sort``; sorting keeps each client's rows together.
- Each client is one ``<tbody>``: the main row, then its findings in a full-width row (``<details>``, which
  works without JavaScript). Findings link to the rule's explanation at the end of the page; with
  ``--a4-dir`` each client links to its A4.
- A portfolio picture in inline SVG: how many files are in order / have warnings / errors / are unreadable,
  and the rules that fail in the most clients' files.
- Printing gives one block per client (with every finding opened), page numbers ("Pagina 2 van 5") and the
  total once, at the end.
- No external assets: style and script are inline; a Content-Security-Policy allows only this page's own
  script (by its hash). Every text from a policy is escaped by Jinja2's autoescape.

Jinja2 is imported only here, so only a run with ``--report …html`` pays for it.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from typing import Any

from aibeleid_check import __version__
from aibeleid_check.findings import SEVERITY_LABELS
from aibeleid_check.report.overview import STATUSES, Overview, Row, texts
from aibeleid_check.report.overview_page import SCRIPT, STYLE, TEMPLATE
from aibeleid_check.report.text import clip, location, visible

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
CSP = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'"
NAME_CHARACTERS = 200  # a name is cut for display (the CSV keeps it whole)
MESSAGE_CHARACTERS = 1000

PAGE_TEXTS = {
    "nl": {
        "folder": "Map", "portfolio": "Portefeuille", "top_rules": "Regels die het vaakst falen",
        "no_failing_rules": "Geen regel faalt: alle beleidsstukken zijn in orde.", "clients": "Per klant",
        "a4": "A4", "findings": "{count} meldingen", "finding": "1 melding", "clients_count": "{count} klanten",
        "client_count": "1 klant", "explanations": "Uitleg van de regels", "page": "Pagina", "of": "van",
    },
    "en": {
        "folder": "Folder", "portfolio": "Portfolio", "top_rules": "Rules that fail most often",
        "no_failing_rules": "No rule fails: every policy is in order.", "clients": "By client",
        "a4": "A4", "findings": "{count} findings", "finding": "1 finding", "clients_count": "{count} clients",
        "client_count": "1 client", "explanations": "The rules explained", "page": "Page", "of": "of",
    },
}  # fmt: skip
COLUMN_KEYS = ("name", "status", "errors", "warnings", "start", "tools", "uncovered")
NUMERIC = {"status", "errors", "warnings", "tools"}
EXAMPLE_TITLES = frozenset({"Voorbeeld", "Zo wel", "Example", "Instead"})  # YAML: shown in a monospace font


def render(overview: Overview, lang: str) -> str:
    import jinja2
    from markupsafe import Markup

    lang = "en" if lang == "en" else "nl"
    t = {**texts(lang), **PAGE_TEXTS[lang]}
    has_a4 = any(row.a4 for row in overview.rows)
    style = STYLE.replace("PAGE_LABEL", t["page"]).replace("OF_LABEL", t["of"]).replace("TITLE_LABEL", t["title"])
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return environment.from_string(TEMPLATE).render(
        lang=lang,
        t=t,
        csp=Markup(CSP),  # our own constant: its quotes stay as they are
        style=Markup(style),
        script=Markup(SCRIPT),
        version=__version__,
        made=datetime.now().strftime("%d-%m-%Y %H:%M"),
        folder=overview.folder,
        totals_line=overview.totals.line(lang),
        totals=overview.totals,
        parts=_parts(overview, t),
        legend=_legend(overview, t),
        top=_top(overview, t),
        columns=_columns(t, has_a4),
        rows=[_row(row, t, lang, set(overview.rules)) for row in overview.rows],
        a4=has_a4,
        explanations=_explanations(overview, lang),
    )


def _columns(t: dict[str, Any], has_a4: bool) -> list[dict[str, Any]]:
    labels = t["columns"][1:8]
    columns = [
        {
            "key": key,
            "label": label,
            "num": key in NUMERIC - {"status"},
            "numeric": key in NUMERIC,
            "sorted": "descending" if key == "status" else None,
        }
        for key, label in zip(COLUMN_KEYS, labels, strict=True)
    ]
    if has_a4:
        columns.append({"key": "a4", "label": t["a4"], "num": False, "numeric": False, "sorted": None})
    return columns


def _parts(overview: Overview, t: dict[str, Any]) -> list[dict[str, Any]]:
    """The stacked bar: one rectangle per status, widths in thousandths of the total."""
    total = overview.totals.files or 1
    parts, x = [], 0
    for status in STATUSES:
        count = overview.totals.statuses[status]
        if count:
            width = round(1000 * count / total)
            parts.append({"status": status, "x": x, "width": width, "count": count, "label": t["status"][status]})
            x += width
    return parts


def _legend(overview: Overview, t: dict[str, Any]) -> list[dict[str, Any]]:
    total = overview.totals.files or 1
    return [
        {"status": status, "label": t["status"][status], "count": count, "percent": round(100 * count / total)}
        for status in STATUSES
        for count in (overview.totals.statuses[status],)
    ]


def _top(overview: Overview, t: dict[str, Any]) -> list[dict[str, Any]]:
    most = max((rule.clients for rule in overview.top_rules), default=1)
    return [
        {
            "code": rule.code,
            "linked": rule.code in overview.rules,
            "slug": rule.slug,
            "severity": rule.severity.value,
            "width": round(100 * rule.clients / most, 1),
            "label": t["client_count"] if rule.clients == 1 else t["clients_count"].format(count=rule.clients),
        }
        for rule in overview.top_rules
    ]


def _row(row: Row, t: dict[str, Any], lang: str, explained: set[str]) -> dict[str, Any]:
    name = clip(visible(row.organisation), NAME_CHARACTERS) if row.organisation else visible(row.shown_path)
    labels = SEVERITY_LABELS[lang]
    count = len(row.findings)
    return {
        "name": name,
        "named": bool(row.organisation),
        "path": visible(row.shown_path),
        "status": row.status,
        "status_label": t["status"][row.status],
        "errors": row.errors,
        "warnings": row.warnings,
        "start_date": _dutch_date(row.start_date) if lang == "nl" else row.start_date or "—",
        "tools": "—" if row.tools is None else row.tools,
        "uncovered": clip(visible(", ".join(row.tools_without_agreement)), NAME_CHARACTERS),
        "a4": row.a4,
        "summary": t["finding"] if count == 1 else t["findings"].format(count=count),
        "sort": {
            "name": name.casefold(),
            "status": STATUSES.index(row.status),
            "errors": row.errors,
            "warnings": row.warnings,
            "start": row.start_date,
            "tools": row.tools or 0,
            "uncovered": ", ".join(row.tools_without_agreement).casefold()[:NAME_CHARACTERS],
            "a4": row.a4 or "",
        },  # fmt: skip
        "findings": [
            {
                "rule": f.rule,
                "linked": f.rule in explained,  # a plugin rule the catalogue does not know has no explanation here
                "severity": f.severity.value,
                "label": labels[f.severity],
                "where": location(f.line, f.column, row.location_kind),
                "message": clip(visible(f.message.text(lang)), MESSAGE_CHARACTERS),
            }
            for f in row.findings
        ],
    }


def _dutch_date(iso: str) -> str:
    """``2026-03-01`` as ``01-03-2026``, the way a Dutch reader writes it."""
    if len(iso) == 10 and iso[4] == iso[7] == "-":
        return f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]}"
    return iso or "—"


def _explanations(overview: Overview, lang: str) -> list[dict[str, Any]]:
    explained = []
    for code in sorted(overview.rules):
        cls = overview.rules[code]
        doc = cls.doc(lang)
        sections = [(title, text, title in EXAMPLE_TITLES) for title, text in doc.sections]
        explained.append({"code": code, "slug": cls.slug, "summary": doc.summary, "sections": sections})
    return explained
