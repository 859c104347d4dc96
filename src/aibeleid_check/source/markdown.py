"""Reader for Markdown policies (``.md``): the template's structure, with line and column positions.

markdown-it-py (which Rich already depends on) parses the page; this module only turns its tokens into
:class:`~aibeleid_check.source.structure.Block` values and collects the suppression comments
(``<!-- aibeleid-check: ignore[AIB302] reden: … -->``). The library is imported only when a Markdown file
is read. Lines that continue a paragraph are one block with it, unless they start with a label of their own
(``**Versie:** 1.0`` under ``**Ingangsdatum:** …``).
"""

from __future__ import annotations

import re
from typing import Any

from aibeleid_check.source import Document, SourceKind
from aibeleid_check.source.label_lines import opens_with_label
from aibeleid_check.source.reading import Block, split_label
from aibeleid_check.source.structure import interpret
from aibeleid_check.source.text import decode as decode_text

_COMMENT = re.compile(r"<!--\s*aibeleid-check\s*:.*?-->", re.IGNORECASE | re.DOTALL)
_PREFIX = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)?")
_CONTAINERS = {"bullet_list_open", "ordered_list_open"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
Segment = tuple[int, list[tuple[str, bool, bool]]]
MAX_MARKDOWN_BYTES = 256 * 1024
"""A Markdown policy's size; the template is 3 kB. markdown-it parses the whole text before any other budget."""
MAX_LINES = 5000
MAX_MARKUP = 20_000
"""Markup characters (``[]*_<>|`!``) in the whole text; the template has about 80."""
MAX_CELLS = 100
"""Table cells (``|``) on one line."""
_MARKUP = re.compile(r"[\[\]*_<>|`!]")


def _over_budget(raw: bytes, text: str, doc: Document) -> bool:
    """Cheap checks before markdown-it runs: pathological input (deep runs of brackets or emphasis, a table
    of ten thousand columns) is a limit finding instead of seconds and hundreds of MB."""
    if len(raw) > MAX_MARKDOWN_BYTES:
        doc.problem(SourceKind.TOO_LARGE, size=len(raw), limit=MAX_MARKDOWN_BYTES)
    elif len(doc.lines) > MAX_LINES:
        doc.problem(SourceKind.TOO_MANY_VALUES, MAX_LINES + 1, 1, limit=MAX_LINES, found="lines")
    elif sum(1 for _ in _MARKUP.finditer(text)) > MAX_MARKUP:
        doc.problem(SourceKind.TOO_MANY_VALUES, limit=MAX_MARKUP, found="markup")
    else:
        wide = next((number for number, line in enumerate(doc.lines, 1) if line.count("|") > MAX_CELLS), 0)
        if not wide:
            return False
        doc.problem(SourceKind.TOO_MANY_VALUES, wide, 1, limit=MAX_CELLS, found="cells")
    return True


def parse(raw: bytes, path: str) -> Document:
    """Read a Markdown policy. Never raises for bad input."""
    doc = Document(path=path, location_kind="line", form="markdown")
    text = decode_text(raw, doc)
    if text is None:
        return doc
    doc.lines = tuple(_LINE_BREAK.split(text.removesuffix("\n")))  # as markdown-it counts lines: \n, \r\n, \r
    if not text.strip():
        doc.problem(SourceKind.EMPTY)
        return doc
    if _over_budget(raw, text, doc):
        return doc
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks = _Walker(doc).walk(tokens)
    if not blocks:
        doc.problem(SourceKind.EMPTY)
        return doc
    return interpret(blocks, doc)


class _Walker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.blocks: list[Block] = []
        self.depth = 0
        self.in_item = 0
        self.header = False

    def walk(self, tokens: list[Any]) -> list[Block]:
        pending: Any = None
        for token in tokens:
            kind = token.type
            if kind in _CONTAINERS:
                self.depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.depth -= 1
            elif kind in ("heading_open", "paragraph_open", "list_item_open", "tr_open"):
                pending = pending if kind == "paragraph_open" and pending is not None else token
                if kind == "tr_open":
                    self._row_start(token)
            elif kind == "thead_open":
                self.header = True
            elif kind == "thead_close":
                self.header = False
            elif kind == "inline" and pending is not None:
                self._inline(pending, token)
                if pending.type != "tr_open":
                    pending = None
            elif kind == "tr_close":
                self._row_end()
                pending = None
            elif kind == "html_block":
                self._comments(token.content, token.map[0] + 1 if token.map else 1)
        return self.blocks

    # --- paragraphs, headings, list items -------------------------------------------------------

    def _inline(self, opener: Any, token: Any) -> None:
        line = (token.map or opener.map or [0])[0] + 1
        if opener.type == "tr_open":
            self._cell(token, line)
            return
        kind = "heading" if opener.type == "heading_open" else "item" if opener.type == "list_item_open" else "para"
        level = int(opener.tag[1]) if kind == "heading" else self.depth
        for offset, segment in self._segments(token.children or [], kind, line):
            self.blocks.append(self._block(kind, segment, line + offset, level))

    def _segments(self, children: list[Any], kind: str, line: int) -> list[Segment]:
        """The inline text as (line offset, [(text, bold, italic)]); a new segment where a line starts a label."""
        segments: list[Segment] = [(0, [])]
        bold = italic = 0
        offset = 0
        for child in children:
            kind_ = child.type
            if kind_ in ("softbreak", "hardbreak"):
                offset += 1
                segments.append((offset, []))
            elif kind_ == "strong_open":
                bold += 1
            elif kind_ == "strong_close":
                bold -= 1
            elif kind_ == "em_open":
                italic += 1
            elif kind_ == "em_close":
                italic -= 1
            elif kind_ == "html_inline":
                self._comments(child.content, line + offset)
            elif kind_ in ("text", "code_inline"):
                segments[-1][1].append((child.content, bold > 0, italic > 0))
            elif kind_ == "image":
                continue
        return self._join(segments, kind)

    def _join(self, segments: list[Segment], kind: str) -> list[Segment]:
        """The lines of a paragraph as one text, except where a line starts a label of its own, or, after a
        line that ends a sentence, states a field of its own ("Questions? Ask Peter van Dijk, 06 …", "Applies
        to all instructors and the office, from 1 January 2026." under "Approved tools: …")."""
        joined: list[Segment] = []
        after_label = False  # the paragraph so far is a label's line: a field stated on the next needs no full stop
        for offset, parts in segments:
            lead = next((part for part in parts if part[0].strip()), None)
            starts_label = lead is not None and (lead[1] or opens_with_label(lead[0]))
            if joined and kind == "para" and not starts_label and lead is not None:
                starts_label = _states_a_field(joined[-1][1], parts, after_label=after_label)
                starts_label = starts_label or _next_rule(joined[-1][1], parts)
            if joined and (kind != "para" or not starts_label):
                joined[-1][1].append((" ", False, False))
                joined[-1][1].extend(parts)
            else:
                joined.append((offset, list(parts)))
                after_label = lead is not None and (lead[1] or opens_with_label(lead[0]))
        return joined

    def _block(self, kind: str, parts: list[tuple[str, bool, bool]], line: int, level: int) -> Block:
        text = "".join(part for part, _, _ in parts)
        label, rest, prompt = split_label(parts)
        raw = self.doc.lines[line - 1] if 0 < line <= len(self.doc.lines) else ""
        column = len(_PREFIX.match(raw).group(0)) + 1 if raw else 1  # type: ignore[union-attr]
        rest_at = raw.find(rest.strip()[:12]) if rest.strip() else -1
        return Block(
            kind,  # type: ignore[arg-type]
            text.strip(),
            line,
            column,
            level,
            label=label.strip() if kind != "heading" else "",
            rest=rest.strip() if label else "",
            rest_column=rest_at + 1 if rest_at >= 0 else column,
            prompt=prompt,
        )

    # --- tables ----------------------------------------------------------------------------------

    def _row_start(self, token: Any) -> None:
        self.row_line = (token.map or [0])[0] + 1
        self.row_cells: list[tuple[str, int]] = []

    def _cell(self, token: Any, line: int) -> None:
        children = token.children or []
        for child in children:
            if child.type == "html_inline":
                self._comments(child.content, line)
        text = "".join(child.content for child in children if child.type in ("text", "code_inline"))
        self.row_cells.append((text.strip(), 1))

    def _row_end(self) -> None:
        raw = self.doc.lines[self.row_line - 1] if 0 < self.row_line <= len(self.doc.lines) else ""
        columns = _cell_columns(raw)
        cells = tuple((text, columns[i] if i < len(columns) else 1) for i, (text, _) in enumerate(self.row_cells))
        shown = " | ".join(text for text, _ in cells)
        self.blocks.append(Block("row", shown, self.row_line, 1, cells=cells, header=self.header))

    # --- comments --------------------------------------------------------------------------------

    def _comments(self, content: str, line: int) -> None:
        for match in _COMMENT.finditer(content):
            first_line = line + content.count("\n", 0, match.start())
            found = match.group(0)
            self.doc.comments[first_line] = found if "\n" not in found else " ".join(found.split())


def _next_rule(before: list[tuple[str, bool, bool]], parts: list[tuple[str, bool, bool]]) -> bool:
    """A line that is a rule by its first words after lines that are one too, each ending its sentence ("**Never**
    paste anything about our clients …" then "Don't share our landlord contracts …"): the rules typed as lines, one
    block each, not one long rule."""
    from aibeleid_check.source.rule_wording import rule_by_first_words

    previous = "".join(text for text, _, _ in before).strip()
    line = "".join(text for text, _, _ in parts).strip()
    return previous.endswith((".", "!")) and rule_by_first_words(previous) and rule_by_first_words(line)


def _states_a_field(
    before: list[tuple[str, bool, bool]], parts: list[tuple[str, bool, bool]], *, after_label: bool = False
) -> bool:
    """A line that states a field of its own after a sentence, or after a label's line ("Contact: Rhys …,
    rhys@…" over "Dit beleid geldt voor alle medewerkers")."""
    from aibeleid_check.source.prose_reading import stated_fields

    previous = "".join(text for text, _, _ in before).rstrip()
    line = "".join(text for text, _, _ in parts).strip()
    ended = after_label or previous.endswith((".", "!", "?"))
    return ended and line[:1].isupper() and bool(stated_fields(line))


def _cell_columns(raw: str) -> list[int]:
    """1-based column of each cell's text in a table line (``| a | b |``)."""
    columns = []
    stripped = raw.lstrip()
    start = len(raw) - len(stripped)
    if stripped.startswith("|"):
        start += 1
    position = start
    for cell in re.split(r"(?<!\\)\|", raw[start:]):
        lead = len(cell) - len(cell.lstrip())
        columns.append(position + lead + 1)
        position += len(cell) + 1
    return columns
