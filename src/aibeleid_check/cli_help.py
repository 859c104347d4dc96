"""The words of the command line: argparse's own strings in Dutch, the help epilog, and the error lines.

argparse looks every one of its texts up through ``gettext`` when it uses them (``argparse._`` and
``argparse.ngettext``). :func:`argparse_language` points those two names at a small catalogue for the
duration of one ``main`` call and puts the originals back afterwards, so ``--help`` says ``gebruik:`` and
``opties:`` and errors say ``ongeldige keuze`` in a Dutch run, while an English run (``--lang en``) keeps
argparse's own English. The catalogue is a :class:`gettext.NullTranslations`, so it is the standard
gettext interface without a compiled ``.mo`` file to ship.
"""

from __future__ import annotations

import argparse
import difflib
import gettext
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.options import Say

ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": "toon deze hulp en stop",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "not allowed with argument %s": "niet toegestaan samen met %s",
    "ignored explicit argument %r": "waarde %r wordt genegeerd",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "one of the arguments %s is required": "een van deze argumenten is verplicht: %s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "unexpected option string: %s": "onverwachte optie: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
}
ARGPARSE_NL_PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("verwacht %s waarde", "verwacht %s waarden"),
    ("conflicting option string: %s", "conflicting option strings: %s"): (
        "optie bestaat al: %s",
        "opties bestaan al: %s",
    ),
}


class _Dutch(gettext.NullTranslations):
    """argparse's strings in Dutch; a string not in the catalogue stays English rather than breaking."""

    def gettext(self, message: str) -> str:
        return ARGPARSE_NL.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        singular, plural = ARGPARSE_NL_PLURAL.get((msgid1, msgid2), (msgid1, msgid2))
        return singular if n == 1 else plural


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse speaks ``lang`` inside the block; outside it, exactly what it spoke before."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    if lang != "en":
        translation = _Dutch()
        argparse._, argparse.ngettext = translation.gettext, translation.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def language_of(argv: Sequence[str]) -> str:
    """The language the command line asks for (``--lang en`` or ``--lang=en``); Dutch otherwise."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "nl"
        if arg.startswith("--lang="):
            return "en" if arg.removeprefix("--lang=") == "en" else "nl"
    return "nl"


def sayer(lang: str) -> Say:
    """``say(nl, en)`` for help texts in ``lang``."""
    if lang == "en":
        return lambda nl, en: en
    return lambda nl, en: nl


def unknown_command(name: str, known: list[str]) -> tuple[str, str]:
    """The usage error for a mistyped command, with the nearest ones."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    listed = ", ".join(known)
    hint_nl = f" Bedoel je {' of '.join(close)}?" if close else ""
    hint_en = f" Did you mean {' or '.join(close)}?" if close else ""
    return (
        f"aibeleid-check: onbekende opdracht '{name}'.{hint_nl} (kies uit: {listed})",
        f"aibeleid-check: unknown command '{name}'.{hint_en} (choose from: {listed})",
    )


EPILOG = {
    "nl": """\
afsluitcodes:
  0  geen bevinding op of boven het faalniveau (standaard: fout; --strict: waarschuwing)
  1  bevindingen op of boven het faalniveau, of een bestand dat niet te lezen is
  2  gebruiksfout, fout in de configuratie of een plugin die niet laadt
  130 afgebroken (Ctrl-C); 143 gestopt (SIGTERM); 141 de uitvoer werd niet meer gelezen (| head)

voorbeelden:
  aibeleid-check check ai-beleid.yaml
  aibeleid-check check klanten/ --report overzicht.html --a4-dir a4/
  aibeleid-check render ai-beleid.yaml -o ai-beleid.pdf""",
    "en": """\
exit codes:
  0  no finding at or above the fail level (default: error; --strict: warning)
  1  findings at or above the fail level, or a file that cannot be read
  2  usage error, broken configuration or a plugin that does not load
  130 interrupted (Ctrl-C); 143 terminated (SIGTERM); 141 the output was no longer read (| head)

examples:
  aibeleid-check check ai-beleid.yaml
  aibeleid-check check clients/ --report overview.html --a4-dir a4/
  aibeleid-check render ai-beleid.yaml -o ai-beleid.pdf""",
}


def epilog(lang: str) -> str:
    return EPILOG["en" if lang == "en" else "nl"]


def broken_pipe() -> int:
    """The reader of stdout went away (``| head -1``): stop quietly, but never report success.

    stdout is pointed at ``/dev/null`` so that the interpreter's last flush does not print a traceback.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (an in-process caller's buffer): nothing will be flushed later
    return ExitStatus.BROKEN_PIPE


def internal_error(exc: Exception, lang: str) -> str:
    name = f"{type(exc).__name__}: {exc}"
    if lang == "en":
        return f"aibeleid-check: internal error ({name}). Please report it with the file that caused it."
    return f"aibeleid-check: interne fout ({name}). Meld dit met het bestand dat het veroorzaakte."


def debug() -> bool:
    return os.environ.get("AIBELEID_CHECK_DEBUG") == "1"
