"""A paragraph that opens with a label and gives its value after it: "Versie: 1.0", "Goedgekeurd: …",
"Aanspreekpunt – Sanne de Vries, …", a label glued to its answer ("INGANGSDATUM15 januari 2026"), a short question
for the tools before its answer ("Waarmee? ChatGPT Team en Copilot").

Pure functions of a :class:`~aibeleid_check.source.reading.Block` or its text, used by
:mod:`aibeleid_check.source.structure`, :mod:`aibeleid_check.source.sections` and both readers.
"""

from __future__ import annotations

import re

from aibeleid_check.source import labels
from aibeleid_check.source.label_words import APPROVED_LABELS
from aibeleid_check.source.reading import Block

MAX_LABEL_WORDS = 6


def plain_label(text: str) -> str:
    """``Versie: 1.0`` without bold: the part before the colon, when it is a known label (or a typo of one)."""
    head, colon, _ = text.partition(":")
    if not colon or len(head.split()) > MAX_LABEL_WORDS:
        return ""
    known = labels.classify_plain(head) not in (None, "~container", "~rules") or labels.norm(head) in APPROVED_LABELS
    return head if known or labels.near_miss(head) else ""


def unglue(block: Block) -> Block:
    """A paragraph whose label ran into its answer ("INGANGSDATUM15 januari 2026", or all of it bold) as the
    label and its answer; any other block as it is."""
    head = block.label or block.text
    if block.kind != "para" or labels.classify(head) is not None or plain_label(block.text):
        return block
    split = labels.glued(head, bold=bool(block.label))
    if split is None:
        return block
    label, answer = split
    rest = f"{answer} {block.rest}".strip() if block.label else answer
    column = block.rest_column if block.label and block.rest else block.column + len(block.text) - len(answer)
    return Block(block.kind, block.text, block.line, block.column, block.level, label, rest, column, block.prompt)


def dash_label(block: Block) -> Block:
    """A plain paragraph that gives a field after a dash ("Aanspreekpunt – Sanne de Vries, sanne@…", "Tools —
    ChatGPT Team, Copilot") as the label and its value, as "Label: value" is read; any other block as it is
    (a title, "Contact – dat doen we persoonlijk.", "Tools – wat zijn dat?")."""
    if block.kind == "para" and block.label and (dash := _DASH_FIRST.match(block.rest)):
        rest, column = block.rest[dash.end() :], block.rest_column + dash.end()  # "**Aanspreekpunt** – Sanne …"
        return Block(
            block.kind, block.text, block.line, block.column, block.level, block.label, rest, column, block.prompt
        )
    found = _field_after_dash(block.text)
    if block.kind != "para" or block.label or found is None:
        return block
    head, value = found.group("head"), found.group("value")
    column = block.column + found.start("value")
    return Block(block.kind, block.text, block.line, block.column, block.level, head, value, column, block.prompt)


def dash_field(text: str) -> tuple[str, str] | None:
    """ "Aanspreekpunt – Sanne de Vries, …" -> ("Aanspreekpunt", "Sanne de Vries, …"); ``None`` for any other text."""
    found = _field_after_dash(text)
    return (found.group("head"), found.group("value")) if found else None


def _field_after_dash(text: str) -> re.Match[str] | None:
    """ "Aanspreekpunt – Sanne de Vries, …" as its label (``head``) and value (``value``); ``None`` for a text
    whose words before the dash are no field's label, or whose words after it are a question or a sentence."""
    found = _DASH_LABEL.match(text)
    if found is None or labels.classify(found.group("head")) not in labels.FIELD_TARGETS:
        return None
    value = found.group("value")
    return None if value.rstrip().endswith("?") or value.split()[0].lower() in _NOT_A_VALUE_START else found


def opens_with_label(text: str) -> bool:
    """A line that starts a field or section of its own ("Versie: 1.0", "Goedgekeurd: …", "Aanspreekpunt –
    Sanne …"), not the next line of the paragraph above it."""
    head, colon, _ = text.partition(":")
    if colon and (
        labels.classify_plain(head) not in (None, "~container", "~rules") or labels.norm(head) in APPROVED_LABELS
    ):
        return True
    return _field_after_dash(text) is not None


_DASH_FIRST = re.compile(r"^\s*[–—-]\s+(?=\S)")
_DASH_LABEL = re.compile(r"^(?P<head>[^–—:|·]{2,40}?)\s+[–—-]\s+(?P<value>\S.*)$", re.DOTALL)
_NOT_A_VALUE_START = frozenset("dat dit het die we wij je jij u dan that this it we you they".split())
"""The first word of a sentence, not of a value: "Contact – dat doen we altijd persoonlijk."."""


def tools_question(block: Block) -> Block:
    """A plain paragraph that opens with a short question for the tools, then answers it ("Waarmee? ChatGPT
    Team en Copilot", "Welke tools? …"), as the question's label and its answer, as if the question were bold;
    any other block as it is."""
    found = _QUESTION_FIRST.match(block.text)
    if block.kind != "para" or block.label or found is None or not labels.asks_for_tools(found.group("question")):
        return block
    question, answer = found.group("question"), found.group("answer")
    column = block.column + found.start("answer")
    return Block(block.kind, block.text, block.line, block.column, block.level, question, answer, column, block.prompt)


_QUESTION_FIRST = re.compile(r"^(?P<question>[^?.!:]{1,60}\?)\s+(?P<answer>\S.*)$", re.DOTALL)
