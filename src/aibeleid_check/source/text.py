"""Text of a YAML policy: decoding, YAML's own line breaks, positions of bad bytes, suppression comments."""

from __future__ import annotations

import codecs
import re

from aibeleid_check.source import Document, SourceKind

_OTHER_UNICODE_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def decode(raw: bytes, doc: Document) -> str | None:
    for bom, name in _OTHER_UNICODE_BOMS:
        if raw.startswith(bom):  # Windows Notepad's "Unicode": text, but not the UTF-8 the format requires
            doc.problem(SourceKind.OTHER_UNICODE, encoding=name)
            return None
    if b"\x00" in raw:
        line, column = position_of_offset(raw, raw.index(b"\x00"))
        doc.problem(SourceKind.BINARY, line, column)
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = position_of_offset(raw, exc.start)
        doc.problem(SourceKind.ENCODING, line, column, byte=raw[exc.start])
        return None
    return text


_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""YAML's line breaks (1.1): CR LF, CR, LF, NEL, LS, PS. Python's splitlines also splits at \\v, \\f and
\\x1c-\\x1e, which would number lines differently from the parser."""


def split_lines(text: str) -> tuple[str, ...]:
    if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        lines = _LINE_BREAK.split(text)
    else:  # the usual file: only LF, and str.split is five times faster than the pattern
        lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(lines)


def _line_column(before: str) -> tuple[int, int]:
    """1-based line and column of the character that follows ``before``."""
    count, line_start = 0, 0
    for match in _LINE_BREAK.finditer(before):
        count, line_start = count + 1, match.end()
    return count + 1, len(before) - line_start + 1


def position_of_offset(raw: bytes, offset: int) -> tuple[int, int]:
    return _line_column(raw[:offset].decode("utf-8", errors="replace"))


_ANY_MARKER = re.compile(r"#\s*aibeleid-check\s*:", re.IGNORECASE)
_MARKER = re.compile(r"(?:^|\s)(#\s*aibeleid-check\s*:.*)$", re.IGNORECASE)


def suppression_comments(text: str, lines: tuple[str, ...]) -> dict[int, str]:
    """Line -> the ``# aibeleid-check: …`` comment on it. Found by pattern, not by the parser (which drops
    comments), so the text inside a quoted string counts too. One search first: most files have none."""
    if _ANY_MARKER.search(text) is None:
        return {}
    found = {}
    for index, line in enumerate(lines):
        marker = _MARKER.search(line) if "#" in line else None
        if marker is not None:
            found[index + 1] = marker.group(1)
    return found


_CONTENT_LINE = re.compile(r"^[ \t]*(?!#|---[ \t]*$|\.\.\.[ \t]*$)\S", re.MULTILINE)


def has_content(text: str) -> bool:
    if "\r" in text:  # ^ only follows \n in a pattern; a classic-Mac file is one line to it
        text = text.replace("\r", "\n")
    return _CONTENT_LINE.search(text) is not None
