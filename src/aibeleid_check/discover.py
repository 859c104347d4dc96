"""Which files a ``check`` run looks at: explicit files as given, directories walked for YAML files.

A directory is walked for every ``*.yaml``/``*.yml`` below it, in a stable (sorted) order, skipping hidden
folders and files. Symbolic links to folders are followed, but each real folder is visited once, so a link
loop ends. Configured excludes are applied afterwards by ``config.Resolver.filter``.
"""

from __future__ import annotations

import os

from aibeleid_check.errors import UsageError
from aibeleid_check.source.detect import is_policy

YAML_SUFFIXES = (".yaml", ".yml")


def collect(paths: list[str]) -> list[str]:
    """Files to check, in a stable order, each once. A path that does not exist is a usage error (exit 2)."""
    found: list[str] = []
    visited: set[str] = set()
    for path in paths:
        if os.path.isdir(path):
            found.extend(_walk(path, visited))
        elif os.path.lexists(path):
            found.append(path)
        else:
            raise UsageError(f"aibeleid-check: '{path}' bestaat niet / does not exist")
    return list(dict.fromkeys(found))


def _walk(root: str, visited: set[str]) -> list[str]:
    """Depth first, files of a folder before its subfolders; iterative, so deep trees cannot overflow."""
    files: list[str] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        real = os.path.realpath(folder)
        if real in visited:
            continue
        visited.add(real)
        found, subfolders = _scan(folder)
        files.extend(found)
        pending.extend(reversed(subfolders))
    return files


def _scan(folder: str) -> tuple[list[str], list[str]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return [], []  # an unreadable folder has no policies we could check
    files: list[str] = []
    folders: list[str] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _is_dir(entry):
            folders.append(entry.path)
        elif is_policy(entry.path):  # YAML, Word, and Markdown that looks like a policy (source.detect)
            files.append(entry.path)
    return files, folders


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows symbolic links; loops are cut by the visited set
    except OSError:
        return False
