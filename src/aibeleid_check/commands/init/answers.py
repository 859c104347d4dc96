"""``aibeleid-check init [PATH]``: the template, filled in by questions (or flags), written as a policy.

The questions are the template's four fields plus the organisation. Interactive on a terminal (Rich
prompts, the flags as defaults); with ``--no-input`` or when stdin is not a terminal only the flags are
used, and missing ones are a usage error. The policy keeps the template's rules by id, so that it passes
``aibeleid-check check``. An existing file is never overwritten.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from datetime import date

import yaml

from aibeleid_check import template, values
from aibeleid_check.cli import UsageError
from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.findings import Message

DEFAULT_APPLIES_TO = "Alle medewerkers"
SCHEMA_FILE = "aibeleid.schema.json"


@dataclass
class ToolAnswer:
    name: str
    agreement: str | None = None
    personal_data: bool = False


@dataclass
class Answers:
    organisation: str | None = None
    tools: list[ToolAnswer] = field(default_factory=list)
    contact: str | None = None
    email: str | None = None
    phone: str | None = None
    applies_to: str = DEFAULT_APPLIES_TO
    start: date = field(default_factory=date.today)


def run(args) -> ExitStatus:
    path = args.path
    if os.path.lexists(path):
        raise UsageError(f"aibeleid-check: '{path}' bestaat al en wordt niet overschreven / exists, not overwritten")
    answers = answers_from_flags(args)
    if not args.no_input and sys.stdin.isatty():
        try:
            answers = _ask(answers, args.lang)
        except EOFError:
            raise UsageError("aibeleid-check: init afgebroken, niets geschreven / aborted, nothing written") from None
    else:
        _require_complete(answers)
    _write_new(path, render_policy(answers, os.path.basename(path)))
    say = _texts(args.lang)
    print(say("written").format(path=path))
    return ExitStatus.SUCCESS


# --- from flags ---------------------------------------------------------------------------------------


def answers_from_flags(args) -> Answers:
    answers = Answers(
        organisation=_text(args.organisatie),
        tools=[parse_tool_spec(spec) for spec in args.tool],
        contact=_text(args.aanspreekpunt),
        email=_text(args.email),
        phone=_text(args.telefoon),
    )
    if _text(args.geldt_voor):
        answers.applies_to = args.geldt_voor.strip()
    if args.ingangsdatum:
        answers.start = _flag_date(args.ingangsdatum)
    return answers


def _text(value: str | None) -> str | None:
    return None if values.is_placeholder(value) else value.strip()


def parse_tool_spec(spec: str) -> ToolAnswer:
    """``NAAM[:OVEREENKOMST[:PERSOONSGEGEVENS]]``; a colon that is not followed by those values is part of the name."""
    for parts in (spec.rsplit(":", 2), spec.rsplit(":", 1)):
        if len(parts) > 1 and _is_agreement(parts[1]) and (len(parts) == 2 or _is_yes_no(parts[2])):
            tool = ToolAnswer(parts[0].strip(), values.parse_agreement(parts[1]))
            tool.personal_data = len(parts) == 3 and values.parse_yes_no(parts[2]) is True
            break
    else:
        tool = ToolAnswer(spec.strip())
    if values.is_placeholder(tool.name):
        raise UsageError(f"aibeleid-check: --tool '{spec}': de naam van de tool ontbreekt / the tool's name is missing")
    if tool.personal_data and tool.agreement != "ja":
        raise UsageError(
            f"aibeleid-check: --tool '{spec}': persoonsgegevens alleen met verwerkersovereenkomst 'ja' "
            "/ personal data only with a processing agreement"
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


def _flag_date(text: str) -> date:
    try:
        parsed = values.parse_date(text)
    except values.ValueProblem as problem:
        raise UsageError(f"aibeleid-check: --ingangsdatum: {problem.message.nl} / {problem.message.en}") from None
    if parsed is None:
        raise UsageError(f"aibeleid-check: --ingangsdatum '{text}' is geen datum / is not a date")
    return parsed


def missing_flags(answers: Answers) -> list[str]:
    missing = []
    if answers.organisation is None:
        missing.append("--organisatie")
    if not answers.tools:
        missing.append("--tool NAAM:OVEREENKOMST")
    missing += [f"--tool '{tool.name}:OVEREENKOMST'" for tool in answers.tools if tool.agreement is None]
    if answers.contact is None:
        missing.append("--aanspreekpunt")
    if answers.email is None and answers.phone is None:
        missing.append("--email of/or --telefoon")
    return missing


def _require_complete(answers: Answers) -> None:
    missing = missing_flags(answers)
    if missing:
        raise UsageError(
            "aibeleid-check: init zonder vragen mist / without questions lacks: " + ", ".join(missing)
        )


# --- interactive --------------------------------------------------------------------------------------

TEXTS = {
    "organisation": Message(nl="Naam van de organisatie", en="Name of the organisation"),
    "tool": Message(nl="Naam van een AI-tool (leeg = klaar)", en="Name of an AI tool (empty = done)"),
    "need_tool": Message(nl="Noem minstens één tool.", en="Name at least one tool."),
    "agreement": Message(
        nl="  Is er een verwerkersovereenkomst met de leverancier?",
        en="  Is there a processing agreement with the supplier?",
    ),
    "personal_data": Message(nl="  Mogen er persoonsgegevens in?", en="  May personal data go in?"),
    "yes_no": Message(nl="j/n", en="y/n"),
    "contact": Message(nl="Naam (of functie) van het aanspreekpunt", en="Name (or role) of the contact"),
    "email": Message(nl="E-mailadres (leeg = geen)", en="E-mail address (empty = none)"),
    "phone": Message(nl="Telefoonnummer (leeg = geen)", en="Phone number (empty = none)"),
    "need_reach": Message(
        nl="Geef een e-mailadres of een telefoonnummer, zodat men het aanspreekpunt kan bereiken.",
        en="Give an e-mail address or a phone number, so that people can reach the contact.",
    ),
    "applies_to": Message(nl="Voor wie geldt het beleid?", en="Who does the policy apply to?"),
    "start": Message(nl="Ingangsdatum", en="Effective date"),
    "required": Message(nl="Dit veld is verplicht.", en="This field is required."),
    "written": Message(
        nl="Geschreven: {path}. Controleer het met: aibeleid-check check {path}",
        en="Written: {path}. Check it with: aibeleid-check check {path}",
    ),
}


def _texts(lang: str):
    return lambda key: TEXTS[key].text(lang)


def _ask(answers: Answers, lang: str) -> Answers:
    from rich.console import Console

    console = Console(highlight=False)
    say = _texts(lang)

    def heading(key: str) -> None:
        console.print(f"\n[bold]{template.FIELD_LABELS[key].text(lang)}[/] — {template.FIELD_QUESTIONS[key].text(lang)}")

    answers.organisation = _ask_text(console, say("organisation"), answers.organisation, say)
    heading("goedgekeurde_tools")
    answers.tools = _ask_tools(console, answers.tools, say)
    heading("aanspreekpunt")
    answers.contact = _ask_text(console, say("contact"), answers.contact, say)
    answers.email, answers.phone = _ask_reachable(console, answers, say)
    heading("geldt_voor")
    answers.applies_to = _ask_text(console, say("applies_to"), answers.applies_to, say)
    heading("ingangsdatum")
    answers.start = _ask_date(console, say("start"), answers.start, lang)
    return answers


def _ask_text(console, question: str, default: str | None, say) -> str:
    from rich.prompt import Prompt

    while True:
        answer = Prompt.ask(question, default=default, console=console)
        if not values.is_placeholder(answer):
            return answer.strip()
        console.print(f"[red]{say('required')}[/]")


def _ask_tools(console, given: list[ToolAnswer], say) -> list[ToolAnswer]:
    from rich.prompt import Prompt

    tools = []
    for tool in given:
        if tool.agreement is None:
            tool.agreement = _ask_agreement(console, say)
        tools.append(tool)
    while True:
        name = Prompt.ask(say("tool"), default="", show_default=False, console=console).strip()
        if values.is_placeholder(name):
            if tools:
                return tools
            console.print(f"[red]{say('need_tool')}[/]")
            continue
        tool = ToolAnswer(name, _ask_agreement(console, say))
        if tool.agreement == "ja":
            tool.personal_data = _confirm(console, say("personal_data"), say("yes_no"))
        tools.append(tool)


def _confirm(console, question: str, choices: str) -> bool:
    """Rich's yes/no prompt with the answer letters of the language: j/n in Dutch."""
    from rich.prompt import Confirm

    return Confirm.ask(question, default=False, choices=choices.split("/"), console=console)


