"""Command line: argparse, the table of subcommands, and the one place where errors become exit codes.

Adding a command is one line in :data:`COMMANDS` plus its module ``aibeleid_check.commands.<name>``, which
defines ``run(args) -> ExitStatus`` and, when it has options, ``add_arguments(parser, say)`` (``say(nl, en)``
picks the help text of the run's language). Only the module of the command being run is imported, so
``aibeleid-check check`` in a pre-commit hook never pays for Rich, Typst or another command.

``main(argv)`` can be called in-process any number of times: it never calls ``sys.exit``, looks up
``sys.stdout``/``sys.stderr`` when it runs, and puts argparse's language back when it returns.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NoReturn

from aibeleid_check import __version__
from aibeleid_check.errors import AibeleidError, Terminated, UsageError
from aibeleid_check.exitcodes import ExitStatus

__all__ = ["COMMANDS", "Command", "UsageError", "build_parser", "main"]  # UsageError: old import path


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, the one-line help in both languages, and other names it answers to."""

    name: str
    nl: str
    en: str
    aliases: tuple[str, ...] = ()

    @property
    def module(self) -> str:
        return f"aibeleid_check.commands.{self.name}"


COMMANDS: tuple[Command, ...] = (
    Command("check", "controleer beleidsbestanden", "check policy files"),
    Command("render", "maak het A4 van een beleid (PDF of PNG)", "make the A4 of a policy (PDF or PNG)"),
    Command("init", "vul het sjabloon in met vragen (of opties)", "fill in the template by questions (or options)"),
    Command("rules", "tabel van alle regels", "table of all rules"),
    Command("explain", "uitleg bij een regel", "explanation of a rule"),
    Command(
        "schema", "JSON Schema van het beleidsformaat, voor editors", "JSON Schema of the policy format, for editors"
    ),
    Command("tools", "catalogus van bekende AI-tools en abonnementen", "catalogue of known AI tools and plans"),
    Command("convert", "zet een beleid om tussen .yaml, .md en .docx", "convert a policy between .yaml, .md and .docx"),
    Command(
        "herken",
        "welke regels van het sjabloon een zin zegt, en waarom",
        "which template rules a sentence states, and why",
        ("recognise",),
    ),
)


