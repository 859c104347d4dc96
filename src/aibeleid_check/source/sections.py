"""Where a section of a document opens and where it ends: a heading, a label or a colon lead names the section
(``labels.classify``), an unknown one is reported with the nearest known section, a heading over deeper
headings only groups them, fields written on one line are split, and a list a colon lead opened ends with its
items. Reading what a section holds is :mod:`aibeleid_check.source.section_content`'s job; a label's own
value, :mod:`aibeleid_check.source.field_values`'.
"""

from __future__ import annotations

import re

from aibeleid_check.source import SourceKind, labels
from aibeleid_check.source.filling import LIST_SECTIONS, RULE_KINDS, State, empty, mark_key
from aibeleid_check.source.label_lines import MAX_LABEL_WORDS, dash_field
from aibeleid_check.source.prose_fields import date_in
from aibeleid_check.source.reading import Block
from aibeleid_check.source.titles import title_heading

_NOT_A_HEADING = 99


def heading(state: State, block: Block) -> None:
    saw_heading(state, block)
    target = labels.classify(block.text, heading=True)
    if target is None and block.line in state.field_headings:
        target = "~container"  # "Key information" over a table of the fields: the fields' own heading
    if target is None and labels.asks_whether(block.text) and (state.title_line or state.data):
        target = "~qa"  # "May I use AI at all?" over "Yes. You may use AI to …": read by the answer's first word
        # (under a title that names no one, such a question is no organisation)
    if title_heading(state, block, target):
        return
    if target is None and labels.asks_whether(block.text):
        target = "~qa"
    open_section(state, target, block, block.text)
    ask(state, block.text if target == "~qa" else "")


def saw_heading(state: State, block: Block) -> None:
    """A heading, or a label on a line of its own, in ``Document.headings``, whatever it opens."""
    state.doc.headings.append((block.line, block.column, block.text.strip()))


def ask(state: State, question: str) -> None:
    """The question whose answer is read next (``""``: none): as written, whether it asks what AI may do
    ("Can AI decide …?"), and whether it asks about a thing ("What about our code?")."""
    state.question = question.strip()
    state.asks_ai = bool(question) and labels.asks_of_ai(question)
    state.asks_about = bool(question) and labels.asks_about(question)


def open_section(state: State, target: str | None, block: Block, label: str) -> None:
    """A heading or a label on a line of its own opens ``target``: a field or rule list it names is there, and
    empty until a value follows (as ``key:`` in YAML)."""
    opened = enter_section(state, target, block, label)
    if opened is not None:
        empty(state, opened, block)


def enter_section(state: State, target: str | None, block: Block, label: str) -> str | None:
    """Make ``target`` the section being read, from ``block`` on; ``None`` is an unknown heading, reported with
    the nearest known section. Returns ``target`` when it is a field or a rule list, whose value may follow;
    ``None`` for an unknown heading and for a section of another kind (a grouping, an introduction, questions)."""
    state.opened.append(block.line)
    state.pending_org = False
    state.lead = ""
    state.left = None
    state.colon_list = False
    state.lead_items = False
    state.listed = False
    if target is None:
        nearest = labels.nearest(label)
        state.doc.problem(
            SourceKind.UNKNOWN_HEADING, block.line, block.column, found=label.strip().rstrip(":").strip(), key=nearest
        )
        state.section = "~unknown"
        state.unknown_at = (len(state.doc.problems) - 1, block.level if block.kind == "heading" else _NOT_A_HEADING)
        state.unknown.append((state.doc.problems[-1], block.line))
        return None
    state.section = target
    state.given = None
    state.group = block if target == "~rules" else None
    if target.startswith("~"):
        return None
    state.seen_structure = True
    mark_key(state, target, block)
    return target


