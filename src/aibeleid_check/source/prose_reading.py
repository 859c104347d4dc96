"""Text outside every section, read sentence by sentence: kept for the meaning of its sentences
(``Document.loose``, where the four template prohibitions are found), and read for the fields a sentence states
when no label gives them: the scope and the start date (:mod:`prose_fields`), the tools
(:mod:`tool_reading`) and the contact ("If you are unsure, speak to our Practice Manager, Angela Morris, on …",
or the writer of a memo: "ask me directly"). A paragraph whose last sentence ends in a colon leads the list
under it. :func:`fields_from_sentences` gives those fields at the end, after every label has had its say.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aibeleid_check.source import labels
from aibeleid_check.source.contact_text import role_in_sentence
from aibeleid_check.source.filling import RULE_KINDS, State, append, mark_key, set_value
from aibeleid_check.source.memo import FIRST_PERSON, writer_fields
from aibeleid_check.source.negation import NEGATED
from aibeleid_check.source.prose_fields import describes_readers, fields_in, names_its_own_scope
from aibeleid_check.source.reading import Block, rule_item
from aibeleid_check.source.rule_wording import YES_IN_WORDS, answer_kind, asked_permission
from aibeleid_check.source.sections import colon_list, open_section
from aibeleid_check.source.tool_reading import stated_tools, tools_in_prose
from aibeleid_check.source.tool_spec import contact_in_prose, shared_details, tools_in_sentence

_BARE_ITEM_WORDS = 6


def loose(state: State, block: Block, text: str) -> None:
    """Text outside every section, read by meaning. A paragraph whose last sentence ends in a colon leads
    the list under it: a short lead that names a rule list opens it ("What it cannot be used for:",
    "Permitted uses include:"); another lead is read with each short item, as a person reads it ("The
    following data may not be entered into AI tools:" then "- customer records")."""
    if not text or block.kind not in ("para", "item"):
        return
    if block.kind == "item" and state.lead and len(text.split()) <= _BARE_ITEM_WORDS:
        state.doc.loose.append((f"{state.lead} {text}", block.line, block.column))
        return
    before, lead, opens = colon_lead(block, text)
    section = state.section
    if opens in RULE_KINDS and not before:
        open_section(state, opens, block, text)
        colon_list(state, section)
        return
    state.lead = "" if opens in RULE_KINDS else lead
    state.doc.loose.append((before if opens in RULE_KINDS else text, block.line, block.column))
    if block.kind in ("para", "item"):  # ("1. This policy applies to all staff …" in a list without headings)
        for target, value, offset in fields_in(text):  # "This policy applies to all staff."
            if target == "geldt_voor" and _described_scope(state) and not describes_readers(text):
                state.prose[target] = (value, block, offset)  # (after "This page sets out how our staff …")
            state.prose.setdefault(target, (value, block, offset))
        fields_of_rule(state, block, text)  # the tools or the contact a sentence names ("Questions? Ask …")
        _answered_permission(state, block, text)
    if opens in RULE_KINDS:
        open_section(state, opens, block, lead)  # "… data. Permitted uses include:" above its list
        colon_list(state, section)


def _described_scope(state: State) -> bool:
    """The scope read so far came from a description of the page ("This page sets out how our staff may …")."""
    found = state.prose.get("geldt_voor")
    return found is not None and describes_readers(found[1].text)


def fields_of_rule(state: State, block: Block, text: str) -> None:
    """A rule item under a rules heading that also names the tools or the contact ("Only use ChatGPT Team and
    Microsoft Copilot.", "If in doubt, contact Sanne de Boer (sanne@…)."): the item stays a rule, and the field
    is read as a sentence gives it, when no label gives it."""
    for sentence in answered_sentences(text):
        _tools_or_contact(state, block, text, sentence)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\bext\.)(?<!\btel\.)(?<!\btst\.)(?<!\bnr\.)\s+")
"""Where a sentence ends: not after an abbreviation before its number ("Bel Priya, ext. 4417")."""


def _answered_permission(state: State, block: Block, text: str) -> None:
    """A sentence that reports a question whether AI may be used, and the yes that answers it ("A few of you
    asked whether AI is OK for club work. Yes, for newsletters, training schedules and match reports."): the
    two together are a permission (DIT MAG), as a "Yes" under the question "May I …?" is."""
    sentences = _SENTENCE_BREAK.split(text)
    for question, answer in zip(sentences, sentences[1:], strict=False):
        answered = answer_kind(answer)
        in_words = YES_IN_WORDS.match(answer) is not None and not NEGATED.search(answer)
        if asked_permission(question) and (answered is not None and answered[0] == "mag" or in_words):
            rule = f"{question} {answer}"
            at = Block(block.kind, rule, *state.at(block, text.find(question)))
            mark_key(state, "mag", at)
            append(state, "mag", rule_item(rule, "mag"), at)


