"""``aibeleid-check herken "TEKST"`` (alias ``recognise``): which template rules a sentence states, and why.

A policy writer tests a sentence before putting it in the policy. Prints, per rule read in the text, the
rule id, the force (verbod, beperking, plicht; toestemming and voorwaarde do not count), the words that
carried it and the words that gave the force. ``--lijst mag_niet|moet|mag`` reads the text as an item of
that list (a bare "Klantgegevens invoeren" is a prohibition under ``mag_niet``); without it the force comes from
the sentence alone. When no rule is read, it says what the text came near (a protected object but no act with AI,
a decision word but nobody forbidden to decide). Exit 0 when at least one rule counts, 1 when none does.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.meaning import Force, Recognition, explain, near_misses
from aibeleid_check.meaning.near import NearMiss, near_message
from aibeleid_check.options import Say, add_lang
from aibeleid_check.texts import Catalogue, Message

FORCES = {
    Force.PROHIBITION: Message(nl="verbod", en="prohibition"),
    Force.LIMIT: Message(nl="beperking", en="limit"),
    Force.OBLIGATION: Message(nl="plicht", en="obligation"),
    Force.STATEMENT: Message(nl="regel zonder verbodswoord", en="rule without a word of force"),
    Force.PERMISSION: Message(nl="toestemming (telt niet)", en="permission (does not count)"),
    Force.CONDITION: Message(nl="voorwaarde bij een toestemming", en="condition of a permission"),
    Force.QUESTION: Message(nl="vraag zonder antwoord (telt niet)", en="question without an answer (does not count)"),
    Force.AIM: Message(nl="doel of strekking (telt niet)", en="aim or purpose (does not count)"),
}
TEXTS = Catalogue(
    {
        "counts": Message(nl="telt als {rule}", en="counts as {rule}"),
        "read": Message(nl="gelezen als {rule}, telt niet", en="read as {rule}, does not count"),
        "force": Message(nl="kracht", en="force"),
        "words": Message(nl="woorden", en="words"),
        "markers": Message(nl="door", en="from"),
        "list": Message(nl="de lijst", en="the list"),
        "sentence": Message(nl="de zin zelf, zonder markeerwoord", en="the sentence itself, no marker word"),
        "none": Message(
            nl="Geen van de vier regels van het sjabloon herkend.",
            en="None of the template's four rules recognised.",
        ),
    }
)


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "text", metavar=say("TEKST", "TEXT"), help=say("de zin of regel om te lezen", "the sentence or rule to read")
    )
    parser.add_argument(
        "--lijst",
        "--list",
        dest="kind",
        choices=("mag_niet", "moet", "mag"),
        help=say("lees de tekst als item van deze lijst", "read the text as an item of this list"),
    )
    add_lang(parser, say, default="nl")
    parser.epilog = say(*EPILOG)


EPILOG = (
    "afsluitcodes:\n"
    "  0  de tekst telt als minstens een van de vier regels van het sjabloon\n"
    "  1  de tekst telt als geen van de vier\n"
    "  2  gebruiksfout\n\n"
    "voorbeelden:\n"
    '  aibeleid-check herken "Voer nooit klantgegevens in ChatGPT in."\n'
    '  aibeleid-check herken --lijst moet "Lees alles wat AI schrijft na."',
    "exit codes:\n"
    "  0  the text counts as at least one of the template's four rules\n"
    "  1  the text counts as none of them\n"
    "  2  usage error\n\n"
    "examples:\n"
    '  aibeleid-check recognise --lang en "Never paste customer data into ChatGPT."\n'
    '  aibeleid-check recognise --lang en --list moet "Always check what AI writes."',
)
"""herken's own exit codes and examples; the other commands' epilog is about checking files."""


def run(args: argparse.Namespace) -> ExitStatus:
    lang = "en" if args.lang == "en" else "nl"
    found = explain(args.text, args.kind)
    near = near_misses(args.text, args.kind) if not found else ()
    write(found, lang, sys.stdout, kind=args.kind, near=near)
    return ExitStatus.SUCCESS if any(item.counts for item in found) else ExitStatus.FAILURE


def write(
    found: tuple[Recognition, ...],
    lang: str,
    out: TextIO,
    kind: str | None = None,
    near: tuple[NearMiss, ...] = (),
) -> None:
    """What ``explain`` read, per rule; ``kind`` is the list the text was read in (the force it gave is named only
    then); ``near`` what the text came near when nothing was read."""
    if not found:
        out.write(TEXTS.text("none", lang) + "\n")
        for miss in near:
            out.write(f"  {_near_text(miss, lang)}\n")
        return
    for item in found:
        key = "counts" if item.counts else "read"
        out.write(TEXTS.text(key, lang, rule=item.rule) + "\n")
        out.write(f"  {TEXTS.text('force', lang)}: {FORCES[item.force].text(lang)}")
        given = "list" if kind else "sentence"
        markers = ", ".join(item.markers) if item.markers else TEXTS.text(given, lang)
        out.write(f" ({TEXTS.text('markers', lang)}: {_visible(markers)})\n")
        out.write(f"  {TEXTS.text('words', lang)}: {_visible(', '.join(item.words))}\n")


def _near_text(miss: NearMiss, lang: str) -> str:
    return _visible(near_message(miss).text(lang))


def _visible(text: str) -> str:
    """Words come from user input; show control characters visibly (they are already normalised away)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
