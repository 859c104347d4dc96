"""From the blocks of a document (headings, paragraphs, list items, table rows) to a policy's plain values.

The Word and Markdown readers only turn their file into :class:`Block` values, in document order, each
with its position. :func:`interpret` then reads the template's structure from them the same way for both:

- a title that says "beleid"/"policy", with the organisation in it ("AI-beleid van X") or right under it;
- sections opened by a heading of any level, or by a bold label that starts a paragraph (``labels.SECTIONS``);
  a label followed by text in the same paragraph ("**INGANGSDATUM** 1 maart 2026", "Versie: 1.0") is a
  field with its value;
- rules as list items or paragraphs under DIT MAG / DIT NIET / ALTIJD, tools as a table or a list;
- the template's italic questions and fill-in placeholders are empty values;
- the template's own non-policy parts are skipped; an unknown heading is a warning that names the nearest
  known section; a document with no policy structure at all is an error;
- text outside every section is kept for the meaning of its sentences (``Document.loose``), and gives the
  scope, the start date, the tools and the contact when a sentence or a list item states them and no label
  does (:mod:`prose_fields`, :func:`stated_fields`);
- a two-column "field | value" table is the fields; a list under a plain colon lead ("What you may not do:")
  ends with its items; a mail's sign-off and signature are no rules, and give the writer ("ask me") and the
  organisation ("Director, X");
- a question heading or bold question ("May I …?", "Mag ik …?") is answered by its answer's first word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from aibeleid_check.source import Document, SourceKind, labels
from aibeleid_check.source.field_table import field_tables
from aibeleid_check.source.filling import (
    LIST_SECTIONS,
    RULE_KINDS,
    State,
    append,
    empty,
    list_of,
    mark_key,
    set_value,
    table_row,
)
from aibeleid_check.source.memo import (
    ADDRESSEE_LABELS,
    FIRST_PERSON,
    SENDER_LABELS,
    SIGN_OFF,
    SIGNATURE_LINES,
    mailing_list,
    sender_name,
    signature_line,
    writer_fields,
)
from aibeleid_check.source.prose_fields import date_in, fields_in, names_its_own_scope
from aibeleid_check.source.reading import (
    MAX_LABEL_WORDS,
    Block,
    is_question,
    is_title_line,
    looks_like_name,
    organisation_after_ai_noun,
    organisation_in_title,
    plain_label,
    rule_item,
    unglue,
)
from aibeleid_check.source.rule_wording import (
    allows,
    answer_kind,
    group_item_kind,
    leans_on_question,
    provision_kind,
    rule_by_first_words,
    what_we_do_kind,
)
from aibeleid_check.source.tool_spec import (
    BOTH_TOOLS,
    ONE_TOOL,
    contact_in_prose,
    details_in_sentence,
    parse_contact,
    parse_tool,
    shared_details,
    tool_parts,
    tools_in_sentence,
)

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
    _prose_fields(state)
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
    … en gaat in op 1 maart 2026."): its warning names the fields read there (``reason``), which do reach the
    A4, instead of saying that nothing under it does."""
    problems = state.doc.problems
    for problem, start in state.unknown:
        end = min((line for line in state.opened if line > start), default=None)
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
    policy = state.seen_structure or len(unset) >= _PROSE_FIELDS_FOR_A_POLICY
    given = set(state.data) | set(state.prose) if policy else set()
    found: list[Block] = []
    for field, block in margins:
        if field not in given:
            given.add(field)
            found.append(block)
    return found