def _ask_agreement(console, say) -> str:
    from rich.prompt import Prompt

    return Prompt.ask(
        say("agreement"), choices=list(values.AGREEMENT_VALUES), case_sensitive=False, default="nee", console=console
    )


def _ask_reachable(console, answers: Answers, say) -> tuple[str | None, str | None]:
    from rich.prompt import Prompt

    while True:
        email = _text(Prompt.ask(say("email"), default=answers.email or "", show_default=bool(answers.email),
                                 console=console))
        phone = _text(Prompt.ask(say("phone"), default=answers.phone or "", show_default=bool(answers.phone),
                                 console=console))
        if email or phone:
            return email, phone
        console.print(f"[red]{say('need_reach')}[/]")


def _ask_date(console, question: str, default: date, lang: str) -> date:
    from rich.prompt import Prompt

    while True:
        answer = Prompt.ask(question, default=default.isoformat(), console=console)
        try:
            parsed = values.parse_date(answer)
        except values.ValueProblem as problem:
            console.print(f"[red]{problem.message.text(lang)}[/]")
            continue
        if parsed is not None:
            return parsed


# --- writing ------------------------------------------------------------------------------------------


def render_policy(answers: Answers, filename: str = "ai-beleid.yaml") -> str:
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_FILE}",
        f"# AI-gebruiksbeleid van {_one_line(answers.organisation)}, volgens het sjabloon \"AI-gebruiksbeleid\" (één A4).",
        f"# Controleer met: aibeleid-check check {filename}",
        f"# Schema voor je editor: aibeleid-check schema > {SCHEMA_FILE}",
        "",
        f"organisatie: {scalar(answers.organisation)}",
        "",
        "# Wat mag wel, en wat niet: de basisregels van het sjabloon (tekst in het commentaar).",
        "# Pas ze aan als dat nodig is; een eigen regel: - \"In eigen woorden, tussen aanhalingstekens.\"",
        "regels:",
        *_rule_lines("mag", template.ALLOWED),
        *_rule_lines("mag_niet", template.FORBIDDEN),
        "",
        *_field_comment("goedgekeurde_tools"),
        "# verwerkersovereenkomst: ja | nee | aangevraagd | niet-nodig.",
        "# persoonsgegevens: ja alleen voor een tool met verwerkersovereenkomst; bij twijfel: nee.",
        "goedgekeurde_tools:",
        *[line for tool in answers.tools for line in _tool_lines(tool)],
        "",
        *_field_comment("aanspreekpunt"),
        "aanspreekpunt:",
        f"  naam: {scalar(answers.contact)}",
        *([f"  email: {scalar(answers.email)}"] if answers.email else []),
        *([f"  telefoon: {scalar(answers.phone)}"] if answers.phone else []),
        "",
        *_field_comment("geldt_voor"),
        f"geldt_voor: {scalar(answers.applies_to)}",
        "",
        *_field_comment("ingangsdatum"),
        f"ingangsdatum: {answers.start.isoformat()}",
        f"herzieningsdatum: {_a_year_later(answers.start).isoformat()}  # bekijk het beleid dan opnieuw",
        'versie: "1.0"',
    ]
    return "\n".join(lines) + "\n"


