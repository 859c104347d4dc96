"""What a run was asked to do: the typed options, built from the command line once.

Like check-jsonschema's ``ParseResult``: each command turns its argparse ``Namespace`` into a frozen
:class:`RunOptions` (and ``check`` into :class:`CheckOptions`); nothing below the commands (config,
batch workers, the A4 code) sees a ``Namespace``. The objects pickle, so worker processes receive them.

They are frozen dataclasses without ``slots``: every start-up builds these classes, and ``slots=True``
makes building one three times as slow (about 1 ms for :class:`RunOptions`).

The shared option groups (configuration, plugins, rule selection) are declared here once, so that every
command that has them spells and explains them the same way.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

Say = Callable[[str, str], str]
"""Picks the run's language for a help text: ``say("Dutch", "English")``."""

MAX_JOBS = 64
"""``--jobs`` above this is refused: more workers than this only cost memory on any machine we run on."""


@dataclass(frozen=True)
class RunOptions:
    """The options that decide which rules run on a file and how: what ``config.Resolver`` needs."""

    paths: tuple[str, ...] = ()
    config: str | None = None
    isolated: bool = False
    plugins: tuple[str, ...] = ()
    entry_points: bool = True
    select: str | None = None
    ignore: str | None = None
    profile: str | None = None
    lang: str | None = None
    strict: bool = False
    max_bytes: int | None = None
    today: date | None = None

    @classmethod
    def from_namespace(cls, args: argparse.Namespace, **overrides: Any) -> RunOptions:
        """The fields ``args`` has (a command without ``--select`` leaves it ``None``), then ``overrides``."""
        values = {name: getattr(args, name) for name in _NAMESPACE_FIELDS if hasattr(args, name)}
        if hasattr(args, "plugin"):
            values["plugins"] = tuple(args.plugin)
        if hasattr(args, "no_entry_points"):
            values["entry_points"] = not args.no_entry_points
        if "paths" in values:
            values["paths"] = tuple(values["paths"])
        return cls(**(values | overrides))


_NAMESPACE_FIELDS = (
    "paths",
    "config",
    "isolated",
    "select",
    "ignore",
    "profile",
    "lang",
    "strict",
    "max_bytes",
    "today",
)


@dataclass(frozen=True)
class CheckOptions:
    """``check``'s own options, beside the :class:`RunOptions` shared with the other commands."""

    run: RunOptions
    format: str = "auto"
    outputs: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()
    a4: str | None = None
    a4_dir: str | None = None
    jobs: int | None = None
    color: str = "auto"

    @classmethod
    def from_namespace(cls, args: argparse.Namespace) -> CheckOptions:
        return cls(
            run=RunOptions.from_namespace(args),
            format=args.format,
            outputs=tuple(args.output),
            reports=tuple(args.report),
            a4=args.a4,
            a4_dir=args.a4_dir,
            jobs=args.jobs,
            color=args.color,
        )


# --- argument types: a bad value is a usage error in the run's language ---------------------------------


def positive_int(say: Say, limit: int | None = None) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number of at least 1 (and at most ``limit``)."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                say(f"'{text}' is geen geheel getal", f"'{text}' is not a whole number")
            ) from None
        if number < 1:
            raise argparse.ArgumentTypeError(say(f"'{text}': moet minstens 1 zijn", f"'{text}': must be at least 1"))
        if limit is not None and number > limit:
            raise argparse.ArgumentTypeError(say(f"'{text}': hoogstens {limit}", f"'{text}': at most {limit}"))
        return number

    return parse


def iso_date(text: str) -> date:
    """An argparse ``type`` for ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum (YYYY-MM-DD) / is not a date") from None


# --- shared option groups -------------------------------------------------------------------------------


def add_lang(parser: argparse.ArgumentParser, say: Say, default: str | None = None) -> None:
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=default,
        help=say("taal van de uitvoer (standaard nl)", "language of the output (default nl)"),
    )


def add_plugin_options(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "--plugin",
        action="append",
        default=[],
        metavar=say("PAD|MODULE", "PATH|MODULE"),
        help=say(
            "laad een plugin: een .py-bestand of een module (herhaalbaar)",
            "load a plugin: a .py file or a module (repeatable)",
        ),
    )
    parser.add_argument(
        "--no-entry-points",
        action="store_true",
        help=say("laad geen geïnstalleerde plugins (entry points)", "load no installed plugins (entry points)"),
    )


def add_config_options(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "--config",
        metavar=say("BESTAND", "FILE"),
        help=say(
            "dit configuratiebestand gebruiken in plaats van zoeken", "use this configuration file instead of searching"
        ),
    )
    parser.add_argument(
        "--isolated",
        action="store_true",
        help=say("negeer alle configuratiebestanden", "ignore all configuration files"),
    )
    add_plugin_options(parser, say)
    parser.add_argument(
        "--profile",
        choices=("basis", "streng"),
        help=say(
            "basis = het sjabloon; streng = plus strengere controles (standaard: de configuratie, anders basis)",
            "basis = the template; streng = plus stricter checks (default: the configuration, else basis)",
        ),
    )
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=iso_date, help=argparse.SUPPRESS)
