"""A field's value under its label or heading: a rule item, a tool (or several in one paragraph), the scope,
the contact (a line, or its parts over two lines), a date (or the date in a sentence under the date's heading),
and a plain value that goes on in its next paragraph. Also the label that carries its value on its own line
("**INGANGSDATUM** 1 maart 2026", "Versie: 1.0", "Wat wel mag: teksten laten opstellen, …").
"""

from __future__ import annotations

import re

from aibeleid_check.source import labels
from aibeleid_check.source.filling import LIST_SECTIONS, RULE_KINDS, State, append, empty, list_of, set_value
from aibeleid_check.source.memo import ADDRESSEE_LABELS, mailing_list
from aibeleid_check.source.prose_fields import date_in, fields_in
from aibeleid_check.source.prose_reading import loose
from aibeleid_check.source.reading import Block, is_question, rule_item
from aibeleid_check.source.sections import colon_list_from, enter_section
from aibeleid_check.source.tool_reading import add_tool, details_after, listed_tools
from aibeleid_check.source.tool_spec import (
    describes_tools,
    outside_brackets,
    parse_contact,
    parse_tool,
    shared_details,
    tool_parts,
)
from aibeleid_check.values import points_below


def open_labelled(state: State, target: str | None, block: Block, label: str) -> None:
    """A label with its value after it in the same paragraph (``block.rest``, or what follows the colon of a
    plain "Versie: 1.0" line) opens ``target`` and gives it that value; a label with nothing (or the template's
    question) after it leaves the field empty."""
    previous = state.section
    opened = enter_section(state, target, block, label)
    if opened is None:
        return
    target = opened
    rest = block.rest
    if not block.label:  # a plain "Versie: 1.0" line
        rest = block.text.partition(":")[2]
    value_block = Block(block.kind, rest.strip(), block.line, block.rest_column if block.label else block.column)
    if not rest.strip() or is_question(rest, block.prompt) or points_below(rest):
        empty(state, target, block)  # ("Tools – zie de lijst hieronder": the list after it is the value)
        return
    read_value(state, target, value_block)
    if target in RULE_KINDS and not block.label:  # "Wat wel mag: teksten laten opstellen, …": one line, and
        colon_list_from(state, target, previous)  # the list under it; a paragraph after it is back where it was
        state.lead_items = True
    if target == "geldt_voor" and labels.norm(label) in ADDRESSEE_LABELS:
        state.section, state.memo = None, True  # a memo's header line: the memo's text follows
        state.soft.add(target)  # (a memo's own "These agreements apply to …" says it more precisely)
        if mailing_list(rest):
            state.addressed = True  # "To: Team Apotheek De Linde": until the memo says whom it is for
    if target not in RULE_KINDS and target not in LIST_SECTIONS:
        state.section = None  # "**Versie:** 1.0": the field is done; prose after it is no part of it


def read_value(state: State, target: str, block: Block) -> None:
    text = block.text.strip()
    if points_below(text):
        empty(state, target, block)  # "Zie de lijst hieronder:" under "## Goedgekeurde tools": no tool of its own
    elif target in RULE_KINDS:
        append(state, target, rule_item(text, target), block)
    elif target == "goedgekeurde_tools":
        _tools_value(state, block, text)
    elif target in ("geldt_voor", "afspraken"):
        if target == "geldt_voor" and (answer := _SCOPE_ANSWER.match(text)):
            text = answer.group(1)  # "To all pharmacists, …." under "Who does this policy apply to?"
        if block.kind == "item" or state.given is not None:  # a second paragraph makes it a list
            append(state, target, text or None, block)
        else:
            set_value(state, target, text, block, block)
            state.given = text
    elif target == "aanspreekpunt":
        _contact_value(state, block, text)
    elif target in _DATES and state.given is None and (len(text.split()) > _DATE_WORDS or _DATE_CUE.match(text)):
        _date_in_sentence(state, target, block, text)
    elif target in _DATES and state.given is not None and target in state.soft:
        loose(state, block, text)  # "Adopted by the management team on …" after "… enters into force on 1 May …"
    else:
        if state.given is not None:  # a value that goes on in the next paragraph
            text = f"{state.given} {text}"
        set_value(state, target, text, block, block, again=state.given is not None)
        state.given = text