def _block(state: State, block: Block) -> None:
    if state.unknown_at is not None and (block.text.strip() or block.kind == "row"):
        _grouped_by_unknown(state, block)
    if block.kind == "row":
        table_row(state, block)
        return
    fields = _fields_on_one_line(state, block)
    if fields:
        for field in fields:  # "Ingangsdatum: 1 maart 2026 · Versie 1.0" in a footer
            _block(state, field)
        return
    state.columns = None
    state.rule_columns = None
    if state.colon_list:
        _after_colon_list(state, block)
    if state.section == "~signature" and (block.kind != "para" or len(state.signature) >= SIGNATURE_LINES):
        state.section = None  # a P.S., or what the mail goes on with after its signature: text again
    if block.kind == "para" and (state.section == "~signature" or SIGN_OFF.match(block.text)):
        signature_line(state, block)  # "Kind regards," and the name, role and channels under it: no rules
        return
    if block.kind == "heading":
        _heading(state, block)
        return
    block = unglue(block)
    if block.kind == "para" and not state.title_line and not state.data and _plain_title(state, block.text):
        _title(state, block)  # a first line "AI-beleid van Bakkerij X" in plain or bold text
        return
    if block.kind == "para" and _version_line(state, block):
        return
    whole = labels.classify(block.text) if block.kind == "para" and not block.label else None
    if whole is not None and _one_word_field(whole, block.text):
        whole = None  # "Wanneer:" on a plain line over a list: not the start date's label
    if whole is not None and not whole.startswith("~"):  # "DIT MAG" on a line of its own, not bold
        section = state.section
        _open(state, whole, block, block.text, inline=False)
        if block.text.endswith(":"):  # "What you must always do:" under "How AI can be used"
            _colon_list(state, section)
        return
    label = block.label or plain_label(block.text)
    if state.name_line:
        state.name_line = False
        name = _SUBTITLE_PART.split(block.text.strip(), maxsplit=1)[0].strip()
        if block.kind == "para" and not label and _capitalised_name(name) and "organisatie" not in state.data:
            _title_organisation(state, name, block)
            return
    if state.pending_org and block.kind == "para" and labels.classify(label or block.text) is None:
        if looks_like_name(block.text):  # the organisation right under the title, bold or not
            _title_organisation(state, block.text, block)
            state.pending_org = False
            return
        if is_question(block.text, block.prompt):  # "Naam van de organisatie?": there, and empty, on this ¶
            empty(state, "organisatie", block)
            state.doc.key_marks.setdefault(("organisatie",), (block.line, block.column))
            state.pending_org = False
            return
    if block.label.rstrip().endswith("?") and block.rest.strip() and block.kind == "para":
        _question_and_answer(state, block)  # "**Mag ik … plakken?** Nee. …" in a list of questions and answers
        return
    if label and block.kind == "para":
        rest = block.rest if block.label else block.text.partition(":")[2]
        target = labels.classify(label, heading=not rest.strip())  # "DIT MAG" or "Wat niet mag:" on its own
        if target is None and block.label and not rest.strip() and labels.asks_whether(label):
            target = "~qa"  # "**Mag ik … doorsturen?**" on its own line, its answer under it
        if target == "mag" and _ONLY_A_TOOL.match(rest.strip()):
            target = "goedgekeurde_tools"  # "Toegestaan: alleen Microsoft 365 Copilot met je werkaccount."
        if target is not None and _one_word_field(target, label) and not _answers_one_word(target, block, rest):
            _content(state, block)  # "Wanneer: altijd bij gevoelige content": no date, so not the date's label
            return
        if target == "~intro" and labels.norm(label) in SENDER_LABELS and not state.sender:
            state.sender = sender_name(rest)
        if target is None and _FILL_IN.search(rest) and not _FILL_IN_PARTS.sub("", rest).strip():
            return  # "Employee agreement: ________", "Name: ______ Date: ____": a line to sign, not a heading
        if target is not None or _looks_like_label(state, block, label):
            section = state.section
            _open(state, target, block, label, inline=True)
            state.asks_ai = target == "~qa" and labels.asks_of_ai(label)
            state.question = label.strip() if target == "~qa" else ""
            if not block.label and not rest.strip():  # "Wat niet mag:" under "Wat mag": for the list after it
                _colon_list(state, section)
            return
    _content(state, block)


_NOT_A_HEADING = 99
_MEMBER_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s+")
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}[.)]?\s+(?=\S)|^\d{1,2}[.)]\s+(?=\S)")
"""A paragraph's own number as typed ("4.1 ", "4.2.1 ", "3. ", "2) "), not a count ("3 medewerkers …")."""
_FILL_IN = re.compile(r"[_.…]{4,}")
_FILL_IN_PARTS = re.compile(r"[_.…]{4,}|\b[\w-]+(?:\s+[\w-]+)?:")
_ABOUT_AI = re.compile(r"\bAI\b")
_SUBTITLE_PART = re.compile(r"\s+[·|–—]\s+")
_NAME_PARTS = frozenset("van der den de het la le du von and en & of b.v. bv ltd".split())


