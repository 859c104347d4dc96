"""The YAML reader: decode a policy file and compose its YAML into plain values that keep their positions.

Scalars are kept as the text the author wrote (``str``), or ``None`` for an empty/``null`` value. The
model stage interprets ``ja``/``nee``, dates and the like itself: YAML 1.1's implicit typing would turn
``0612345670`` into an octal number and ``2026-02-30`` into an exception.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import yaml

from aibeleid_check.source import MAX_DEPTH, MAX_NODES, Document, Path, SourceKind

try:  # pragma: no cover - depends on how PyYAML was built
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_CORE + t for t in ("str", "null", "bool", "int", "float", "timestamp", "value"))
_NULL_PLAIN = frozenset(("", "~", "null", "Null", "NULL"))
_SEQ_TAG = _CORE + "seq"
_MAP_TAG = _CORE + "map"
_MERGE_TAG = _CORE + "merge"
_NULL_TAG = _CORE + "null"
_STR_TAG = _CORE + "str"


class _Loader(_BaseLoader):
    """The safe loader, with implicit tags resolved cheaply: scalars stay text here, so only an empty/null
    value and the merge key ``<<`` need their own tag. PyYAML's regular-expression resolver, called for
    every scalar, was a tenth of the time of a whole check."""

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            if implicit[0] and value in _NULL_PLAIN:
                return _NULL_TAG
            return _MERGE_TAG if implicit[0] and value == "<<" else _STR_TAG
        return _SEQ_TAG if kind is yaml.SequenceNode else _MAP_TAG

    # Path resolvers are not used; PyYAML's CParser still calls these for every node.
    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass


class _Abort(Exception):
    """Stops building values when a limit is hit; the problem is already recorded."""


def parse(raw: bytes, path: str) -> Document:
    """Decode and compose ``raw`` (the size limit is already checked). Never raises for bad input."""
    doc = Document(path=path)
    text = _decode(raw, doc)
    if text is None:
        return doc
    doc.lines = tuple(text.splitlines())
    doc.comments = suppression_comments(text, doc.lines)
    if not _has_content(text):
        doc.problem(SourceKind.EMPTY)
        return doc
    root = _compose(text, doc)
    if root is None:
        return doc
    try:
        doc.data = _Builder(doc).build(root, (), 0)
    except _Abort:
        doc.data = None
        return doc
    if not isinstance(doc.data, dict):
        kind = type(doc.data).__name__ if doc.data is not None else "null"
        doc.problem(SourceKind.NOT_MAPPING, root.start_mark.line + 1, root.start_mark.column + 1, found=kind)
        doc.data = None
    return doc


_OTHER_UNICODE_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def _decode(raw: bytes, doc: Document) -> str | None:
    for bom, name in _OTHER_UNICODE_BOMS:
        if raw.startswith(bom):  # Windows Notepad's "Unicode": text, but not the UTF-8 the format requires
            doc.problem(SourceKind.OTHER_UNICODE, encoding=name)
            return None
    if b"\x00" in raw:
        line, column = _position_of_offset(raw, raw.index(b"\x00"))
        doc.problem(SourceKind.BINARY, line, column)
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _position_of_offset(raw, exc.start)
        doc.problem(SourceKind.ENCODING, line, column, byte=raw[exc.start])
        return None
    return text


def _position_of_offset(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return line, column


_ANY_MARKER = re.compile(r"#\s*aibeleid-check\s*:", re.IGNORECASE)
_MARKER = re.compile(r"(?:^|\s)(#\s*aibeleid-check\s*:.*)$", re.IGNORECASE)


def suppression_comments(text: str, lines: tuple[str, ...]) -> dict[int, str]:
    """Line -> the ``# aibeleid-check: …`` comment on it. Found by pattern, not by the parser (which drops
    comments), so the text inside a quoted string counts too. One search first: most files have none."""
    if _ANY_MARKER.search(text) is None:
        return {}
    found = {}
    for index, line in enumerate(lines):
        marker = _MARKER.search(line) if "#" in line else None
        if marker is not None:
            found[index + 1] = marker.group(1)
    return found


_CONTENT_LINE = re.compile(r"^[ \t]*(?!#|---[ \t]*$|\.\.\.[ \t]*$)\S", re.MULTILINE)


def _has_content(text: str) -> bool:
    return _CONTENT_LINE.search(text) is not None


def _compose(text: str, doc: Document) -> yaml.Node | None:
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        if "maximum nesting depth" in reason:  # libyaml's own limit
            doc.problem(SourceKind.TOO_DEEP, line, column, limit=MAX_DEPTH)
            return None
        # libyaml does not say which character it could not start with
        tab = bool(mark) and _char_at(doc.lines, mark.line, mark.column) == "\t"  # type: ignore[union-attr]
        doc.problem(SourceKind.SYNTAX, line, column, reason=reason, tab=tab)
        return None
    except yaml.YAMLError as exc:  # e.g. a reader error for a control character
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        doc.problem(SourceKind.SYNTAX, line, column, reason=str(getattr(exc, "reason", "")) or str(exc))
        return None
    except RecursionError:
        doc.problem(SourceKind.TOO_DEEP, limit=MAX_DEPTH)
        return None
    if node is None:
        doc.problem(SourceKind.EMPTY)
    return node


def _char_at(lines: tuple[str, ...], line: int, column: int) -> str:
    return lines[line][column] if line < len(lines) and column < len(lines[line]) else ""


class _Builder:
    """Turns composed nodes into plain values, recording positions and source problems on the way."""

    __slots__ = ("doc", "budget", "active", "built", "aliased")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.budget = MAX_NODES
        self.active: set[int] = set()  # nodes being built right now: an alias to one of them is a cycle
        self.built: set[int] = set()  # lists and mappings built so far: meeting one again means an alias
        self.aliased = False

    def build(self, node: yaml.Node, path: Path, depth: int) -> Any:
        self.budget -= 1
        mark = node.start_mark
        self.doc.value_marks[path] = (mark.line + 1, mark.column + 1)
        if type(node) is yaml.ScalarNode:  # most nodes: keep their path short
            if self.budget < 0:
                self._too_many(node, path)
            return self._scalar(node, path)
        if self.budget < 0:
            self._too_many(node, path)
        if depth > MAX_DEPTH:
            self._fail(SourceKind.TOO_DEEP, node, path, MAX_DEPTH)
        if id(node) in self.active:
            self._fail(SourceKind.ALIAS_CYCLE, node, path)
        if id(node) in self.built:
            self.aliased = True
        self.built.add(id(node))
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                if node.tag != _SEQ_TAG:
                    return self._bad_tag(node, path)
                return [self.build(item, path + (index,), depth + 1) for index, item in enumerate(node.value)]
            if node.tag != _MAP_TAG:
                return self._bad_tag(node, path)
            return self._mapping(node, path, depth)
        finally:
            self.active.discard(id(node))

    def _scalar(self, node: yaml.ScalarNode, path: Path) -> str | None:
        tag = node.tag
        if tag == _STR_TAG:
            return node.value if node.style is not None or node.value not in _NULL_PLAIN else None
        if tag not in _SCALAR_TAGS:
            return self._bad_tag(node, path)
        if tag == _NULL_TAG or (node.style is None and node.value in _NULL_PLAIN):
            return None
        return node.value

    def _mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        merged: list[yaml.MappingNode] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                merged.extend(self._merge_sources(value_node, path))
                continue
            key = self._key(key_node, path)
            if key is None:
                continue
            key_path = path + (key,)
            mark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in result:
                first_line = self.doc.key_marks[key_path][0]
                self.doc.problem(SourceKind.DUPLICATE_KEY, *mark, path=key_path, key=key, first_line=first_line)
            self.doc.key_marks[key_path] = mark
            result[key] = self.build(value_node, key_path, depth + 1)
        for source in merged:  # YAML merge keys: explicit keys win, earlier merges win
            for key_node, value_node in source.value:
                key = self._key(key_node, path)
                if key is not None and key not in result:
                    self.doc.key_marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                    result[key] = self.build(value_node, path + (key,), depth + 1)
        return result

    def _merge_sources(self, node: yaml.Node, path: Path) -> list[yaml.MappingNode]:
        self.budget -= 1
        candidates = node.value if isinstance(node, yaml.SequenceNode) else [node]
        sources = [item for item in candidates if isinstance(item, yaml.MappingNode)]
        if len(sources) != len(candidates):
            mark = node.start_mark
            self.doc.problem(SourceKind.BAD_MERGE, mark.line + 1, mark.column + 1, path=path)
        return sources

    def _key(self, node: yaml.Node, path: Path) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_TAGS:
            return node.value
        mark = node.start_mark
        self.doc.problem(SourceKind.BAD_KEY, mark.line + 1, mark.column + 1, path=path, tag=node.tag)
        return None

    def _bad_tag(self, node: yaml.Node, path: Path) -> None:
        mark = node.start_mark
        self.doc.problem(SourceKind.TAG, mark.line + 1, mark.column + 1, path=path, tag=node.tag)
        return None

    def _too_many(self, node: yaml.Node, path: Path) -> None:
        """Over the value budget: an alias bomb when aliases were expanded, else simply too many values."""
        self._fail(SourceKind.ALIAS_LIMIT if self.aliased else SourceKind.TOO_MANY_VALUES, node, path, MAX_NODES)

    def _fail(self, kind: SourceKind, node: yaml.Node, path: Path, limit: int = 0) -> None:
        at_alias = kind in (SourceKind.ALIAS_LIMIT, SourceKind.ALIAS_CYCLE)
        line, column = self._alias_use(path) if at_alias else (None, None)
        if line is None or column is None:
            line, column = node.start_mark.line + 1, node.start_mark.column + 1
        self.doc.problem(kind, line, column, path=path, limit=limit)
        raise _Abort

    def _alias_use(self, path: Path) -> tuple[int | None, int | None]:
        """The key under which an alias was expanded: an aliased node only knows where its anchor is."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.doc.key_marks:
                return self.doc.key_marks[path[:end]]
        return None, None
