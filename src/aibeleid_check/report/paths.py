"""Where a report says a file is: relative to the repository root, with forward slashes.

Code scanning and annotations match a report to the repository's files, so a path must not depend on the
folder the run started in (a GitHub step with ``working-directory:``). The root is ``GITHUB_WORKSPACE`` when
it is set (the runner's checkout), otherwise the nearest folder above the working directory that holds
``.git`` (a folder, or a file in a worktree or submodule): the git toplevel, found without running git.
Without either, the working directory. A file outside the root keeps its absolute path.
"""

from __future__ import annotations

import os
from pathlib import PurePosixPath


def repository_root(start: str | None = None) -> str:
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace and os.path.isdir(workspace):
        return os.path.realpath(workspace)
    here = os.path.realpath(start or os.getcwd())
    folder = here
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return here
        folder = parent


def relative_to_root(path: str, root: str) -> str | None:
    """``path`` relative to ``root`` with ``/`` separators, or None when it lies outside."""
    absolute = os.path.realpath(path)
    try:
        relative = os.path.relpath(absolute, root)
    except ValueError:  # another drive on Windows
        return None
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return PurePosixPath(*relative.split(os.sep)).as_posix()


def report_path(path: str, root: str) -> str:
    """The path a report shows: repository-relative when inside the root, else absolute; always ``/``."""
    relative = relative_to_root(path, root)
    if relative is not None:
        return relative
    return os.path.abspath(path).replace(os.sep, "/")


def printable_path(path: str) -> str:
    """A file name that was not UTF-8 (kept by ``surrogateescape``) with its bad bytes as U+FFFD, so that
    it can be written to any UTF-8 document."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "replace")
    return path
