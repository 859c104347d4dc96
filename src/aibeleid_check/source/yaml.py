"""Source stage: read a policy file safely and compose its YAML into plain values that keep their positions.

Nothing here raises for bad input: every problem becomes a :class:`SourceProblem` with a line and column,
and whatever could still be read is returned so that later stages can report everything at once.

Scalars are kept as the text the author wrote (``str``), or ``None`` for an empty/``null`` value. The
model stage interprets ``ja``/``nee``, dates and the like itself: YAML 1.1's implicit typing would turn
``0612345670`` into an octal number and ``2026-02-30`` into an exception.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # pragma: no cover - depends on how PyYAML was built
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

DEFAULT_MAX_BYTES = 1024 * 1024
MAX_NODES = 20_000
"""Values built from one file, counting every expansion of an alias; a real policy has a few hundred."""
MAX_DEPTH = 64

Path = tuple[str | int, ...]

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


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A problem with the file itself. ``kind`` selects the rule that reports it."""

    kind: str
    line: int
    column: int
    detail: str = ""
    path: Path = ()


@dataclass(slots=True)
class Document:
    """The readable part of a policy file: plain values plus the 1-based position of every value and key."""

    path: str
    lines: tuple[str, ...] = ()
    data: Any = None
    value_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    problems: list[SourceProblem] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        """True when the top level is a mapping, so the policy model can be built."""
        return isinstance(self.data, dict)


class _Abort(Exception):
    """Stops building values when a limit is hit; the problem is already recorded."""


def read(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and compose the file at ``path``. Never raises for problems with the file's content."""
    doc = Document(path=path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                doc.problems.append(SourceProblem("too-large", 1, 1, f"{size}>{max_bytes}"))
                return doc
            # Ask for what is there plus one byte: a 1 MiB read buffer per file cost more than the parse.
            raw = handle.read(size + 1)
            if len(raw) > size:  # the file grew while being read; parse_bytes enforces the limit
                raw += handle.read(max_bytes + 1 - len(raw))
    except OSError as exc:
        doc.problems.append(SourceProblem("unreadable", 1, 1, exc.strerror or str(exc)))
        return doc
    return parse_bytes(raw, path=path, max_bytes=max_bytes)


def parse_bytes(raw: bytes, *, path: str = "<bytes>", max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Decode and compose ``raw``; the entry point for tests and for files already in memory."""
    doc = Document(path=path)
    if len(raw) > max_bytes:
        doc.problems.append(SourceProblem("too-large", 1, 1, f"{len(raw)}>{max_bytes}"))
        return doc
    text = _decode(raw, doc)
    if text is None:
        return doc
    doc.lines = tuple(text.splitlines())
    if not _has_content(text):
        doc.problems.append(SourceProblem("empty", 1, 1))
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
        doc.problems.append(SourceProblem("not-mapping", root.start_mark.line + 1, root.start_mark.column + 1, kind))
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
            doc.problems.append(SourceProblem("other-unicode", 1, 1, name))
            return None
    if b"\x00" in raw:
        line, column = _position_of_offset(raw, raw.index(b"\x00"))
        doc.problems.append(SourceProblem("binary", line, column))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _position_of_offset(raw, exc.start)
        doc.problems.append(SourceProblem("encoding", line, column, f"0x{raw[exc.start]:02x}"))
        return None
    return text


def _position_of_offset(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return line, column


_CONTENT_LINE = re.compile(r"^[ \t]*(?!#|---[ \t]*$|\.\.\.[ \t]*$)\S", re.MULTILINE)


def _has_content(text: str) -> bool:
    return _CONTENT_LINE.search(text) is not None


def _compose(text: str, doc: Document) -> yaml.Node | None:
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        if mark and _char_at(doc.lines, mark.line, mark.column) == "\t":
            detail += " (tab character)"  # libyaml does not say which character it could not start with
        kind = "too-deep" if "maximum nesting depth" in detail else "syntax"  # libyaml's own limit
        doc.problems.append(SourceProblem(kind, line, column, str(MAX_DEPTH) if kind == "too-deep" else detail))
        return None
    except yaml.YAMLError as exc:  # e.g. a reader error for a control character
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        doc.problems.append(SourceProblem("syntax", line, column, str(getattr(exc, "reason", "")) or str(exc)))
        return None
    except RecursionError:
        doc.problems.append(SourceProblem("too-deep", 1, 1))
        return None
    if node is None:
        doc.problems.append(SourceProblem("empty", 1, 1))
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
            self._fail("too-deep", node, path, str(MAX_DEPTH))
        if id(node) in self.active:
            self._fail("alias-cycle", node, path)
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
                self.doc.problems.append(SourceProblem("duplicate-key", *mark, f"{key}\x1f{first_line}", key_path))
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
            self.doc.problems.append(SourceProblem("bad-key", mark.line + 1, mark.column + 1, "<<", path))
        return sources

    def _key(self, node: yaml.Node, path: Path) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_TAGS:
            return node.value
        mark = node.start_mark
        self.doc.problems.append(SourceProblem("bad-key", mark.line + 1, mark.column + 1, node.tag, path))
        return None

    def _bad_tag(self, node: yaml.Node, path: Path) -> None:
        mark = node.start_mark
        self.doc.problems.append(SourceProblem("tag", mark.line + 1, mark.column + 1, node.tag, path))
        return None

    def _too_many(self, node: yaml.Node, path: Path) -> None:
        """Over the value budget: an alias bomb when aliases were expanded, else simply too many values."""
        self._fail("alias-limit" if self.aliased else "too-many-values", node, path, str(MAX_NODES))

    def _fail(self, kind: str, node: yaml.Node, path: Path, detail: str = "") -> None:
        line, column = self._alias_use(path) if kind.startswith("alias") else (None, None)
        if line is None:
            line, column = node.start_mark.line + 1, node.start_mark.column + 1
        self.doc.problems.append(SourceProblem(kind, line, column, detail, path))
        raise _Abort

    def _alias_use(self, path: Path) -> tuple[int | None, int | None]:
        """The key under which an alias was expanded: an aliased node only knows where its anchor is."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.doc.key_marks:
                return self.doc.key_marks[path[:end]]
        return None, None
