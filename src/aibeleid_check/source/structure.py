"""From the blocks of a document (headings, paragraphs, list items, table rows) to a policy's plain values.

The Word and Markdown readers only turn their file into :class:`Block` values, in document order, each
with its position. :func:`interpret` then reads the template's structure from them the same way for both:

- a title that says "beleid"/"policy", with the organisation in it ("AI-beleid van X") or right under it
  (:mod:`titles`);
- sections opened by a heading of any level, or by a bold label that starts a paragraph (``labels.SECTIONS``,
  :mod:`sections`); a label followed by text in the same paragraph ("**INGANGSDATUM** 1 maart 2026",
  "Versie: 1.0") is a field with its value (:mod:`field_values`);
- rules as list items or paragraphs under DIT MAG / DIT NIET / ALTIJD, tools as a table or a list
  (:mod:`section_content`, :mod:`tool_reading`, the table rows in :mod:`filling`);
- the template's italic questions and fill-in placeholders are empty values;
- the template's own non-policy parts are skipped; an unknown heading is a warning that names the nearest
  known section; a document with no policy structure at all is an error;
- text outside every section is kept for the meaning of its sentences (``Document.loose``), and gives the
  scope, the start date, the tools and the contact when a sentence or a list item states them and no label
  does (:mod:`prose_reading`, :mod:`prose_fields`);
- a two-column "field | value" table is the fields (:mod:`field_table`); a list under a plain colon lead
  ("What you may not do:") ends with its items; a mail's sign-off and signature are no rules, and give the
  writer ("ask me") and the organisation ("Director, X") (:mod:`memo`);
- a question heading or bold question ("May I …?", "Mag ik …?") is answered by its answer's first word.

This module holds the entry point and decides, block by block, which of those a block is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from aibeleid_check.source import Document, SourceKind, labels
from aibeleid_check.source.catalogue_names import names_catalogue_tool
from aibeleid_check.source.field_table import field_tables
from aibeleid_check.source.field_values import open_labelled
from aibeleid_check.source.filling import LIST_SECTIONS, RULE_KINDS, State, table_row
from aibeleid_check.source.label_lines import dash_label, plain_label, tools_question, unglue
from aibeleid_check.source.label_words import APPROVED_LABELS
from aibeleid_check.source.memo import (
    HEADER_LABELS,
    SENDER_LABELS,
    SIGN_OFF,
    SIGNATURE_LINES,
    sender_name,
    signature_line,
)
from aibeleid_check.source.prose_reading import PROSE_FIELDS_FOR_A_POLICY, fields_from_sentences
from aibeleid_check.source.prose_reading import answered_sentences as _answered_sentences  # noqa: F401 (tests import it here)
from aibeleid_check.source.reading import Block, is_question
from aibeleid_check.source.rule_wording import rule_by_first_words
from aibeleid_check.source.section_content import content, question_and_answer
from aibeleid_check.source.sections import (
    after_colon_list,
    answers_one_word,
    ask,
    colon_list,
    fields_on_one_line,
    grouped_by_unknown,
    heading,
    looks_like_label,
    one_word_field,
    open_section,
    saw_heading,
)
from aibeleid_check.source.titles import organisation_under_title, plain_title, read_title, version_line

MAX_BLOCKS = 5000
"""Paragraphs, list items and table rows read from one document; more is reported (AIB007), not read."""


def interpret(
    blocks: list[Block], doc: Document, *, exact_columns: bool = True, margins: Sequence[tuple[str, Block]] = ()
) -> Document:
    """Fill ``doc.data`` and its marks from ``blocks``; record structure problems. Returns ``doc``.

    ``exact_columns`` is False for Word, where every position is column 1 of its paragraph. ``margins``: the
    paragraphs of a Word file's headers and footers that give a field, with the field; each is read after
    the body only when the body, its sentences included, gives no such field, and of a field only the first."""
    if len(blocks) > MAX_BLOCKS:  # bounded time: a one-page policy has a hundred paragraphs or so
        doc.problem(SourceKind.TOO_MANY_VALUES, blocks[MAX_BLOCKS].line, 1, limit=MAX_BLOCKS, found="blocks")
        return doc
    problems_before = len(doc.problems)
    state = State(doc, exact_columns=exact_columns)
    blocks = field_tables(blocks, state)
    for block in blocks:
        _block(state, block)
    found = _margin_blocks(state, margins)
    if len(blocks) + len(found) > MAX_BLOCKS:  # as for too many blocks in the body: nothing read but the limit
        del doc.problems[problems_before:]
        doc.value_marks.clear()
        doc.key_marks.clear()
        doc.loose.clear()
        line = found[MAX_BLOCKS - len(blocks)].line
        doc.problem(SourceKind.TOO_MANY_VALUES, line, 1, limit=MAX_BLOCKS, found="blocks")
        return doc
    for block in found:
        _block(state, block)
    fields_from_sentences(state)
    _read_under_unknown(state)
    if not state.seen_structure:  # one error that says what was expected, not a warning per heading
        doc.problems[:] = [p for p in doc.problems if p.kind is not SourceKind.UNKNOWN_HEADING]
        doc.problem(SourceKind.NO_STRUCTURE, 1, 1)
        doc.data = None
        return doc
    doc.data = state.data
    return doc


_SHOWN_FIELDS = ("geldt_voor", "ingangsdatum", "goedgekeurde_tools", "aanspreekpunt", "herzieningsdatum", "versie")


def _read_under_unknown(state: State) -> None:
    """An unknown heading over a sentence that gave a field ("## Praktische zaken" over "Dit beleid geldt voor
    … en gaat in op 1 maart 2026.") or over the fields' labels ("## Praktisch" over "**Voor wie:** …"): its warning
    names the fields read there (``reason``), which do reach the A4, instead of saying that nothing under it does."""
    problems = state.doc.problems
    headings = {line for line, _, _ in state.doc.headings}
    for problem, start in state.unknown:
        later = headings if start in headings else state.opened  # (a heading holds the labels under it)
        end = min((line for line in later if line > start), default=None)
        found = {
            path[0]
            for path, (line, _) in state.doc.value_marks.items()
            if path[0] in _SHOWN_FIELDS and start <= line and (end is None or line < end)
        }
        read = [target for target in _SHOWN_FIELDS if target in found and state.data.get(target) is not None]
        index = next((i for i, p in enumerate(problems) if p is problem), None)
        if read and index is not None:
            problems[index] = replace(problem, reason=",".join(read))


def _margin_blocks(state: State, margins: Sequence[tuple[str, Block]]) -> list[Block]:
    """The margin paragraphs to read after the body: those of a field the body does not give, as its reading
    would end (its prose fields given, and nothing given when they do not make it a policy); of a field
    repeated on the first page, even pages and every section, the first."""
    if not margins:
        return []
    unset = [target for target in state.prose if state.data.get(target) is None]
    policy = state.seen_structure or len(unset) >= PROSE_FIELDS_FOR_A_POLICY
    given = set(state.data) | set(state.prose) if policy else set()
    found: list[Block] = []
    for field, block in margins:
        if field not in given:
            given.add(field)
            found.append(block)
    return found


def _block(state: State, block: Block) -> None:
    if state.unknown_at is not None and (block.text.strip() or block.kind == "row"):
        grouped_by_unknown(state, block)
    if block.kind == "row":
        table_row(state, block)
        return
    fields = fields_on_one_line(state, block)
    if fields:
        for field in fields:  # "Ingangsdatum: 1 maart 2026 · Versie 1.0" in a footer
            _block(state, field)
        if block.kind == "item" and state.section in LIST_SECTIONS:
            state.section = None  # "7. Approved tools: X and Y": the list's next items are its own, not more tools
        return
    state.columns = None
    state.rule_columns = None
    if state.colon_list:
        after_colon_list(state, block)
    if state.section == "~signature" and (block.kind != "para" or len(state.signature) >= SIGNATURE_LINES):
        state.section = None  # a P.S., or what the mail goes on with after its signature: text again
    if block.kind == "para" and (state.section == "~signature" or SIGN_OFF.match(block.text)):
        signature_line(state, block)  # "Kind regards," and the name, role and channels under it: no rules
        return
    if block.kind == "heading":
        heading(state, block)
        return
    block = dash_label(unglue(block))
    if block.kind == "para" and not state.title_line and not state.data and plain_title(state, block.text):
        read_title(state, block)  # a first line "AI-beleid van Bakkerij X" in plain or bold text
        return
    if block.kind == "para" and version_line(state, block):
        return
    whole = labels.classify(block.text) if block.kind == "para" and not block.label else None
    if whole is None and block.kind == "para" and not block.label and _asks_for_tools(block):
        whole = "goedgekeurde_tools"  # "Waarmee?" on a plain line over the list of tools
    if whole is not None and one_word_field(whole, block.text):
        whole = None  # "Wanneer:" on a plain line over a list: not the start date's label
    if whole is not None and not whole.startswith("~"):  # "DIT MAG" on a line of its own, not bold
        section = state.section
        saw_heading(state, block)
        open_section(state, whole, block, block.text)
        if block.text.endswith(":"):  # "What you must always do:" under "How AI can be used"
            colon_list(state, section)
        return
    block = tools_question(block)  # "Waarmee? ChatGPT Team en Copilot": the tools' label and its answer
    if _question_line(block):  # "Kan ik … online zetten?" on a plain line over its answer, as if it were bold
        block = replace(block, label=block.text)
    label = block.label or plain_label(block.text)
    if organisation_under_title(state, block, label):
        return
    if block.label.rstrip().endswith("?") and block.rest.strip() and block.kind == "para":
        question_and_answer(state, block)  # "**Mag ik … plakken?** Nee. …" in a list of questions and answers
        return
    if label and block.kind == "para" and _labelled(state, block, label):
        return
    content(state, block)


def _labelled(state: State, block: Block, label: str) -> bool:
    """A paragraph that starts with a label (bold, or a plain "Label:"): the section or field it opens, with
    the value after it. False when the label is none (a rule in bold under DIT MAG): the paragraph is content."""
    rest = block.rest if block.label else block.text.partition(":")[2]
    as_heading = _read_as_heading(block, label, rest)
    target = (
        labels.classify_plain(label)
        if not as_heading and not block.label
        else labels.classify(label, heading=as_heading)
    )
    if target is None and block.label and not rest.strip() and labels.asks_whether(label):
        target = "~qa"  # "**Mag ik … doorsturen?**" on its own line, its answer under it
    if target is None and labels.norm(label) in APPROVED_LABELS:  # "Goedgekeurd: ChatGPT Team, Copilot" names the
        target = "goedgekeurde_tools" if names_catalogue_tool(rest) else "~intro"  # tools, "…: 3 maart 2026 door …" no
    if target == "mag" and _ONLY_A_TOOL.match(rest.strip()):
        target = "goedgekeurde_tools"  # "Toegestaan: alleen Microsoft 365 Copilot met je werkaccount."
    if target in RULE_KINDS and block.label and _bold_first_word(label, rest):
        block = replace(block, rest=block.text, rest_column=block.column)  # "**Never** paste …": the whole rule
    if target is not None and one_word_field(target, label) and not answers_one_word(target, block, rest):
        content(state, block)  # "Wanneer: altijd bij gevoelige content": no date, so not the date's label
        return True
    if target == "~intro" and labels.norm(label) in SENDER_LABELS and not state.sender:
        state.sender, state.sender_at = sender_name(rest), block
    if target is None and _FILL_IN.search(rest) and not _FILL_IN_PARTS.sub("", rest).strip():
        return True  # "Employee agreement: ________", "Name: ______ Date: ____": a line to sign, not a heading
    if target is None and not looks_like_label(state, block, label):
        return False
    section = state.section
    if not rest.strip():
        saw_heading(state, block)  # "**Wat mag**", "Wat niet mag:" on a line of its own
    open_labelled(state, target, block, label)
    if target == "~intro" and rest.strip() and labels.norm(label) in HEADER_LABELS:
        state.section, state.memo = None, True  # "Subject: AI rules": the memo's text follows, under no heading
    ask(state, label if target == "~qa" else "")
    if not block.label and not rest.strip():  # "Wat niet mag:" under "Wat mag": for the list after it
        colon_list(state, section)
    return True


def _bold_first_word(label: str, rest: str) -> bool:
    """A rule that opens with its word in bold ("**Never** paste anything about our clients …", "**Nooit**
    klantgegevens invoeren"): the label's word is the rule's first, and the sentence goes on in lower case."""
    return not label.rstrip().endswith(":") and rest.strip()[:1].islower() and rule_by_first_words(f"{label} {rest}")


def _read_as_heading(block: Block, label: str, rest: str) -> bool:
    """A label on its own ("DIT MAG", "Wat niet mag:") or a bold one that ends in a colon before its value
    ("**Contact for doubts:** Rhys …") is read as its heading would be; a plain "Label: value" and a bold
    start of a sentence are not."""
    return not rest.strip() or bool(block.label) and label.rstrip().endswith(":")


_MAX_QUESTION_LINE_WORDS = 20


def _question_line(block: Block) -> bool:
    """A plain paragraph that is one question whether something may be done, or about a thing ("Mag ik een
    klantmail in ChatGPT plakken?", "En onze inkoopprijzen?"), that names no section: its answer follows."""
    text = block.text.strip()
    return (
        block.kind == "para"
        and not block.label
        and text.endswith("?")
        and len(text.split()) <= _MAX_QUESTION_LINE_WORDS
        and not _SENTENCE_INSIDE.search(text)
        and not is_question(text, block.prompt)
        and labels.asks_whether(text)
        and labels.classify(text, heading=True) is None
    )


_SENTENCE_INSIDE = re.compile(r"[.!?:]\s+\S")


def _asks_for_tools(block: Block) -> bool:
    """A plain line that asks for the tools ("Waarmee?", "Welke tools?"), not the template's question for them
    ("*Welke AI-tools mag het team gebruiken?*" under the label: the field is still empty)."""
    return labels.asks_for_tools(block.text) and not is_question(block.text, block.prompt)


_FILL_IN = re.compile(r"[_.…]{4,}")


_FILL_IN_PARTS = re.compile(r"[_.…]{4,}|\b[\w-]+(?:\s+[\w-]+)?:")


_ONLY_A_TOOL = re.compile(
    r"^(?:alleen|uitsluitend|only)\s+(?!AI\b|AI-)[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)*(?:\s|[.(,]|$)"
)
"""What an "Allowed:" label names when it is a tool ("Toegestaan: alleen Microsoft 365 Copilot …"), not a use."""
