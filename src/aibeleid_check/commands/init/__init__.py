"""``aibeleid-check init [PATH] [--format yaml|md|docx]``: the template, filled in by questions (or flags).

Three parts: :mod:`.answers` (the flags, and cleaning every answer), :mod:`.prompts` (the questions on a
terminal) and :mod:`.writer` (YAML with the template's words as comments, in Dutch or with ``--lang en`` in
English, or a Markdown/Word document that looks like the template). Interactive on a terminal, with the
flags as defaults. Without a terminal (or with ``--no-input``) only the flags count: a YAML policy then needs
them all (a usage error names the missing ones), while a document is the template to fill in, with the
template's question in every field not given. An existing file is never overwritten.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from aibeleid_check.commands.init.answers import (
    Answers,
    add_arguments,
    clean,
    default_applies_to,
    from_flags,
    missing_flags,
    require_complete,
    target,
)
from aibeleid_check.commands.init.writer import render, render_policy, write_new, write_schema_beside
from aibeleid_check.errors import UsageError
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.outputs import display_path
from aibeleid_check.texts import Catalogue, Message

__all__ = ["Answers", "add_arguments", "clean", "render_policy", "run"]

TEXTS = Catalogue(
    {
        "written": Message(
            nl="Geschreven: {path}. Controleer het met: aibeleid-check check {path}",
            en="Written: {path}. Check it with: aibeleid-check check {path}",
        ),
        "to_fill_in": Message(
            nl="Geschreven: {path}, om in te vullen. Vervang de vragen in het cursief en controleer het daarna met: "
            "aibeleid-check check {path}",
            en="Written: {path}, to fill in. Replace the questions in italics, then check it with: "
            "aibeleid-check check {path}",
        ),
        "schema": Message(nl="Schema voor je editor: {path}", en="Schema for your editor: {path}"),
        "aborted": Message(
            nl="aibeleid-check: init afgebroken, niets geschreven", en="aibeleid-check: init aborted, nothing written"
        ),
    }
)


def run(args: argparse.Namespace) -> ExitStatus:
    lang = args.lang
    path, form = target(args)
    if os.path.lexists(path):
        write_new(path, b"", lang)  # raises the "exists, not overwritten" usage error
    answers = from_flags(args)
    interactive = not args.no_input and sys.stdin.isatty()
    if interactive:
        from aibeleid_check.commands.init.prompts import Asker

        try:
            answers = Asker(lang).all(answers)
        except EOFError:
            raise UsageError(TEXTS.text("aborted", lang)) from None
    elif form == "yaml":
        require_complete(answers, lang)
    if not missing_flags(answers):  # complete: the same defaults as the questions offer
        answers.applies_to = answers.applies_to or default_applies_to(lang)
        answers.start = answers.start or date.today()
    write_new(path, render(answers, form, os.path.basename(path), lang), lang)
    shown = display_path(path)
    complete = not missing_flags(answers)
    print(TEXTS.text("written" if complete else "to_fill_in", lang, path=shown))
    if form == "yaml":
        schema = write_schema_beside(path)
        if schema:
            print(TEXTS.text("schema", lang, path=display_path(schema)))
    return ExitStatus.SUCCESS
