"""Names of the A4 pages of many policies (``check --a4-dir``): one PDF per client, named after the
organisation.

File names are ASCII slugs of the organisation (``Bakkerij Één & Zn.`` → ``bakkerij-een-zn.pdf``), or of
the file's name when the policy names no organisation; the same name twice gets ``-2``, ``-3`` …. Files
that could not be read have no policy to print and get no name. The overview links each client's page by
the same names. The rendering itself, in parallel and with its messages, is ``commands/check_a4.py``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from aibeleid_check.findings import FileResult

MAX_SLUG = 60


def slug(text: str) -> str:
    """A safe ASCII file name part: letters and digits joined by single hyphens, never a path separator."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"[.']", "", ascii_text)  # "B.V." → "bv", "D'Amico" → "damico"
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:MAX_SLUG].strip("-")


def plan(files: list[FileResult]) -> list[tuple[FileResult, str]]:
    """The readable files, each with a unique PDF file name, in the order of the check."""
    taken: set[str] = set()
    planned = []
    for file in files:
        if file.policy is None:
            continue
        organisation = getattr(file.policy, "organisatie", None) or ""
        base = slug(organisation) or slug(Path(file.path).stem) or "beleid"
        name, number = base, 1
        while name in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name)
        planned.append((file, f"{name}.pdf"))
    return planned
