"""``init``'s output: the answers as the template in YAML (with the template's words as comments), Markdown
or Word, written to a new file that is never an existing one.

The YAML policy starts with a ``yaml-language-server`` modeline that names ``aibeleid.schema.json`` beside
it; that schema is written there too (when no file of that name exists yet), so the new policy opens in an
editor with completion and without a schema error. A document keeps the template's question in every field
that was not answered, and the tools table with empty rows to fill in.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date

from aibeleid_check import template
from aibeleid_check.commands.init.answers import Answers, ToolAnswer, default_applies_to
from aibeleid_check.errors import UsageError
from aibeleid_check.outputs import display_path
from aibeleid_check.writers import Draft
from aibeleid_check.writers import write as write_document
from aibeleid_check.writers.yaml import scalar

SCHEMA_FILE = "aibeleid.schema.json"


QUALIFIED_PROHIBITION = (
    "Klant- of persoonsgegevens invoeren (namen, adressen, dossiers, e-mails), behalve in de tools hieronder "
    "met 'ja, mag'."
)
QUALIFIED_PROHIBITION_EN = (
    "Entering customer or personal data (names, addresses, files, e-mails), except in the tools below marked "
    "'yes, allowed'."
)
"""The template's first prohibition when a tool may take personal data: as written it would contradict it."""


def _qualified(answers: Answers) -> bool:
    return any(tool.personal_data for tool in answers.tools)


def render(answers: Answers, form: str, filename: str, lang: str = "nl") -> bytes:
    if form == "yaml":
        return render_policy(answers, filename, lang).encode("utf-8")
    return write_document(draft(answers, lang), "docx" if form == "docx" else "markdown")


def draft(answers: Answers, lang: str = "nl") -> Draft:
    """The template with the answers filled in and every other field empty (its question stays), with the
    labels, questions and template rules in ``lang`` (the readers read both languages)."""
    rules = {
        "mag": [{"id": rule.id} for rule in template.ALLOWED],
        "mag_niet": [{"id": rule.id} for rule in template.FORBIDDEN],
    }
    if _qualified(answers):
        rules["mag_niet"][0]["tekst"] = QUALIFIED_PROHIBITION_EN if lang == "en" else QUALIFIED_PROHIBITION
    data: dict[str, object] = {"organisatie": answers.organisation, "regels": rules}
    data["goedgekeurde_tools"] = [_tool(tool, lang) for tool in answers.tools] or None
    contact = {
        key: value
        for key, value in (("naam", answers.contact), ("email", answers.email), ("telefoon", answers.phone))
        if value
    }
    data["aanspreekpunt"] = contact or None
    data["geldt_voor"] = answers.applies_to
    data["ingangsdatum"] = answers.start.isoformat() if answers.start else None
    if answers.start:
        data["herzieningsdatum"] = _a_year_later(answers.start).isoformat()
        data["versie"] = "1.0"
    return Draft(data=data, lang=lang)


_ENGLISH_VALUES = {"ja": "yes", "nee": "no", "aangevraagd": "requested", "niet-nodig": "not needed"}


def _tool(tool: ToolAnswer, lang: str = "nl") -> dict[str, object]:
    def word(value: str | None) -> str | None:  # the English words the readers take for the same values
        return _ENGLISH_VALUES.get(value, value) if lang == "en" and value else value

    return {
        "naam": tool.name,
        "verwerkersovereenkomst": word(tool.agreement),
        "persoonsgegevens": word("ja" if tool.personal_data else "nee"),
    }


def render_policy(answers: Answers, filename: str = "ai-beleid.yaml", lang: str = "nl") -> str:
    """The answers as a YAML policy with the template's words as comments, in ``lang``. The keys are the
    format's canonical Dutch keys in both languages (docs/format.md); in English each comment gives the
    English name of its key, and the personal-data exception is the English template text."""
    en = lang == "en"
    start = answers.start or date.today()
    shown = _one_line(display_path(filename))
    organisation = _one_line(answers.organisation)
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_FILE}",
        f'# AI usage policy of {organisation}, following the template "AI usage policy" (one A4).'
        if en
        else f'# AI-gebruiksbeleid van {organisation}, volgens het sjabloon "AI-gebruiksbeleid" (één A4).',
        f"# {'Check with' if en else 'Controleer met'}: aibeleid-check check {shown}",
        *(["# The keys are the format's canonical Dutch names; the comments give their English names."] if en else []),
        "",
        f"organisatie: {scalar(answers.organisation)}" + _english_name(en, "organisation"),
        "",
        *(
            [
                "# What is allowed, and what is not: the template's basic rules (their text in the comment).",
                '# Adjust them if needed; a rule of your own: - "In your own words, in quotation marks."',
            ]
            if en
            else [
                "# Wat mag wel, en wat niet: de basisregels van het sjabloon (tekst in het commentaar).",
                '# Pas ze aan als dat nodig is; een eigen regel: - "In eigen woorden, tussen aanhalingstekens."',
            ]
        ),
        "regels:" + _english_name(en, "rules"),
        *_rule_lines("mag", template.ALLOWED, lang=lang),
        *_rule_lines("mag_niet", template.FORBIDDEN, _qualified(answers), lang),
        "",
        *_field_comment("goedgekeurde_tools", lang),
        *(
            [
                "# naam: name; verwerkersovereenkomst: processing agreement, ja (yes) | nee (no) | aangevraagd "
                "(requested) | niet-nodig (not needed).",
                "# persoonsgegevens: may personal data go in? ja only for a tool with a processing agreement; "
                "when in doubt: nee.",
            ]
            if en
            else [
                "# verwerkersovereenkomst: ja | nee | aangevraagd | niet-nodig.",
                "# persoonsgegevens: ja alleen voor een tool met verwerkersovereenkomst; bij twijfel: nee.",
            ]
        ),
        "goedgekeurde_tools:" + _english_name(en, "approved tools"),
        *[line for tool in answers.tools for line in _tool_lines(tool)],
        "",
        *_field_comment("aanspreekpunt", lang),
        "aanspreekpunt:" + _english_name(en, "contact"),
        f"  naam: {scalar(answers.contact)}" + _english_name(en, "name"),
        *([f"  email: {scalar(answers.email)}"] if answers.email else []),
        *([f"  telefoon: {scalar(answers.phone)}" + _english_name(en, "phone")] if answers.phone else []),
        "",
        *_field_comment("geldt_voor", lang),
        f"geldt_voor: {scalar(answers.applies_to or default_applies_to(lang))}" + _english_name(en, "applies to"),
        "",
        *_field_comment("ingangsdatum", lang),
        f"ingangsdatum: {start.isoformat()}" + _english_name(en, "effective date"),
        f"herzieningsdatum: {_a_year_later(start).isoformat()}  # "
        + ("review date: look at the policy again then" if en else "bekijk het beleid dan opnieuw"),
        'versie: "1.0"' + _english_name(en, "version"),
    ]
    return "\n".join(lines) + "\n"


