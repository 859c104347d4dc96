"""``aibeleid-check check``: discover files, check them, report, optionally render A4 pages and overviews.

The phases, each owned by its own module: ``discover`` (which files) → ``config`` (which rules, per file)
→ ``batch`` (check them, maybe in parallel) → ``report`` (terminal and machine outputs) → ``a4`` and
overview files. This module only puts them in order and decides the exit status.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from aibeleid_check import a4_dir, batch, config, discover
from aibeleid_check.errors import UsageError
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.findings import CheckResult
from aibeleid_check.options import MAX_JOBS, Say, add_config_options, add_lang, positive_int
from aibeleid_check.report import REPORTERS, get_reporter


FORMATS = ("auto", "rich", "concise", "json", "sarif", "github", "junit")


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help=say("bestanden of mappen (*.yaml, *.yml)", "files or folders (*.yaml, *.yml)")
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help=say(
            "uitvoer op stdout; auto = github onder GitHub Actions, rich op een terminal, anders concise",
            "output on stdout; auto = github under GitHub Actions, rich on a terminal, else concise",
        ),
    )
    parser.add_argument(
        "--output",
        action="append",
        default=[],
        metavar="[FORMAT:]FILE",
        help=say("schrijf ook een machineformaat naar een bestand (herhaalbaar)", "also write a machine format to a file (repeatable)"),
    )
    parser.add_argument("--strict", action="store_true", help=say("waarschuwingen tellen ook als fout", "warnings fail too"))
    parser.add_argument(
        "--select", metavar="CODES", help=say("alleen deze regels (codes of voorvoegsels, komma's)", "only these rules (codes or prefixes, commas)")
    )
    parser.add_argument(
        "--ignore", metavar="CODES", help=say("deze regels overslaan (codes of voorvoegsels)", "skip these rules (codes or prefixes)")
    )
    add_config_options(parser, say)
    add_lang(parser, say)
    parser.add_argument("--a4", metavar="FILE.pdf", help=say("schrijf ook het A4 (PDF of PNG)", "also write the A4 (PDF or PNG)"))
    parser.add_argument(
        "--jobs",
        type=positive_int(say, MAX_JOBS),
        metavar="N",
        help=say(f"aantal parallelle processen (1 tot {MAX_JOBS})", f"number of parallel processes (1 to {MAX_JOBS})"),
    )
    parser.add_argument(
        "--report",
        action="append",
        default=[],
        metavar="FILE",
        help=say("overzicht voor de adviseur als .html of .csv (herhaalbaar)", "advisor's overview as .html or .csv (repeatable)"),
    )
    parser.add_argument("--a4-dir", metavar="DIR", help=say("één A4 per beleid in deze map", "one A4 per policy in this folder"))
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help=say("kleur in de terminaluitvoer (standaard auto)", "colour in terminal output (default auto)"),
    )
    parser.add_argument(
        "--max-bytes",
        type=positive_int(say),
        metavar="N",
        help=say("grootste bestand dat gelezen wordt, in bytes", "largest file that is read, in bytes"),
    )


def run(args) -> ExitStatus:
    resolver = config.Resolver(args)
    files = resolver.filter(discover.collect(args.paths))
    outputs = output_targets(args.output, checked=files)  # a bad --output is a usage error before any work
    overview_files = _overview_targets(args.report, files)
    format_name = choose_format(args.format)
    progress = batch.wants_progress(format_name)
    result = batch.check_files(
        files, resolver, jobs=args.jobs, progress=progress, keep_policies=_needs_policies(args, format_name)
    )
    a4_note = None
    if args.a4:  # before the report, so that AIB801 (measured on the page) is part of it
        from aibeleid_check.a4.check_option import write_check_a4

        a4_note = write_check_a4(result, args.a4, resolver, strict=args.strict)
    pages_ok = not args.a4_dir or a4_dir.write_all(result, args.a4_dir, resolver, jobs=args.jobs, progress=progress)
    write_reports(result, args, resolver.lang, outputs)
    if a4_note:
        print(a4_note, file=sys.stderr)
    _write_overviews(result, overview_files, format_name, resolver.lang, _color(args.color), args.a4_dir)
    return ExitStatus.FAILURE if result.failed or not pages_ok else ExitStatus.SUCCESS


def _overview_targets(paths: list[str], files: list[str]) -> list:
    """The ``--report`` files, checked before any work is done (the overview module loads only when used)."""
    if not paths:
        return []
    from aibeleid_check.report import overview

    return overview.report_targets(paths, checked=files)


def _write_overviews(
    result: CheckResult, targets: list, format_name: str, lang: str, color: bool | None, a4_dir: str | None = None
) -> None:
    """The advisor's overview: a table below a Rich report of several files, and the ``--report`` files."""
    if not targets and format_name != "rich":
        return
    from aibeleid_check.report import overview

    overview.show_after_report(result, format_name, sys.stdout, lang, color)
    overview.write_files(result, targets, lang, a4_dir=a4_dir)  # the HTML links each client's A4


def _needs_policies(args, format_name: str) -> bool:
    """Whether a stage after the report reads the policies (the overview and the A4 pages do)."""
    return bool(args.report or args.a4 or args.a4_dir) or format_name == "rich"


def write_reports(result: CheckResult, args, lang: str, targets: list[tuple[str, str]]) -> None:
    """The chosen format on stdout, then each ``--output`` target (from :func:`output_targets`) in its format."""
    reporter = get_reporter(choose_format(args.format), lang=lang, color=_color(args.color))
    reporter.write(result, sys.stdout)
    sys.stdout.flush()
    for format_name, path in targets:
        _write_report_file(result, format_name, path, lang)


FORMATS_BY_EXTENSION = {".sarif.json": "sarif", ".sarif": "sarif", ".json": "json", ".xml": "junit", ".txt": "concise"}


def output_targets(specs: list[str], checked: Sequence[str] = ()) -> list[tuple[str, str]]:
    """``[FORMAT:]FILE`` specs as (format, path); a spec we cannot place, or a checked file, is a usage error."""
    targets = [_output_target(spec) for spec in specs]
    for _, path in targets:
        if any(_same_file(path, policy) for policy in checked):
            raise UsageError(f"aibeleid-check: --output '{path}' is een gecontroleerd bestand / is a checked file")
    return targets


def _output_target(spec: str) -> tuple[str, str]:
    prefix, colon, rest = spec.partition(":")
    if colon and prefix.lower() in REPORTERS and rest:
        return prefix.lower(), rest
    for extension, format_name in FORMATS_BY_EXTENSION.items():
        if spec.lower().endswith(extension):
            return format_name, spec
    known = ", ".join(FORMATS_BY_EXTENSION)
    raise UsageError(
        f"aibeleid-check: --output '{spec}': onbekend formaat; gebruik FORMAAT:BESTAND of een extensie ({known}) "
        f"/ unknown format; use FORMAT:FILE or an extension"
    )


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _write_report_file(result: CheckResult, format_name: str, path: str, lang: str) -> None:
    reporter = get_reporter(format_name, lang=lang, color=False)
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(path, "w", encoding="utf-8") as stream:
            reporter.write(result, stream)
    except OSError as exc:
        raise UsageError(f"aibeleid-check: kan '{path}' niet schrijven / cannot write: {exc.strerror}") from None


def choose_format(requested: str) -> str:
    if requested != "auto":
        return requested
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "rich" if sys.stdout.isatty() else "concise"


def _color(choice: str) -> bool | None:
    return {"always": True, "never": False}.get(choice)
