"""Which files in a folder are policies (``discover`` asks :func:`is_policy` for each file it meets).

- ``*.yaml``/``*.yml``: always (the native format; a broken one must be reported, not skipped);
- ``*.docx``/``*.docm``: always, except Word's lock files (``~$beleid.docx``);
- ``*.md``/``*.markdown``: only when the name or the first heading says beleid/policy, or the page carries
  the template's headings (two or more of DIT MAG, DIT NIET, GOEDGEKEURDE TOOLS, …). A ``README.md`` or
  notes in a client folder are not policies and are not reported;
- ``*.doc``/``*.odt``/``*.rtf``: when the name says beleid/policy, so the advisor hears "sla op als .docx"
  instead of the file being skipped. PDFs are never picked up (a folder of A4 pages is full of them).

A file named explicitly on the command line is always checked, whatever this module says.
"""

from __future__ import annotations

import os
import re

from aibeleid_check.source.labels import classify, says_policy

MARKDOWN_SUFFIXES = (".md", ".markdown")
WORD_SUFFIXES = (".docx", ".docm")
OLD_DOCUMENT_SUFFIXES = (".doc", ".odt", ".rtf")
_SNIFF_BYTES = 64 * 1024
_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+(.+?)\s*#*\s*$|\*\*(.+?)\*\*)", re.MULTILINE)
_TEMPLATE_HEADINGS_NEEDED = 2
_GENERIC_HEADINGS = frozenset(
    {
        "requirements",
        "responsibilities",
        "obligations",
        "restrictions",
        "tools",
        "contact",
        "scope",
        "version",
        "versie",
        "company",
        "do",
        "never",
        "always",
        "must",
        "allowed",
        "details",
    }
)
"""Headings a software README has too ("## Requirements", "## Contact"): they do not make a page a policy."""


def is_policy(path: str) -> bool:
    """True when a folder walk should check ``path`` (see the module docstring)."""
    name = os.path.basename(path)
    lower = name.lower()
    if lower.endswith((".yaml", ".yml")):
        return True
    if lower.endswith(WORD_SUFFIXES):
        return not name.startswith("~$")
    if lower.endswith(OLD_DOCUMENT_SUFFIXES):
        return says_policy(name) and not name.startswith("~$")
    if lower.endswith(MARKDOWN_SUFFIXES):
        return says_policy(_stem(name)) or markdown_looks_like_policy(_head(path))
    return False


def _stem(name: str) -> str:
    return os.path.splitext(name)[0]


def _head(path: str) -> str:
    try:
        with open(path, "rb") as stream:
            return stream.read(_SNIFF_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""  # an unreadable .md is not known to be a policy; a named one is still checked


def markdown_looks_like_policy(text: str) -> bool:
    """The first heading says beleid/policy, or the page has the template's headings or bold labels."""
    headings = [(match.group(1) or match.group(2) or "") for match in _HEADING.finditer(text)]
    if not headings:
        return False
    first_heading = next((match.group(1) for match in _HEADING.finditer(text) if match.group(1)), "")
    if first_heading and says_policy(first_heading):
        return True
    telling = [heading for heading in headings if " ".join(heading.lower().split()) not in _GENERIC_HEADINGS]
    known = {classify(heading) for heading in telling} - {None, "~ignore", "~container", "~rules"}
    return len(known) >= _TEMPLATE_HEADINGS_NEEDED
