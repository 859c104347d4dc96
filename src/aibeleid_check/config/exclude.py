"""``exclude`` in a configuration: gitignore-style patterns, matched by ``pathspec``.

A pattern is relative to the folder of the configuration that holds it. As in ``.gitignore``: a pattern
without a ``/`` (``concept-*.yaml``, ``archief``) matches a file or folder name at any depth, and a folder
excludes everything below it; a pattern with a ``/`` (``klanten/*/oud.yaml``) matches from the
configuration's folder; ``**`` spans folders; a trailing ``/`` matches folders only. A file outside the
configuration's folder is never excluded by it.

``pathspec`` turns a pattern into a regular expression, and Python's regular expressions backtrack: a
client's ``*a*a*a*b`` took seconds per file name. So a pattern may hold at most :data:`MAX_STARS` ``*`` in
one path segment and :data:`MAX_GLOBSTARS` ``**`` in all, and be at most :data:`MAX_PATTERN` characters
long (and a configuration holds at most :data:`MAX_PATTERNS`); anything more is a configuration error naming the pattern. Within these limits a path of 2,000
folders is answered in well under a second.
"""

from __future__ import annotations

import functools
import os
from typing import Any

MAX_STARS = 2
MAX_GLOBSTARS = 2
MAX_PATTERN = 256
MAX_PATTERNS = 500


def check_patterns(patterns: list[str]) -> None:
    """``ValueError`` for too many patterns, or for one that :func:`check_pattern` refuses."""
    if len(patterns) > MAX_PATTERNS:
        raise ValueError(f"meer dan / more than {MAX_PATTERNS} patronen / patterns")
    for pattern in patterns:
        check_pattern(pattern)


def check_pattern(pattern: str) -> None:
    """``ValueError`` (with both languages) for a pattern we refuse to match."""
    if len(pattern) > MAX_PATTERN:
        raise ValueError(f"'{pattern[:40]}…' is langer dan / is longer than {MAX_PATTERN} tekens / characters")
    segments = pattern.split("/")
    globstars = sum(segment == "**" for segment in segments)
    if globstars > MAX_GLOBSTARS:
        raise ValueError(f"'{pattern}': meer dan / more than {MAX_GLOBSTARS} keer / times '**'")
    for segment in segments:
        if segment != "**" and segment.count("*") > MAX_STARS:
            raise ValueError(f"'{pattern}': meer dan / more than {MAX_STARS} '*' in '{segment}'")


def is_excluded(path: str, patterns: list[str] | tuple[str, ...], folder: str) -> bool:
    """Whether ``path`` matches one of the ``exclude`` patterns of the configuration in ``folder``."""
    if not patterns:
        return False
    relative = os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")
    if relative == ".." or relative.startswith("../"):
        return False
    return bool(_spec(tuple(patterns)).match_file(relative))


@functools.lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]) -> Any:
    import pathspec  # only a configuration with excludes pays for this import

    return pathspec.GitIgnoreSpec.from_lines(pattern.strip().removeprefix("./") for pattern in patterns)