_FIELD_QUESTION = re.compile(
    r"^(?:any\s+)?(?:questions?|vragen|twijfel(?:\s+je|\s+u)?|in\s+doubt|not\s+sure|unsure|doubts?)\b[^?.!]{0,60}\?\s+\S",
    re.IGNORECASE,
)


_SHORT_QUESTION_WORDS = 6


def answered_sentences(text: str) -> list[str]:
    """The sentences of a paragraph, a short question kept with the sentence that answers it ("Vragen? Sanne de
    Wit, sanne@…", "Questions? Our office manager, 020 …"), as the text has them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*_SENTENCE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        previous = text[spans[-1][0] : spans[-1][1]] if spans else ""
        if previous.endswith("?") and len(previous.split()) <= _SHORT_QUESTION_WORDS:
            spans[-1] = (spans[-1][0], end)
        elif end > start:
            spans.append((start, end))
        start = match.end() if match else end
    return [text[begin:end] for begin, end in spans]


@lru_cache(maxsize=256)  # (a paragraph is asked up to four times while its section is decided)
def stated_fields(text: str) -> frozenset[str]:
    """The fields a paragraph states in sentences of its own: the scope and the start date ("Applies to all
    instructors and the office, from 1 January 2026."), the tools ("The approved tools are …") and the
    contact ("Questions? Ask Peter van Dijk, 06 …", "Vragen over deze afspraken? Neem contact op met …")."""
    found = {target for target, _, _ in fields_in(text)}
    sentences = _SENTENCE_BREAK.split(text)
    if any(tools_in_sentence(sentence) or shared_details(sentence) for sentence in sentences):
        found.add("goedgekeurde_tools")  # (or what all of them have: "Voor beide tools hebben we een …")
    if _FIELD_QUESTION.match(text) or any(contact_in_prose(sentence) is not None for sentence in sentences):
        found.add("aanspreekpunt")
    return frozenset(found)


def colon_lead(block: Block, text: str) -> tuple[str, str, str | None]:
    """A paragraph whose last sentence ends in a colon: (the text before that sentence, the sentence, the
    section its words name as a heading would, or None). ``(text, "", None)`` for any other block."""
    lead = _SENTENCE_BREAK.split(text)[-1] if block.kind == "para" and text.endswith(":") else ""
    opens = labels.classify(lead, heading=True) if lead else None
    return text[: len(text) - len(lead)].strip(), lead, opens


def _tools_or_contact(state: State, block: Block, text: str, sentence: str) -> None:
    """ "The only approved tools are Microsoft 365 Copilot (…) and ChatGPT Team (…).", "If you are unsure,
    speak to our Collections Manager, Fiona Reid, on …": the tools and the contact a memo gives in prose."""
    offset = text.find(sentence)
    if tools_in_prose(state, block, offset, sentence):
        return
    if "aanspreekpunt" not in state.prose:
        contact = contact_in_prose(sentence)
        if contact is not None:
            state.prose["aanspreekpunt"] = (contact, block, offset)
        elif state.me_contact is None and FIRST_PERSON.search(sentence):
            state.me_contact = (sentence, block, offset)
        elif state.role_contact is None and (role := role_in_sentence(sentence)):
            state.role_contact = (role, block, offset + sentence.find(role))


def _memo_scope(state: State, block: Block) -> bool:
    """The memo's own scope sentence replaces its To:/Aan: line: always after a mailing list ("To: Team Apotheek
    De Linde"), and after people ("Aan: alle medewerkers") when the sentence names the page's own rules ("These
    agreements apply to all staff, taproom staff and temporary workers", "Deze afspraken gelden voor …")."""
    return state.addressed or ("geldt_voor" in state.soft and names_its_own_scope(block.text))


def fields_from_sentences(state: State) -> None:
    """The fields only a sentence gave, after every label has had its say. Two or more of them make a
    policy of a text without any heading of the template (a director's memo)."""
    given = 0
    for target, (value, block, offset) in state.prose.items():
        if state.data.get(target) is not None and not (target == "geldt_voor" and _memo_scope(state, block)):
            continue
        given += 1
        at = Block(block.kind, block.text, *state.at(block, offset))  # where the value is: its line and column
        if target == "goedgekeurde_tools":
            stated_tools(state, block, at, value)
        else:
            set_value(state, target, value, at, at)
    if given >= PROSE_FIELDS_FOR_A_POLICY:
        state.seen_structure = True
    if state.seen_structure:
        writer_fields(state)
        _role_contact(state)


def _role_contact(state: State) -> None:
    """The role a sentence sends doubts to ("Questions? Talk to your supervisor."), when nothing names the contact:
    the contact is that role, and AIB501 says how to reach it is missing."""
    if state.role_contact is None or state.data.get("aanspreekpunt") is not None:
        return
    role, block, offset = state.role_contact
    at = Block(block.kind, block.text, *state.at(block, offset))
    set_value(state, "aanspreekpunt", {"rol": role}, at, at)


PROSE_FIELDS_FOR_A_POLICY = 2
