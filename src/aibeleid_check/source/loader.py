"""YAML loaders that count nodes while composing: the policy reader's (scalars stay text) and a typed one
for the other small YAML files a run reads (configuration, catalogue)."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import Composer

from aibeleid_check.source import MAX_NODES

try:  # pragma: no cover - depends on how PyYAML was built
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

CORE = "tag:yaml.org,2002:"
SCALAR_TAGS = frozenset(CORE + t for t in ("str", "null", "bool", "int", "float", "timestamp", "value"))
NULL_PLAIN = frozenset(("", "~", "null", "Null", "NULL"))
SEQ_TAG = CORE + "seq"
MAP_TAG = CORE + "map"
MERGE_TAG = CORE + "merge"
NULL_TAG = CORE + "null"
STR_TAG = CORE + "str"


MAX_COMPOSED = 2 * MAX_NODES + 2
"""Nodes composed before building: keys and values, aliases counted once. Past it the file surely holds
more than MAX_NODES values (every key has a value), so composing stops there, not after 1 MiB of nodes."""


class TooManyNodes(Exception):
    def __init__(self, mark: Any) -> None:
        super().__init__("too many nodes")
        self.mark = mark


class _CountingComposer(Composer):
    """PyYAML's Python composer on libyaml's events, counting nodes and stopping at :data:`MAX_COMPOSED`
    (libyaml's own composer builds every node first). It costs about 0.03 ms on a one-page policy."""

    composed = 0
    peek_event: Any  # from the parser the composer is mixed with

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        self.composed += 1
        if self.composed > MAX_COMPOSED:
            event = self.peek_event()
            raise TooManyNodes(event.start_mark if event is not None else None)
        return Composer.compose_node(self, parent, index)


class _TextTags:
    """Implicit tags resolved cheaply: scalars stay text here, so only an empty/null value and the merge key
    ``<<`` need their own tag. PyYAML's regular-expression resolver, called for every scalar, was a tenth of
    the time of a whole check."""

    def resolve(self, kind: type, value: object, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0] and value in NULL_PLAIN:
                return NULL_TAG
            return MERGE_TAG if implicit[0] and value == "<<" else STR_TAG
        return SEQ_TAG if kind is yaml.SequenceNode else MAP_TAG

    # Path resolvers are not used; PyYAML's CParser still calls these for every node.
    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


class FastLoader(_TextTags, _BaseLoader):
    """The safe loader (libyaml's when PyYAML has it) with :class:`_TextTags`."""


class Loader(_CountingComposer, FastLoader):
    """:class:`FastLoader`, composing with the node count (for texts over :data:`COUNT_FROM` characters)."""

    def __init__(self, stream: str) -> None:
        FastLoader.__init__(self, stream)
        Composer.__init__(self)


COUNT_FROM = 64 * 1024
"""Texts up to this many characters are composed by libyaml itself (a one-page policy: 0.07 ms instead of
0.16 ms); at most about 32,000 nodes fit in them, a few MB. Longer texts are composed with the count."""


class BlankRunLoader(_CountingComposer, _TextTags, yaml.SafeLoader):
    """PyYAML's pure-Python scanner with :class:`_TextTags` and the node count, for a text with a run of more
    than :data:`LONG_BLANK_RUN` blanks: libyaml clears its whole whitespace buffer for every word of a scalar
    after such a run, so a 1 MiB scalar of spaces and then words took 2-4 s of CPU; this scanner reads it in
    linear time (about 0.5 s per MiB). A policy never has such a run, so a normal file never comes here."""

    def __init__(self, stream: str) -> None:
        yaml.SafeLoader.__init__(self, stream)
        Composer.__init__(self)


LONG_BLANK_RUN = 4096


class _TypedLoader(_CountingComposer, _BaseLoader):
    """PyYAML's safe loader with its own typing (booleans, numbers), composing with the same node limit."""

    def __init__(self, stream: str) -> None:
        _BaseLoader.__init__(self, stream)
        Composer.__init__(self)


class ComposeLimit(ValueError):
    """More than :data:`MAX_COMPOSED` nodes: composing stopped at ``line``/``column`` (1-based)."""

    def __init__(self, line: int, column: int) -> None:
        super().__init__(f"more than {MAX_COMPOSED} YAML nodes (line {line}, column {column})")
        self.line, self.column = line, column


def compose_bounded(text: str) -> yaml.Node | None:
    """Compose ``text`` with PyYAML's safe typing, stopping at :data:`MAX_COMPOSED` nodes
    (:class:`ComposeLimit`); ``yaml.YAMLError`` for invalid YAML. For the other small YAML files a run
    reads (configuration, catalogue): their callers count alias expansion on the node graph, then call
    :func:`construct`. ``yaml.compose`` builds every node first (a 1 MiB flow mapping: 8 s of CPU)."""
    loader = _TypedLoader(text)
    try:
        return loader.get_single_node()
    except TooManyNodes as exc:
        mark = exc.mark
        raise ComposeLimit(mark.line + 1 if mark else 1, mark.column + 1 if mark else 1) from None
    finally:
        loader.dispose()


def construct(node: yaml.Node) -> Any:
    """The Python values of a node composed by :func:`compose_bounded` (safe tags only)."""
    return _TypedLoader("").construct_document(node)
