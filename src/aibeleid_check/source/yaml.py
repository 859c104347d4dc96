"""The YAML reader: decode a policy file and compose its YAML into plain values that keep their positions.

Scalars are kept as the text the author wrote (``str``), or ``None`` for an empty/``null`` value. The
model stage interprets ``ja``/``nee``, dates and the like itself: YAML 1.1's implicit typing would turn
``0612345670`` into an octal number and ``2026-02-30`` into an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from aibeleid_check.source import MAX_DEPTH, MAX_NODES, Document, Path, SourceKind, loader
from aibeleid_check.source.loader import (
    LONG_BLANK_RUN,
    MAP_TAG,
    MAX_COMPOSED,
    MERGE_TAG,
    NULL_PLAIN,
    NULL_TAG,
    SCALAR_TAGS,
    SEQ_TAG,
    STR_TAG,
    BlankRunLoader,
    ComposeLimit,
    FastLoader,
    Loader,
    TooManyNodes,
    compose_bounded,
    construct,
)
from aibeleid_check.source.text import decode, has_content, position_of_offset, split_lines, suppression_comments


class _Abort(Exception):
    """Stops building values when a limit is hit; the problem is already recorded."""


def parse(raw: bytes, path: str) -> Document:
    """Decode and compose ``raw`` (the size limit is already checked). Never raises for bad input."""
    doc = Document(path=path)
    text = decode(raw, doc)
    if text is None:
        return doc
    doc.lines = split_lines(text)
    doc.comments = suppression_comments(text, doc.lines)
    if not has_content(text):
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


def _compose(text: str, doc: Document) -> yaml.Node | None:
    try:
        node = yaml.compose(text, Loader=_loader_for(text))
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
    except yaml.reader.ReaderError as exc:  # a control character: ``position`` is a UTF-8 byte offset
        line, column = position_of_offset(text.encode("utf-8", errors="surrogatepass"), exc.position)
        doc.problem(SourceKind.SYNTAX, line, column, reason=str(exc.reason))
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        doc.problem(SourceKind.SYNTAX, line, column, reason=str(getattr(exc, "reason", "")) or str(exc))
        return None
    except TooManyNodes as exc:
        line, column = (exc.mark.line + 1, exc.mark.column + 1) if exc.mark is not None else (1, 1)
        doc.problem(SourceKind.TOO_MANY_VALUES, line, column, limit=MAX_NODES)
        return None
    except RecursionError:
        doc.problem(SourceKind.TOO_DEEP, limit=MAX_DEPTH)
        return None
    if node is None:
        doc.problem(SourceKind.EMPTY)
    return node


_BLANK_RUN = re.compile(f"(?:\\A|[^ \\t])[ \\t]{{{LONG_BLANK_RUN + 1}}}")
"""Anchored on the character before a run, so that each run is scanned once (a bare ``[ \\t]{N}`` retries at
every blank of a run shorter than N: quadratic in a file of such runs)."""


def _loader_for(text: str) -> type:
    if len(text) <= loader.COUNT_FROM:
        return FastLoader
    return BlankRunLoader if _BLANK_RUN.search(text) else Loader


def _char_at(lines: tuple[str, ...], line: int, column: int) -> str:
    return lines[line][column] if line < len(lines) and column < len(lines[line]) else ""


class _Builder:
    """Turns composed nodes into plain values, recording positions and source problems on the way."""

    __slots__ = ("doc", "budget", "active", "built", "aliased", "reported", "tags_seen")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.budget = MAX_NODES
        self.active: set[int] = set()  # nodes being built right now: an alias to one of them is a cycle
        self.built: set[int] = set()  # lists and mappings built so far: meeting one again means an alias
        self.aliased = False
        self.reported: set[int] = set()  # merge nodes already reported: a source merged again is not
        self.tags_seen: set[int] = set()  # nodes of skipped merge values whose tags were looked at

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
                if node.tag != SEQ_TAG:
                    self._bad_tag(node, path)
                    return None
                return [self.build(item, path + (index,), depth + 1) for index, item in enumerate(node.value)]
            if node.tag != MAP_TAG or not isinstance(node, yaml.MappingNode):
                self._bad_tag(node, path)
                return None
            return self._mapping(node, path, depth)
        finally:
            self.active.discard(id(node))

    def _scalar(self, node: yaml.ScalarNode, path: Path) -> str | None:
        tag, value = node.tag, str(node.value)
        if tag == STR_TAG:
            return value if node.style is not None or value not in NULL_PLAIN else None
        if tag not in SCALAR_TAGS:
            self._bad_tag(node, path)
            return None
        if tag == NULL_TAG or (node.style is None and value in NULL_PLAIN):
            return None
        return value

    def _mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        merged: list[yaml.MappingNode] = []
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
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
        if merged:
            self._merge(result, merged, node, path, depth)
        return result

    def _merge(
        self, result: dict[str, Any], sources: list[yaml.MappingNode], node: yaml.Node, path: Path, depth: int
    ) -> None:
        """YAML merge keys: explicit keys win, earlier merges win, a source's own merges come after its keys.
        Every merged pair costs one from the value budget, so a list of thousands of aliases stays bounded."""
        for key_node, value_node in self._merged_pairs(sources, path, {id(node)}, depth):
            self.budget -= 1
            if self.budget < 0:
                self._too_many(value_node, path)
            key = self._key(key_node, path)
            if key is not None and key not in result:
                self.doc.key_marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, path + (key,), depth + 1)

    def _merged_pairs(
        self, sources: list[yaml.MappingNode], path: Path, visiting: set[int], depth: int
    ) -> Iterator[tuple[yaml.Node, yaml.Node]]:
        for source in sources:
            if id(source) in visiting:
                self._fail(SourceKind.ALIAS_CYCLE, source, path)
            if depth > MAX_DEPTH:  # merges nested in merges count as nesting
                self._fail(SourceKind.TOO_DEEP, source, path, MAX_DEPTH)
            visiting.add(id(source))
            if id(source) in self.built:  # merged through an alias: over budget, that is an alias bomb
                self.aliased = True
            nested: list[yaml.MappingNode] = []
            for key_node, value_node in source.value:
                if key_node.tag == MERGE_TAG:
                    nested.extend(self._merge_sources(value_node, path))
                else:
                    yield key_node, value_node
            yield from self._merged_pairs(nested, path, visiting, depth + 1)
            visiting.discard(id(source))

    def _merge_sources(self, node: yaml.Node, path: Path) -> list[yaml.MappingNode]:
        """The mappings a merge key points to; a tag on them or their list is reported (once per node)."""
        self.budget -= 1
        if isinstance(node, yaml.SequenceNode):
            if node.tag != SEQ_TAG:
                self._report_tag(node, path)
            candidates = node.value
        else:
            candidates = [node]
        sources = []
        for item in candidates:
            if not isinstance(item, yaml.MappingNode):
                self._report_once(item, SourceKind.BAD_MERGE, path)
                self._report_tags_in(item, path)  # never built, so its tags are looked at here
            elif item.tag != MAP_TAG:
                self._report_tag(item, path)
            else:
                sources.append(item)
        return sources

    def _report_tag(self, node: yaml.Node, path: Path) -> None:
        self._report_once(node, SourceKind.TAG, path, tag=node.tag)

    def _report_tags_in(self, node: yaml.Node, path: Path) -> None:
        """Every tag that is not a plain core tag in a skipped merge value (``<<: !!python/name:os.system ""``).
        Each node is looked at once (``tags_seen``), so aliases inside it cannot make this grow."""
        pending = [node]
        while pending:
            item = pending.pop()
            if id(item) in self.tags_seen:
                continue
            self.tags_seen.add(id(item))
            if isinstance(item, yaml.ScalarNode):
                plain = item.tag in SCALAR_TAGS or item.tag == MERGE_TAG
            else:
                plain = item.tag == (SEQ_TAG if isinstance(item, yaml.SequenceNode) else MAP_TAG)
            if not plain:
                self._bad_tag(item, path)
            if isinstance(item, yaml.SequenceNode):
                pending.extend(item.value)
            elif isinstance(item, yaml.MappingNode):
                pending.extend(part for pair in item.value for part in pair)

    def _report_once(self, node: yaml.Node, kind: SourceKind, path: Path, **facts: Any) -> None:
        if id(node) not in self.reported:
            self.reported.add(id(node))
            self.doc.problem(kind, node.start_mark.line + 1, node.start_mark.column + 1, path=path, **facts)

    def _key(self, node: yaml.Node, path: Path) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag in SCALAR_TAGS:
            return str(node.value)
        mark = node.start_mark
        self.doc.problem(SourceKind.BAD_KEY, mark.line + 1, mark.column + 1, path=path, tag=node.tag)
        return None

    def _bad_tag(self, node: yaml.Node, path: Path) -> None:
        mark = node.start_mark
        self.doc.problem(SourceKind.TAG, mark.line + 1, mark.column + 1, path=path, tag=node.tag)

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


__all__ = [
    "MAX_COMPOSED",
    "ComposeLimit",
    "compose_bounded",
    "construct",
    "parse",
    "split_lines",
    "suppression_comments",
]
