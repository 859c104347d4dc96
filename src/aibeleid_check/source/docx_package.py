"""Opening a Word package safely: what kind of file it really is, and its XML parts within fixed limits.

A ``.docx`` is a zip of XML. Before anything is inflated, the central directory is checked: at most
:data:`MAX_ENTRIES` entries and :data:`MAX_INFLATED` bytes declared in total (zip bombs); every part is
then read with a cap, so a lying size cannot exhaust memory. XML with a document type declaration is not
parsed at all (Word never writes one; it is how entity expansion — "billion laughs" — and external
entities get in), and is reported in every part the reader reads: ``styles.xml``, which it reads only to
look up a style, is screened when the package is opened (:data:`SCREENED_PARTS`). What went wrong is
recorded as facts (``found``: ``no-zip``, ``zip``, ``no-body``, ``part``, ``entries``, ``inflated``;
``reason``: the part or the number), worded by the rules in either language
(:func:`aibeleid_check.rules.document.package_reason`). Relationships to external targets are reported and never fetched; macros
(``vbaProject.bin`` in a ``.docm``) are never run, only the XML is read. The input is never written.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from xml.etree import ElementTree

from aibeleid_check.source import Document, SourceKind

MAX_ENTRIES = 1000
"""Entries in one Word package; a policy has 10 to 30, a few hundred with images."""
MAX_INFLATED = 64 * 1024 * 1024
"""Uncompressed bytes of the whole package, as its central directory declares them."""
MAX_PART = 16 * 1024 * 1024
"""Bytes read from one XML part, whatever its header says."""
MAX_ELEMENTS = 200_000
"""XML elements in one part, counted on the bytes before a tree is built; a policy has a few thousand."""
_BROKEN = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, KeyError)
"""What zipfile and zlib raise for a damaged archive or part (a bad deflate stream, an unknown version)."""

SCREENED_PARTS = ("word/styles.xml",)
"""Parts the reader reads only when it needs them (a style its id does not describe): their prolog is checked
for a document type declaration when the package is opened, so that one is reported whatever the document
looks up. The parts it always reads (``document.xml``, ``comments.xml``, the ``.rels``) are checked in full."""
_HEAD = 1024
"""Bytes of a screened part read first: a Word part's prolog (``<?xml …?>`` and the root's start) is ~60."""
_ROOT_FIRST = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:<\?xml[^<>]*\?>)?\s*<[A-Za-z_]")
"""A prolog that is only the XML declaration: the root element comes next, so there is no declaration."""
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: Word 97 .doc, or an encrypted .docx
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_EXTERNAL_OK = ("/hyperlink",)  # a link the reader may click; nothing Word fetches on opening
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class Package:
    """The XML parts of an opened Word package, read on demand within the limits."""

    def __init__(self, archive: zipfile.ZipFile, doc: Document) -> None:
        self.archive = archive
        self.doc = doc
        self.names = set(archive.namelist())
        self._kept: dict[str, bytes | None] = {}
        """Parts read in full by :meth:`screen`, handed to the first :meth:`read` (so nothing is said twice)."""

    def xml(self, name: str) -> ElementTree.Element | None:
        """The parsed part, or ``None`` when it is missing, too large, unsafe or broken (recorded)."""
        data = self.read(name)
        return None if data is None else self.parse(name, data)

    def parse(self, name: str, data: bytes) -> ElementTree.Element | None:
        """The part's bytes as a tree, unless they hold more than :data:`MAX_ELEMENTS` elements (recorded)."""
        if data.count(b"<") > MAX_ELEMENTS:
            self.doc.problem(SourceKind.TOO_MANY_VALUES, limit=MAX_ELEMENTS, found="elements", reason=name)
            return None
        try:
            return ElementTree.fromstring(data)
        except ElementTree.ParseError as exc:
            line, column = exc.position
            self.doc.problem(SourceKind.CORRUPT, found="part", reason=f"{name} {line}:{column}")
            return None

    def read(self, name: str) -> bytes | None:
        """The part's bytes when it is there, within the limit and free of a document type declaration."""
        if name in self._kept:
            return self._kept.pop(name)
        if name not in self.names:
            return None
        try:
            with self.archive.open(name) as stream:
                data = stream.read(MAX_PART + 1)
        except _BROKEN:
            self.doc.problem(SourceKind.CORRUPT, found="part", reason=name)
            return None
        except RuntimeError:  # zipfile: "File is encrypted, password required"
            self.doc.problem(SourceKind.WRONG_FORM, found="encrypted")
            return None
        if len(data) > MAX_PART:
            self.doc.problem(SourceKind.ARCHIVE_LIMIT, found="part-size", reason=name, limit=MAX_PART)
            return None
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data or not _utf8_xml(data):
            self.doc.problem(SourceKind.UNSAFE_CONTENT, reason=f"{name}: <!DOCTYPE>/<!ENTITY>")
            return None
        return data

    def screen(self, name: str) -> None:
        """Report a document type declaration in ``name`` now, whether or not the part is read later.

        A declaration stands in the prolog, before the root element, so the first :data:`_HEAD` bytes tell:
        a prolog that is only the XML declaration, in UTF-8, is clean. Anything else (a comment, a
        declaration, another encoding) is read in full by :meth:`read`, with the same check and finding as
        every part the reader reads, and kept for the reader's own read."""
        if name not in self.names or name in self._kept:
            return
        try:
            with self.archive.open(name) as stream:
                head = stream.read(_HEAD)
        except (*_BROKEN, RuntimeError):
            return  # a damaged or encrypted part is reported if and when the reader needs it, as before
        if _ROOT_FIRST.match(head) and _utf8_xml(head):
            return
        self._kept[name] = self.read(name)

    def report_external_targets(self) -> None:
        """Relationships that would make Word fetch something (a remote template, a linked image)."""
        for name in sorted(self.names):
            if not name.endswith(".rels"):
                continue
            root = self.xml(name)
            if root is None:
                continue
            for rel in root.iter(f"{_REL_NS}Relationship"):
                kind = rel.get("Type", "")
                if rel.get("TargetMode") == "External" and not kind.endswith(_EXTERNAL_OK):
                    target = rel.get("Target", "")[:120]
                    self.doc.problem(SourceKind.UNSAFE_CONTENT, reason=f"{kind.rsplit('/', 1)[-1]} → {target}")


