"""Command line (argparse). Parses, then hands off to ``aibeleid_check.commands.<name>.run(args)``.

Only argparse and the standard library are imported here: each command imports what it needs, so that
``aibeleid-check check`` in a pre-commit hook never pays for Rich or Typst.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from aibeleid_check import __version__
from aibeleid_check.exitcodes import ExitStatus

FORMATS = ("auto", "rich", "concise", "json", "sarif", "github", "junit")


class UsageError(Exception):
    """A problem with how the command was called or configured: one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every usage error
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="aibeleid-check",
        description="Controleer een AI-gebruiksbeleid (YAML) en maak er het A4 van.",
    )
    parser.add_argument("--version", action="store_true", help="toon de versie (en geladen plugins)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser("check", help="controleer beleidsbestanden")
    check.add_argument("paths", nargs="+", metavar="PATH", help="bestanden of mappen (*.yaml, *.yml)")
    check.add_argument("--format", choices=FORMATS, default="auto")
    check.add_argument(
        "--output",
        action="append",
        default=[],
        metavar="[FORMAT:]FILE",
        help="schrijf ook een machineformaat naar een bestand (herhaalbaar)",
    )
    check.add_argument("--strict", action="store_true", help="waarschuwingen tellen ook als fout")
    check.add_argument("--select", metavar="CODES", help="alleen deze regels (codes of voorvoegsels, komma's)")
    check.add_argument("--ignore", metavar="CODES", help="deze regels overslaan (codes of voorvoegsels)")
    check.add_argument("--config", metavar="FILE", help="configuratiebestand (in plaats van zoeken)")
    check.add_argument("--plugin", action="append", default=[], metavar="PATH|MODULE", help="laad een plugin")
    check.add_argument("--no-entry-points", action="store_true", help="laad geen plugins via entry points")
    check.add_argument("--profile", choices=("basis", "streng"))
    check.add_argument("--isolated", action="store_true", help="negeer alle configuratiebestanden")
    check.add_argument("--lang", choices=("nl", "en"))
    check.add_argument("--a4", metavar="FILE.pdf", help="schrijf ook het A4 (PDF of PNG)")
    check.add_argument("--jobs", type=int, metavar="N", help="aantal parallelle processen")
    check.add_argument("--report", action="append", default=[], metavar="FILE", help="overzicht als .html of .csv")
    check.add_argument("--a4-dir", metavar="DIR", help="één A4 per beleid in deze map")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--max-bytes", type=int, metavar="N", help="grootste bestand dat gelezen wordt")
    check.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)

    render = commands.add_parser("render", help="maak het A4 van een beleid (PDF of PNG)")
    render.add_argument("policy", metavar="POLICY")
    render.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.png")
    render.add_argument("--lang", choices=("nl", "en"), default="nl")
    render.add_argument("--template", metavar="HOUSE.typ", help="eigen Typst-opmaak")
    render.add_argument("--strict", action="store_true", help="weiger een beleid met fouten")
    render.add_argument("--config", metavar="FILE", help="configuratiebestand (in plaats van zoeken)")
    render.add_argument("--isolated", action="store_true", help="negeer alle configuratiebestanden")
    render.add_argument("--plugin", action="append", default=[], metavar="PATH|MODULE", help="laad een plugin")
    render.add_argument("--no-entry-points", action="store_true", help="laad geen plugins via entry points")
    render.add_argument("--profile", choices=("basis", "streng"))
    render.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)

    init = commands.add_parser("init", help="vul het sjabloon in met vragen (of flags)")
    init.add_argument("path", nargs="?", default="ai-beleid.yaml", metavar="PATH")
    init.add_argument("--organisatie")
    init.add_argument("--tool", action="append", default=[], metavar="NAAM[:OVEREENKOMST[:PERSOONSGEGEVENS]]")
    init.add_argument("--aanspreekpunt", metavar="NAAM")
    init.add_argument("--email")
    init.add_argument("--telefoon")
    init.add_argument("--geldt-voor")
    init.add_argument("--ingangsdatum")
    init.add_argument("--no-input", action="store_true", help="stel geen vragen; gebruik alleen de flags")
    init.add_argument("--lang", choices=("nl", "en"), default="nl")

    rules = commands.add_parser("rules", help="tabel van alle regels")
    rules.add_argument("--format", choices=("rich", "json", "markdown"), default="rich")
    rules.add_argument("--plugin", action="append", default=[], metavar="PATH|MODULE")
    rules.add_argument("--no-entry-points", action="store_true")
    rules.add_argument("--lang", choices=("nl", "en"), default="nl")

    explain = commands.add_parser("explain", help="uitleg bij een regel")
    explain.add_argument("code", metavar="CODE")
    explain.add_argument("--plugin", action="append", default=[], metavar="PATH|MODULE")
    explain.add_argument("--no-entry-points", action="store_true")
    explain.add_argument("--lang", choices=("nl", "en"), default="nl")

    commands.add_parser("schema", help="JSON Schema van het beleidsformaat")

    tools = commands.add_parser("tools", help="catalogus van bekende AI-tools en abonnementen")
    tools.add_argument("--format", choices=("rich", "json"), default="rich")
    tools.add_argument("--lang", choices=("nl", "en"), default="nl")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.version:
            return _version(args)
        if not args.command:
            build_parser().print_help(sys.stderr)
            return ExitStatus.ERROR
        command = importlib.import_module(f"aibeleid_check.commands.{args.command}")
        return int(command.run(args))
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        print("aibeleid-check: afgebroken", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return ExitStatus.SUCCESS
    except Exception as exc:  # an internal bug: a short report, never a traceback dump
        print(
            f"aibeleid-check: interne fout ({type(exc).__name__}: {exc}). "
            "Meld dit met het bestand dat het veroorzaakte.",
            file=sys.stderr,
        )
        if _debug():
            raise
        return ExitStatus.ERROR


def _debug() -> bool:
    import os

    return os.environ.get("AIBELEID_CHECK_DEBUG") == "1"


def _version(args) -> int:
    """The version, then each plugin a ``check`` here would load: installed ones and the local config's."""
    from aibeleid_check import config, plugins

    print(f"aibeleid-check {__version__}")
    loaded = plugins.load_plugins(config.working_directory_plugins(), entry_points=plugins.entry_points_enabled())
    for plugin in loaded:
        print(f"  plugin {plugin.name} {plugin.version} ({plugin.source})")
    return ExitStatus.SUCCESS