def looks_like_label(state: State, block: Block, label: str) -> bool:
    """An unknown bold label counts as a heading (and so as unknown) when it ends in a colon, is a typo of a
    known one, or stands alone outside a list: under DIT MAG a rule in bold ("**Brainstormen**") is a rule."""
    short = len(label.split()) <= MAX_LABEL_WORDS and not label.rstrip().endswith((".", "!", "?"))
    if not short:
        return False
    if label.rstrip().endswith(":") or labels.near_miss(label):
        return True
    in_list = state.section in RULE_KINDS or state.section in LIST_SECTIONS
    return not block.rest.strip() and not in_list


def grouped_by_unknown(state: State, block: Block) -> None:
    """The first block under an unknown heading: when it opens a known section itself, as a deeper heading
    or a bold label on its own line ("## ChatGPT" over "**Do's**" and "**Don'ts**"), the unknown heading only
    groups the sections under it and what is under it reaches the A4: no warning for it."""
    index, level = state.unknown_at or (0, 0)
    state.unknown_at = None
    if level == _NOT_A_HEADING:
        return
    if block.kind == "heading":
        opens = block.level > level and labels.classify(block.text, heading=True)
    else:  # a bold label on its own line, or a field's label with its value ("**Goedgekeurde tools:** Copilot …")
        opens = (
            block.kind == "para" and bool(block.label) and labels.classify(block.label, heading=not block.rest.strip())
        )
    if opens and not opens.startswith("~") and index < len(state.doc.problems):
        if state.doc.problems[index].kind is SourceKind.UNKNOWN_HEADING:
            del state.doc.problems[index]


_ONE_WORD_FIELDS = frozenset({"who", "wie", "when", "wanneer", "for whom", "start", "ingang"})


def one_word_field(target: str, label: str) -> bool:
    """A field's label of one question word ("**Who:**", "**When:**", "Wanneer:"), which opens the field only
    as a heading, or with the answer it asks for (:func:`answers_one_word`)."""
    return target in ("geldt_voor", "ingangsdatum") and labels.norm(label).rstrip("?") in _ONE_WORD_FIELDS


def answers_one_word(target: str, block: Block, rest: str) -> bool:
    """ "**When:** effective from 1 March 2026." gives a date; "**Who:** all funeral directors …" is bold
    and answers on its own line. A plain "Wanneer:" over a list, or "Wanneer: altijd bij …", is text."""
    if target == "ingangsdatum":
        return date_in(rest) is not None
    return bool(block.label) and bool(rest.strip())


_FIELD_BREAK = re.compile(r"\s+[·|•]\s+|(?<=[.;])\s+(?=[A-Z][\w ]{1,30}:\s)")


def fields_on_one_line(state: State, block: Block) -> list[Block]:
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
        dashed = dash_field(piece.strip())  # "- Aanspreekpunt – Sanne de Vries, …"
        head = dashed[0] if dashed else piece.partition(":")[0] if ":" in piece else piece.rsplit(" ", 1)[0]
        if labels.classify(head) in (None, "~ignore", "~container", "~rules", "~intro", *RULE_KINDS):
            return []
        if dashed:
            text = f"{head}: {dashed[1].strip().rstrip('.;')}"
        else:
            text = piece.strip().rstrip(".;") if ":" in piece else f"{head}: {piece[len(head) :].strip()}"
        blocks.append(Block("para", text, block.line, block.column + offset))
    return blocks


def colon_list(state: State, section: str | None) -> None:
    """A plain colon lead has opened a rule list: that list is the lead's and ends with its items. Inside
    another rule ``section`` the section's own list goes on after it; outside the sections ("What you may not
    do:" in a director's e-mail) the paragraphs after it are text outside the sections again, read by their
    meaning (:func:`after_colon_list`)."""
    if state.section in RULE_KINDS and state.section != section:
        colon_list_from(state, state.section, section)


def colon_list_from(state: State, opened: str, section: str | None) -> None:
    state.section = opened
    state.left = section if section in RULE_KINDS or (section or "").startswith("~") else None
    state.colon_list = True


def after_colon_list(state: State, block: Block) -> None:
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
