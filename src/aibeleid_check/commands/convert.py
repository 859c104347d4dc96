"""``aibeleid-check convert IN -o OUT``: a policy from one form into another (.yaml, .md, .docx).

Every field, rule and tool is carried over as the author wrote it (a wrong date stays the wrong text, so the
converted policy has the same findings), and so are suppression comments, each on the value it covers. What
a form cannot hold is said on stderr, never dropped in silence: a heading the reader did not know, a
prohibition that only text outside the sections states (AIB406), or (from YAML into a document) a rule item's
own keys and an id next to the author's own text when that text does not say the same. The output is written atomically and never over the input.
"""

from __future__ import annotations

import argparse
import sys

from aibeleid_check import source
from aibeleid_check.errors import UsageError
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.model.keys import format_path
from aibeleid_check.options import Say, add_lang
from aibeleid_check.outputs import Inputs, display_path, write_atomic
from aibeleid_check.texts import Catalogue, Message, place
from aibeleid_check.writers import draft_from, form_of, write
from aibeleid_check.writers.layout import losses

TEXTS = Catalogue(
    {
        "missing": Message(
            nl="aibeleid-check: '{path}' bestaat niet of is geen bestand",
            en="aibeleid-check: '{path}' does not exist or is not a file",
        ),
        "form": Message(
            nl="aibeleid-check: '{path}': kies .yaml, .md of .docx als uitvoer",
            en="aibeleid-check: '{path}': choose .yaml, .md or .docx as output",
        ),
        "unreadable": Message(
            nl="aibeleid-check: '{path}' kan niet omgezet worden: het is niet te lezen als beleid. "
            "Zie: aibeleid-check check {path}",
            en="aibeleid-check: '{path}' cannot be converted: it cannot be read as a policy. "
            "See: aibeleid-check check {path}",
        ),
        "skipped": Message(
            nl="  niet omgezet: kop '{text}' ({where}), onbekend; wat eronder staat gaat niet mee",
            en="  not converted: heading '{text}' ({where}), unknown; what is under it is not carried over",
        ),
        "loose": Message(
            nl="  niet omgezet: tekst buiten de onderdelen ({where}), die telt als '{rule}'; zet hem onder "
            "DIT NIET of ALTIJD, anders ontbreekt de regel in het nieuwe bestand",
            en="  not converted: text outside the sections ({where}), which counts as '{rule}'; put it under "
            "NOT ALLOWED or ALWAYS, or the new file lacks the rule",
        ),
        "key": Message(
            nl="  niet omgezet: sleutel '{name}' van {where}; in {form} is een regel alleen zijn tekst",
            en="  not converted: key '{name}' of {where}; in {form} a rule is only its text",
        ),
        "id": Message(
            nl="  niet omgezet: id '{name}' van {where}; in {form} telt alleen de tekst, en die zegt niet wat "
            "'{name}' zegt. Begin de tekst met de woorden van de regel of schrijf hem zo dat hij het zegt",
            en="  not converted: id '{name}' of {where}; in {form} only the text counts, and it does not say "
            "what '{name}' says. Start the text with the rule's words or write it so that it says it",
        ),
        "written": Message(nl="Omgezet: {source} → {target}", en="Converted: {source} → {target}"),
    }
)

SUFFIXES = {"markdown": ".md", "docx": ".docx"}


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "input", metavar="IN", help=say("het beleid: .yaml, .md of .docx", "the policy: .yaml, .md or .docx")
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=say("UIT", "OUT"),
        help=say("het nieuwe bestand: .yaml, .md of .docx", "the new file: .yaml, .md or .docx"),
    )
    add_lang(parser, say, default="nl")


def run(args: argparse.Namespace) -> ExitStatus:
    lang = args.lang
    form = form_of(args.output)
    if form is None:
        raise UsageError(TEXTS.text("form", lang, path=display_path(args.output)))
    doc = source.read(args.input)
    if any(problem.kind in (source.SourceKind.UNREADABLE, source.SourceKind.NOT_REGULAR) for problem in doc.problems):
        raise UsageError(TEXTS.text("missing", lang, path=display_path(args.input)))
    if not doc.readable:
        print(TEXTS.text("unreadable", lang, path=display_path(args.input)), file=sys.stderr)
        return ExitStatus.FAILURE
    for problem in doc.problems:
        if problem.kind is source.SourceKind.UNKNOWN_HEADING:
            print(
                TEXTS.text("skipped", lang, text=problem.found, where=_where(doc, problem.line, lang)), file=sys.stderr
            )
    for line, rule in _loose_rules(doc):
        print(TEXTS.text("loose", lang, where=_where(doc, line, lang), rule=rule), file=sys.stderr)
    draft = draft_from(doc)
    if form != "yaml":
        for loss in losses(draft):
            where = format_path(loss.path)
            print(TEXTS.text(loss.what, lang, name=loss.name, where=where, form=SUFFIXES[form]), file=sys.stderr)
    data = write(draft, form)
    write_atomic(args.output, data, inputs=Inputs.of([args.input]))
    print(TEXTS.text("written", lang, source=display_path(args.input), target=display_path(args.output)))
    return ExitStatus.SUCCESS


def _where(doc: source.Document, line: int, lang: str) -> str:
    return place(doc.location_kind, line).text(lang)


def _loose_rules(doc: source.Document) -> list[tuple[int, str]]:
    """The template rules that text outside every section states (AIB406): a form keeps only sections, so
    the converted policy would lack them, unless an item in a section states the rule too (a Word table
    with the prohibition and a sentence under it that repeats it): the new file keeps that item."""
    if not doc.loose:
        return []
    from aibeleid_check import model
    from aibeleid_check.meaning.items import counted_items

    built = model.build(doc)
    items = counted_items(built.policy if built else None, doc.loose)
    kept = {item.rule for item in items if not item.outside_lists}
    found: dict[str, int] = {}
    for item in items:
        if item.at is not None and item.rule not in kept:
            found.setdefault(item.rule, item.at[0])
    return sorted((line, rule) for rule, line in found.items())
