"""Reading small side files (configuration, organisation catalogues) as carefully as a policy.

Only a regular file is opened (never a FIFO or ``/dev/zero``), at most a limit of bytes is read, and YAML
is composed with the source stage's bounded composer (which stops at its node limit) and refused when its
aliases would expand past :data:`MAX_NODES` values or it nests deeper than :data:`MAX_DEPTH`, before any
Python object is built.
"""

from __future__ import annotations

import os
import stat
from typing import Any

from aibeleid_check.source import MAX_DEPTH, MAX_NODES

MAX_SIDE_FILE_BYTES = 1024 * 1024
"""The policy limit holds for configuration and catalogue files too (DESIGN §8)."""


class LimitError(Exception):
    """A file that is not regular, too large, or YAML that expands or nests too far: one line of text."""


def read_limited(path: str, limit: int = MAX_SIDE_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; :class:`LimitError` or ``OSError`` otherwise.

    ``O_NONBLOCK`` keeps a file swapped for a FIFO between the check and the open from blocking us.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise LimitError("geen gewoon bestand / not a regular file")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise LimitError("geen gewoon bestand / not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise LimitError(f"groter dan / larger than {limit} bytes")
    return data


def load_yaml_limited(text: str) -> Any:
    """``yaml.safe_load`` of ``text``, refused (:class:`LimitError`) when it would build too many values or
    nest too deep. Raises ``yaml.YAMLError`` for invalid YAML."""
    from aibeleid_check.source.loader import ComposeLimit, compose_bounded, construct

    try:
        node = compose_bounded(text)  # the source stage's composer: it stops counting at its node limit
    except ComposeLimit as exc:
        raise LimitError(f"te veel YAML-knopen / too many YAML nodes (regel / line {exc.line})") from None
    if node is None:
        return None
    _check_size(node)
    return construct(node)


def _check_size(root: Any) -> None:
    """Count the values the node graph expands to (an alias counts as often as it is used), without
    expanding it: each node's size is worked out once. A node inside itself is refused too."""
    import yaml

    sizes: dict[int, int] = {}
    busy: set[int] = set()
    stack: list[tuple[Any, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if depth > MAX_DEPTH:
            raise LimitError(f"dieper dan / deeper than {MAX_DEPTH} niveaus / levels")
        children = _children(node, yaml)
        if done:
            busy.discard(key)
            sizes[key] = min(MAX_NODES + 1, 1 + sum(sizes[id(child)] for child in children))
            if sizes[key] > MAX_NODES:
                raise LimitError(f"meer dan / more than {MAX_NODES} waarden / values (aliassen / aliases)")
            continue
        if key in sizes:
            continue
        if key in busy:
            raise LimitError("een alias verwijst naar zichzelf / an alias refers to itself")
        busy.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in children if id(child) not in sizes)


def _children(node: Any, yaml: Any) -> list[Any]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []
