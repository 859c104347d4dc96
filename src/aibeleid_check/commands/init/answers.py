"""``init``'s answers: what the questions (or flags) ask for, read from the flags, and made safe to write.

Every answer is cleaned once, here: control characters (a pasted ``\\x07``, a newline, an escape sequence)
become spaces and runs of white space one space, so no writer can produce a file that fails its own check
or gains a line (issue 12.22).
"""

from __future__ import annotations

import argparse
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from aibeleid_check import values
from aibeleid_check.errors import UsageError
from aibeleid_check.options import Say, add_lang

DEFAULT_APPLIES_TO = "Alle medewerkers"
DEFAULT_APPLIES_TO_EN = "All staff"
FORMATS = ("yaml", "md", "docx")
_FORMAT_OF_SUFFIX = {".yaml": "yaml", ".yml": "yaml", ".md": "md", ".markdown": "md", ".docx": "docx"}


@dataclass
class ToolAnswer:
    name: str
    agreement: str | None = None
    personal_data: bool = False


@dataclass
class Answers:
    """``None`` means not answered: a document then keeps the template's question in that field."""

    organisation: str | None = None
    tools: list[ToolAnswer] = field(default_factory=list)
    contact: str | None = None
    email: str | None = None
    phone: str | None = None
    applies_to: str | None = None
    start: date | None = None


def default_applies_to(lang: str) -> str:
    """Who the policy covers unless the answers say otherwise, in the document's language."""
    return DEFAULT_APPLIES_TO_EN if lang == "en" else DEFAULT_APPLIES_TO


def clean(text: str | None) -> str | None:
    """One line without control or format characters; ``None`` for an empty answer or a placeholder."""
    if text is None:
        return None
    kept = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)
    kept = " ".join(kept.split())
    return None if values.is_placeholder(kept) else kept


