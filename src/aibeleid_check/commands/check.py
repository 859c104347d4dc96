"""``aibeleid-check check``: discover files, check them, report, optionally render A4 pages and overviews.

The phases, each owned by its own module: ``discover`` (which files) → ``config`` (which rules, per file)
→ ``batch`` (check them, maybe in parallel) → ``report`` (terminal and machine outputs) → ``a4`` and
overview files. This module only puts them in order and decides the exit status.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO, cast

from aibeleid_check import batch, config, discover
from aibeleid_check.errors import UsageError
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.findings import CheckResult
from aibeleid_check.options import MAX_JOBS, CheckOptions, Say, add_config_options, add_lang, positive_int
from aibeleid_check.outputs import Inputs, check_target, display_path, write_atomic
from aibeleid_check.report import REPORTERS, get_reporter

FORMATS = ("auto", "rich", "concise", "json", "sarif", "github", "junit")
MAX_BYTES_CEILING = 16 * 1024 * 1024
"""The most ``--max-bytes`` may allow: a file is read into memory whole, so without a ceiling the option
would lift the bounded-memory promise (docs/reliability.md, section 4). 16 MiB is the Word reader's limit for
one part, and keeps a check of the largest file inside the resource test's 300 MB."""


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar=say("PAD", "PATH"),
        help=say("bestanden of mappen (*.yaml, *.yml, *.docx, *.md)", "files or folders (*.yaml, *.yml, *.docx, *.md)"),
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
        metavar=say("[FORMAAT:]BESTAND", "[FORMAT:]FILE"),
        help=say(
            "schrijf ook een machineformaat naar een bestand (herhaalbaar)",
            "also write a machine format to a file (repeatable)",
        ),
    )
    parser.add_argument(
        "--strict", action="store_true", help=say("waarschuwingen tellen ook als fout", "warnings fail too")
    )
    parser.add_argument(
        "--select",
        metavar="CODES",
        help=say("alleen deze regels (codes of voorvoegsels, komma's)", "only these rules (codes or prefixes, commas)"),
    )
    parser.add_argument(
        "--ignore",
        metavar="CODES",
        help=say("deze regels overslaan (codes of voorvoegsels)", "skip these rules (codes or prefixes)"),
    )
    add_config_options(parser, say)
    add_lang(parser, say)
    parser.add_argument(
        "--a4",
        metavar=say("BESTAND.pdf", "FILE.pdf"),
        help=say("schrijf ook het A4 (PDF of PNG)", "also write the A4 (PDF or PNG)"),
    )
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
        metavar=say("BESTAND", "FILE"),
        help=say(
            "overzicht voor de adviseur als .html of .csv (herhaalbaar)",
            "advisor's overview as .html or .csv (repeatable)",
        ),
    )
    parser.add_argument(
        "--a4-dir",
        metavar=say("MAP", "DIR"),
        help=say("één A4 per beleid in deze map", "one A4 per policy in this folder"),
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help=say("kleur in de terminaluitvoer (standaard auto)", "colour in terminal output (default auto)"),
    )
    parser.add_argument(
        "--max-bytes",
        type=_max_bytes(say),
        metavar="N",
        help=say(
            "grootste bestand dat gelezen wordt, in bytes (standaard 1 MiB, hoogstens 16 MiB)",
            "largest file that is read, in bytes (default 1 MiB, at most 16 MiB)",
        ),
    )


def _max_bytes(say: Say) -> Callable[[str], int]:
    """``--max-bytes``: a whole number from 1 to :data:`MAX_BYTES_CEILING` (more is a usage error, exit 2)."""
    at_least_one = positive_int(say)
    mib = MAX_BYTES_CEILING // (1024 * 1024)

    def parse(text: str) -> int:
        number = at_least_one(text)
        if number > MAX_BYTES_CEILING:
            raise argparse.ArgumentTypeError(
                say(
                    f"'{text}': hoogstens {MAX_BYTES_CEILING} ({mib} MiB)",
                    f"'{text}': at most {MAX_BYTES_CEILING} ({mib} MiB)",
                )
            )
        return number

    return parse