def _capitalised_name(text: str) -> bool:
    """ "Psychologenpraktijk De Luisterlijn", "Muziekschool De Notenbalk": two to six capitalised words (or name
    particles), no field label or sentence; "Voor alle medewerkers", "Versie 1.0" are no names."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and looks_like_name(text)
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word.lower() in _NAME_PARTS for word in words)
        and not any(char.isdigit() or char == ":" for char in text)
        and labels.classify(text) is None
    )


def _grouped_by_unknown(state: State, block: Block) -> None:
    """The first block under an unknown heading: when it opens a known section itself, as a deeper heading
    or a bold label on its own line ("## ChatGPT" over "**Do's**" and "**Don'ts**"), the unknown heading only
    groups the sections under it and what is under it reaches the A4: no warning for it."""
    index, level = state.unknown_at or (0, 0)
    state.unknown_at = None
    if level == _NOT_A_HEADING:
        return
    if block.kind == "heading":
        opens = block.level > level and labels.classify(block.text, heading=True)
    else:
        opens = (
            block.kind == "para"
            and bool(block.label)
            and not block.rest.strip()
            and labels.classify(block.label, heading=True)
        )
    if opens and not opens.startswith("~") and index < len(state.doc.problems):
        if state.doc.problems[index].kind is SourceKind.UNKNOWN_HEADING:
            del state.doc.problems[index]


_ONE_WORD_FIELDS = frozenset({"who", "wie", "when", "wanneer", "for whom", "start", "ingang"})


def _one_word_field(target: str, label: str) -> bool:
    """A field's label of one question word ("**Who:**", "**When:**", "Wanneer:"), which opens the field only
    as a heading, or with the answer it asks for (:func:`_answers_one_word`)."""
    return target in ("geldt_voor", "ingangsdatum") and labels.norm(label).rstrip("?") in _ONE_WORD_FIELDS


def _answers_one_word(target: str, block: Block, rest: str) -> bool:
    """ "**When:** effective from 1 March 2026." gives a date; "**Who:** all funeral directors …" is bold
    and answers on its own line. A plain "Wanneer:" over a list, or "Wanneer: altijd bij …", is text."""
    if target == "ingangsdatum":
        return date_in(rest) is not None
    return bool(block.label) and bool(rest.strip())


def _plain_title(state: State, text: str) -> bool:
    """A title on a plain or bold line: one that says "beleid"/"policy" ("AI-beleid van Bakkerij X"), or, as
    the document's first text, one without a policy word that names whose AI use it is about ("AI tools at
    Example Ltd", "AI-tools bij Bakkerij De Vries"; "AI tools at work" names no one and stays text)."""
    if is_title_line(text):
        return True
    first = not state.doc.loose and looks_like_name(text)
    return first and bool(organisation_after_ai_noun(text) or _TITLE_NOUN.search(text) and organisation_in_title(text))


def _looks_like_label(state: State, block: Block, label: str) -> bool:
    """An unknown bold label counts as a heading (and so as unknown) when it ends in a colon, is a typo of a
    known one, or stands alone outside a list: under DIT MAG a rule in bold ("**Brainstormen**") is a rule."""
    short = len(label.split()) <= MAX_LABEL_WORDS and not label.rstrip().endswith((".", "!", "?"))
    if not short:
        return False
    if label.rstrip().endswith(":") or labels.near_miss(label):
        return True
    in_list = state.section in RULE_KINDS or state.section in LIST_SECTIONS
    return not block.rest.strip() and not in_list


_FIELD_BREAK = re.compile(r"\s+[·|•]\s+|(?<=[.;])\s+(?=[A-Z][\w ]{1,30}:\s)")


def _fields_on_one_line(state: State, block: Block) -> list[Block]:
    """ "Ingangsdatum: 1 maart 2026 · Versie: 1.0", "- Approved tools: Copilot. Applies to: all staff." as one
    paragraph per field, each at its own column; ``[]`` unless every piece starts with a field's label
    ("Versie 1.0" needs no colon). A list item only outside the rule lists."""
    if block.kind not in ("para", "item") or block.kind == "item" and state.section in RULE_KINDS:
        return []
    if block.kind == "para" and not _FIELD_BREAK.search(block.text):
        return []
    pieces, start = [], 0
    for match in [*_FIELD_BREAK.finditer(block.text), None]:
        end = match.start() if match else len(block.text)
        pieces.append((block.text[start:end], start))
        start = match.end() if match else end
    blocks = []
    for piece, offset in pieces:
        head = piece.partition(":")[0] if ":" in piece else piece.rsplit(" ", 1)[0]
        if labels.classify(head) in (None, "~ignore", "~container", "~rules", "~intro", *RULE_KINDS):
            return []
        text = piece.strip().rstrip(".;") if ":" in piece else f"{head}: {piece[len(head) :].strip()}"
        blocks.append(Block("para", text, block.line, block.column + offset))
    return blocks


def _heading(state: State, block: Block) -> None:
    target = labels.classify(block.text, heading=True)
    if target is None and block.line in state.field_headings:
        target = "~container"  # "Key information" over a table of the fields: the fields' own heading
    if target is None and not state.title_line and labels.says_policy(block.text):
        _title(state, block)
        return
    if target and target.startswith("~") and not state.title_line and not state.data and block.level <= 1:
        name = organisation_in_title(block.text)  # "AI at X – frequently asked questions": a title that heads
        if name:  # the page as a section word would, and names the organisation
            state.title_line = block.line
            _title_organisation(state, name, block)
    if target is None and not state.title_line and not state.data and block.level <= 1:
        state.title_line = block.line  # the document's own title ("Afspraken over AI"): no section, no warning
        state.section = None
        name = organisation_in_title(block.text)  # "AI-afspraken Bakkerij X": a title word other than "beleid"
        if name:
            _title_organisation(state, name, block)
        elif _ABOUT_AI.search(block.text):
            state.name_line = True  # "AI op de muziekschool" over "Muziekschool De Notenbalk · teamvergadering …"
        return
    if target is None and state.pending_org and block.level > 1:
        _title_organisation(state, block.text, block)  # "# AI-beleid" then "## Bakkerij De Vries"
        state.pending_org = False
        return
    if target is None and labels.asks_whether(block.text):
        target = "~qa"  # "May I use AI at all?" over "Yes. You may use AI to …": read by the answer's first word
    _open(state, target, block, block.text, inline=False)
    state.asks_ai = target == "~qa" and labels.asks_of_ai(block.text)
    state.question = block.text.strip() if target == "~qa" else ""