def _english_name(en: bool, name: str) -> str:
    """The comment after a key in an English policy: the key's English name (nothing in Dutch)."""
    return f"  # {name}" if en else ""


def _one_line(text: str | None) -> str:
    """For a comment: one line, with control characters shown as escapes (a file name may hold a newline)."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in (text or ""))


def _rule_lines(
    kind: str, rules: tuple[template.TemplateRule, ...], qualified: bool = False, lang: str = "nl"
) -> list[str]:
    heading = template.HEADING_ALLOWED if kind == "mag" else template.HEADING_FORBIDDEN
    lines = [f"  {kind}:  # {heading.text(lang)}"]
    for rule in rules:
        lines.append(f"    - id: {rule.id}  # {rule.text.text(lang)}")
        if qualified and rule.id == "geen-persoonsgegevens":  # a tool may take personal data: say which
            exception = QUALIFIED_PROHIBITION_EN if lang == "en" else QUALIFIED_PROHIBITION
            lines.append(f"      tekst: {scalar(exception)}" + ("  # text" if lang == "en" else ""))
    return lines


def _field_comment(key: str, lang: str = "nl") -> list[str]:
    return [f"# {template.FIELD_LABELS[key].text(lang)}: {template.FIELD_QUESTIONS[key].text(lang)}"]


def _tool_lines(tool: ToolAnswer) -> list[str]:
    return [
        f"  - naam: {scalar(tool.name)}",
        f"    verwerkersovereenkomst: {tool.agreement}",
        f"    persoonsgegevens: {'ja' if tool.personal_data else 'nee'}",
    ]


def _a_year_later(day: date) -> date:
    """29 February -> 28 February; a start in 9999 saturates at 31-12-9999 (was: year 10000 is out of range)."""
    from aibeleid_check.values import add_months

    return add_months(day, 12)


def write_new(path: str, data: bytes, lang: str) -> None:
    """Write ``data`` to ``path`` only if nothing is there, all at once: a temporary file beside it, then a
    hard link to the name (which fails when the name exists, also when it appeared a moment ago)."""
    shown = display_path(path)
    if os.path.lexists(path):
        raise _exists(shown, lang)
    folder = os.path.dirname(path) or "."
    handle, temporary = -1, ""
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".aibeleid-init.", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise _exists(shown, lang) from None
        except OSError:  # a file system without hard links
            with open(path, "xb") as stream:
                stream.write(data)
    except FileExistsError:
        raise _exists(shown, lang) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError(
            f"aibeleid-check: kan '{shown}' niet schrijven: {reason}"
            if lang != "en"
            else f"aibeleid-check: cannot write '{shown}': {reason}"
        ) from None
    finally:
        if temporary:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _exists(shown: str, lang: str) -> UsageError:
    return UsageError(
        f"aibeleid-check: '{shown}' exists and is not overwritten"
        if lang == "en"
        else f"aibeleid-check: '{shown}' bestaat al en wordt niet overschreven"
    )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_schema_beside(path: str) -> str | None:
    """Write the JSON Schema the modeline names next to the policy, unless a file of that name is there."""
    target = os.path.join(os.path.dirname(path) or ".", SCHEMA_FILE)
    if os.path.lexists(target):
        return None
    from aibeleid_check.model_schema import policy_schema

    text = json.dumps(policy_schema(), ensure_ascii=False, indent=2) + "\n"
    try:
        write_new(target, text.encode("utf-8"), "nl")
    except UsageError:
        return None  # appeared meanwhile, or the folder is read-only: the policy itself is what counts
    return target