def run(args: argparse.Namespace) -> ExitStatus:
    return check(CheckOptions.from_namespace(args))


def check(options: CheckOptions) -> ExitStatus:
    """The whole ``check`` run for typed options; usage problems raise before any file is checked."""
    resolver = config.Resolver(options.run)
    found = discover.find(list(options.run.paths))
    files = resolver.filter(found.files)
    _say_excluded(options.run.paths, files, resolver.lang)
    inputs = Inputs.of(files)
    outputs = output_targets(options.outputs, inputs)  # a bad --output is a usage error before any work
    overview_files = _overview_targets(list(options.reports), files)
    if options.a4:
        check_target(options.a4, inputs)
    if options.a4_dir:
        from aibeleid_check.commands import check_a4  # only a run that makes pages pays for the A4 code

        check_a4.prepare_folder(options.a4_dir, resolver.lang)
    format_name = choose_format(options.format)
    progress = batch.wants_progress(format_name)
    result = batch.check_files(
        files,
        resolver,
        jobs=options.jobs,
        progress=progress,
        keep_policies=_needs_policies(options, format_name),
        unreadable=found.unreadable,
    )
    a4_note = None
    if options.a4:  # before the report, so that AIB801 (measured on the page) is part of it
        from aibeleid_check.commands import check_a4

        a4_note = check_a4.write_check_a4(result, options.a4, resolver, strict=options.run.strict, inputs=inputs)
    pages_ok = not options.a4_dir or _a4_pages().write_all(
        result, options.a4_dir, resolver, jobs=options.jobs, progress=progress, inputs=inputs
    )
    stdout_ok = write_reports(result, options, resolver.lang, outputs, inputs)
    if a4_note:
        print(a4_note, file=sys.stderr)
    stdout_ok = _write_overviews(
        result, overview_files, format_name, resolver.lang, _color(options.color), options.a4_dir, stdout_ok
    )
    if not stdout_ok:
        return ExitStatus.BROKEN_PIPE
    return ExitStatus.FAILURE if result.failed or not pages_ok else ExitStatus.SUCCESS


def _a4_pages() -> ModuleType:
    """The A4 pages' module, imported only by a run that makes pages."""
    from aibeleid_check.commands import check_a4

    return check_a4


def _overview_targets(paths: list[str], files: list[str]) -> list[Path]:
    """The ``--report`` files, checked before any work is done (the overview module loads only when used)."""
    if not paths:
        return []
    from aibeleid_check.report import overview

    return overview.report_targets(paths, checked=files)


def _say_excluded(paths: Sequence[str], kept: list[str], lang: str) -> None:
    """A file named on the command line (pre-commit names each one) that the configuration's ``exclude``
    drops gets a one-line notice on stderr, rather than silence (INTEG, issue 15.1)."""
    remaining = set(kept)
    for path in paths:
        if path not in remaining and os.path.isfile(path):
            shown = display_path(path)
            print(
                f"aibeleid-check: '{shown}' overgeslagen: uitgesloten door 'exclude' in de configuratie"
                if lang != "en"
                else f"aibeleid-check: '{shown}' skipped: excluded by 'exclude' in the configuration",
                file=sys.stderr,
            )


def _write_overviews(
    result: CheckResult,
    targets: list[Path],
    format_name: str,
    lang: str,
    color: bool | None,
    a4_dir: str | None = None,
    stdout_ok: bool = True,
) -> bool:
    """The advisor's overview: a table below a Rich report of several files, and the ``--report`` files.
    Returns whether stdout still took what was written to it."""
    if not targets and format_name != "rich":
        return stdout_ok
    from aibeleid_check.report import overview

    if stdout_ok:
        stdout_ok = _to_stdout(lambda: overview.show_after_report(result, format_name, sys.stdout, lang, color))
    overview.write_files(result, targets, lang, a4_dir=a4_dir)  # the HTML links each client's A4
    return stdout_ok


