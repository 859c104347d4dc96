"""``aibeleid-check rules``: every rule, built-in and from plugins, as a table, as JSON for tools, or as the
Markdown rules reference (``docs/regels.md`` is generated with it, from the rules' docstrings)."""

from __future__ import annotations

import argparse
import json
import sys

from aibeleid_check import __version__
from aibeleid_check.config import run_rules
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.findings import SEVERITY_LABELS
from aibeleid_check.options import RunOptions, Say, add_lang, add_plugin_options
from aibeleid_check.rules.base import Rule

BUILTIN_ORIGIN = "aibeleid-check"
HEADERS = {
    "nl": ("code", "naam", "ernst", "profiel", "van", "samenvatting"),
    "en": ("code", "slug", "severity", "profile", "origin", "summary"),
}


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "--format",
        choices=("rich", "json", "markdown"),
        default="rich",
        help=say(
            "rich = tabel, json voor tools, markdown = het regeloverzicht",
            "rich = table, json for tools, markdown = the rules reference",
        ),
    )
    add_plugin_options(parser, say)
    add_lang(parser, say, default="nl")


def run(args: argparse.Namespace) -> ExitStatus:
    rules = sorted(
        run_rules(RunOptions.from_namespace(args)).rules,
        key=lambda rule: (rule.origin != BUILTIN_ORIGIN, rule.origin, rule.code),
    )
    lang = "en" if args.lang == "en" else "nl"
    if args.format == "json":
        json.dump(
            {"version": __version__, "rules": [rule_row(rule, lang) for rule in rules]},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    elif args.format == "markdown":
        sys.stdout.write(reference(rules, lang))
    else:
        _print_table(rules, lang)
    return ExitStatus.SUCCESS


def rule_row(rule: type[Rule], lang: str) -> dict[str, str]:
    return {
        "code": rule.code,
        "slug": rule.slug,
        "severity": rule.severity.value,
        "profile": rule.profile,
        "origin": rule.origin,
        "summary": rule.summary(lang),
    }


def _print_table(rules: list[type[Rule]], lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    rows = [_cells(rule, lang) for rule in rules]
    table = Table(box=None, header_style="bold", pad_edge=False)
    *fixed, summary = HEADERS[lang]
    for index, header in enumerate(fixed):
        widest = max([len(header), *(len(row[index]) for row in rows)])
        table.add_column(header, no_wrap=True, min_width=widest)
    table.add_column(summary, ratio=1)
    for row in rows:
        table.add_row(*row)
    # Piped into a file or pager, Rich would assume 80 columns and squeeze the summaries to nothing.
    width = None if sys.stdout.isatty() else 200
    Console(file=sys.stdout, highlight=False, width=width).print(table)


def _cells(rule: type[Rule], lang: str) -> tuple[str, ...]:
    row = rule_row(rule, lang)
    return (
        row["code"],
        row["slug"],
        SEVERITY_LABELS[lang][rule.severity],
        row["profile"],
        row["origin"],
        row["summary"],
    )


REFERENCE_TITLE = {"nl": "Regels van aibeleid-check", "en": "Rules of aibeleid-check"}
REFERENCE_NOTE = {
    "nl": "Gemaakt met `aibeleid-check rules --format markdown` uit de uitleg van elke regel "
    "(dezelfde tekst als `aibeleid-check explain CODE`).",
    "en": "Made with `aibeleid-check rules --format markdown --lang en` from each rule's explanation "
    "(the same text as `aibeleid-check explain CODE --lang en`).",
}


def reference(rules: list[type[Rule]], lang: str) -> str:
    """Every rule's explanation as one Markdown document; the example sections as YAML blocks."""
    from aibeleid_check.commands.explain import EXAMPLE_SECTIONS

    lines = [f"# {REFERENCE_TITLE[lang]}", "", REFERENCE_NOTE[lang], ""]
    for rule in rules:
        doc = rule.doc(lang)
        row = _cells(rule, lang)
        lines += [f"## {rule.code} `{rule.slug}`", "", f"**{doc.summary}**", ""]
        lines += [
            " · ".join(f"{header}: {value}" for header, value in zip(HEADERS[lang][2:5], row[2:5], strict=True)),
            "",
        ]
        for title, body in doc.sections:
            lines += [f"### {title}", ""]
            lines += ["```yaml", body, "```", ""] if title in EXAMPLE_SECTIONS else [body, ""]
    return "\n".join(lines)