def _tools_value(state: State, block: Block, text: str) -> None:
    """The tools a paragraph or item under the tools' label names; a later sentence of the paragraph says what
    goes for one of them ("Voor Canva hebben we geen verwerkersovereenkomst, …") or is a note, read as text."""
    first, later = _first_sentence(text) if block.kind == "para" else (text, [])
    before = len(list_of(state, "goedgekeurde_tools")) if state.data.get("goedgekeurde_tools") else 0
    listed = tool_parts(first) if block.kind == "para" else []
    listed_tools(state, block, listed)  # "Microsoft Copilot (zakelijk account) en DeepL Pro."
    note = block.kind == "para" and (
        _NOTE_SENTENCE.search(outside_brackets(first)) or _OTHER_TOOLS.match(first) or shared_details(first)
    )
    if first and not listed and note:
        loose(state, block, text)  # "Any other tool must be approved by IT first.": a note, no tool
        return
    if first and not listed:
        tool, offsets = parse_tool(first)
        if describes_tools(str(tool.get("naam", ""))):
            loose(state, block, text)  # "Gebruik alleen de programma's die ICT heeft goedgekeurd.": which, not what
            return
        add_tool(state, block, tool, offsets)
    for sentence, offset in later:
        if not details_after(state, block, before, sentence, offset):
            loose(state, Block(block.kind, sentence, *state.at(block, offset)), sentence)


def _first_sentence(text: str) -> tuple[str, list[tuple[str, int]]]:
    """A paragraph's first sentence, and each later one with its offset (a full stop inside brackets ends none)."""
    breaks = [match.end() for match in _SENTENCE_BREAK.finditer(outside_brackets(text))]
    starts = [0, *breaks]
    ends = [*breaks, len(text)]
    sentences = [(text[begin:end].strip(), begin) for begin, end in zip(starts, ends, strict=True)]
    return sentences[0][0], [(sentence, offset) for sentence, offset in sentences[1:] if sentence]


_SENTENCE_BREAK = re.compile(r"(?<=[.!])\s+(?=[A-Z])")


def _contact_value(state: State, block: Block, text: str) -> None:
    if state.given is not None:  # "Marieke de Vries" and her e-mail address on the next line
        text = f"{state.given} · {text}"
    contact, offsets = parse_contact(text)
    set_value(state, "aanspreekpunt", contact, block, block, again=state.given is not None)
    for key, offset in offsets.items():
        part = contact[key] if isinstance(contact, dict) else ""
        if state.given is None or (part and part in block.text):  # on this paragraph: mark it here
            at = state.at(block, block.text.find(part) if state.given is not None else offset)
            state.doc.value_marks[("aanspreekpunt", key)] = state.doc.key_marks[("aanspreekpunt", key)] = at
    state.given = text


def _date_in_sentence(state: State, target: str, block: Block, text: str) -> None:
    """A sentence under a date's heading: "Dit beleid treedt in werking op 1 januari 2026." gives its date (a
    label after it may still say it), "Dit beleid wordt jaarlijks herzien." is about the date, not the date. The
    scope it states as well is read as a sentence outside the sections gives it."""
    found = date_in(text)
    if found is None:
        loose(state, block, text)
        return
    value, offset = found
    dated = Block(block.kind, value, *state.at(block, offset))
    set_value(state, target, value, dated, dated)
    state.soft.add(target)
    state.given = value
    for field, scope, at in fields_in(text):  # "These rules apply from 1 June 2026 to all staff and volunteers."
        if field == "geldt_voor":  # under "7. Scope and effective date": the scope, when no label gives it
            state.prose.setdefault(field, (scope, block, at))


_SCOPE_ANSWER = re.compile(
    r"^(?:to|for|voor|aan)\s+((?:all|every|everyone|each|the|our|alle|iedereen|elke|ieder|iedere|de|het|onze)\b.*?)\.?$",
    re.IGNORECASE | re.DOTALL,
)
_NOTE_SENTENCE = re.compile(
    r"^(?=(?:\S+\s+){6}).*\b(?:must|should|may|can|moet|moeten|mag|mogen|kan|kunnen|is|are|zijn|wordt|worden|need|needs)\b",
    re.IGNORECASE,
)
_OTHER_TOOLS = re.compile(
    r"^(?:any\s+|all\s+|alle\s+)?(?:other|others|andere|overige)\s+(?:ai[- ]?)?"
    r"(?:tools?|apps?|programs?|programma'?s|toepassingen|software)\b",
    re.IGNORECASE,
)
"""A sentence about the tools not named, however short ("Other tools only after approval by compliance.",
"Andere tools alleen na overleg."): a note, no tool."""
_DATES = ("ingangsdatum", "herzieningsdatum")
_DATE_WORDS = 5  # "woensdag 15 april 2026 13:04" is a date; a longer text is a sentence that may hold one
_DATE_CUE = re.compile(
    r"^(?:effective|in\s+force|valid|starting|from|as\s+of|vanaf|per|met\s+ingang\s+van|geldig|ingaand)\b", re.I
)
"""A short text that leads its date in ("effective from 1 March 2026."): the date is in it, not all of it."""
