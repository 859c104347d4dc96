"""``aibeleid-check explain CODE``: a rule's documentation, from its docstring, drawn with Rich."""

from __future__ import annotations

import argparse
import difflib
import sys

from aibeleid_check.config import run_rules
from aibeleid_check.errors import UsageError
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.findings import SEVERITY_LABELS
from aibeleid_check.options import RunOptions, Say, add_lang, add_plugin_options
from aibeleid_check.rules.base import Rule

EXAMPLE_SECTIONS = {"Voorbeeld", "Zo wel", "Example", "Instead"}
LABELS = {
    "nl": {"severity": "ernst", "profile": "profiel", "origin": "van"},
    "en": {"severity": "severity", "profile": "profile", "origin": "from"},
}


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "code", metavar="CODE", help=say("de code of naam van de regel (AIB201)", "the rule's code or slug (AIB201)")
    )
    add_plugin_options(parser, say)
    add_lang(parser, say, default="nl")


def run(args: argparse.Namespace) -> ExitStatus:
    rules = list(run_rules(RunOptions.from_namespace(args)).rules)
    rule = find_rule(args.code, rules)
    _print(rule, args.lang)
    return ExitStatus.SUCCESS


def find_rule(code: str, rules: list[type[Rule]]) -> type[Rule]:
    """The rule with this code or slug, case-insensitively; otherwise a usage error naming the nearest codes."""
    wanted = code.strip().lower()
    for rule in rules:
        if wanted in (rule.code.lower(), rule.slug.lower()):
            return rule
    names = [rule.code for rule in rules] + [rule.slug for rule in rules]
    nearest = difflib.get_close_matches(wanted.upper(), [rule.code for rule in rules], n=3, cutoff=0.6)
    nearest += [name for name in difflib.get_close_matches(wanted, names, n=3, cutoff=0.6) if name not in nearest]
    suggestion = f" Bedoel je / did you mean: {', '.join(nearest)}?" if nearest else ""
    raise UsageError(
        f"aibeleid-check: onbekende regel / unknown rule '{code}'.{suggestion} "
        "('aibeleid-check rules' toont alle regels / lists all rules)"
    )


def _print(rule: type[Rule], lang: str) -> None:
    from rich.console import Console, Group, RenderableType
    from rich.markdown import Markdown
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.syntax import Syntax
    from rich.text import Text

    lang = "en" if lang == "en" else "nl"
    doc = rule.doc(lang)
    labels = LABELS[lang]
    severity = SEVERITY_LABELS[lang][rule.severity]
    meta = f"{labels['severity']}: {severity} · {labels['profile']}: {rule.profile} · {labels['origin']}: {rule.origin}"
    parts: list[RenderableType] = [Text(doc.summary, style="bold"), Text(meta, style="dim")]
    for title, body in doc.sections:
        parts.append(Text(f"\n{title}", style="bold cyan"))
        if title in EXAMPLE_SECTIONS:
            example = Syntax(
                body, "yaml", theme="ansi_dark", background_color="default", word_wrap=True
            )  # never cropped
            parts.append(Padding(example, (0, 0, 0, 2)))
        else:
            parts.append(Padding(Markdown(body), (0, 0, 0, 2)))
    heading = Text.assemble((rule.code, "bold"), "  ", (rule.slug, "italic"))
    Console(file=sys.stdout, highlight=False).print(Panel(Group(*parts), title=heading, title_align="left"))
