"""Reader for document forms that are recognised but not read: ``.doc``, ``.odt``, ``.pdf``, ``.rtf``.

Each gives one finding that says what to do instead (AIB010), rather than "not UTF-8" from the YAML reader.
A file with such a name that is really a Word package (a ``.docx`` renamed to ``.doc``) is read as one.
"""

from __future__ import annotations

import os

from aibeleid_check.source import Document, SourceKind
from aibeleid_check.source.docx_package import sniff

_BY_EXTENSION = {".doc": "doc", ".odt": "odt", ".pdf": "pdf", ".rtf": "rtf"}


def parse(raw: bytes, path: str) -> Document:
    if raw.startswith(b"PK") and b"word/document.xml" in raw:
        from aibeleid_check.source import docx

        return docx.parse(raw, path)
    extension = os.path.splitext(path)[1].lower()
    doc = Document(path=path, location_kind="paragraph", form=extension.lstrip(".") or "document")
    if not raw.strip():
        doc.problem(SourceKind.EMPTY)
        return doc
    doc.problem(SourceKind.WRONG_FORM, found=sniff(raw) or _BY_EXTENSION.get(extension, "doc"))
    return doc
