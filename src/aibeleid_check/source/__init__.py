"""Source stage: read a policy file safely into plain values that keep their positions.

Every reader returns a :class:`Document`: ``data`` holds plain ``dict``/``list``/``str``/``None`` values,
``value_marks``/``key_marks`` map a raw path to its 1-based (line, column), and ``problems`` lists what was
wrong with the file as typed :class:`SourceProblem` values. Nothing here raises for bad input, and nothing
here words a message: the rules that claim a :class:`SourceKind` do.

:func:`read` opens only regular files, enforces the size limit, and hands the bytes to the reader
registered for the file's extension (:data:`READERS`). Readers are imported only when a file needs them,
so a YAML check never pays for the Word library. A reader that cannot be imported is a problem of the
file (``SourceKind.NO_READER``), never a crash. An unregistered extension is read as YAML, the native
format (pre-commit and explicit paths may name any file).
"""

from __future__ import annotations

import errno
import importlib
import os
import stat
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal, Protocol

DEFAULT_MAX_BYTES = 1024 * 1024
"""Largest file read (bytes); ``--max-bytes`` changes it."""
MAX_NODES = 20_000
"""Values built from one file, counting every expansion of an alias and every merged key; a policy has a few hundred."""
MAX_DEPTH = 64
"""Deepest nesting of lists and mappings."""

Path = tuple[str | int, ...]
LocationKind = Literal["line", "paragraph"]


class SourceKind(str, Enum):
    """What was wrong with a file. Each kind is claimed by exactly one rule (a test checks it)."""

    UNREADABLE = "unreadable"  # the OS refused (missing, a directory, no permission): ``reason``
    NOT_REGULAR = "not-regular"  # a FIFO, device or socket: never opened (``reason`` names the type)
    NO_READER = "no-reader"  # the reader for this form could not be loaded: ``reason``
    TOO_LARGE = "too-large"  # ``size`` bytes over ``limit``
    ENCODING = "encoding"  # not UTF-8: ``byte`` is the first bad byte
    BINARY = "binary"  # a NUL byte
    OTHER_UNICODE = "other-unicode"  # a UTF-16/32 byte-order mark: ``encoding``
    EMPTY = "empty"  # nothing but white space and comments
    SYNTAX = "syntax"  # the reader could not parse it: ``reason`` (the parser's words), ``tab``
    CORRUPT = "corrupt"  # a document of the right form but broken (a .docx that is no zip): ``reason``
    NOT_MAPPING = "not-mapping"  # the top level is ``found`` ("list", "str", "null"), not a mapping
    TOO_DEEP = "too-deep"  # nested deeper than ``limit``
    ALIAS_LIMIT = "alias-limit"  # aliases expand past ``limit`` values
    TOO_MANY_VALUES = "too-many-values"  # more than ``limit`` of what ``found`` counted (YAML values when empty)
    ALIAS_CYCLE = "alias-cycle"  # an alias inside its own anchor
    ARCHIVE_LIMIT = "archive-limit"  # a zipped document past ``limit`` (entries or inflated bytes): ``reason``
    UNSAFE_CONTENT = "unsafe-content"  # XML entities, external relationships, macros: ``reason``
    TAG = "tag"  # a YAML tag that builds objects: ``tag``
    DUPLICATE_KEY = "duplicate-key"  # ``key`` again, first on ``first_line``
    BAD_KEY = "bad-key"  # a key that is not plain text: ``tag``
    BAD_MERGE = "bad-merge"  # a merge key ``<<`` that does not point to mappings
    WRONG_FORM = "wrong-form"  # a document we cannot read as such: ``found`` = encrypted | doc | odt | pdf | rtf
    NO_STRUCTURE = "no-structure"  # a Word/Markdown document without any of the policy's headings or labels
    UNKNOWN_HEADING = "unknown-heading"  # a heading/label ``found`` that is no known section; ``key``: the nearest


UNCHECKED_KINDS = frozenset(
    {
        SourceKind.UNREADABLE,
        SourceKind.NOT_REGULAR,
        SourceKind.NO_READER,
        SourceKind.TOO_LARGE,
        SourceKind.ENCODING,
        SourceKind.BINARY,
        SourceKind.OTHER_UNICODE,
        SourceKind.EMPTY,
        SourceKind.SYNTAX,
        SourceKind.CORRUPT,
        SourceKind.NOT_MAPPING,
        SourceKind.TOO_DEEP,
        SourceKind.ALIAS_LIMIT,
        SourceKind.TOO_MANY_VALUES,
        SourceKind.ALIAS_CYCLE,
        SourceKind.ARCHIVE_LIMIT,
        SourceKind.WRONG_FORM,
        SourceKind.NO_STRUCTURE,
    }
)
"""Kinds after which the file's content could not be checked at all: such a file never passes."""


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A problem with the file itself, as data. ``kind`` selects the rule; the other fields are its facts."""

    kind: SourceKind
    line: int = 1
    column: int = 1
    path: Path = ()
    reason: str = ""
    key: str = ""
    first_line: int = 0
    tag: str = ""
    size: int = 0
    limit: int = 0
    byte: int = -1
    encoding: str = ""
    found: str = ""
    tab: bool = False


@dataclass(slots=True)
class Document:
    """The readable part of a policy file: plain values plus the 1-based position of every value and key.

    ``location_kind`` says what ``line`` means in this document's positions: a text line (YAML, Markdown)
    or a paragraph number in document order (Word; each table row counts one). ``comments`` holds the
    suppression comments the reader found (``# aibeleid-check: …`` in YAML, ``<!-- aibeleid-check: … -->``
    in Markdown, a Word comment): position -> the comment's text, marker included.
    """

    path: str
    lines: tuple[str, ...] = ()
    data: Any = None
    value_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    problems: list[SourceProblem] = field(default_factory=list)
    location_kind: LocationKind = "line"
    comments: dict[int, str] = field(default_factory=dict)
    form: str = "yaml"
    loose: list[tuple[str, int, int]] = field(default_factory=list)
    """Text a Word or Markdown reader found outside every section (under a heading it does not know, or
    between the title and the first section), with its position: read for the four template rules by its
    meaning (AIB406), nothing else."""
    headings: list[tuple[int, int, str]] = field(default_factory=list)
    """Every heading a Word or Markdown reader saw, known or not, in document order: (line, column, its text as
    written). A heading of any level or Word's Title, and a label on a line of its own, bold or plain ("**Wat
    mag**", "DIT NIET", "Wat niet mag:"); not a label with its value after it ("Versie: 1.0")."""

    @property
    def readable(self) -> bool:
        """True when the top level is a mapping, so the policy model can be built."""
        return isinstance(self.data, dict)

    @property
    def unchecked(self) -> bool:
        """True when the content could not be checked at all (a finding is then guaranteed)."""
        return not self.readable or any(problem.kind in UNCHECKED_KINDS for problem in self.problems)

    def problem(self, kind: SourceKind, line: int = 1, column: int = 1, **facts: Any) -> None:
        self.problems.append(SourceProblem(kind, line, column, **facts))