def _needs_policies(options: CheckOptions, format_name: str) -> bool:
    """Whether a stage after the report reads the policies (the overview and the A4 pages do)."""
    return bool(options.reports or options.a4 or options.a4_dir) or format_name == "rich"


def write_reports(
    result: CheckResult, options: CheckOptions, lang: str, targets: list[tuple[str, str]], inputs: Inputs
) -> bool:
    """The chosen format on stdout, then each ``--output`` target (from :func:`output_targets`) in its format.

    A reader of stdout that went away (``| head -1``) does not stop the files: they are still written, and
    the return value (False) makes the run end without claiming success.
    """
    reporter = get_reporter(choose_format(options.format), lang=lang, color=_color(options.color))

    def to_stdout() -> None:
        stdout = _Chunked(sys.stdout)
        reporter.write(result, cast(TextIO, stdout))
        stdout.flush()

    stdout_ok = _to_stdout(to_stdout)
    for format_name, path in targets:
        file_reporter = get_reporter(format_name, lang=lang, color=False)
        write_atomic(path, functools.partial(file_reporter.write, result), inputs=inputs)
    return stdout_ok


class _Chunked:
    """A stdout that sends what it gets in pieces of at most 64 KiB, flushing after each.

    One large ``write()`` to a pipe whose reader left (``| head -1``) can be taken in part without an
    error, and the run would claim success; a flush per piece makes the next piece raise ``EPIPE``.
    Everything else (``isatty``, ``encoding``) is the real stream's, so Rich still sees a terminal.
    """

    PIECE = 16 * 1024  # characters: at most 64 KiB in UTF-8

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._pending: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._pending.append(text)
        self._size += len(text)
        if self._size >= self.PIECE:
            self._send()
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:  # through write(), or they would overtake what is still pending
            self.write(line)

    def flush(self) -> None:
        self._send()

    def _send(self) -> None:
        text = "".join(self._pending)
        self._pending, self._size = [], 0
        for start in range(0, len(text), self.PIECE):
            self._stream.write(text[start : start + self.PIECE])
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _to_stdout(write: Callable[[], object]) -> bool:
    try:
        write()
        sys.stdout.flush()
    except BrokenPipeError:
        return False
    return True


FORMATS_BY_EXTENSION = {".sarif.json": "sarif", ".sarif": "sarif", ".json": "json", ".xml": "junit", ".txt": "concise"}


def output_targets(specs: Sequence[str], inputs: Inputs | None = None) -> list[tuple[str, str]]:
    """``[FORMAT:]FILE`` specs as (format, path); a spec we cannot place, or a checked file, is a usage error."""
    targets = [_output_target(spec) for spec in specs]
    for _, path in targets:
        check_target(path, inputs or Inputs())
    return targets


def _output_target(spec: str) -> tuple[str, str]:
    prefix, colon, rest = spec.partition(":")
    if colon and prefix.lower() in REPORTERS and rest:
        return prefix.lower(), rest
    for extension, format_name in FORMATS_BY_EXTENSION.items():
        if spec.lower().endswith(extension):
            return format_name, spec
    known = ", ".join(FORMATS_BY_EXTENSION)
    shown = display_path(spec)
    raise UsageError(
        f"aibeleid-check: --output '{shown}': onbekend formaat; gebruik FORMAAT:BESTAND of een extensie ({known})",
        f"aibeleid-check: --output '{shown}': unknown format; use FORMAT:FILE or an extension ({known})",
    )


def choose_format(requested: str) -> str:
    if requested != "auto":
        return requested
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "rich" if sys.stdout.isatty() else "concise"


def _color(choice: str) -> bool | None:
    return {"always": True, "never": False}.get(choice)