def scalar(text: str) -> str:
    """One YAML scalar on one line, quoted when YAML would otherwise read it differently."""
    dumped = yaml.safe_dump(_one_line(text), allow_unicode=True, default_flow_style=True, width=float("inf"))
    return dumped.removesuffix("\n...\n").rstrip("\n")


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _rule_lines(kind: str, rules) -> list[str]:
    heading = template.HEADING_ALLOWED if kind == "mag" else template.HEADING_FORBIDDEN
    return [f"  {kind}:  # {heading.nl}", *[f"    - id: {rule.id}  # {rule.text.nl}" for rule in rules]]


def _field_comment(key: str) -> list[str]:
    return [f"# {template.FIELD_LABELS[key].nl}: {template.FIELD_QUESTIONS[key].nl}"]


def _tool_lines(tool: ToolAnswer) -> list[str]:
    return [
        f"  - naam: {scalar(tool.name)}",
        f"    verwerkersovereenkomst: {tool.agreement}",
        f"    persoonsgegevens: {'ja' if tool.personal_data else 'nee'}",
    ]


def _a_year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _write_new(path: str, text: str) -> None:
    try:
        with open(path, "x", encoding="utf-8") as stream:
            stream.write(text)
    except FileExistsError:
        raise UsageError(f"aibeleid-check: '{path}' bestaat al en wordt niet overschreven / exists") from None
    except OSError as exc:
        raise UsageError(f"aibeleid-check: kan '{path}' niet schrijven / cannot write: {exc.strerror}") from None
