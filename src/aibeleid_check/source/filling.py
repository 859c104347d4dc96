"""How a document's values land in the policy's plain data: the reading state, the setters that keep every
value's position (``value_marks``/``key_marks``) and report a field given twice, and the tools table's rows.

Used by :mod:`aibeleid_check.source.structure`, which decides from each block what it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aibeleid_check.source import Document, Path, SourceKind, labels
from aibeleid_check.source.label_words import PAIRED_LIST_WORDS
from aibeleid_check.source.reading import Block, cell_value, rule_item
from aibeleid_check.source.rule_wording import do_item_kind, group_item_kind
from aibeleid_check.source.tool_spec import cell_detail

RULE_KINDS = ("mag", "mag_niet", "moet")
LIST_SECTIONS = ("goedgekeurde_tools", "geldt_voor", "afspraken")


@dataclass(slots=True)
class State:
    """Where the reading of one document stands."""

    doc: Document
    data: dict[str, Any] = field(default_factory=dict)
    section: str | None = None  # a key of labels.SECTIONS, "~ignore", "~unknown", "~container", "~rules" or None
    group: Block | None = None  # the "## Regels" heading whose own list items are read as regels.moet
    org_from_title: bool = False  # the organisation so far is the title's: an "Organisatie:" line overrides it
    title_line: int = 0
    columns: list[str | None] | None = None
    rule_columns: list[str | None] | None = None  # a "Do | Don't" table: the rule list under each column
    seen_structure: bool = False
    pending_org: bool = False
    name_line: bool = False  # a title about AI naming no one: capitalised words on the line under it name it
    first_line: dict[str, int] = field(default_factory=dict)
    exact_columns: bool = True
    given: str | None = None  # the text of the single-valued field the current section has given so far
    lead: str = ""  # text outside the sections that ends in a colon: the list under it is read with it
    left: str | None = None
    """The rule section a plain colon lead inside it left ("How AI can be used" for "What it cannot be used
    for:"): the lead governs the list under it, a paragraph after that list is the section's again."""
    lead_items: bool = False  # the list under that lead has begun
    listed: bool = False  # the rule section being read has had list items
    colon_list: bool = False
    """The rule section was opened by a plain colon lead ("What you may not do:"): it ends with its items, and
    a paragraph after them is back in ``left`` (None: outside every section)."""
    top_rules_level: int | None = None
    """The level of the list right under the title whose last item was a rule by its first words: the list's
    next items at that level are its rules too ("Only use the tools listed below.")."""
    sender: str = ""  # the name on a memo's From:/Van: line
    sender_at: Block | None = None  # that line
    signature: list[Block] = field(default_factory=list)  # the lines after a sign-off ("Kind regards,")
    memo: bool = False  # a mail or memo: a header line ("From:", "Subject:") or a greeting ("Hi all,") was read
    me_contact: tuple[str, Block, int] | None = None
    """A sentence that names its writer as the contact ("ask me directly: …", "Twijfel je? Mail me."): the
    contact is the writer the signature or the From: line names."""
    role_contact: tuple[str, Block, int] | None = None
    """A sentence that sends doubts to a role without naming anyone ("Questions? Talk to your supervisor."): the
    role and where it is, the contact when nothing else gives one."""
    unknown_at: tuple[int, int] | None = None
    """The unknown heading just read (its problem's index, its level): a sub-heading or bold label of a known
    section right under it ("## ChatGPT" over "**Do's**") makes it a grouping heading, without the warning."""
    question: str = ""  # the question whose answer is read next ("Mag ik … laten opstellen?"), as written
    asks_ai: bool = False  # the question over the answers asks whether AI may do something ("Can AI decide …?")
    asks_about: bool = False  # it asks about a thing ("What about our code?"): its answer says in its own words
    addressed: bool = False  # the scope so far is a memo's To:/Aan: line: the memo's own scope sentence wins
    soft: set[str] = field(default_factory=set)
    """Fields whose value a sentence gave ("… de volgende herziening is 1 maart 2027"): a label for the same
    field after it says it more precisely and replaces it, without a duplicate."""
    field_headings: set[int] = field(default_factory=set)
    opened: list[int] = field(default_factory=list)  # the lines of every heading or label that opened a section
    unknown: list[tuple[Any, int]] = field(default_factory=list)
    """Each unknown heading's problem and line: what a sentence under it gave is named in its warning."""
    """The lines of headings right above a table of the fields: they head those fields."""
    prose: dict[str, tuple[Any, Block, int]] = field(default_factory=dict)
    """Fields stated in a sentence outside the sections (value, paragraph, offset): used when no label gives them.
    The value as read: the text of the scope or the date, the tools' parts, the contact."""

    def at(self, block: Block, offset: int) -> tuple[int, int]:
        return (block.line, block.column + offset if self.exact_columns else block.column)


def mark_key(state: State, target: str, block: Block) -> None:
    path = path_of(target)
    if target in RULE_KINDS and ("regels",) not in state.doc.key_marks:
        state.doc.key_marks[("regels",)] = (block.line, block.column)
        state.doc.value_marks[("regels",)] = (block.line, block.column)
    if path not in state.doc.key_marks:
        state.doc.key_marks[path] = (block.line, block.column)


def path_of(target: str) -> Path:
    return ("regels", target) if target in RULE_KINDS else (target,)


def empty(state: State, target: str, block: Block) -> None:
    """A label or heading with nothing filled in yet: the field is there, and empty (as ``key:`` in YAML)."""
    holder = holder_of(state, target)
    if target not in holder:
        holder[target] = None
        state.doc.value_marks.setdefault(path_of(target), (block.line, block.column))


def holder_of(state: State, target: str) -> dict[str, Any]:
    if target in RULE_KINDS:
        rules: dict[str, Any] = state.data.setdefault("regels", {})
        return rules
    return state.data


def list_of(state: State, target: str) -> list[Any]:
    holder = holder_of(state, target)
    current = holder.get(target)
    if not isinstance(current, list):
        if current is not None and path_of(target) in state.doc.value_marks:  # a text that became a list
            state.doc.value_marks[path_of(target) + (0,)] = state.doc.value_marks[path_of(target)]
        current = [] if current is None else [current]
        holder[target] = current
    return current


def append(state: State, target: str, item: Any, block: Block) -> None:
    items = list_of(state, target)
    path = path_of(target) + (len(items),)
    items.append(item)
    state.doc.value_marks[path] = (block.line, block.column)
    state.doc.value_marks.setdefault(path_of(target), (block.line, block.column))
    if isinstance(item, dict) and "id" in item:
        state.doc.key_marks[path + ("id",)] = (block.line, block.column)
        state.doc.value_marks[path + ("id",)] = (block.line, block.column)


def set_value(state: State, target: str, value: Any, block: Block, at: Block, *, again: bool = False) -> None:
    """A single-valued field. Given twice it is a duplicate, as a key twice in YAML (the last one counts);
    ``again`` is the same value going on in its next paragraph."""
    holder = holder_of(state, target)
    if target == "organisatie":
        state.seen_structure = True
        if state.org_from_title:  # "AI-beleid gemeente X" and "Organisatie: Gemeente X": the line wins, silently
            state.org_from_title = False
            state.first_line.pop(target, None)
            state.doc.key_marks.pop(("organisatie",), None)
    if target in state.soft and not again:
        state.soft.discard(target)
        state.first_line.pop(target, None)
    if holder.get(target) is not None and target in state.first_line and not again:
        state.doc.problem(
            SourceKind.DUPLICATE_KEY,
            at.line,
            at.column,
            path=path_of(target),
            key=target,
            first_line=state.first_line[target],
        )
    if isinstance(value, str) and (not value.strip() or labels.is_prompt(value)):
        value = None  # a placeholder stays the author's text, as in YAML: the rules read it as empty
    holder[target] = value
    state.first_line.setdefault(target, at.line)
    path = path_of(target)
    state.doc.key_marks.setdefault(path, (block.line, block.column))
    if not again:  # a value that goes on stays located where it starts
        state.doc.value_marks[path] = (at.line, at.column)


def table_row(state: State, block: Block) -> None:
    cells = [text for text, _ in block.cells]
    found = [labels.tool_column(cell) for cell in cells]
    is_header = (block.header or state.columns is None) and "naam" in found and sum(f is not None for f in found) >= 2
    if is_header:
        state.columns = found
        state.section = "goedgekeurde_tools"
        state.seen_structure = True
        mark_key(state, "goedgekeurde_tools", block)
        return
    if block.header or state.section != "goedgekeurde_tools":
        _other_table_row(state, block)  # a table that is not the tools table
        return
    columns = state.columns or ["naam", "verwerkersovereenkomst", "persoonsgegevens"]
    tool: dict[str, Any] = {}
    marks: dict[str, int] = {}
    for (text, column), key in zip(block.cells, columns, strict=False):  # a short row misses its last cells
        value = cell_value(text)
        if key is not None and value is not None:
            tool[key] = cell_detail(key, value) if isinstance(value, str) else value
            marks[key] = column if state.exact_columns else 1
    if not tool:
        return  # an empty row of the template's table, still to fill in
    index = len(list_of(state, "goedgekeurde_tools"))
    append(state, "goedgekeurde_tools", tool, block)
    for key, column in marks.items():
        state.doc.value_marks[("goedgekeurde_tools", index, key)] = (block.line, column)
        state.doc.key_marks[("goedgekeurde_tools", index, key)] = (block.line, column)


def _other_table_row(state: State, block: Block) -> None:
    """A row of a table that is not the tools table. A header naming rule lists ("Do | Don't", "Wel doen |
    Niet doen") makes every cell below it an item of its column's list; under DIT MAG / DIT NIET / ALTIJD a
    row is one item; outside every section a cell is text read for the four prohibitions (AIB406)."""
    if block.header:
        kinds = [_column_kind(text) for text, _ in block.cells]
        paired = [
            PAIRED_LIST_WORDS.get(labels.norm(text) or text.strip()) or kind
            for (text, _), kind in zip(block.cells, kinds, strict=False)
        ]
        if "mag" in paired and "mag_niet" in paired:
            kinds = paired  # "Wel | Niet", "✓ | ✗", "Doen | Niet doen": a column of each, so the pair says it
        if "mag_niet" in kinds:  # "Do | Don't": the Do column holds duties too ("Always check …")
            kinds = [
                _DO if kind == "mag" and labels.norm(text) in _DO_COLUMNS else kind
                for (text, _), kind in zip(block.cells, kinds, strict=False)
            ]
        if not any(kind in RULE_KINDS for kind in kinds) and state.section in ("~rules", "~group"):
            kinds = [_RULE if labels.norm(text) in _RULE_COLUMNS else None for text, _ in block.cells]
            if _RULE not in kinds:
                kinds = []
            else:
                state.seen_structure = True  # "No. | Rule | Why": each row's rule, in the list its words say
        state.rule_columns = kinds if any(kind in (*RULE_KINDS, _RULE, _DO) for kind in kinds) else None
        if _DO in kinds:
            state.seen_structure = True
        for listed in dict.fromkeys(kind for kind in kinds if kind is not None and kind in RULE_KINDS):
            state.seen_structure = True
            mark_key(state, listed, block)
        return
    if state.rule_columns is not None:
        for (text, column), kind in zip(block.cells, state.rule_columns, strict=False):
            _cell_rule(state, kind, text, Block("item", text, block.line, column if state.exact_columns else 1))
        return
    texts = [" ".join(text.split()) for text, _ in block.cells if text.strip()]
    if state.section in RULE_KINDS and texts:
        append(state, state.section, rule_item("; ".join(texts), state.section), block)
    elif state.section in (None, "~unknown", "~container", "~intro"):  # (a grouping heading has no text of its own)
        for text, column in block.cells:
            _cell_rule(state, None, text, Block("item", text, block.line, column if state.exact_columns else 1))


def _column_kind(header: str) -> str | None:
    """The list a rule table's header cell names on its own: a heading's words, but not a word that names its
    list only beside its opposite ("Wel | Toelichting" is no rule table; "Wel | Niet" is, by the pair)."""
    return None if labels.norm(header) in PAIRED_LIST_WORDS else labels.classify(header, heading=True)


def _cell_rule(state: State, kind: str | None, text: str, at: Block) -> None:
    if "\n" in text.strip():  # a Word cell of several paragraphs ("Lesideeën laten bedenken." and a bullet)
        for line in text.split("\n"):
            _cell_rule(state, kind, line, at)
        return
    text = " ".join(text.split())
    if not text:
        return
    if kind == _RULE:
        kind = group_item_kind(text)  # a "Rule" column: a prohibition by its first words, a permission, a duty
        mark_key(state, kind, at)
    elif kind == _DO:
        kind = do_item_kind(text)  # the Do column: a permission, or a duty by its words
        mark_key(state, kind, at)
    if kind in RULE_KINDS:
        append(state, kind, rule_item(text, kind), at)
    else:
        state.doc.loose.append((text, at.line, at.column))


_RULE = "~rule"
_DO = "~do"
_DO_COLUMNS = frozenset({"do", "do's", "dos", "doen", "wel doen", "to do", "wat je wel doet", "wat wel"})
"""A Do column's header: what is done, which is what may be done and what must ("Always check …")."""
_RULE_COLUMNS = frozenset({"rule", "rules", "regel", "regels", "de regel", "the rule"})
"""The header of the column that holds the rules themselves in a table under a grouping heading ("Onze regels"
over "Nr. | Regel | Waarom"); elsewhere such a table's cells stay text outside the lists."""