def _utf8_xml(data: bytes) -> bool:
    """Word writes UTF-8; another encoding could hide a declaration from the check above."""
    head = data[:100].lstrip(b"\xef\xbb\xbf")
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head:
        return False
    declared = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9_-]+)", head)
    return declared is None or declared.group(1).lower() in (b"utf-8", b"utf8")


def open_package(raw: bytes, doc: Document) -> Package | None:
    """The package, or ``None`` with the reason recorded (not a zip, encrypted, .doc, .odt, a zip bomb); a
    document type declaration in a :data:`SCREENED_PARTS` part is recorded here too."""
    if not raw.strip(b"\x00 \t\r\n"):
        doc.problem(SourceKind.EMPTY)
        return None
    form = sniff(raw)
    if form is not None:
        doc.problem(SourceKind.WRONG_FORM, found=form)
        return None
    if not raw.startswith(b"PK"):
        doc.problem(SourceKind.CORRUPT, found="no-zip")
        return None
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except _BROKEN:
        doc.problem(SourceKind.CORRUPT, found="zip")
        return None
    if len(infos) > MAX_ENTRIES:
        doc.problem(SourceKind.ARCHIVE_LIMIT, found="entries", reason=str(len(infos)), limit=MAX_ENTRIES)
        return None
    inflated = sum(info.file_size for info in infos)
    if inflated > MAX_INFLATED:
        doc.problem(SourceKind.ARCHIVE_LIMIT, found="inflated", reason=str(inflated), limit=MAX_INFLATED)
        return None
    if any(info.flag_bits & 0x1 for info in infos):
        doc.problem(SourceKind.WRONG_FORM, found="encrypted")
        return None
    package = Package(archive, doc)
    if "mimetype" in package.names and "word/document.xml" not in package.names:
        doc.problem(SourceKind.WRONG_FORM, found="odt")
        return None
    if "word/document.xml" not in package.names:
        doc.problem(SourceKind.CORRUPT, found="no-body", reason="word/document.xml")
        return None
    for name in SCREENED_PARTS:
        package.screen(name)
    return package


def sniff(raw: bytes) -> str | None:
    """``encrypted``, ``doc``, ``pdf`` or ``rtf`` when the bytes are one of those, whatever the extension."""
    if raw.startswith(_CFB):
        return "encrypted" if _ENCRYPTION_INFO in raw else "doc"
    stripped = raw.lstrip()
    if stripped.startswith(b"%PDF"):
        return "pdf"
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    return None