def _title(state: State, block: Block) -> None:
    state.title_line = block.line
    name = organisation_in_title(block.text)
    if name:
        _title_organisation(state, name, block)
    else:
        state.pending_org = True
    state.section = None


_VERSION_LINE = re.compile(
    r"^[*_]{0,2}(?:versie|version|v\.)\s*(?P<value>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)[*_]{0,2}(?=\s*(?:[·|,;–—(]|-\s|$))",
    re.IGNORECASE,
)


def _version_line(state: State, block: Block) -> bool:
    """A line under the title that gives the version without a colon ("Version 1.2 · Eindhoven", "Versie 1.0 ·
    vastgesteld door het bestuur op 12 november 2026", "**Versie 2.1**"): the version, before any section
    (what follows its separator is where or when it was adopted, none of the fields)."""
    found = _VERSION_LINE.match(block.text.strip())
    if found is None or not state.title_line or state.section not in (None, "~intro") or "versie" in state.data:
        return False
    at = Block(block.kind, found.group("value"), *state.at(block, block.text.find(found.group("value"))))
    set_value(state, "versie", found.group("value"), at, at)
    state.pending_org = False
    return True


def _title_organisation(state: State, name: str, block: Block) -> None:
    """The organisation as the title gives it; an ``Organisatie:`` line elsewhere says it more precisely."""
    if state.data.get("organisatie") is not None:
        state.seen_structure = True
        return  # "Organisatie: X" came first: the title does not override it, and is no duplicate of it
    set_value(state, "organisatie", name, block, block)
    state.org_from_title = True


def _open(state: State, target: str | None, block: Block, label: str, *, inline: bool) -> None:
    previous = state.section
    state.opened.append(block.line)
    state.pending_org = False
    state.lead = ""
    state.left = None
    state.colon_list = False
    state.lead_items = False
    if target is None:
        nearest = labels.nearest(label)
        state.doc.problem(
            SourceKind.UNKNOWN_HEADING, block.line, block.column, found=label.strip().rstrip(":").strip(), key=nearest
        )
        state.section = "~unknown"
        state.unknown_at = (len(state.doc.problems) - 1, block.level if block.kind == "heading" else _NOT_A_HEADING)
        state.unknown.append((state.doc.problems[-1], block.line))
        return
    state.section = target
    state.given = None
    state.group = block if target == "~rules" else None
    if target.startswith("~"):
        return
    state.seen_structure = True
    mark_key(state, target, block)
    rest = block.rest if inline else ""
    if inline and not block.label:  # a plain "Versie: 1.0" line
        rest = block.text.partition(":")[2]
    value_block = Block(block.kind, rest.strip(), block.line, block.rest_column if block.label else block.column)
    if rest.strip() and not is_question(rest, block.prompt):
        _value(state, target, value_block)
        if target in RULE_KINDS and not block.label:  # "Wat wel mag: teksten laten opstellen, …": one line, and
            _colon_list_from(state, target, previous)  # the list under it; a paragraph after it is back where it was
            state.lead_items = True
        if target == "geldt_voor" and labels.norm(label) in ADDRESSEE_LABELS:
            state.section = None  # a memo's header line: the memo's text follows
            state.soft.add(target)  # (a memo's own "These agreements apply to …" says it more precisely)
            if mailing_list(rest):
                state.addressed = True  # "To: Team Apotheek De Linde": until the memo says whom it is for
        if target not in RULE_KINDS and target not in LIST_SECTIONS:
            state.section = None  # "**Versie:** 1.0": the field is done; prose after it is no part of it
    else:
        empty(state, target, block)