def add_arguments(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument(
        "path", nargs="?", default=None, metavar=say("PAD", "PATH"),
        help=say("het nieuwe beleid (standaard ai-beleid.yaml, .md of .docx)",
                 "the new policy (default ai-beleid.yaml, .md or .docx)"),
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=FORMATS, default=None,
        help=say("yaml (standaard), md (Markdown) of docx (Word, om in te vullen); anders volgt het de extensie",
                 "yaml (default), md (Markdown) or docx (Word, to fill in); otherwise it follows the extension"),
    )  # fmt: skip
    english = say("nl", "en") == "en"

    def names(dutch: str, english_name: str) -> list[str]:  # the run's language first; both are accepted
        return [english_name, dutch] if english else [dutch, english_name]

    parser.add_argument(
        *names("--organisatie", "--organisation"), dest="organisatie", metavar=say("NAAM", "NAME"),
        help=say("naam van de organisatie", "name of the organisation"),
    )  # fmt: skip
    parser.add_argument(
        "--tool", action="append", default=[],
        metavar=say("NAAM[:OVEREENKOMST[:PERSOONSGEGEVENS]]", "NAME[:AGREEMENT[:PERSONAL_DATA]]"),
        help=say("goedgekeurde tool (herhaalbaar); OVEREENKOMST: ja, nee, aangevraagd, niet-nodig; "
                 "PERSOONSGEGEVENS: ja of nee",
                 "approved tool (repeatable); AGREEMENT: ja, nee, aangevraagd, niet-nodig; PERSONAL_DATA: ja or nee"),
    )  # fmt: skip
    parser.add_argument(
        *names("--aanspreekpunt", "--contact"), dest="aanspreekpunt", metavar=say("NAAM", "NAME"),
        help=say("aanspreekpunt bij twijfel", "contact person for doubts"),
    )  # fmt: skip
    parser.add_argument(
        "--email", metavar=say("ADRES", "ADDRESS"), help=say("e-mail van het aanspreekpunt", "the contact's e-mail")
    )
    parser.add_argument(
        *names("--telefoon", "--phone"), dest="telefoon", metavar=say("NUMMER", "NUMBER"),
        help=say("telefoon van het aanspreekpunt", "the contact's phone"),
    )  # fmt: skip
    parser.add_argument(
        *names("--geldt-voor", "--applies-to"), dest="geldt_voor", metavar=say("WIE", "WHO"),
        help=say("voor wie het beleid geldt", "who the policy applies to"),
    )  # fmt: skip
    parser.add_argument(
        *names("--ingangsdatum", "--start-date"), dest="ingangsdatum", metavar=say("DATUM", "DATE"),
        help=say("ingangsdatum (2026-01-01 of 1-1-2026)", "start date (2026-01-01 or 1-1-2026)"),
    )  # fmt: skip
    parser.add_argument(
        "--no-input", action="store_true",
        help=say("stel geen vragen; gebruik alleen de opties (een .md of .docx houdt dan de vragen van het sjabloon)",
                 "ask nothing; use the options only (a .md or .docx then keeps the template's questions)"),
    )  # fmt: skip
    add_lang(parser, say, default="nl")


def target(args: argparse.Namespace) -> tuple[str, str]:
    """The path to write and its format: ``--format`` decides, else the extension, else YAML. A path whose
    extension names another format than ``--format`` is a usage error (a Word file called beleid.yaml)."""
    by_suffix = _FORMAT_OF_SUFFIX.get(_suffix(args.path))
    form = args.format or by_suffix or "yaml"
    if args.format and by_suffix and by_suffix != args.format:
        raise _error(
            f"'{args.path}' past niet bij --format {args.format}: noem het bestand *.{args.format}",
            f"'{args.path}' does not match --format {args.format}: name the file *.{args.format}",
            args.lang,
        )
    path = args.path or f"ai-beleid.{'yaml' if form == 'yaml' else form}"
    return path, form


def _suffix(path: str | None) -> str:
    return "." + path.rsplit(".", 1)[-1].lower() if path and "." in path else ""


def from_flags(args: argparse.Namespace) -> Answers:
    answers = Answers(
        organisation=clean(args.organisatie),
        tools=[parse_tool_spec(spec, args.lang) for spec in args.tool],
        contact=clean(args.aanspreekpunt),
        email=clean(args.email),
        phone=clean(args.telefoon),
        applies_to=clean(args.geldt_voor),
    )
    if args.ingangsdatum:
        answers.start = _flag_date(args.ingangsdatum, args.lang)
    return answers


def _error(nl: str, en: str, lang: str) -> UsageError:
    return UsageError(f"aibeleid-check: {en if lang == 'en' else nl}")


def parse_tool_spec(spec: str, lang: str = "nl") -> ToolAnswer:
    """``NAAM[:OVEREENKOMST[:PERSOONSGEGEVENS]]``; a colon that is not followed by those values is part of the name."""
    for parts in (spec.rsplit(":", 2), spec.rsplit(":", 1)):
        if len(parts) > 1 and _is_agreement(parts[1]) and (len(parts) == 2 or _is_yes_no(parts[2])):
            tool = ToolAnswer(clean(parts[0]) or "", values.parse_agreement(parts[1]))
            tool.personal_data = len(parts) == 3 and values.parse_yes_no(parts[2]) is True
            break
    else:
        tool = ToolAnswer(clean(spec) or "")
    if not tool.name:
        raise _error(
            f"--tool '{spec}': de naam van de tool ontbreekt", f"--tool '{spec}': the tool's name is missing", lang
        )
    if tool.personal_data and tool.agreement != "ja":
        raise _error(
            f"--tool '{spec}': persoonsgegevens alleen met verwerkersovereenkomst 'ja'",
            f"--tool '{spec}': personal data only with a processing agreement 'ja'",
            lang,
        )
    return tool


def _is_agreement(text: str) -> bool:
    try:
        return values.parse_agreement(text) is not None
    except values.ValueProblem:
        return False


def _is_yes_no(text: str) -> bool:
    try:
        return values.parse_yes_no(text) is not None
    except values.ValueProblem:
        return False


def _flag_date(text: str, lang: str) -> date:
    try:
        parsed = values.parse_date(text)
    except values.ValueProblem as problem:
        raise _error(f"--ingangsdatum: {problem.message.nl}", f"--start-date: {problem.message.en}", lang) from None
    if parsed is None:
        raise _error(f"--ingangsdatum '{text}' is geen datum", f"--start-date '{text}' is not a date", lang)
    return parsed


def missing_flags(answers: Answers, lang: str = "nl") -> list[str]:
    english = lang == "en"
    missing = []
    if answers.organisation is None:
        missing.append("--organisation" if english else "--organisatie")
    agreement = "AGREEMENT" if english else "OVEREENKOMST"
    if not answers.tools:
        missing.append("--tool NAME:AGREEMENT" if english else "--tool NAAM:OVEREENKOMST")
    missing += [f"--tool '{tool.name}:{agreement}'" for tool in answers.tools if tool.agreement is None]
    if answers.contact is None:
        missing.append("--contact" if english else "--aanspreekpunt")
    if answers.email is None and answers.phone is None:
        missing.append("--email or --phone" if english else "--email of --telefoon")
    return missing


def require_complete(answers: Answers, lang: str) -> None:
    missing = missing_flags(answers, lang)
    if missing:
        raise _error(
            "init zonder vragen mist: " + ", ".join(missing),
            "init without questions lacks: " + ", ".join(missing),
            lang,
        )
