"""``check --a4-dir DIR``: one A4 PDF per checked client policy, named after the organisation.

File names are ASCII slugs of the organisation (``Bakkerij Één & Zn.`` → ``bakkerij-een-zn.pdf``), or of
the file's name when the policy names no organisation; the same name twice gets ``-2``, ``-3`` …. Files
that could not be read have no policy to print and are skipped. Pages are rendered in parallel processes
with ``--jobs``; one page that fails to render is reported and the others are still written.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from aibeleid_check.batch import effective_jobs
from aibeleid_check.findings import CheckResult, FileResult

MAX_SLUG = 60
PARALLEL_FROM = 4
"""Rendering a page takes long enough that two workers pay off from a few pages on."""

TEXTS = {
    "nl": {
        "skipped": "aibeleid-check: geen A4 voor '{path}': het bestand is onleesbaar",
        "failed": "aibeleid-check: A4 voor '{path}' mislukt: {error}",
        "written": "aibeleid-check: {count} A4's geschreven in {folder}",
    },
    "en": {
        "skipped": "aibeleid-check: no A4 for '{path}': the file cannot be read",
        "failed": "aibeleid-check: A4 for '{path}' failed: {error}",
        "written": "aibeleid-check: wrote {count} A4 pages to {folder}",
    },
}


def slug(text: str) -> str:
    """A safe ASCII file name part: letters and digits joined by single hyphens, never a path separator."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
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


def write_all(result: CheckResult, folder: str, *, jobs: int | None, lang: str, today: date | None) -> bool:
    """Render every page; messages go to stderr. True when every readable file got its A4."""
    texts = TEXTS["en" if lang == "en" else "nl"]
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for file in result.files:
        if file.policy is None:
            print(texts["skipped"].format(path=file.path), file=sys.stderr)
    planned = plan(result.files)
    tasks = [(file, str(out / name), lang, today) for file, name in planned]
    errors = list(_render_all(tasks, jobs))
    for (file, _name), error in zip(planned, errors, strict=True):
        if error:
            print(texts["failed"].format(path=file.path, error=error), file=sys.stderr)
    written = sum(1 for error in errors if not error)
    print(texts["written"].format(count=written, folder=out), file=sys.stderr)
    return written == len(planned)


def _render_all(tasks: list[tuple], jobs: int | None):
    workers = effective_jobs(jobs if jobs is not None else (os.cpu_count() or 1), len(tasks))
    if workers == 1 or len(tasks) < PARALLEL_FROM:
        return map(_render_one, tasks)
    from concurrent.futures import ProcessPoolExecutor  # only a big batch pays for this import

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_render_one, tasks, chunksize=max(1, len(tasks) // (workers * 4))))


def _render_one(task: tuple) -> str:
    """Render one page; the error text when it fails, ``""`` when it worked."""
    file, output, lang, today = task
    from aibeleid_check import a4

    try:
        a4.render(file, output, lang=lang, today=today)
    except Exception as exc:  # a4.RenderError, or a bug on one page: the other clients still get theirs
        return f"{type(exc).__name__}: {exc}" if not isinstance(exc, a4.RenderError) else str(exc)
    return ""