def _content(state: State, block: Block) -> None:
    section = state.section
    text = block.text.strip()
    state.pending_org = False
    if section in LIST_SECTIONS and block.kind == "para" and (stated := stated_fields(text)) and section not in stated:
        section = state.section = None  # "Vragen? Neem contact op met …" after "Goedgekeurde tools: …": its own field
    elif (
        section == "geldt_voor" and block.kind == "para" and state.given is None and "geldt_voor" in stated_fields(text)
    ):
        section = state.section = None  # "Dit reglement geldt voor … en treedt in werking op 1 mei 2026.": both fields
        # ("This policy applies to all installers …": the people, without the sentence around them)
    if section in LIST_SECTIONS and block.kind == "item" and state.given is not None and rule_by_first_words(text):
        section = state.section = None  # "Geldt voor: alle medewerkers" and then "- Voer geen …": the rules
    if section in ("~rules", "~group") and block.kind == "para" and (number := _PARAGRAPH_NUMBER.match(text)):
        text = text[number.end() :]  # "4.1 You may use AI for …" under "## 4. Rules": an item, without its number
        block = Block("item", text, *state.at(block, number.end()))
    if section in ("~rules", "~group") and block.kind == "item":
        section = _group_item(state, block, text)  # "## Golden rules" with its own list: mixed rules
    elif section == "~do" and block.kind == "item":
        section = _what_we_do(state, block, text)
    elif section in (None, "~top") and block.kind == "item" and not state.lead and rule_by_first_words(text):
        section = _group_item(state, block, text, top=True)  # "# AI rules" then "- Never type a name …"
    if is_question(text, block.prompt):
        return
    if section == "~qa" and _answer(state, block, text):
        return
    if section == "~article" and block.kind in ("para", "item") and (kind := provision_kind(text)) is not None:
        state.seen_structure = True  # "Het is verboden persoonsgegevens … in te voeren" under "Artikel 3 – …"
        mark_key(state, kind, block)
        text = _MEMBER_NUMBER.sub("", text)  # "1. Het is verboden …": the article's first member, as typed
        append(state, kind, rule_item(text, kind), block)
        return
    if section in (None, "~top", "~intro") and block.kind == "para" and allows(text):
        mark_key(state, "mag", block)  # "You may use DeepL Pro for a first draft. …" in a memo: a permission
        append(state, "mag", rule_item(text, "mag"), block)
        return
    if section in (None, "~unknown", "~container", "~intro", "~rules", "~group", "~top", "~qa", "~do", "~article"):
        _loose(state, block, text)  # (a grouping heading has no text of its own: any text under it is read)
        return
    if section.startswith("~") or (not text and block.kind != "item"):
        return
    before, lead, opens = _colon_lead(block, text)
    if opens in RULE_KINDS and section in RULE_KINDS and opens != section:
        # "What it cannot be used for:" under "How AI can be used": the items after it are the Don't-list
        if before:
            _value(state, section, Block(block.kind, before, block.line, block.column))
        _open(state, opens, block, lead, inline=False)
        _colon_list(state, section)
        return
    _value(state, section, block)


def _answer(state: State, block: Block, text: str) -> bool:
    """The answer to a question whether something may be done, by its first word: "Yes. You may use AI to …"
    allows, "No. Never enter patient names …" / "Nee. Vertrouwelijke klantdocumenten deel je niet …" forbids
    (a "No" whose sentence forbids nothing, "Nee. Elke vertaling wordt nagelezen …", stays text read by its
    meaning, as does an answer without a yes or no). True when the answer became a rule."""
    answered = answer_kind(text, of_ai=state.asks_ai)
    if answered is None:
        return False
    kind, saying = answered
    if state.question and leans_on_question(text, saying):
        saying = f"{state.question} {text.strip()}"  # "Ja, als concept.": on the A4 with what it answers
    state.question = ""
    state.seen_structure = True
    mark_key(state, kind, block)
    append(state, kind, rule_item(saying, kind), Block(block.kind, saying, *state.at(block, text.find(saying))))
    return True


def _question_and_answer(state: State, block: Block) -> None:
    """A bold question with its answer after it in the same paragraph: a question that names a rule list
    ("**Waar mag ik AI wel voor gebruiken?** Voor terminologie …") gives that list its answer; a question
    whether something may be done is answered by its first word (:func:`_answer`); any other is text."""
    kind = labels.classify(block.label, heading=True) or ("~qa" if labels.asks_whether(block.label) else None)
    state.asks_ai = kind == "~qa" and labels.asks_of_ai(block.label)
    state.question = block.label.strip() if kind == "~qa" else ""
    answer = Block(block.kind, block.rest.strip(), block.line, block.rest_column if state.exact_columns else 1)
    state.pending_org = False
    if kind in RULE_KINDS:
        state.seen_structure = True
        mark_key(state, kind, block)
        append(state, kind, rule_item(answer.text, kind), answer)
    elif kind == "~qa" and _answer(state, answer, answer.text):
        return
    elif kind is not None and not kind.startswith("~"):
        _open(state, kind, block, block.label, inline=True)  # "**Wie is het aanspreekpunt?** Sanne Bakker"
    else:
        _loose(state, answer, answer.text)


def _colon_list(state: State, section: str | None) -> None:
    """A plain colon lead has opened a rule list: that list is the lead's and ends with its items. Inside
    another rule ``section`` the section's own list goes on after it; outside the sections ("What you may not
    do:" in a director's e-mail) the paragraphs after it are text outside the sections again, read by their
    meaning (:func:`_after_colon_list`)."""
    if state.section in RULE_KINDS and state.section != section:
        _colon_list_from(state, state.section, section)


def _colon_list_from(state: State, opened: str, section: str | None) -> None:
    state.section = opened
    state.left = section if section in RULE_KINDS or (section or "").startswith("~") else None
    state.colon_list = True


