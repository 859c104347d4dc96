"""Writing output files safely: atomically, and never over one of the run's inputs.

Every output (JSON, SARIF, JUnit, HTML, CSV, PDF, PNG, an ``--a4-dir`` page, a converted document) is
written to a temporary file beside its target and renamed into place with ``os.replace``. A write that
fails half-way (disk full, a crash in a reporter) leaves yesterday's file as it was, and no truncated one.

An output never replaces an input, also not through a hard link or a symbolic link: the target is compared
with the inputs by device and inode, not by name. Build an :class:`Inputs` once per run (one ``stat`` per
input) and pass it to every write.

    inputs = Inputs.of(checked_files)
    write_atomic("rapport.json", text, inputs=inputs)            # str or bytes
    write_atomic("rapport.xml", reporter_callback, inputs=inputs)  # callback(stream) writes text
    write_via_path("beleid.pdf", lambda tmp: engine.compile(output=tmp), inputs=inputs)

Problems raise :class:`aibeleid_check.errors.OutputError` (a usage error: exit 2).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from aibeleid_check.errors import OutputError
from aibeleid_check.texts import visible

Content = bytes | str | Callable[[IO[Any]], object]
"""What :func:`write_atomic` writes: bytes, text (UTF-8), or a callback that writes to an open stream."""


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` as printable text, the one helper for every message that names a file.

    A file name that is not UTF-8 shows its bad bytes as ``\\xNN``; control characters (``ESC[2K``, a
    newline), bidi overrides and other unprintable characters show as visible escapes (``\\x1b``).
    """
    return visible(os.fsdecode(path))


@dataclass(frozen=True)
class Inputs:
    """The files a run reads, by (device, inode): an output may never be one of them."""

    ids: frozenset[tuple[int, int]] = frozenset()

    @classmethod
    def of(cls, paths: Iterable[str | os.PathLike[str]]) -> Inputs:
        ids = set()
        for path in paths:
            file_id = _file_id(path)
            if file_id is not None:
                ids.add(file_id)
        return cls(frozenset(ids))

    def holds(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``path`` (following symbolic links, as writing to it would) is one of the inputs."""
        file_id = _file_id(path)
        return file_id is not None and file_id in self.ids


def _file_id(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def check_target(path: str | os.PathLike[str], inputs: Inputs | Iterable[str] = ()) -> None:
    """Refuse, before any work, a target that is an input or a folder (:class:`OutputError`)."""
    inputs = inputs if isinstance(inputs, Inputs) else Inputs.of(inputs)
    shown = display_path(path)
    if inputs.holds(path):
        raise OutputError(
            f"aibeleid-check: '{shown}' is een invoerbestand en wordt nooit overschreven",
            f"aibeleid-check: '{shown}' is an input file and is never overwritten",
        )
    if os.path.isdir(path):
        raise OutputError(
            f"aibeleid-check: '{shown}' is een map, geen bestand",
            f"aibeleid-check: '{shown}' is a folder, not a file",
        )


def write_atomic(
    path: str | os.PathLike[str], content: Content, *, inputs: Inputs | Iterable[str] = (), binary: bool = False
) -> None:
    """Write ``content`` to ``path`` through a temporary file beside it, then rename it into place.

    A callback gets a text stream (UTF-8; characters it cannot encode, such as the bad bytes of a non-UTF-8
    file name, are written as ``\\x..`` escapes rather than failing), or a binary one with ``binary=True``.
    """

    def write(temporary: str) -> None:
        if isinstance(content, bytes) or (binary and callable(content)):
            with open(temporary, "wb") as stream:
                _put(stream, content)
        else:
            with open(temporary, "w", encoding="utf-8", errors="backslashreplace") as stream:
                _put(stream, content)

    write_via_path(path, write, inputs=inputs)


def _put(stream: IO[Any], content: Content) -> None:
    if callable(content):
        content(stream)
    else:
        stream.write(content)


def write_via_path(
    path: str | os.PathLike[str], writer: Callable[[str], object], *, inputs: Inputs | Iterable[str] = ()
) -> None:
    """Let ``writer(temporary_path)`` make the file (a typesetter that writes to a path), then rename it."""
    target = os.fspath(path)
    check_target(target, inputs)
    folder = os.path.dirname(target) or "."
    temporary = None
    import tempfile  # only a run that writes a file pays for this import

    try:
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(target) + ".", suffix=".tmp")
        os.close(handle)
        writer(temporary)
        os.chmod(temporary, _mode_for(target))
        check_target(target, inputs)  # again: the target may have been linked to an input meanwhile
        os.replace(temporary, target)
        temporary = None
    except OSError as exc:
        shown = display_path(target)
        reason = exc.strerror or str(exc)
        raise OutputError(
            f"aibeleid-check: kan '{shown}' niet schrijven: {reason}",
            f"aibeleid-check: cannot write '{shown}': {reason}",
        ) from None
    finally:
        if temporary is not None:
            _remove(temporary)


def _mode_for(target: str) -> int:
    """The mode the file would get from a plain ``open``: the old file's, or 0666 minus the umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
