"""``aibeleid-check tools``: the dated catalogue of known AI tools and plans, as a table or as JSON.

Lists the built-in catalogue plus the organisation's catalogue files (config key ``catalogus``, found from
the working directory like every configuration). A catalogue older than twelve months says so on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from typing import TextIO

from aibeleid_check import catalogue
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.options import Say, add_lang
from aibeleid_check.texts import Catalogue, Message
from aibeleid_check.values import format_date

HEADERS = {
    "nl": (
        "id",
        "tool en abonnement",
        "consument",
        "verwerkersovereenkomst",
        "datalocatie",
        "training standaard",
        "gecontroleerd",
    ),
    "en": (
        "id",
        "tool and plan",
        "consumer",
        "processing agreement",
        "data location",
        "training by default",
        "checked",
    ),
}
ANSWERS = {"en": {"ja": "yes", "nee": "no", "onbekend": "unknown"}}


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "--format",
        choices=("rich", "json"),
        default="rich",
        help=say("rich = tabel, json voor tools", "rich = table, json for tools"),
    )
    add_lang(parser, say, default="nl")


def run(args: argparse.Namespace) -> ExitStatus:
    lang = "en" if args.lang == "en" else "nl"
    try:
        loaded = catalogue.load(tuple(_configured_catalogues()))
    except catalogue.CatalogueError as exc:
        print(f"aibeleid-check: {exc.message.text(lang)}", file=sys.stderr)
        return ExitStatus.ERROR
    write(loaded, date.today(), args.format, lang, sys.stdout, sys.stderr)
    return ExitStatus.SUCCESS


def write(loaded: catalogue.Catalogue, today: date, fmt: str, lang: str, out: TextIO, err: TextIO) -> None:
    if loaded.is_stale(today):
        print(_stale_warning(loaded, lang), file=err)
    if fmt == "json":
        json.dump(as_json(loaded, today), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _print_table(loaded, lang, out)


def as_json(loaded: catalogue.Catalogue, today: date) -> dict[str, object]:
    return {
        "bijgewerkt": loaded.updated.isoformat(),
        "verouderd": loaded.is_stale(today),
        "bronnen": [{"bestand": source.name, "bijgewerkt": source.updated.isoformat()} for source in loaded.sources],
        "tools": [entry.model_dump(mode="json") for entry in loaded.entries],
    }


def _configured_catalogues() -> list[str]:
    from aibeleid_check.config import ConfigFinder
    from aibeleid_check.config.settings import catalogue_paths

    found = ConfigFinder().for_folder(os.getcwd())
    return catalogue_paths(found) if found is not None else []


TEXTS = Catalogue(
    {
        "stale": Message(
            nl="aibeleid-check: de toolcatalogus is bijgewerkt op {date}, meer dan {months} maanden geleden; "
            "voorwaarden van leveranciers kunnen veranderd zijn.",
            en="aibeleid-check: the tool catalogue was last updated on {date}, over {months} months ago; "
            "vendors' terms may have changed.",
        ),
        "title": Message(nl="Catalogus van AI-tools (bijgewerkt {date})", en="Catalogue of AI tools (updated {date})"),
        "builtin": Message(nl="ingebouwd", en="built-in"),
        "updated": Message(nl="bijgewerkt", en="updated"),
    }
)


def _stale_warning(loaded: catalogue.Catalogue, lang: str) -> str:
    date_text = format_date(loaded.updated, lang)
    return TEXTS.text("stale", lang, date=date_text, months=catalogue.STALE_AFTER_MONTHS)


def _print_table(loaded: catalogue.Catalogue, lang: str, out: TextIO, width: int | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    title = TEXTS.text("title", lang, date=format_date(loaded.updated, lang))
    table = Table(title=title, header_style="bold", title_justify="left")
    id_header, *headers = HEADERS[lang]
    widest_id = max([len(id_header), *(len(entry.id) for entry in loaded.entries)])
    table.add_column(id_header, no_wrap=True, min_width=widest_id)  # a cut id ("mistral-le-c…") repeats another
    for header in headers:
        table.add_column(header, overflow="fold")
    for entry in loaded.entries:
        table.add_row(*_cells(entry, lang))
    width = width or (None if out.isatty() else 200)
    console = Console(file=out, highlight=False, width=width)
    console.print(table)
    for source in loaded.sources:
        name = TEXTS.text("builtin", lang) if source.name == catalogue.BUILTIN else source.name
        updated = TEXTS.text("updated", lang)
        console.print(f"{name}: {updated} {format_date(source.updated, lang)}", highlight=False, markup=False)


def _cells(entry: catalogue.Entry, lang: str) -> tuple[str, ...]:
    answer = ANSWERS.get(lang, {})
    consumer = "ja" if entry.consument else "nee"
    return (
        entry.id,
        f"{entry.product} — {entry.abonnement}",
        answer.get(consumer, consumer),
        answer.get(entry.verwerkersovereenkomst, entry.verwerkersovereenkomst),
        entry.datalocatie,
        answer.get(entry.training_standaard, entry.training_standaard),
        entry.gecontroleerd.isoformat(),
    )