def _after_colon_list(state: State, block: Block) -> None:
    """After the bullets a colon lead governs, a plain paragraph is back in the section the lead was in
    ("Use your work email address …" under "What it cannot be used for:" and its bullets, in "How AI can be
    used"). Bullets go on as one list across blank lines, and a paragraph indented under a bullet (a level
    inside the list) is part of it; a paragraph right under the lead, before any bullet, is what it leads."""
    if block.kind == "item":
        state.lead_items = True
    elif block.kind == "para" and block.level == 0 and state.lead_items:
        state.section = state.left
        state.left = None
        state.colon_list = False
        state.lead_items = False


_BARE_ITEM_WORDS = 6


def _loose(state: State, block: Block, text: str) -> None:
    """Text outside every section, read by meaning. A paragraph whose last sentence ends in a colon leads
    the list under it: a short lead that names a rule list opens it ("What it cannot be used for:",
    "Permitted uses include:"); another lead is read with each short item, as a person reads it ("The
    following data may not be entered into AI tools:" then "- customer records")."""
    if not text or block.kind not in ("para", "item"):
        return
    if block.kind == "item" and state.lead and len(text.split()) <= _BARE_ITEM_WORDS:
        state.doc.loose.append((f"{state.lead} {text}", block.line, block.column))
        return
    before, lead, opens = _colon_lead(block, text)
    section = state.section
    if opens in RULE_KINDS and not before:
        _open(state, opens, block, text, inline=False)
        _colon_list(state, section)
        return
    state.lead = "" if opens in RULE_KINDS else lead
    state.doc.loose.append((before if opens in RULE_KINDS else text, block.line, block.column))
    if block.kind in ("para", "item"):  # ("1. This policy applies to all staff …" in a list without headings)
        for target, value, offset in fields_in(text):  # "This policy applies to all staff."
            state.prose.setdefault(target, (value, block, offset))
        for sentence in _answered_sentences(text):
            _prose_tools_or_contact(state, block, text, sentence)
    if opens in RULE_KINDS:
        _open(state, opens, block, lead, inline=False)  # "… data. Permitted uses include:" above its list
        _colon_list(state, section)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_FIELD_QUESTION = re.compile(
    r"^(?:any\s+)?(?:questions?|vragen|twijfel(?:\s+je|\s+u)?|in\s+doubt|not\s+sure|unsure|doubts?)\b[^?.!]{0,60}\?\s+\S",
    re.IGNORECASE,
)


_SHORT_QUESTION_WORDS = 6


def _answered_sentences(text: str) -> list[str]:
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


def stated_fields(text: str) -> set[str]:
    """The fields a paragraph states in sentences of its own: the scope and the start date ("Applies to all
    instructors and the office, from 1 January 2026."), the tools ("The approved tools are …") and the
    contact ("Questions? Ask Peter van Dijk, 06 …", "Vragen over deze afspraken? Neem contact op met …")."""
    found = {target for target, _, _ in fields_in(text)}
    sentences = _SENTENCE_BREAK.split(text)
    if any(tools_in_sentence(sentence) or shared_details(sentence) for sentence in sentences):
        found.add("goedgekeurde_tools")  # (or what all of them have: "Voor beide tools hebben we een …")
    if _FIELD_QUESTION.match(text) or any(contact_in_prose(sentence) is not None for sentence in sentences):
        found.add("aanspreekpunt")
    return found


def _colon_lead(block: Block, text: str) -> tuple[str, str, str | None]:
    """A paragraph whose last sentence ends in a colon: (the text before that sentence, the sentence, the
    section its words name as a heading would, or None). ``(text, "", None)`` for any other block."""
    lead = _SENTENCE_BREAK.split(text)[-1] if block.kind == "para" and text.endswith(":") else ""
    opens = labels.classify(lead, heading=True) if lead else None
    return text[: len(text) - len(lead)].strip(), lead, opens


def _prose_tools_or_contact(state: State, block: Block, text: str, sentence: str) -> None:
    """ "The only approved tools are Microsoft 365 Copilot (…) and ChatGPT Team (…).", "If you are unsure,
    speak to our Collections Manager, Fiona Reid, on …": the tools and the contact a memo gives in prose; a
    sentence after the tools in their paragraph may give one tool's agreement ("Voor ChatGPT Team hebben we een
    verwerkersovereenkomst met OpenAI afgesloten")."""
    offset = text.find(sentence)
    listed = state.prose.get("goedgekeurde_tools")
    tools = [] if listed else tools_in_sentence(sentence)
    if tools:
        state.prose["goedgekeurde_tools"] = ((tools, {}), block, offset)
        return
    if listed is not None and listed[1] is block and offset > listed[2]:
        (parts, details), _, _ = listed
        names = [str(parse_tool(part)[0].get("naam", "")).split(" (")[0] for part, _ in parts]
        said = details_in_sentence(sentence, names)
        if said is not None and said[0] not in details:
            index, fields, offsets = said
            details[index] = (fields, {key: offset + at for key, at in offsets.items()})
    shared = shared_details(sentence)
    if shared is not None:
        _shared_details(state, block, offset, sentence, shared)
    if "aanspreekpunt" not in state.prose:
        contact = contact_in_prose(sentence)
        if contact is not None:
            state.prose["aanspreekpunt"] = (contact, block, offset)
        elif state.me_contact is None and FIRST_PERSON.search(sentence):
            state.me_contact = (sentence, block, offset)