class Reader(Protocol):
    """What a reader module provides: ``parse(raw, path)`` -> :class:`Document`, never raising for bad input."""

    def parse(self, raw: bytes, path: str) -> Document: ...


READERS: dict[str, str] = {
    ".yaml": "aibeleid_check.source.yaml",
    ".yml": "aibeleid_check.source.yaml",
    ".docx": "aibeleid_check.source.docx",
    ".md": "aibeleid_check.source.markdown",
    ".markdown": "aibeleid_check.source.markdown",
    ".docm": "aibeleid_check.source.docx",
    ".dotx": "aibeleid_check.source.docx",
    ".doc": "aibeleid_check.source.unsupported",
    ".odt": "aibeleid_check.source.unsupported",
    ".pdf": "aibeleid_check.source.unsupported",
    ".rtf": "aibeleid_check.source.unsupported",
}
"""File extension (lower case) -> the module that reads it. Imported on first use."""
DEFAULT_READER = "aibeleid_check.source.yaml"
_FORMS = {"aibeleid_check.source.yaml": "yaml", "aibeleid_check.source.docx": "docx"}


def reader_for(path: str) -> str:
    """The module name of the reader for ``path`` (by extension, YAML when unregistered)."""
    return READERS.get(os.path.splitext(path)[1].lower(), DEFAULT_READER)


def read(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read the file at ``path`` with the reader for its form. Never raises for problems with the file."""
    doc = Document(path=path)
    raw = _read_regular(path, max_bytes, doc)
    if raw is None:
        return doc
    return parse_bytes(raw, path=path, max_bytes=max_bytes)


def parse_bytes(raw: bytes, *, path: str = "<bytes>", max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Parse ``raw`` with the reader for ``path``'s extension; the entry point for files already in memory."""
    if len(raw) > max_bytes:
        doc = Document(path=path)
        doc.problem(SourceKind.TOO_LARGE, size=len(raw), limit=max_bytes)
        return doc
    name = reader_for(path)
    try:
        reader: Reader = importlib.import_module(name)
    except ImportError as exc:  # a reader, or the library it needs, is not installed
        doc = Document(path=path, form=_form(name))
        doc.problem(SourceKind.NO_READER, reason=f"{type(exc).__name__}: {exc}")
        return doc
    return reader.parse(raw, path)


def _form(module_name: str) -> str:
    return _FORMS.get(module_name, module_name.rsplit(".", 1)[-1])


def _read_regular(path: str, max_bytes: int, doc: Document) -> bytes | None:
    """The file's bytes, or ``None`` with the problem recorded. Only a regular file is ever opened: a FIFO
    would block the batch for ever and a device can be endless. ``O_NONBLOCK`` covers a file swapped for a
    FIFO between the check and the open; the open file is checked again."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            _not_regular(doc, info.st_mode)
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                _not_regular(doc, info.st_mode)
                return None
            if info.st_size > max_bytes:
                doc.problem(SourceKind.TOO_LARGE, size=info.st_size, limit=max_bytes)
                return None
            # Ask for what is there plus one byte: a 1 MiB read buffer per file cost more than the parse.
            raw = handle.read(info.st_size + 1)
            if len(raw) > info.st_size:  # the file grew while being read; parse_bytes enforces the limit
                raw += handle.read(max_bytes + 1 - len(raw))
            return raw
    except OSError as exc:
        doc.problem(SourceKind.UNREADABLE, reason=exc.strerror or str(exc))
        return None


def _not_regular(doc: Document, mode: int) -> None:
    if stat.S_ISDIR(mode):  # the OS's own word for it, as reading a directory always said
        doc.problem(SourceKind.UNREADABLE, reason=os.strerror(errno.EISDIR))
        return
    kinds = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "character-device"), (stat.S_ISBLK, "block-device"))
    found = next((name for test, name in kinds if test(mode)), "socket" if stat.S_ISSOCK(mode) else "special")
    doc.problem(SourceKind.NOT_REGULAR, found=found)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "READERS",
    "UNCHECKED_KINDS",
    "Document",
    "LocationKind",
    "Path",
    "Reader",
    "SourceKind",
    "SourceProblem",
    "parse_bytes",
    "read",
    "reader_for",
]
