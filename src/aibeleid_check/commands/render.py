"""``aibeleid-check render POLICY -o OUT.pdf|OUT.png``: check the policy, then typeset it.

The check runs with the same configuration and plugins as ``check`` would use for this file, and decides
the CONCEPT stamp (open errors are counted on the page) and, with ``--strict``, whether the page is made at
all. Findings and the result line go to stderr; the page is the only output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aibeleid_check.a4 import RenderError, record_page_count, render
from aibeleid_check.commands.check_a4 import written_message
from aibeleid_check.config import Resolver
from aibeleid_check.engine import check_path
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.findings import CheckResult, FileResult
from aibeleid_check.options import RunOptions, Say, add_config_options, add_lang
from aibeleid_check.outputs import display_path
from aibeleid_check.report import get_reporter
from aibeleid_check.texts import Catalogue, Message

TEXTS = Catalogue(
    {
        "missing": Message(
            nl="aibeleid-check: '{path}' bestaat niet of is geen bestand",
            en="aibeleid-check: '{path}' does not exist or is not a file",
        ),
        "refused": Message(
            nl="aibeleid-check: geen A4 gemaakt: {errors} open fout(en) en --strict is gezet",
            en="aibeleid-check: no A4 made: {errors} open error(s) and --strict is set",
        ),
        "unreadable": Message(
            nl="aibeleid-check: geen A4 gemaakt: '{path}' is niet te lezen als beleid (zie de melding hierboven)",
            en="aibeleid-check: no A4 made: '{path}' could not be read as a policy (see the finding above)",
        ),
    }
)


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument("policy", metavar=say("BELEID", "POLICY"), help=say("het beleidsbestand", "the policy file"))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=say("UIT.pdf|UIT.png", "OUT.pdf|OUT.png"),
        help=say("het A4: .pdf, of .png voor een voorbeeld", "the A4: .pdf, or .png for a preview"),
    )
    add_lang(parser, say, default="nl")
    parser.add_argument(
        "--template", metavar=say("HUIS.typ", "HOUSE.typ"), help=say("eigen Typst-opmaak", "own Typst layout")
    )
    parser.add_argument(
        "--strict", action="store_true", help=say("weiger een beleid met fouten", "refuse a policy with errors")
    )
    add_config_options(parser, say)


def run(args: argparse.Namespace) -> ExitStatus:
    lang = args.lang
    if not Path(args.policy).is_file():
        print(TEXTS.text("missing", lang, path=display_path(args.policy)), file=sys.stderr)
        return ExitStatus.ERROR
    options = RunOptions.from_namespace(args, paths=(args.policy,))
    ruleset = Resolver(options).ruleset_for(args.policy)
    today = ruleset.settings.today
    result = check_path(args.policy, ruleset)
    if not result.readable:  # no page for a policy we could not read: a blank CONCEPT page would mislead
        _print_findings(result, args.lang)
        print(TEXTS.text("unreadable", lang, path=display_path(args.policy)), file=sys.stderr)
        return ExitStatus.FAILURE
    if args.strict and result.errors:
        _print_findings(result, args.lang)
        print(TEXTS.text("refused", lang, errors=result.errors), file=sys.stderr)
        return ExitStatus.FAILURE
    try:
        pages = render(result, args.output, lang=args.lang, template=args.template, today=today)
    except RenderError as exc:
        print(f"aibeleid-check: {exc}", file=sys.stderr)
        return ExitStatus.ERROR
    record_page_count(result, pages, ruleset)
    _print_findings(result, args.lang)
    print(written_message(args.output, pages, args.lang, result), file=sys.stderr)
    return ExitStatus.SUCCESS


def _print_findings(result: FileResult, lang: str) -> None:
    get_reporter("concise", lang=lang).write(CheckResult(files=[result]), sys.stderr)