def _memo_scope(state: State, block: Block) -> bool:
    """The memo's own scope sentence replaces its To:/Aan: line: always after a mailing list ("To: Team Apotheek
    De Linde"), and after people ("Aan: alle medewerkers") when the sentence names the page's own rules ("These
    agreements apply to all staff, taproom staff and temporary workers", "Deze afspraken gelden voor …")."""
    return state.addressed or ("geldt_voor" in state.soft and names_its_own_scope(block.text))


def _shared_details(
    state: State, block: Block, offset: int, sentence: str, shared: tuple[dict[str, str], dict[str, int]]
) -> None:
    """ "Both have a processing agreement.", "Voor beide tools hebben we een verwerkersovereenkomst." after the
    tools' list or table: what it says goes to each tool read so far that does not say it itself ("both" only
    for two tools, "Daarvoor hebben we …" only for one)."""
    fields, offsets = shared
    listed = state.prose.get("goedgekeurde_tools")
    tools = list_of(state, "goedgekeurde_tools") if state.data.get("goedgekeurde_tools") else []
    count = len(tools) or (len(listed[0][0]) if listed is not None else 0)
    if count == 0 or (count != 2 and BOTH_TOOLS.match(sentence)) or (count != 1 and ONE_TOOL.match(sentence)):
        return
    for index, tool in enumerate(tools):
        for key, said in fields.items():
            if isinstance(tool, dict) and key not in tool:
                tool[key] = said
                mark = state.at(block, offset + offsets[key])
                state.doc.value_marks[("goedgekeurde_tools", index, key)] = mark
                state.doc.key_marks[("goedgekeurde_tools", index, key)] = mark
    if listed is not None and not tools:
        (parts, details), _, _ = listed
        for index in range(len(parts)):
            known, marks = details.get(index, ({}, {}))
            new = {key: said for key, said in fields.items() if key not in known}
            details[index] = ({**known, **new}, {**marks, **{key: offset + offsets[key] for key in new}})


def _prose_fields(state: State) -> None:
    """The fields only a sentence gave, after every label has had its say. Two or more of them make a
    policy of a text without any heading of the template (a director's memo)."""
    given = 0
    for target, (value, block, offset) in state.prose.items():
        if state.data.get(target) is not None and not (target == "geldt_voor" and _memo_scope(state, block)):
            continue
        given += 1
        at = Block(block.kind, block.text, *state.at(block, offset))  # where the value is: its line and column
        if target == "goedgekeurde_tools":
            parts, details = value
            first = len(list_of(state, target))
            _listed_tools(state, at, parts)
            for index, (fields, offsets) in details.items():  # what a later sentence says of one of them
                tool = list_of(state, target)[first + index]
                for key, said in fields.items():
                    if isinstance(tool, dict) and key not in tool:
                        tool[key] = said
                        mark = state.at(block, offsets[key])
                        state.doc.value_marks[(target, first + index, key)] = mark
                        state.doc.key_marks[(target, first + index, key)] = mark
        else:
            set_value(state, target, value, at, at)
    if given >= _PROSE_FIELDS_FOR_A_POLICY:
        state.seen_structure = True
    if state.seen_structure:
        writer_fields(state)


_TITLE_NOUN = re.compile(r"(?:^|[\s-])(?:afspraken|regels|richtlijnen|protocol|gedragscode|rules|guidelines)\b", re.I)
"""A title word other than "beleid"/"policy" in a document's first line ("AI-afspraken Autobedrijf Van Dam")."""
_ONLY_A_TOOL = re.compile(
    r"^(?:alleen|uitsluitend|only)\s+(?!AI\b|AI-)[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)*(?:\s|[.(,]|$)"
)
"""What an "Allowed:" label names when it is a tool ("Toegestaan: alleen Microsoft 365 Copilot …"), not a use."""
_PROSE_FIELDS_FOR_A_POLICY = 2


def _tool(state: State, target: str, block: Block, tool: dict[str, Any], offsets: dict[str, int]) -> None:
    index = len(list_of(state, target))
    append(state, target, tool, block)
    for key, offset in offsets.items():
        state.doc.value_marks[(target, index, key)] = state.doc.key_marks[(target, index, key)] = state.at(
            block, offset
        )


def _listed_tools(state: State, block: Block, parts: list[tuple[str, int]]) -> None:
    """One tool for each part of a paragraph that lists them (``tool_parts``), located where the part starts."""
    for part, begin in parts:
        tool, offsets = parse_tool(part)
        _tool(state, "goedgekeurde_tools", block, tool, {key: begin + offset for key, offset in offsets.items()})