class _Exit(Exception):
    """argparse finished by itself (``--help``): leave ``main`` with this status, without ``sys.exit``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, like every usage error
        raise UsageError(f"{self.prog}: {message}")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


def build_parser(argv: Sequence[str] = (), lang: str = "nl") -> argparse.ArgumentParser:
    """The parser with every command listed; only the command named in ``argv`` gets its options."""
    from aibeleid_check import cli_help

    say = cli_help.sayer(lang)
    parser = _Parser(
        prog="aibeleid-check",
        description=say(
            "Controleer een AI-gebruiksbeleid en maak er het A4 van.", "Check an AI-usage policy and make its A4."
        ),
        epilog=cli_help.epilog(lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help=say("toon de versie en de geladen plugins", "show the version and loaded plugins"),
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        dest="top_level_lang",  # read by cli_help.language_of; a command's own --lang keeps its dest
        default=argparse.SUPPRESS,
        help=say("taal van de hulp en de uitvoer (standaard nl)", "language of the help and the output (default nl)"),
    )
    subparsers = parser.add_subparsers(
        title=say("opdrachten", "commands"), dest="command", metavar=say("OPDRACHT", "COMMAND"), parser_class=_Parser
    )
    wanted = _command_named(argv)
    for command in COMMANDS:
        sub = subparsers.add_parser(command.name, aliases=list(command.aliases), help=say(command.nl, command.en))
        sub.description = say(command.nl, command.en)
        sub.epilog, sub.formatter_class = parser.epilog, argparse.RawDescriptionHelpFormatter
        if command is wanted:
            module = importlib.import_module(command.module)
            add_arguments = getattr(module, "add_arguments", None)
            if add_arguments is not None:
                add_arguments(sub, say)
    return parser


def _command_named(argv: Sequence[str]) -> Command | None:
    """The command the first positional argument names; a usage error with a suggestion for a typo."""
    after_lang = False
    for arg in argv:
        if after_lang or arg.startswith("-"):
            after_lang = arg == "--lang"
            continue
        for command in COMMANDS:
            if arg == command.name or arg in command.aliases:
                return command
        from aibeleid_check import cli_help

        raise UsageError(*cli_help.unknown_command(arg, [n for c in COMMANDS for n in (c.name, *c.aliases)]))
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status (the console script passes it to ``sys.exit``)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    from aibeleid_check import cli_help

    lang = cli_help.language_of(arguments)
    with cli_help.argparse_language(lang), warnings.catch_warnings():
        # A plugin that imports internals is told so (DeprecationWarning is hidden by default).
        warnings.filterwarnings("default", category=DeprecationWarning, module=r"aibeleid_check\.plugins")
        try:
            return _run(arguments, lang, program=argv is None)
        except _Exit as done:
            return done.status
        except AibeleidError as exc:
            print(exc.text(lang), file=sys.stderr)
            return int(exc.exit_status)
        except Terminated:
            if argv is None:
                _end_process_now(ExitStatus.TERMINATED)
            return ExitStatus.TERMINATED
        except KeyboardInterrupt:
            print("aibeleid-check: afgebroken" if lang != "en" else "aibeleid-check: interrupted", file=sys.stderr)
            if argv is None:
                _end_process_now(ExitStatus.INTERRUPTED)
            return ExitStatus.INTERRUPTED
        except BrokenPipeError:
            return cli_help.broken_pipe()
        except Exception as exc:  # an internal bug: a short report, never a traceback dump
            print(cli_help.internal_error(exc, lang), file=sys.stderr)
            if cli_help.debug():
                raise
            return ExitStatus.ERROR


def _end_process_now(status: ExitStatus) -> None:
    """After SIGTERM or Ctrl-C, in the process itself (not for an in-process caller): end without the
    interpreter's exit hooks. The workers are stopped already; concurrent.futures' hook joins the pool's manager
    thread without a timeout, and a manager thread still busy with dead workers would keep a stopped check
    alive."""
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(int(status))


def _run(arguments: list[str], lang: str, *, program: bool = False) -> int:
    parser = build_parser(arguments, lang)
    args = parser.parse_args(arguments)
    if args.version:
        return _version()
    if not args.command:
        parser.print_help(sys.stderr)
        return ExitStatus.ERROR
    command = next(c for c in COMMANDS if args.command in (c.name, *c.aliases))
    _take_top_level_lang(args, arguments)
    with _collector_paused(program):
        module = importlib.import_module(command.module)
    return int(module.run(args))


def _take_top_level_lang(args: argparse.Namespace, arguments: list[str]) -> None:
    """``aibeleid-check --lang en check …``: the language given before the command is the command's, unless
    the command was given a ``--lang`` of its own."""
    top_level = getattr(args, "top_level_lang", None)
    given_twice = sum(arg == "--lang" or arg.startswith("--lang=") for arg in arguments) > 1
    if top_level is not None and hasattr(args, "lang") and not given_twice:
        args.lang = top_level


@contextlib.contextmanager
def _collector_paused(program: bool) -> Iterator[None]:
    """Loading a command builds tens of thousands of objects that live until exit (pydantic's models, the
    regular expressions): collecting them while they are built, and again at exit, cost about 30 ms of a
    one-file check. For the console script only: the collector is paused while the modules load, and what
    they built is frozen out of later collections. An in-process caller (tests) keeps its collector as is."""
    if not program:
        yield
        return
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def _version() -> int:
    """The version, then each plugin a ``check`` here would load: installed ones and the local config's."""
    from aibeleid_check.config import run_rules
    from aibeleid_check.options import RunOptions

    print(f"aibeleid-check {__version__}")
    for plugin in run_rules(RunOptions()).plugins:
        print(f"  plugin {plugin.name} {plugin.version} ({plugin.source})")
    return ExitStatus.SUCCESS
