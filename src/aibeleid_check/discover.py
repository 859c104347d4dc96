"""Which files a ``check`` run looks at: explicit files as given, directories walked for policy files.

A directory is walked for every ``*.yaml``/``*.yml`` below it, in a stable (sorted) order, skipping hidden
folders and files. Configured excludes are applied afterwards by ``config.Resolver.filter``.

Links and special files, decided for an advisor checking a client's folder:

- A symbolic link inside the walked folder is followed only when it points inside that folder (each real
  folder is visited once, so a link loop ends). A link that leaves it (``up -> /usr``) is not followed, so
  a client folder cannot pull in foreign files; a dangling link is kept, so that it is reported. A path named on the command line is always used, link or
  not: naming it is asking for it.
- A folder that cannot be read is not skipped in silence: it is returned in :attr:`Found.unreadable`
  with the reason, and becomes an AIB008 finding on that folder.
- Entries are only listed here, never opened; a FIFO or device named ``*.yaml`` is handed on like any
  file and the reader refuses to open it (a finding, and the batch goes on).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from aibeleid_check.errors import UsageError
from aibeleid_check.outputs import display_path


@dataclass
class Found:
    """The files to check, in order, and the folders that could not be read (path -> reason)."""

    files: list[str] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)


def collect(paths: list[str]) -> list[str]:
    """Files to check, in a stable order, each once; unreadable folders are among them (see :func:`find`)."""
    return find(paths).files


def find(paths: list[str]) -> Found:
    """Files to check and unreadable folders. A path that does not exist is a usage error (exit 2)."""
    found = Found()
    visited: set[tuple[int, int]] = set()
    for path in paths:
        if os.path.isdir(path):
            _walk(path, visited, found)
        elif os.path.lexists(path):
            found.files.append(path)
        else:
            shown = display_path(path)
            raise UsageError(f"aibeleid-check: '{shown}' bestaat niet", f"aibeleid-check: '{shown}' does not exist")
    found.files = list(dict.fromkeys(found.files))
    return found


def _walk(root: str, visited: set[tuple[int, int]], found: Found) -> None:
    """Depth first, files of a folder before its subfolders; iterative, so deep trees cannot overflow.

    A folder is known by (device, inode), one ``stat`` each, so a link loop or a folder named twice is
    walked once; only a symbolic link's target is resolved (to keep links out of the folder unfollowed).
    """
    inside = os.path.realpath(root)
    pending = [root]
    while pending:
        folder = pending.pop()
        folder_id = _folder_id(folder)
        if folder_id is not None:
            if folder_id in visited:
                continue
            visited.add(folder_id)
        try:
            files, subfolders = _scan(folder, inside)
        except OSError as exc:
            found.files.append(folder)
            found.unreadable[folder] = exc.strerror or str(exc)
            continue
        found.files.extend(files)
        pending.extend(reversed(subfolders))


def _folder_id(folder: str) -> tuple[int, int] | None:
    try:
        info = os.stat(folder)
    except (OSError, ValueError):
        return None  # the scan below reports why
    return info.st_dev, info.st_ino


def _scan(folder: str, inside: str) -> tuple[list[str], list[str]]:
    from aibeleid_check.source.detect import is_policy  # only a folder walk asks (~1.5 ms of a one-file start)

    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    files: list[str] = []
    folders: list[str] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _is_link(entry) and os.path.exists(entry.path) and not _within(entry.path, inside):
            continue  # a link out of the named folder is not followed (a dangling one is kept: reported)
        if _is_dir(entry):
            folders.append(entry.path)
        elif is_policy(entry.path):  # YAML, Word, and Markdown that looks like a policy (source.detect, DOCS)
            files.append(entry.path)
    return files, folders


def _within(path: str, root: str) -> bool:
    real = os.path.realpath(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows symbolic links (only those inside the folder get here)
    except OSError:
        return False