def _group_item(state: State, block: Block, text: str, *, top: bool = False) -> str:
    """A rule right under "Regels" or "Golden rules": a prohibition by its first words ("Never …", "Deel
    geen …") belongs to DIT NIET, any other rule to ALTIJD; both are counted by meaning. ``top``: a list right
    under the title, whose items are rules by their first words (others stay text outside the lists)."""
    state.section = "~top" if top else "~group"
    state.seen_structure = True
    target = group_item_kind(text)
    mark_key(state, target, state.group or block)
    return target


def _what_we_do(state: State, block: Block, text: str) -> str:
    """An item under "What we do" / "Wat wij doen", the counterpart of "What we never do": what we do with AI
    (a permission), what we always do or check ("We always read and check an AI text …", "Wij lezen en
    controleren elk stuk tekst …": a duty), or, by its first words, what we never do."""
    target = what_we_do_kind(text)
    state.seen_structure = True
    mark_key(state, target, block)
    return target


def _value(state: State, target: str, block: Block) -> None:
    text = block.text.strip()
    if target in RULE_KINDS:
        append(state, target, rule_item(text, target), block)
    elif target == "goedgekeurde_tools":
        listed = tool_parts(text) if block.kind == "para" else []
        _listed_tools(state, block, listed)  # "Microsoft Copilot (zakelijk account) en DeepL Pro."
        if text and not listed and block.kind == "para" and (_NOTE_SENTENCE.search(text) or shared_details(text)):
            _loose(state, block, text)  # "Any other tool must be approved by IT first.": a note, no tool
        elif text and not listed:
            _tool(state, target, block, *parse_tool(text))
    elif target in ("geldt_voor", "afspraken"):
        if target == "geldt_voor" and (answer := _SCOPE_ANSWER.match(text)):
            text = answer.group(1)  # "To all pharmacists, …." under "Who does this policy apply to?"
        if block.kind == "item" or state.given is not None:  # a second paragraph makes it a list
            append(state, target, text or None, block)
        else:
            set_value(state, target, text, block, block)
            state.given = text
    elif target == "aanspreekpunt":
        if state.given is not None:  # "Marieke de Vries" and her e-mail address on the next line
            text = f"{state.given} · {text}"
        contact, offsets = parse_contact(text)
        set_value(state, target, contact, block, block, again=state.given is not None)
        for key, offset in offsets.items():
            part = contact[key] if isinstance(contact, dict) else ""
            if state.given is None or (part and part in block.text):  # on this paragraph: mark it here
                at = state.at(block, block.text.find(part) if state.given is not None else offset)
                state.doc.value_marks[("aanspreekpunt", key)] = state.doc.key_marks[("aanspreekpunt", key)] = at
        state.given = text
    elif target in _DATES and state.given is None and (len(text.split()) > _DATE_WORDS or _DATE_CUE.match(text)):
        _date_in_sentence(state, target, block, text)
    elif target in _DATES and state.given is not None and target in state.soft:
        _loose(state, block, text)  # "Adopted by the management team on …" after "… enters into force on 1 May …"
    else:
        if state.given is not None:  # a value that goes on in the next paragraph
            text = f"{state.given} {text}"
        set_value(state, target, text, block, block, again=state.given is not None)
        state.given = text


def _date_in_sentence(state: State, target: str, block: Block, text: str) -> None:
    """A sentence under a date's heading: "Dit beleid treedt in werking op 1 januari 2026." gives its date (a
    label after it may still say it), "Dit beleid wordt jaarlijks herzien." is about the date, not the date."""
    found = date_in(text)
    if found is None:
        _loose(state, block, text)
        return
    value, offset = found
    dated = Block(block.kind, value, *state.at(block, offset))
    set_value(state, target, value, dated, dated)
    state.soft.add(target)
    state.given = value


_SCOPE_ANSWER = re.compile(
    r"^(?:to|for|voor|aan)\s+((?:all|every|everyone|each|the|our|alle|iedereen|elke|ieder|iedere|de|het|onze)\b.*?)\.?$",
    re.IGNORECASE | re.DOTALL,
)
_NOTE_SENTENCE = re.compile(
    r"^(?=(?:\S+\s+){6}).*\b(?:must|should|may|can|moet|moeten|mag|mogen|kan|kunnen|is|are|zijn|wordt|worden|need|needs)\b",
    re.IGNORECASE,
)
_DATES = ("ingangsdatum", "herzieningsdatum")
_DATE_WORDS = 5  # "woensdag 15 april 2026 13:04" is a date; a longer text is a sentence that may hold one
_DATE_CUE = re.compile(
    r"^(?:effective|in\s+force|valid|starting|from|as\s+of|vanaf|per|met\s+ingang\s+van|geldig|ingaand)\b", re.I
)
"""A short text that leads its date in ("effective from 1 March 2026."): the date is in it, not all of it."""
